import json, os, subprocess, html as _html
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
BUILD = os.path.join(ROOT, "__build")
MANIFEST = []

def esc(s):
    return _html.escape(s, quote=False)

def write(name, text, ref, fmt=None):
    fmt = fmt or name.rsplit(".", 1)[1]
    with open(os.path.join(ROOT, name), "w", encoding="utf-8") as f:
        f.write(text)
    MANIFEST.append((name, ref, fmt))

def add(name, ref, fmt):
    MANIFEST.append((name, ref, fmt))

def expected(e):
    keys = ["reference", "post_number", "languages", "title", "organisation", "location",
            "schedule", "deadline", "salary", "grade", "clearance", "requirements", "competencies"]
    out = {k: e[k] for k in keys}
    with open(os.path.join(ROOT, "expected", e["reference"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")

def sal(amount=None, mn=None, mx=None, cur="EUR", period="month"):
    return {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": period}

def both(en, fr):
    return {"en": en, "fr": fr}

def dump(pdf, txt, layout=False):
    args = ["pdftotext", "-enc", "UTF-8"] + (["-layout"] if layout else []) + [os.path.join(ROOT, pdf), os.path.join(ROOT, txt)]
    subprocess.run(args, check=True)

def chromium(html_name, pdf_name):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.join(ROOT, pdf_name), os.path.join(ROOT, html_name)],
                   check=True, capture_output=True)

def weasy(src_html, pdf_name):
    p = os.path.join(BUILD, src_html)
    subprocess.run(["weasyprint", p, os.path.join(ROOT, pdf_name)], check=True, capture_output=True)

def libreoffice(src_html, pdf_name):
    p = os.path.join(BUILD, src_html)
    out = os.path.join(BUILD, "lo")
    os.makedirs(out, exist_ok=True)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf:writer_web_pdf_Export", "--outdir", out, p],
                   check=True, capture_output=True)
    os.replace(os.path.join(out, src_html.rsplit(".", 1)[0] + ".pdf"), os.path.join(ROOT, pdf_name))

def pdflatex(src_tex, pdf_name):
    subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", src_tex], cwd=BUILD,
                   check=True, capture_output=True)
    os.replace(os.path.join(BUILD, src_tex[:-4] + ".pdf"), os.path.join(ROOT, pdf_name))

def lines(items, prefix=""):
    return "\n".join(prefix + i for i in items)
