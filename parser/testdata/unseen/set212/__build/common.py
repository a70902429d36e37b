"""Shared helpers for corpus212 generators (each n??_*.py writes renderings + expected)."""
import json, os, subprocess, shutil, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(ROOT, "__build")
ROWS = []  # (file, key, fmt)


def write(name, text, key):
    with open(os.path.join(ROOT, name), "w", encoding="utf-8") as f:
        f.write(text)
    ROWS.append((name, key, name.rsplit(".", 1)[1]))


def expected(key, **kw):
    base = {"reference": "", "post_number": None, "languages": [],
            "title": {"en": None, "fr": None}, "organisation": {"en": None, "fr": None},
            "location": {"en": None, "fr": None}, "schedule": {"en": None, "fr": None},
            "deadline": None, "salary": None, "grade": None, "clearance": None,
            "requirements": {"en": None, "fr": None}, "competencies": {"en": None, "fr": None}}
    base.update(kw)
    with open(os.path.join(ROOT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(base, f, ensure_ascii=False, indent=2)
        f.write("\n")


def sal(min=None, max=None, amount=None, currency=None, period=None):
    return {"amount": amount, "min": min, "max": max, "currency": currency, "period": period}


def comp(*names, descs=None):
    if descs is None:
        return [{"name": n, "description": None} for n in names]
    return [{"name": n, "description": d} for n, d in zip(names, descs)]


def dump(pdf, key):
    txt = pdf[:-4] + ".pdftotext.txt"
    subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(ROOT, pdf), os.path.join(ROOT, txt)], check=True)
    ROWS.append((pdf, key, "pdf"))
    ROWS.append((txt, key, "txt"))


def chromium(html_name, key):
    pdf = html_name[:-5] + ".chromium.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.join(ROOT, pdf), os.path.join(ROOT, html_name)],
                   check=True, capture_output=True)
    dump(pdf, key)


def weasy(html_text, pdf, key):
    src = os.path.join(BUILD, pdf[:-len(".weasyprint.pdf")] + ".weasy-src.html")
    open(src, "w", encoding="utf-8").write(html_text)
    subprocess.run(["weasyprint", src, os.path.join(ROOT, pdf)], check=True, capture_output=True)
    dump(pdf, key)


def libreoffice(html_text, pdf, key):
    stem = pdf[:-len(".libreoffice.pdf")]
    src = os.path.join(BUILD, stem + ".lo-src.html")
    open(src, "w", encoding="utf-8").write(html_text)
    tmp = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf:writer_web_pdf_Export", "--outdir", tmp, src],
                   check=True, capture_output=True)
    shutil.move(os.path.join(tmp, stem + ".lo-src.pdf"), os.path.join(ROOT, pdf))
    dump(pdf, key)


def pdflatex(tex_text, pdf, key):
    stem = pdf[:-len(".pdflatex.pdf")]
    d = os.path.join(BUILD, "tex")
    os.makedirs(d, exist_ok=True)
    open(os.path.join(d, stem + ".tex"), "w", encoding="utf-8").write(tex_text)
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", stem + ".tex"], cwd=d, check=True, capture_output=True)
    shutil.copy(os.path.join(d, stem + ".pdf"), os.path.join(ROOT, pdf))
    dump(pdf, key)
