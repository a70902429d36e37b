"""Shared helpers for corpus304: writers, expected writer, PDF builders."""
import json, os, subprocess, shutil

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(ROOT, "__build")
ROWS = []


def w(name, text, ref, fmt=None):
    fmt = fmt or name.rsplit(".", 1)[1]
    with open(os.path.join(ROOT, name), "w", encoding="utf-8") as f:
        f.write(text.lstrip("\n"))
    ROWS.append((name, ref, fmt))


def row(name, ref, fmt):
    ROWS.append((name, ref, fmt))


def expected(key, **kw):
    langs = kw["languages"]
    def pair(v):
        if isinstance(v, dict):
            return {"en": v.get("en"), "fr": v.get("fr")}
        return {"en": v if "en" in langs else None, "fr": v if "fr" in langs else None}
    out = {
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
        "requirements": {"en": kw["requirements"].get("en"), "fr": kw["requirements"].get("fr")},
        "competencies": {"en": kw["competencies"].get("en"), "fr": kw["competencies"].get("fr")},
    }
    with open(os.path.join(ROOT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")


def sal(amount=None, mn=None, mx=None, cur=None, period="month"):
    return {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": period}


def dump(pdf):
    txt = pdf[:-4] + ".pdftotext.txt"
    subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(ROOT, pdf), os.path.join(ROOT, txt)], check=True)
    return txt


def soffice(src_html, pdf, ref):
    """LibreOffice Writer from an HTML source in __build (own profile)."""
    tmp = "/tmp/lo_out_304"
    os.makedirs(tmp, exist_ok=True)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_profile_304", "--headless",
                    "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export",
                    "--outdir", tmp, os.path.join(BUILD, src_html)], check=True, capture_output=True)
    shutil.copy(os.path.join(tmp, src_html[:-5] + ".pdf"), os.path.join(ROOT, pdf))
    row(pdf, ref, "pdf"); row(dump(pdf), ref, "txt")


def weasy(src_html, pdf, ref):
    subprocess.run(["weasyprint", os.path.join(BUILD, src_html), os.path.join(ROOT, pdf)], check=True,
                   capture_output=True)
    row(pdf, ref, "pdf"); row(dump(pdf), ref, "txt")


def latex(src_tex, pdf, ref):
    tmp = "/tmp/latex_304"
    os.makedirs(tmp, exist_ok=True)
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-output-directory", tmp,
                        os.path.join(BUILD, src_tex)], check=True, capture_output=True)
    shutil.copy(os.path.join(tmp, src_tex[:-4] + ".pdf"), os.path.join(ROOT, pdf))
    row(pdf, ref, "pdf"); row(dump(pdf), ref, "txt")


def chromium(html_name, ref):
    """Print ROOT/NAME.html to ROOT/NAME.chromium.pdf with build-pdf.sh's command line."""
    pdf = html_name[:-5] + ".chromium.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.join(ROOT, pdf), os.path.join(ROOT, html_name)],
                   check=True, capture_output=True)
    row(pdf, ref, "pdf"); row(dump(pdf), ref, "txt")


def src(name, text):
    with open(os.path.join(BUILD, name), "w", encoding="utf-8") as f:
        f.write(text)


def save_rows(tag):
    with open(os.path.join(BUILD, "rows-%s.tsv" % tag), "w", encoding="utf-8") as f:
        for r in ROWS:
            f.write("\t".join(r) + "\n")
