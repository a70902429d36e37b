"""Helpers shared by the corpus229 generators (blind test set)."""
import json, os, subprocess, html as _html

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(ROOT, "__build")
ROWS = []  # (file, key, fmt)


def write(name, text, key):
    p = os.path.join(ROOT, name)
    with open(p, "w", encoding="utf-8") as f:
        f.write(text)
    ROWS.append((name, key, name.rsplit(".", 1)[1]))


def expected(key, e):
    e = dict(e)
    for k in ("title", "organisation", "location", "schedule"):
        e.setdefault(k, {"en": None, "fr": None})
    out = {k: e[k] for k in ["reference", "post_number", "languages", "title", "organisation",
                             "location", "schedule", "deadline", "salary", "grade", "clearance",
                             "requirements", "competencies"]}
    with open(os.path.join(ROOT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")


def sal(amount=None, mn=None, mx=None, cur=None, per=None):
    return {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": per}


def nb(s):
    """keep a string on one line in Chromium / WeasyPrint output"""
    return '<span style="white-space:nowrap">%s</span>' % s


def esc(s):
    return _html.escape(s, quote=False)


def dump(pdf):
    txt = pdf[:-4] + ".pdftotext.txt"
    subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(ROOT, pdf), os.path.join(ROOT, txt)], check=True)
    ROWS.append((txt, ROWS[-1][1], "txt"))


def pdf_row(pdf, key):
    ROWS.append((pdf, key, "pdf"))
    dump(pdf)


def weasy(html_src, pdf, key):
    src = os.path.join(BUILD, pdf[:-4] + ".html")
    open(src, "w", encoding="utf-8").write(html_src)
    subprocess.run(["weasyprint", src, os.path.join(ROOT, pdf)], check=True, capture_output=True)
    pdf_row(pdf, key)


def chromium(html_name, pdf, key):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.join(ROOT, pdf), os.path.join(ROOT, html_name)],
                   check=True, capture_output=True)
    pdf_row(pdf, key)


def pdflatex(tex, pdf, key):
    base = pdf[:-4]
    open(os.path.join(BUILD, base + ".tex"), "w", encoding="utf-8").write(tex)
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", base + ".tex"], cwd=BUILD, check=True,
                       capture_output=True)
    os.replace(os.path.join(BUILD, base + ".pdf"), os.path.join(ROOT, pdf))
    for ext in (".aux", ".log", ".out"):
        p = os.path.join(BUILD, base + ext)
        if os.path.exists(p):
            os.remove(p)
    pdf_row(pdf, key)


def libreoffice(md, pdf, key):
    base = pdf[:-4]
    mdp = os.path.join(BUILD, base + ".md")
    open(mdp, "w", encoding="utf-8").write(md)
    docx = os.path.join(BUILD, base + ".docx")
    subprocess.run(["pandoc", mdp, "-o", docx], check=True)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", BUILD, docx], check=True,
                   capture_output=True)
    os.replace(os.path.join(BUILD, base + ".pdf"), os.path.join(ROOT, pdf))
    pdf_row(pdf, key)


def bullets(items, mark="- "):
    return "\n".join(mark + i for i in items)


def li(items):
    return "\n".join("<li>%s</li>" % esc(i) for i in items)
