"""Helpers shared by the corpus290 generators."""
import json, os, subprocess, shutil, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(ROOT, "__build")
ROWS = []  # (file, reference-key, format)


def write(name, text, key="-"):
    path = os.path.join(ROOT, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    ROWS.append((name, key, name.rsplit(".", 1)[1]))
    return path


def src(name, text):
    path = os.path.join(BUILD, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


def dump(pdf, key):
    out = pdf[:-4] + ".pdftotext.txt"
    subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, out], check=True)
    ROWS.append((os.path.basename(pdf), key, "pdf"))
    ROWS.append((os.path.basename(out), key, "txt"))


def libreoffice(html_src, pdf_name, key):
    tmp = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_profile_290",
                    "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export",
                    "--outdir", tmp, html_src], check=True, capture_output=True)
    base = os.path.splitext(os.path.basename(html_src))[0] + ".pdf"
    shutil.move(os.path.join(tmp, base), os.path.join(ROOT, pdf_name))
    dump(os.path.join(ROOT, pdf_name), key)


def weasyprint(html_src, pdf_name, key):
    subprocess.run(["weasyprint", html_src, os.path.join(ROOT, pdf_name)], check=True,
                   capture_output=True)
    dump(os.path.join(ROOT, pdf_name), key)


def pdflatex(tex_src, pdf_name, key):
    tmp = tempfile.mkdtemp()
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-output-directory", tmp, tex_src],
                       check=True, capture_output=True)
    base = os.path.splitext(os.path.basename(tex_src))[0] + ".pdf"
    shutil.move(os.path.join(tmp, base), os.path.join(ROOT, pdf_name))
    dump(os.path.join(ROOT, pdf_name), key)


def chromium(html_name, key):
    """Print ROOT/html_name with build-pdf.sh's command line."""
    pdf = os.path.join(ROOT, html_name[:-5] + ".chromium.pdf")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + pdf, os.path.join(ROOT, html_name)], check=True,
                   capture_output=True)
    dump(pdf, key)


def expected(key, **kw):
    langs = kw["languages"]
    def per(v):
        if isinstance(v, dict):
            return {"en": v.get("en"), "fr": v.get("fr")}
        return {"en": v if "en" in langs else None, "fr": v if "fr" in langs else None}
    exp = {
        "reference": kw["reference"],
        "post_number": kw.get("post_number"),
        "languages": langs,
        "title": per(kw["title"]),
        "organisation": per(kw["organisation"]),
        "location": per(kw["location"]),
        "schedule": per(kw.get("schedule")),
        "deadline": kw["deadline"],
        "salary": kw.get("salary"),
        "grade": kw.get("grade"),
        "clearance": None,
        "requirements": {"en": None, "fr": None},
        "competencies": {"en": None, "fr": None},
    }
    for l in langs:
        exp["requirements"][l] = kw["requirements"][l]
        exp["competencies"][l] = [{"name": n, "description": d} for n, d in kw["competencies"][l]]
    with open(os.path.join(ROOT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")


def salary(amount=None, mn=None, mx=None, cur=None, period="month"):
    return {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": period}


def save_rows(tag):
    with open(os.path.join(BUILD, "rows-" + tag + ".tsv"), "w", encoding="utf-8") as f:
        for r in ROWS:
            f.write("\t".join(r) + "\n")
