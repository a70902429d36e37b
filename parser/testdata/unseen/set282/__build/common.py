import json, os, subprocess, shutil
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
SRC = os.path.join(ROOT, "__build", "src")
ROWS = []

def write(name, text, ref, fmt):
    with open(os.path.join(ROOT, name), "w", encoding="utf-8") as f:
        f.write(text)
    ROWS.append((name, ref, fmt))

def expected(key, d):
    keys = ["reference", "post_number", "languages", "title", "organisation", "location", "schedule",
            "deadline", "salary", "grade", "clearance", "requirements", "competencies"]
    assert sorted(d) == sorted(keys), sorted(d)
    d = {k: d[k] for k in keys}
    with open(os.path.join(ROOT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=2)
        f.write("\n")

def C(name, desc=""):
    return {"name": name, "description": desc}

def both(en, fr):
    return {"en": en, "fr": fr}

def sal(mn, mx, cur, per, amount=None):
    return {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": per}

def dump(pdf, ref):
    txt = pdf[:-4] + ".pdftotext.txt"
    subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(ROOT, pdf), os.path.join(ROOT, txt)], check=True)
    ROWS.append((pdf, ref, "pdf"))
    ROWS.append((txt, ref, "txt"))

def chromium(html_name, pdf_name, ref):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.join(ROOT, pdf_name), os.path.join(ROOT, html_name)],
                   check=True, capture_output=True)
    dump(pdf_name, ref)

def weasy(src_html, pdf_name, ref):
    p = os.path.join(SRC, src_html.split("/")[-1])
    subprocess.run(["weasyprint", p, os.path.join(ROOT, pdf_name)], check=True, capture_output=True)
    dump(pdf_name, ref)

def soffice(src_html, pdf_name, ref):
    p = os.path.join(SRC, src_html)
    out = os.path.join(SRC, "out")
    os.makedirs(out, exist_ok=True)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf:writer_web_pdf_Export", "--outdir", out, p],
                   check=True, capture_output=True)
    shutil.copy(os.path.join(out, src_html[:-5] + ".pdf"), os.path.join(ROOT, pdf_name))
    dump(pdf_name, ref)

def pdflatex(src_tex, pdf_name, ref):
    out = os.path.join(SRC, "tex")
    os.makedirs(out, exist_ok=True)
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-output-directory", out, os.path.join(SRC, src_tex)],
                       check=True, capture_output=True)
    shutil.copy(os.path.join(out, src_tex[:-4] + ".pdf"), os.path.join(ROOT, pdf_name))
    dump(pdf_name, ref)

def src(name, text):
    with open(os.path.join(SRC, name), "w", encoding="utf-8") as f:
        f.write(text)

def ul(items, tag="ul"):
    return "<%s>\n" % tag + "\n".join("  <li>%s</li>" % i for i in items) + "\n</%s>" % tag
