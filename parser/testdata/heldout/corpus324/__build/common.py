"""Helpers shared by the generator scripts of corpus324 (skipped by check.py)."""
import json
import os
import shutil
import subprocess
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.join(ROOT, "__build", "src")
ROWS = []  # (file, reference key or '-', format)

KEYS = ["reference", "post_number", "languages", "title", "organisation",
        "location", "schedule", "deadline", "salary", "grade", "clearance",
        "requirements", "competencies"]


def write(name, text, key):
    with open(os.path.join(ROOT, name), "w", encoding="utf-8") as f:
        f.write(text)
    ROWS.append((name, key, name.rsplit(".", 1)[1]))


def src(name, text):
    p = os.path.join(SRC, name)
    with open(p, "w", encoding="utf-8") as f:
        f.write(text)
    return p


def dump(pdf, key, tool):
    base = pdf[:-4]
    out = os.path.join(ROOT, base + ".pdftotext.txt")
    subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(ROOT, pdf), out], check=True)
    ROWS.append((pdf, key, "pdf"))
    ROWS.append((base + ".pdftotext.txt", key, "txt"))


def chromium(html_name, key):
    """Print NAME.html to NAME.chromium.pdf with build-pdf.sh's command line."""
    pdf = html_name[:-5] + ".chromium.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.join(ROOT, pdf), os.path.join(ROOT, html_name)],
                   check=True, capture_output=True)
    dump(pdf, key, "chromium")


def weasyprint(src_html, pdf, key):
    subprocess.run(["weasyprint", src_html, os.path.join(ROOT, pdf)], check=True, capture_output=True)
    dump(pdf, key, "weasyprint")


def libreoffice(src_html, pdf, key):
    tmp = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + tmp + "/profile",
                    "--convert-to", "pdf:writer_web_pdf_Export", "--outdir", tmp, src_html],
                   check=True, capture_output=True)
    out = os.path.join(tmp, os.path.basename(src_html)[:-5] + ".pdf")
    shutil.move(out, os.path.join(ROOT, pdf))
    shutil.rmtree(tmp, ignore_errors=True)
    dump(pdf, key, "libreoffice")


def pdflatex(src_tex, pdf, key):
    tmp = tempfile.mkdtemp()
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-output-directory", tmp, src_tex],
                       check=True, capture_output=True)
    out = os.path.join(tmp, os.path.basename(src_tex)[:-4] + ".pdf")
    shutil.move(out, os.path.join(ROOT, pdf))
    shutil.rmtree(tmp, ignore_errors=True)
    dump(pdf, key, "pdflatex")


def L(en=None, fr=None):
    return {"en": en, "fr": fr}


def expected(key, **kw):
    d = {k: kw.get(k) for k in KEYS}
    for k in ("title", "organisation", "location", "schedule"):
        if d[k] is None:
            d[k] = L()
    for k in ("requirements", "competencies"):
        if d[k] is None:
            d[k] = L()
    if d["reference"] is None:
        d["reference"] = ""
    with open(os.path.join(ROOT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=2)
        f.write("\n")


def sal(lo, hi, cur, period):
    return {"amount": None, "min": lo, "max": hi, "currency": cur, "period": period}


def req(ess, des):
    return {"essential": list(ess), "desirable": list(des)}


def comps(pairs):
    return [{"name": n, "description": d} for n, d in pairs]


def names(ns):
    return [{"name": n, "description": ""} for n in ns]


def manifest():
    with open(os.path.join(ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
        f.write("file\treference\tformat\n")
        for r in ROWS:
            f.write("\t".join(r) + "\n")
