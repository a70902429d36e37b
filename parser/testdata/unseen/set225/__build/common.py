"""Helpers for corpus225: writers, PDF tools, expected files, manifest rows."""
import json
import os
import shutil
import subprocess
import tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
BUILD = os.path.join(ROOT, "__build")
SRC = os.path.join(BUILD, "src")
ROWS = []


def w(name, text, ref="-"):
    """Write a rendering and register its manifest row."""
    with open(os.path.join(ROOT, name), "w", encoding="utf-8") as f:
        f.write(text)
    fmt = name.rsplit(".", 1)[1]
    ROWS.append((name, ref, fmt))


def row(name, ref):
    ROWS.append((name, ref, name.rsplit(".", 1)[1]))


def src(name, text):
    os.makedirs(SRC, exist_ok=True)
    p = os.path.join(SRC, name)
    with open(p, "w", encoding="utf-8") as f:
        f.write(text)
    return p


def dump(pdf, ref):
    """pdftotext -enc UTF-8 dump beside the PDF, both registered."""
    txt = pdf[:-4] + ".pdftotext.txt"
    subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(ROOT, pdf), os.path.join(ROOT, txt)], check=True)
    row(pdf, ref)
    row(txt, ref)


def chromium(html_name, ref):
    """build-pdf.sh's command line: NAME.chromium.pdf from NAME.html (the html is a rendering too)."""
    pdf = html_name[:-5] + ".chromium.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.join(ROOT, pdf), os.path.join(ROOT, html_name)],
                   check=True, capture_output=True)
    dump(pdf, ref)


def libreoffice(html_src, pdf, ref):
    tmp = tempfile.mkdtemp()
    base = os.path.splitext(os.path.basename(html_src))[0]
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + tmp + "/profile",
                    "--convert-to", "pdf", "--outdir", tmp, html_src], check=True, capture_output=True)
    shutil.move(os.path.join(tmp, base + ".pdf"), os.path.join(ROOT, pdf))
    shutil.rmtree(tmp, ignore_errors=True)
    dump(pdf, ref)


def weasy(html_src, pdf, ref):
    subprocess.run(["weasyprint", html_src, os.path.join(ROOT, pdf)], check=True, capture_output=True)
    dump(pdf, ref)


def latex(tex_src, pdf, ref):
    tmp = tempfile.mkdtemp()
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "-output-directory", tmp, tex_src],
                       check=True, capture_output=True)
    base = os.path.splitext(os.path.basename(tex_src))[0]
    shutil.move(os.path.join(tmp, base + ".pdf"), os.path.join(ROOT, pdf))
    shutil.rmtree(tmp, ignore_errors=True)
    dump(pdf, ref)


def expected(key, *, reference, languages, title, organisation, location, schedule=None, deadline,
             salary=None, grade=None, clearance=None, post_number=None, requirements, competencies):
    def both(d):
        d = d or {}
        return {"en": d.get("en"), "fr": d.get("fr")}
    comps = {}
    reqs = {}
    for l in ("en", "fr"):
        if l in languages:
            reqs[l] = {"essential": requirements[l][0], "desirable": requirements[l][1]}
            comps[l] = [{"name": n, "description": d} for n, d in competencies.get(l, [])]
        else:
            reqs[l] = None
            comps[l] = None
    sal = None
    if salary:
        amount, mn, mx, cur, per = salary
        sal = {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": per}
    e = {"reference": reference, "post_number": post_number, "languages": languages,
         "title": both(title), "organisation": both(organisation), "location": both(location),
         "schedule": both(schedule), "deadline": deadline, "salary": sal, "grade": grade,
         "clearance": clearance, "requirements": reqs, "competencies": comps}
    with open(os.path.join(ROOT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(e, f, ensure_ascii=False, indent=2)
        f.write("\n")


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def tex(s):
    for a, b in (("\\", r"\textbackslash{}"), ("&", r"\&"), ("%", r"\%"), ("$", r"\$"), ("#", r"\#"),
                 ("_", r"\_"), ("{", r"\{"), ("}", r"\}")):
        s = s.replace(a, b)
    return s
