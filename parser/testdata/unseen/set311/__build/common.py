"""Shared helpers for corpus311 generators (written blind)."""
import json, os, subprocess, shutil

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(ROOT, "__build")
ROWS = []  # (file, reference-key or '-', format)


def w(name, text, key):
    p = os.path.join(ROOT, name)
    with open(p, "w", encoding="utf-8") as f:
        f.write(text)
    fmt = name.rsplit(".", 1)[1]
    ROWS.append((name, key, fmt))
    return p


def wb(name, text):
    """write a build source under __build"""
    p = os.path.join(BUILD, name)
    with open(p, "w", encoding="utf-8") as f:
        f.write(text)
    return p


def dump(pdfname, key):
    pdf = os.path.join(ROOT, pdfname)
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], capture_output=True, check=True).stdout.decode()
    w(pdfname[:-4] + ".pdftotext.txt", out, key)


def pdf_libreoffice(src_html, pdfname, key):
    tmp = "/tmp/lo311_out"
    os.makedirs(tmp, exist_ok=True)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_profile_311", "--headless",
                    "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export",
                    "--outdir", tmp, src_html], check=True, capture_output=True)
    base = os.path.splitext(os.path.basename(src_html))[0] + ".pdf"
    shutil.move(os.path.join(tmp, base), os.path.join(ROOT, pdfname))
    ROWS.append((pdfname, key, "pdf"))
    dump(pdfname, key)


def pdf_weasyprint(src_html, pdfname, key):
    subprocess.run(["weasyprint", src_html, os.path.join(ROOT, pdfname)], check=True, capture_output=True)
    ROWS.append((pdfname, key, "pdf"))
    dump(pdfname, key)


def pdf_latex(src_tex, pdfname, key):
    tmp = "/tmp/tex311"
    os.makedirs(tmp, exist_ok=True)
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-output-directory", tmp, src_tex],
                       check=True, capture_output=True)
    base = os.path.splitext(os.path.basename(src_tex))[0] + ".pdf"
    shutil.copy(os.path.join(tmp, base), os.path.join(ROOT, pdfname))
    ROWS.append((pdfname, key, "pdf"))
    dump(pdfname, key)


def pdf_chromium(htmlname, key):
    """print ROOT/NAME.html to ROOT/NAME.chromium.pdf with build-pdf.sh's command line"""
    pdfname = htmlname[:-5] + ".chromium.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.join(ROOT, pdfname), os.path.join(ROOT, htmlname)],
                   check=True, capture_output=True)
    ROWS.append((pdfname, key, "pdf"))
    dump(pdfname, key)


def expected(key, **kw):
    order = ["reference", "post_number", "languages", "title", "organisation", "location", "schedule",
             "deadline", "salary", "grade", "clearance", "requirements", "competencies"]
    langs = kw["languages"]
    d = {}
    for k in order:
        v = kw.get(k)
        if k in ("title", "organisation", "location", "schedule"):
            v = {"en": (v or {}).get("en"), "fr": (v or {}).get("fr")}
        if k == "requirements":
            v = {l: ({"essential": v[l][0], "desirable": v[l][1]} if l in langs else None) for l in ("en", "fr")}
        if k == "competencies":
            v = {l: ([{"name": n, "description": ds} for n, ds in v[l]] if l in langs else None) for l in ("en", "fr")}
        d[k] = v
    with open(os.path.join(ROOT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=2)
        f.write("\n")


def sal(amount=None, mn=None, mx=None, cur=None, per="month"):
    return {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": per}


def save_rows(tag):
    with open(os.path.join(BUILD, "rows-%s.tsv" % tag), "w", encoding="utf-8") as f:
        for r in ROWS:
            f.write("\t".join(r) + "\n")
