import json, os, subprocess, shutil
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
B = os.path.join(ROOT, "__build")
ROWS = []

def W(name, text, ref, fmt=None):
    fmt = fmt or name.rsplit(".", 1)[1]
    with open(os.path.join(ROOT, name), "w", encoding="utf-8") as f:
        f.write(text)
    ROWS.append((name, ref, fmt))

def row(name, ref, fmt):
    ROWS.append((name, ref, fmt))

def exp(key, d):
    keys = ["reference", "post_number", "languages", "title", "organisation", "location",
            "schedule", "deadline", "salary", "grade", "clearance", "requirements", "competencies"]
    out = {k: d[k] for k in keys}
    with open(os.path.join(ROOT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")

def sal(amount=None, mn=None, mx=None, cur=None, period=None):
    return {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": period}

def comp(pairs):
    return [{"name": n, "description": d} for n, d in pairs]

def dump(pdf):
    txt = pdf[:-4] + ".pdftotext.txt"
    subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(ROOT, pdf), os.path.join(ROOT, txt)], check=True)
    return txt

def chromium(html_name):
    pdf = html_name[:-5] + ".chromium.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.join(ROOT, pdf), os.path.join(ROOT, html_name)],
                   check=True, capture_output=True)
    return pdf

def weasy(src_html_path, pdf):
    subprocess.run(["weasyprint", src_html_path, os.path.join(ROOT, pdf)], check=True, capture_output=True)

def pdflatex(tex_path, pdf):
    d = os.path.dirname(tex_path)
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", os.path.basename(tex_path)],
                       cwd=d, check=True, capture_output=True)
    shutil.copy(tex_path[:-4] + ".pdf", os.path.join(ROOT, pdf))

def libreoffice(md_path, pdf):
    d = os.path.dirname(md_path)
    docx = md_path[:-3] + ".docx"
    subprocess.run(["pandoc", md_path, "-o", docx], check=True)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/c292/lo", "--headless", "--convert-to", "pdf", "--outdir", d, docx], check=True, capture_output=True)
    shutil.copy(docx[:-5] + ".pdf", os.path.join(ROOT, pdf))

def nb(s):
    """hyphens of text nodes as U+2011 for Chromium/WeasyPrint (check.py folds them by NFKC)"""
    return s.replace("-", "\u2011")
