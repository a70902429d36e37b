import json, os, subprocess, shutil, tempfile
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.join(ROOT, "__build", "src")
ROWS = []

def write(name, text, ref, fmt=None):
    with open(os.path.join(ROOT, name), "w", encoding="utf-8") as f:
        f.write(text)
    ROWS.append((name, ref, fmt or name.rsplit(".", 1)[1]))

def expected(key, d):
    keys = ["reference", "post_number", "languages", "title", "organisation", "location", "schedule",
            "deadline", "salary", "grade", "clearance", "requirements", "competencies"]
    out = {k: d.get(k) for k in keys}
    with open(os.path.join(ROOT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")

def comp(*pairs):
    return [{"name": n, "description": d} for n, d in pairs]

def sal(mn, mx, cur, period, amount=None):
    return {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": period}

def _dump(pdf, ref):
    txt = pdf[:-4] + ".pdftotext.txt"
    subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(ROOT, pdf), os.path.join(ROOT, txt)], check=True)
    ROWS.append((pdf, ref, "pdf"))
    ROWS.append((txt, ref, "txt"))

def chromium(html_name, ref):
    pdf = html_name[:-5] + ".chromium.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.join(ROOT, pdf), os.path.join(ROOT, html_name)],
                   check=True, capture_output=True)
    _dump(pdf, ref)

def weasy(src_html, pdf, ref):
    p = os.path.join(SRC, src_html)
    subprocess.run(["weasyprint", p, os.path.join(ROOT, pdf)], check=True, capture_output=True)
    _dump(pdf, ref)

def soffice(src_html, pdf, ref):
    p = os.path.join(SRC, src_html)
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf:writer_pdf_Export", "--outdir", td, p],
                       check=True, capture_output=True)
        shutil.move(os.path.join(td, os.path.basename(p)[:-5] + ".pdf"), os.path.join(ROOT, pdf))
    _dump(pdf, ref)

def pdflatex(src_tex, pdf, ref):
    p = os.path.join(SRC, src_tex)
    with tempfile.TemporaryDirectory() as td:
        for _ in range(2):
            subprocess.run(["pdflatex", "-interaction=nonstopmode", "-output-directory", td, p],
                           check=True, capture_output=True)
        shutil.move(os.path.join(td, os.path.basename(p)[:-4] + ".pdf"), os.path.join(ROOT, pdf))
    _dump(pdf, ref)

def src(name, text):
    with open(os.path.join(SRC, name), "w", encoding="utf-8") as f:
        f.write(text)
