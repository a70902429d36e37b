"""Helpers shared by the corpus297 generators."""
import json, os, subprocess, shutil

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(ROOT, "__build")
MANIFEST = []  # (file, reference key, format)


def write(name, text):
    with open(os.path.join(ROOT, name), "w", encoding="utf-8") as f:
        f.write(text.lstrip("\n"))


def src(name, text):
    p = os.path.join(BUILD, name)
    with open(p, "w", encoding="utf-8") as f:
        f.write(text.lstrip("\n"))
    return p


def expected(key, d):
    keys = ["reference", "post_number", "languages", "title", "organisation", "location",
            "schedule", "deadline", "salary", "grade", "clearance", "requirements", "competencies"]
    out = {k: d[k] for k in keys}
    with open(os.path.join(ROOT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")


def fr_only(**kw):
    """Expected dict for a French-only notice."""
    d = dict(kw)
    for f in ("title", "organisation", "location", "schedule"):
        d[f] = {"en": None, "fr": kw[f]}
    d["languages"] = ["fr"]
    d["requirements"] = {"en": None, "fr": {"essential": kw["essential"], "desirable": kw["desirable"]}}
    d["competencies"] = {"en": None, "fr": [{"name": n, "description": s} for n, s in kw["competencies"]]}
    d.setdefault("clearance", None)
    return d


def en_only(**kw):
    d = dict(kw)
    for f in ("title", "organisation", "location", "schedule"):
        d[f] = {"en": kw[f], "fr": None}
    d["languages"] = ["en"]
    d["requirements"] = {"en": {"essential": kw["essential"], "desirable": kw["desirable"]}, "fr": None}
    d["competencies"] = {"en": [{"name": n, "description": s} for n, s in kw["competencies"]], "fr": None}
    d.setdefault("clearance", None)
    return d


def salary(amount=None, mn=None, mx=None, cur=None, period="month"):
    return {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": period}


def row(name, key, fmt):
    MANIFEST.append((name, key, fmt))


def dump(pdf):
    txt = pdf[:-4] + ".pdftotext.txt"
    subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(ROOT, pdf), os.path.join(ROOT, txt)], check=True)
    return txt


def libreoffice(html_src, pdf):
    outdir = "/tmp/lo_out_297"
    os.makedirs(outdir, exist_ok=True)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_profile_297", "--headless",
                    "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export",
                    "--outdir", outdir, html_src], check=True, capture_output=True)
    base = os.path.splitext(os.path.basename(html_src))[0] + ".pdf"
    shutil.move(os.path.join(outdir, base), os.path.join(ROOT, pdf))


def weasyprint(html_src, pdf):
    subprocess.run(["weasyprint", html_src, os.path.join(ROOT, pdf)], check=True, capture_output=True)


def pdflatex(tex_src, pdf):
    d = "/tmp/latex_297"
    os.makedirs(d, exist_ok=True)
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-output-directory", d, tex_src],
                       check=True, capture_output=True)
    base = os.path.splitext(os.path.basename(tex_src))[0] + ".pdf"
    shutil.copy(os.path.join(d, base), os.path.join(ROOT, pdf))


def chromium(html_name, pdf):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.join(ROOT, pdf), os.path.join(ROOT, html_name)],
                   check=True, capture_output=True)


def bullets(items, mark="- "):
    return "\n".join(mark + i for i in items)


def li(items):
    return "\n".join("<li>%s</li>" % i for i in items)
