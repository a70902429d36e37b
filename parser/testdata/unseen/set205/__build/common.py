"""Shared helpers for the corpus205 generators (run from anywhere)."""
import json
import os
import subprocess
import shutil
import tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
KEYS = ["reference", "post_number", "languages", "title", "organisation",
        "location", "schedule", "deadline", "salary", "grade", "clearance",
        "requirements", "competencies"]


def out(name, text):
    with open(os.path.join(ROOT, name), "w", encoding="utf-8") as f:
        f.write(text)


def expected(key, exp):
    assert list(exp.keys()) == KEYS, exp.keys()
    with open(os.path.join(ROOT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")


def lang2(en=None, fr=None):
    return {"en": en, "fr": fr}


def comp(names_descs):
    return [{"name": n, "description": d} for n, d in names_descs]


def dump(pdf):
    txt = pdf[:-4] + ".pdftotext.txt"
    subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(ROOT, pdf), os.path.join(ROOT, txt)], check=True)


def chromium(html_name, pdf_name):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.join(ROOT, pdf_name), os.path.join(ROOT, html_name)],
                   check=True, capture_output=True)
    dump(pdf_name)


def weasy(html_name, pdf_name):
    subprocess.run(["weasyprint", os.path.join(ROOT, html_name), os.path.join(ROOT, pdf_name)],
                   check=True, capture_output=True)
    dump(pdf_name)


def soffice(src_path, pdf_name, filt="pdf:writer_pdf_Export"):
    d = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "--convert-to", filt, "--outdir", d, src_path],
                   check=True, capture_output=True)
    base = os.path.splitext(os.path.basename(src_path))[0] + ".pdf"
    shutil.move(os.path.join(d, base), os.path.join(ROOT, pdf_name))
    dump(pdf_name)


def pdflatex(tex_path, pdf_name):
    d = tempfile.mkdtemp()
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-output-directory", d, tex_path],
                       check=True, capture_output=True)
    base = os.path.splitext(os.path.basename(tex_path))[0] + ".pdf"
    shutil.move(os.path.join(d, base), os.path.join(ROOT, pdf_name))
    dump(pdf_name)
