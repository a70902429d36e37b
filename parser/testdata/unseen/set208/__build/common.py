"""Shared helpers for corpus208 generators (written blind)."""
import json
import os
import re
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(ROOT, "__build")
ROWS = []  # (file, reference-key, format)


def out(name, text, key, fmt=None):
    fmt = fmt or name.rsplit(".", 1)[1]
    with open(os.path.join(ROOT, name), "w", encoding="utf-8") as f:
        f.write(text.lstrip("\n"))
    ROWS.append((name, key, fmt))


def expected(key, **kw):
    keys = ["reference", "post_number", "languages", "title", "organisation",
            "location", "schedule", "deadline", "salary", "grade", "clearance",
            "requirements", "competencies"]
    d = {k: kw.get(k) for k in keys}
    for f in ("title", "organisation", "location", "schedule"):
        v = d[f] or {}
        d[f] = {"en": v.get("en"), "fr": v.get("fr")}
    for f in ("requirements", "competencies"):
        v = d[f] or {}
        d[f] = {"en": v.get("en"), "fr": v.get("fr")}
    with open(os.path.join(ROOT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=2)
        f.write("\n")


def sal(amount=None, mn=None, mx=None, cur=None, period=None):
    return {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": period}


def req(ess, des):
    return {"essential": list(ess), "desirable": list(des)}


def nowrap(s):
    """Keep hyphenated tokens on one line in Chromium/WeasyPrint output."""
    return re.sub(r"(\S*[-‑]\S*)", r'<span style="white-space:nowrap">\1</span>', s)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def run(cmd, **kw):
    subprocess.run(cmd, check=True, **kw)


def pdftotext(pdf):
    txt = pdf[:-4] + ".pdftotext.txt"
    run(["pdftotext", "-enc", "UTF-8", os.path.join(ROOT, pdf), os.path.join(ROOT, txt)])
    return txt


def wrap(text, width=72, indent=""):
    import textwrap
    return "\n".join(textwrap.fill(p, width, initial_indent=indent, subsequent_indent=indent,
                                   break_on_hyphens=False, break_long_words=False)
                     if p.strip() else "" for p in text.split("\n"))


def chromium(html_name, pdf_name, key):
    """build-pdf.sh's command line."""
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         "--print-to-pdf=" + os.path.join(ROOT, pdf_name), os.path.join(ROOT, html_name)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    ROWS.append((pdf_name, key, "pdf"))
    ROWS.append((pdftotext(pdf_name), key, "txt"))


def weasy(html_path, pdf_name, key):
    run(["weasyprint", html_path, os.path.join(ROOT, pdf_name)], stderr=subprocess.DEVNULL)
    ROWS.append((pdf_name, key, "pdf"))
    ROWS.append((pdftotext(pdf_name), key, "txt"))


def latex(tex_name, pdf_name, key):
    tmp = "/tmp/c208/latex"
    os.makedirs(tmp, exist_ok=True)
    for _ in range(2):
        run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "-output-directory", tmp,
             os.path.join(BUILD, tex_name)], stdout=subprocess.DEVNULL)
    os.replace(os.path.join(tmp, tex_name[:-4] + ".pdf"), os.path.join(ROOT, pdf_name))
    ROWS.append((pdf_name, key, "pdf"))
    ROWS.append((pdftotext(pdf_name), key, "txt"))


def libreoffice(md_name, pdf_name, key):
    """Markdown (in __build) -> DOCX with pandoc -> PDF with soffice."""
    tmp = "/tmp/c208/lo"
    os.makedirs(tmp, exist_ok=True)
    docx = os.path.join(BUILD, md_name[:-3] + ".docx")
    run(["pandoc", os.path.join(BUILD, md_name), "-o", docx])
    run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, docx],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.replace(os.path.join(tmp, os.path.basename(docx)[:-5] + ".pdf"), os.path.join(ROOT, pdf_name))
    ROWS.append((pdf_name, key, "pdf"))
    ROWS.append((pdftotext(pdf_name), key, "txt"))
