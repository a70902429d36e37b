"""Shared helpers for corpus253 (written blind). Every notice module calls
write(), pdf_*() and expected(); build.py collects the MANIFEST rows."""
import json
import os
import subprocess

SET = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "src")
ROWS = []


def write(name, text, ref, fmt=None):
    fmt = fmt or name.rsplit(".", 1)[1]
    with open(os.path.join(SET, name), "w", encoding="utf-8") as f:
        f.write(text)
    ROWS.append((name, ref, fmt))


def _dump(pdf):
    out = pdf[:-4] + ".pdftotext.txt"
    subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(SET, pdf), os.path.join(SET, out)], check=True)
    return out


def _rows(pdf, ref):
    ROWS.append((pdf, ref, "pdf"))
    ROWS.append((_dump(pdf), ref, "txt"))


def pdf_chromium(html_name, ref):
    """html_name is already written in the set (build-pdf.sh rebuilds it)."""
    pdf = html_name[:-5] + ".chromium.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.join(SET, pdf), os.path.join(SET, html_name)],
                   check=True, capture_output=True)
    _rows(pdf, ref)


def pdf_weasyprint(stem, html, ref):
    src = os.path.join(SRC, stem + ".html")
    open(src, "w", encoding="utf-8").write(html)
    pdf = stem + ".weasyprint.pdf"
    subprocess.run(["weasyprint", src, os.path.join(SET, pdf)], check=True, capture_output=True)
    _rows(pdf, ref)


def pdf_libreoffice(stem, html, ref):
    src = os.path.join(SRC, stem + ".libreoffice.html")
    open(src, "w", encoding="utf-8").write(html)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo253profile", "--headless",
                    "--convert-to", "pdf:writer_web_pdf_Export", "--outdir", SRC, src],
                   check=True, capture_output=True)
    pdf = stem + ".libreoffice.pdf"
    os.replace(os.path.join(SRC, stem + ".libreoffice.pdf"), os.path.join(SET, pdf))
    _rows(pdf, ref)


def pdf_latex(stem, tex, ref):
    src = os.path.join(SRC, stem + ".pdflatex.tex")
    open(src, "w", encoding="utf-8").write(tex)
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "-output-directory", SRC, src],
                       check=True, capture_output=True)
    pdf = stem + ".pdflatex.pdf"
    os.replace(os.path.join(SRC, stem + ".pdflatex.pdf"), os.path.join(SET, pdf))
    _rows(pdf, ref)


def expected(key, ref, langs, title, org, loc, deadline, grade=None, schedule=None, salary=None,
             req=None, comp=None, post_number=None):
    """title/org/loc/schedule: dict lang->str (missing langs None); req: lang->(ess, des);
    comp: lang->list of (name, description)."""
    def per(d):
        d = d or {}
        return {l: d.get(l) for l in ("en", "fr")}
    if salary:
        amount, mn, mx, cur, period = salary
        salary = {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": period}
    exp = {
        "reference": ref,
        "post_number": post_number,
        "languages": langs,
        "title": per(title),
        "organisation": per(org),
        "location": per(loc),
        "schedule": per(schedule),
        "deadline": deadline,
        "salary": salary,
        "grade": grade,
        "clearance": None,
        "requirements": {l: ({"essential": list(req[l][0]), "desirable": list(req[l][1])} if l in langs else None)
                         for l in ("en", "fr")},
        "competencies": {l: ([{"name": n, "description": d} for n, d in comp.get(l, [])] if l in langs else None)
                         for l in ("en", "fr")},
    }
    with open(os.path.join(SET, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")


def ul(items, tag="ul"):
    return "<%s>\n" % tag + "".join("  <li>%s</li>\n" % i for i in items) + "</%s>" % tag


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
