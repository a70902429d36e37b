"""Shared helpers for corpus299's generators (written blind)."""
import html as _html
import json
import os
import shutil
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(ROOT, "__build")
ROWS = []  # (file, reference-key or '-', format)


def write(name, text, ref, fmt):
    with open(os.path.join(ROOT, name), "w", encoding="utf-8") as f:
        f.write(text)
    ROWS.append((name, ref, fmt))


def write_expected(exp):
    key = slug(exp["reference"])
    with open(os.path.join(ROOT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return key


def slug(ref):
    s = ref.lower().replace("/", "-").replace(" ", "-").replace("°", "")
    while "--" in s:
        s = s.replace("--", "-")
    return s.strip("-")


def esc(s):
    return _html.escape(s, quote=False)


def nb(s):
    """Hyphens as U+2011 (non-breaking) for HTML that is printed to PDF."""
    return s.replace("-", "\u2011")


def dump(pdf, ref):
    txt = pdf[:-4] + ".pdftotext.txt"
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(ROOT, pdf), "-"],
                         capture_output=True, check=True).stdout.decode("utf-8")
    write(txt, out, ref, "txt")


def chromium_pdf(html_name, ref):
    """html_name is a rendering in ROOT (NAME.html) -> NAME.chromium.pdf (build-pdf.sh's command line)."""
    pdf = html_name[:-5] + ".chromium.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.join(ROOT, pdf), os.path.join(ROOT, html_name)],
                   check=True, capture_output=True)
    ROWS.append((pdf, ref, "pdf"))
    dump(pdf, ref)


def weasy_pdf(src_html, pdf, ref):
    p = os.path.join(BUILD, src_html)
    subprocess.run(["weasyprint", p, os.path.join(ROOT, pdf)], check=True, capture_output=True)
    ROWS.append((pdf, ref, "pdf"))
    dump(pdf, ref)


def latex_pdf(tex_name, tex, pdf, ref):
    p = os.path.join(BUILD, tex_name)
    with open(p, "w", encoding="utf-8") as f:
        f.write(tex)
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", tex_name],
                       cwd=BUILD, check=True, capture_output=True)
    shutil.copy(p[:-4] + ".pdf", os.path.join(ROOT, pdf))
    for ext in (".aux", ".log", ".pdf", ".out"):
        if os.path.exists(p[:-4] + ext):
            os.remove(p[:-4] + ext)
    ROWS.append((pdf, ref, "pdf"))
    dump(pdf, ref)


def libreoffice_pdf(md_name, md, pdf, ref):
    p = os.path.join(BUILD, md_name)
    with open(p, "w", encoding="utf-8") as f:
        f.write(md)
    docx = p[:-3] + ".docx"
    subprocess.run(["pandoc", p, "-o", docx], check=True)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", BUILD, docx],
                   check=True, capture_output=True)
    shutil.move(docx[:-5] + ".pdf", os.path.join(ROOT, pdf))
    ROWS.append((pdf, ref, "pdf"))
    dump(pdf, ref)


def empty_exp():
    return {k: None for k in ["reference", "post_number", "languages", "title", "organisation", "location",
                              "schedule", "deadline", "salary", "grade", "clearance", "requirements",
                              "competencies"]}


def exp_for(reference, langs, title, org, loc, sched, deadline, salary, grade=None, clearance=None,
            post_number=None, req=None, comp=None):
    """title/org/loc/sched: dicts lang->str; req: lang->(essential, desirable); comp: lang->[(name, desc)]."""
    def both(d):
        return {"en": d.get("en"), "fr": d.get("fr")}
    e = {
        "reference": reference,
        "post_number": post_number,
        "languages": langs,
        "title": both(title),
        "organisation": both(org),
        "location": both(loc),
        "schedule": both(sched),
        "deadline": deadline,
        "salary": salary,
        "grade": grade,
        "clearance": clearance,
        "requirements": {l: ({"essential": list(req[l][0]), "desirable": list(req[l][1])} if l in langs else None)
                         for l in ("en", "fr")},
        "competencies": {l: ([{"name": n, "description": d} for n, d in comp.get(l, [])] if l in langs else None)
                         for l in ("en", "fr")},
    }
    return e


def sal(amount=None, mn=None, mx=None, cur=None, period=None):
    return {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": period}
