"""Shared helpers for corpus259 (written blind). Every rendering is printed from the
same variables as its expected JSON, so the strings agree by construction; check.py
then confirms it on the files themselves."""
import json
import os
import shutil
import subprocess
import tempfile

SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ROWS = []  # (file, reference, format)


def write(name, text, ref="-"):
    path = os.path.join(SET, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    fmt = name.rsplit(".", 1)[1]
    ROWS.append((name, ref, fmt))
    return path


def add_row(name, ref):
    ROWS.append((name, ref, name.rsplit(".", 1)[1]))


def expected(key, langs, title, org, loc, sched, deadline, salary, grade, clearance,
             req, comp, post=None):
    def pair(d):
        return {"en": d.get("en"), "fr": d.get("fr")}
    data = {
        "reference": key,
        "post_number": post,
        "languages": langs,
        "title": pair(title),
        "organisation": pair(org),
        "location": pair(loc),
        "schedule": pair(sched),
        "deadline": deadline,
        "salary": salary,
        "grade": grade,
        "clearance": clearance,
        "requirements": {l: (req.get(l) if l in langs else None) for l in ("en", "fr")},
        "competencies": {l: ([{"name": n, "description": d} for n, d in comp.get(l, [])]
                             if l in langs else None) for l in ("en", "fr")},
    }
    with open(os.path.join(SET, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=2)
        f.write("\n")


def sal(amount, cur, period="month"):
    return {"amount": amount, "min": None, "max": None, "currency": cur, "period": period}


def dump(pdf):
    """pdftotext -enc UTF-8 dump beside the PDF, listed in the manifest."""
    txt = pdf[:-4] + ".pdftotext.txt"
    subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(SET, pdf),
                    os.path.join(SET, txt)], check=True)
    return txt


def chromium_pdf(html_name):
    pdf = html_name[:-5] + ".chromium.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                    "--no-pdf-header-footer", "--print-to-pdf=" + os.path.join(SET, pdf),
                    os.path.join(SET, html_name)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return pdf


def weasy_pdf(src_html, pdf):
    subprocess.run(["weasyprint", src_html, os.path.join(SET, pdf)], check=True,
                   stderr=subprocess.DEVNULL)
    return pdf


def libreoffice_pdf(src_html, pdf):
    tmp = tempfile.mkdtemp()
    base = os.path.splitext(os.path.basename(src_html))[0]
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf:writer_web_pdf_Export",
                    "--outdir", tmp, src_html], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(tmp, base + ".pdf"), os.path.join(SET, pdf))
    shutil.rmtree(tmp)
    return pdf


def pdflatex_pdf(src_tex, pdf):
    tmp = tempfile.mkdtemp()
    shutil.copy(src_tex, tmp)
    name = os.path.basename(src_tex)
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", name], cwd=tmp, check=True,
                       stdout=subprocess.DEVNULL)
    shutil.move(os.path.join(tmp, name[:-4] + ".pdf"), os.path.join(SET, pdf))
    shutil.rmtree(tmp)
    return pdf


def bullets(items, mark="", indent=""):
    return "\n".join(f"{indent}{mark}{i}" for i in items)
