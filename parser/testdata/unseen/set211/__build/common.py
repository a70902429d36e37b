"""Helpers shared by the notice scripts of corpus211 (skipped by check.py)."""
import json
import os
import shutil
import subprocess
import tempfile

SET = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
ROWS = []  # (file, reference key, format)


def write(name, text, key, fmt=None):
    fmt = fmt or name.rsplit(".", 1)[1]
    with open(os.path.join(SET, name), "w", encoding="utf-8") as f:
        f.write(text)
    ROWS.append((name, key, fmt))


def expected(key, d):
    keys = ["reference", "post_number", "languages", "title", "organisation",
            "location", "schedule", "deadline", "salary", "grade", "clearance",
            "requirements", "competencies"]
    out = {k: d.get(k) for k in keys}
    for k in ("title", "organisation", "location", "schedule"):
        v = out[k] or {}
        out[k] = {"en": v.get("en"), "fr": v.get("fr")}
    for k in ("requirements", "competencies"):
        v = out[k] or {}
        out[k] = {"en": v.get("en"), "fr": v.get("fr")}
    with open(os.path.join(SET, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")


def sal(amount=None, lo=None, hi=None, cur=None, period=None):
    return {"amount": amount, "min": lo, "max": hi, "currency": cur, "period": period}


def dump(pdf, key):
    txt = pdf[:-4] + ".pdftotext.txt"
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(SET, pdf), "-"],
                         capture_output=True, check=True).stdout.decode("utf-8")
    write(txt, out, key, "txt")


def chromium_pdf(html_name, key):
    pdf = html_name[:-5] + ".chromium.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                    "--no-pdf-header-footer", "--print-to-pdf=" + os.path.join(SET, pdf),
                    os.path.join(SET, html_name)], check=True, capture_output=True)
    ROWS.append((pdf, key, "pdf"))
    dump(pdf, key)


def weasy_pdf(html_src, pdf, key):
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, "src.html")
        open(src, "w", encoding="utf-8").write(html_src)
        subprocess.run(["weasyprint", src, os.path.join(SET, pdf)], check=True, capture_output=True)
    open(os.path.join(os.path.dirname(__file__), pdf + ".source.html"), "w", encoding="utf-8").write(html_src)
    ROWS.append((pdf, key, "pdf"))
    dump(pdf, key)


def libreoffice_pdf(src_text, src_ext, pdf, key, via_docx=False):
    """src_ext 'html' (converted directly) or 'md' (pandoc -> docx -> LibreOffice)."""
    with tempfile.TemporaryDirectory() as d:
        stem = pdf[:-len(".libreoffice.pdf")]
        src = os.path.join(d, stem + "." + src_ext)
        open(src, "w", encoding="utf-8").write(src_text)
        if via_docx:
            docx = os.path.join(d, stem + ".docx")
            subprocess.run(["pandoc", src, "-o", docx], check=True)
            src = docx
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", d, src],
                       check=True, capture_output=True)
        shutil.move(os.path.join(d, stem + ".pdf"), os.path.join(SET, pdf))
    open(os.path.join(os.path.dirname(__file__), pdf + ".source." + src_ext), "w", encoding="utf-8").write(src_text)
    ROWS.append((pdf, key, "pdf"))
    dump(pdf, key)


def pdflatex_pdf(tex, pdf, key):
    with tempfile.TemporaryDirectory() as d:
        open(os.path.join(d, "doc.tex"), "w", encoding="utf-8").write(tex)
        for _ in range(2):
            r = subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "doc.tex"],
                               cwd=d, capture_output=True)
            if r.returncode:
                raise SystemExit(r.stdout.decode("utf-8", "replace")[-3000:])
        shutil.move(os.path.join(d, "doc.pdf"), os.path.join(SET, pdf))
    open(os.path.join(os.path.dirname(__file__), pdf + ".source.tex"), "w", encoding="utf-8").write(tex)
    ROWS.append((pdf, key, "pdf"))
    dump(pdf, key)


def tex(s):
    for a, b in (("\\", r"\textbackslash{}"), ("&", r"\&"), ("%", r"\%"), ("$", r"\$"),
                 ("#", r"\#"), ("_", r"\_"), ("’", "'")):
        s = s.replace(a, b)
    return s


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
