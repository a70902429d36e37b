"""Shared helpers for corpus276 generators."""
import json, os, subprocess, shutil, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(ROOT, "__build")


def write(name, text):
    with open(os.path.join(ROOT, name), "w", encoding="utf-8") as f:
        f.write(text.lstrip("\n"))


def write_build(name, text):
    p = os.path.join(BUILD, name)
    with open(p, "w", encoding="utf-8") as f:
        f.write(text.lstrip("\n"))
    return p


def expected(key, **kw):
    langs = kw["languages"]
    def pair(v):
        if isinstance(v, dict):
            return {"en": v.get("en"), "fr": v.get("fr")}
        return {"en": v if "en" in langs else None, "fr": v if "fr" in langs else None}
    d = {
        "reference": kw["reference"],
        "post_number": kw.get("post_number"),
        "languages": langs,
        "title": pair(kw["title"]),
        "organisation": pair(kw["organisation"]),
        "location": pair(kw["location"]),
        "schedule": pair(kw["schedule"]),
        "deadline": kw["deadline"],
        "salary": kw.get("salary"),
        "grade": kw.get("grade"),
        "clearance": kw.get("clearance"),
        "requirements": {l: (kw["requirements"].get(l) if l in langs else None) for l in ("en", "fr")},
        "competencies": {l: ([{"name": n, "description": d_} for n, d_ in kw["competencies"].get(l, [])]
                             if l in langs else None) for l in ("en", "fr")},
    }
    with open(os.path.join(ROOT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=2)
        f.write("\n")


def salary(amount=None, min=None, max=None, currency=None, period="month"):
    return {"amount": amount, "min": min, "max": max, "currency": currency, "period": period}


def pdftotext(pdf):
    out = pdf[:-4] + ".pdftotext.txt"
    subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, out], check=True)


def weasy(src_html, name):
    pdf = os.path.join(ROOT, name)
    subprocess.run(["weasyprint", src_html, pdf], check=True, capture_output=True)
    pdftotext(pdf)


def libreoffice(src_html, name):
    pdf = os.path.join(ROOT, name)
    tmp = tempfile.mkdtemp()
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_profile_276", "--headless", "--infilter=HTML (StarWriter)",
                    "--convert-to", "pdf:writer_pdf_Export", "--outdir", tmp, src_html],
                   check=True, capture_output=True)
    base = os.path.splitext(os.path.basename(src_html))[0] + ".pdf"
    shutil.move(os.path.join(tmp, base), pdf)
    pdftotext(pdf)


def pdflatex(src_tex, name):
    pdf = os.path.join(ROOT, name)
    tmp = tempfile.mkdtemp()
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-output-directory", tmp, src_tex],
                       check=True, capture_output=True)
    base = os.path.splitext(os.path.basename(src_tex))[0] + ".pdf"
    shutil.move(os.path.join(tmp, base), pdf)
    pdftotext(pdf)


def chromium(html_name):
    """Print ROOT/NAME.html to ROOT/NAME.chromium.pdf with build-pdf.sh's command line."""
    src = os.path.join(ROOT, html_name)
    pdf = src[:-5] + ".chromium.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + pdf, src], check=True, capture_output=True)
    pdftotext(pdf)


def li(items, tag="li"):
    return "\n".join(f"<{tag}>{x}</{tag}>" for x in items)
