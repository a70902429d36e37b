"""Shared helpers for corpus266 (written blind). Run build.py from the set folder."""
import json
import os
import subprocess

SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(SET, "__build")
ROWS = []


def out(name, text, ref):
    """Write a text rendering and record it in the manifest."""
    with open(os.path.join(SET, name), "w", encoding="utf-8") as f:
        f.write(text.lstrip("\n"))
    ROWS.append((name, ref, name.rsplit(".", 1)[1]))


def expected(key, exp):
    with open(os.path.join(SET, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")


def dump(pdf, ref):
    txt = pdf[:-4] + ".pdftotext.txt"
    subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(SET, pdf), os.path.join(SET, txt)], check=True)
    ROWS.append((pdf, ref, "pdf"))
    ROWS.append((txt, ref, "txt"))


def chromium_pdf(stem, ref):
    """stem.html already written in the set; print stem.chromium.pdf as build-pdf.sh does."""
    pdf = stem + ".chromium.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.join(SET, pdf), os.path.join(SET, stem + ".html")],
                   check=True, capture_output=True)
    dump(pdf, ref)


def libreoffice_pdf(src_html, stem, ref):
    """src_html lives in __build; soffice converts it to stem.libreoffice.pdf in the set."""
    tmp = os.path.join(BUILD, "_lo")
    os.makedirs(tmp, exist_ok=True)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf:writer_web_pdf_Export", "--outdir", tmp,
                    os.path.join(BUILD, src_html)], check=True, capture_output=True)
    os.replace(os.path.join(tmp, src_html[:-5] + ".pdf"), os.path.join(SET, stem + ".libreoffice.pdf"))
    dump(stem + ".libreoffice.pdf", ref)


def weasyprint_pdf(src_html, stem, ref):
    subprocess.run(["weasyprint", os.path.join(BUILD, src_html), os.path.join(SET, stem + ".weasyprint.pdf")],
                   check=True, capture_output=True)
    dump(stem + ".weasyprint.pdf", ref)


def pdflatex_pdf(src_tex, stem, ref):
    tmp = os.path.join(BUILD, "_tex")
    os.makedirs(tmp, exist_ok=True)
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "-output-directory", tmp,
                        os.path.join(BUILD, src_tex)], check=True, capture_output=True)
    os.replace(os.path.join(tmp, src_tex[:-4] + ".pdf"), os.path.join(SET, stem + ".pdflatex.pdf"))
    dump(stem + ".pdflatex.pdf", ref)


def write_build(name, text):
    with open(os.path.join(BUILD, name), "w", encoding="utf-8") as f:
        f.write(text.lstrip("\n"))


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def tex(s):
    for a, b in (("\\", r"\textbackslash{}"), ("&", r"\&"), ("%", r"\%"), ("$", r"\$"), ("#", r"\#"),
                 ("_", r"\_"), ("{", r"\{"), ("}", r"\}")):
        s = s.replace(a, b)
    return s


def exp(key, langs, title, org, loc, sched, deadline, salary, grade, clearance, req, comp, post=None):
    """Build an expected dict; title/org/loc/sched/req/comp are dicts by language."""
    def per(d):
        return {l: (d.get(l) if l in langs else None) for l in ("en", "fr")}
    return {
        "reference": key,
        "post_number": post,
        "languages": langs,
        "title": per(title),
        "organisation": per(org),
        "location": per(loc),
        "schedule": per(sched),
        "deadline": deadline,
        "salary": salary,
        "grade": grade,
        "clearance": clearance,
        "requirements": per(req),
        "competencies": per(comp),
    }


def sal(amount, currency, period="month", lo=None, hi=None):
    return {"amount": amount, "min": lo, "max": hi, "currency": currency, "period": period}


def comps(pairs):
    return [{"name": n, "description": d} for n, d in pairs]
