"""Shared helpers: every expected string is defined once in the notice modules and
every rendering is printed from those variables."""
import json
import os
import subprocess
import html as H

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(ROOT, "__build")
MANIFEST = []


def write(name, text, ref, fmt=None):
    fmt = fmt or name.rsplit(".", 1)[1]
    with open(os.path.join(ROOT, name), "w", encoding="utf-8") as f:
        f.write(text)
    MANIFEST.append((name, ref, fmt))


def add_row(name, ref, fmt):
    MANIFEST.append((name, ref, fmt))


def expected(key, langs, title, org, loc, sched, deadline, salary, grade, clearance,
             req, comp, post_number=None):
    """title/org/loc/sched: dicts {en, fr}; req: {lang: (essential, desirable)};
    comp: {lang: [(name, description)]}; salary: (amount, min, max, cur, period) or None."""
    def both(d):
        return {"en": d.get("en"), "fr": d.get("fr")}
    sal = None
    if salary:
        a, mi, ma, cur, per = salary
        sal = {"amount": a, "min": mi, "max": ma, "currency": cur, "period": per}
    e = {
        "reference": key,
        "post_number": post_number,
        "languages": langs,
        "title": both(title), "organisation": both(org),
        "location": both(loc), "schedule": both(sched),
        "deadline": deadline, "salary": sal, "grade": grade, "clearance": clearance,
        "requirements": {l: ({"essential": list(req[l][0]), "desirable": list(req[l][1])}
                             if l in langs else None) for l in ("en", "fr")},
        "competencies": {l: ([{"name": n, "description": d} for n, d in comp.get(l, [])]
                             if l in langs else None) for l in ("en", "fr")},
    }
    with open(os.path.join(ROOT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(e, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return e


def lines(items, marker="", indent=""):
    return "\n".join(f"{indent}{marker}{x}" for x in items)


def esc(s):
    return H.escape(s, quote=False)


def pdftotext(pdf, out, layout=False):
    cmd = ["pdftotext", "-enc", "UTF-8"] + (["-layout"] if layout else []) + [pdf, out]
    subprocess.run(cmd, check=True)


def chromium_pdf(name_html, name_pdf):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={os.path.join(ROOT, name_pdf)}", os.path.join(ROOT, name_html)],
                   check=True, capture_output=True)


def weasy_pdf(src_html, name_pdf):
    subprocess.run(["weasyprint", src_html, os.path.join(ROOT, name_pdf)], check=True, capture_output=True)


def soffice_pdf(src, name_pdf):
    out = os.path.join(BUILD, "out")
    os.makedirs(out, exist_ok=True)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf:writer_pdf_Export", "--outdir", out, src],
                   check=True, capture_output=True)
    base = os.path.splitext(os.path.basename(src))[0] + ".pdf"
    os.replace(os.path.join(out, base), os.path.join(ROOT, name_pdf))


def pdflatex_pdf(src_tex, name_pdf):
    out = os.path.join(BUILD, "out")
    os.makedirs(out, exist_ok=True)
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "-output-directory", out, src_tex],
                       check=True, capture_output=True)
    base = os.path.splitext(os.path.basename(src_tex))[0] + ".pdf"
    os.replace(os.path.join(out, base), os.path.join(ROOT, name_pdf))
