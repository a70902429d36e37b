"""Shared helpers for the corpus255 generators (writers, PDF helpers, expected writer)."""
import json
import os
import subprocess
import textwrap

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(ROOT, "__build")


def write(name, text, root=ROOT):
    path = os.path.join(root, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text.lstrip("\n"))
    return path


def wrap(text, width=70, indent=""):
    """Hard-wrap one paragraph (for newspaper and e-mail layouts)."""
    return "\n".join(textwrap.wrap(text, width=width, initial_indent=indent,
                                   subsequent_indent=indent, break_long_words=False,
                                   break_on_hyphens=False))


def hang(marker, text, width=70, indent=0):
    """An item with a hanging indent: continuation lines under the text."""
    pad = " " * indent
    lines = textwrap.wrap(text, width=width - indent - len(marker), break_long_words=False,
                          break_on_hyphens=False)
    out = [pad + marker + lines[0]]
    out += [pad + " " * len(marker) + l for l in lines[1:]]
    return "\n".join(out)


def dump(pdf):
    txt = pdf[:-4] + ".pdftotext.txt"
    subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, txt], check=True)
    return txt


def weasy(html_src, pdf_name):
    pdf = os.path.join(ROOT, pdf_name)
    subprocess.run(["weasyprint", html_src, pdf], check=True, capture_output=True)
    dump(pdf)


def chromium(html_name):
    """build-pdf.sh's command line: NAME.html -> NAME.chromium.pdf."""
    html = os.path.join(ROOT, html_name)
    pdf = html[:-5] + ".chromium.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                    "--no-pdf-header-footer", "--print-to-pdf=" + pdf, html],
                   check=True, capture_output=True)
    dump(pdf)


def soffice(html_src, pdf_name):
    outdir = os.path.join(BUILD, "lo-out")
    os.makedirs(outdir, exist_ok=True)
    subprocess.run(["soffice", "--headless", "--infilter=HTML (StarWriter)",
                    "--convert-to", "pdf:writer_pdf_Export", "--outdir", outdir, html_src],
                   check=True, capture_output=True)
    base = os.path.splitext(os.path.basename(html_src))[0] + ".pdf"
    pdf = os.path.join(ROOT, pdf_name)
    os.replace(os.path.join(outdir, base), pdf)
    dump(pdf)


def pdflatex(tex_src, pdf_name):
    outdir = os.path.join(BUILD, "tex-out")
    os.makedirs(outdir, exist_ok=True)
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-output-directory", outdir, tex_src],
                       check=True, capture_output=True)
    base = os.path.splitext(os.path.basename(tex_src))[0] + ".pdf"
    pdf = os.path.join(ROOT, pdf_name)
    os.replace(os.path.join(outdir, base), pdf)
    dump(pdf)


def key_of(ref):
    return ref.lower().replace("/", "-").replace(" ", "-")


def expected(ref, langs, title, org, loc, sched, deadline, salary, grade, req, comp,
             post_number=None, clearance=None):
    """title/org/loc/sched/req/comp: dicts by language; salary: tuple or None."""
    def per(d):
        return {l: (d.get(l) if l in langs else None) for l in ("en", "fr")}
    sal = None
    if salary:
        amount, mn, mx, cur, period = salary
        sal = {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": period}
    exp = {
        "reference": ref,
        "post_number": post_number,
        "languages": langs,
        "title": per(title),
        "organisation": per(org),
        "location": per(loc),
        "schedule": per(sched),
        "deadline": deadline,
        "salary": sal,
        "grade": grade,
        "clearance": clearance,
        "requirements": {l: ({"essential": req[l][0], "desirable": req[l][1]} if l in langs else None)
                         for l in ("en", "fr")},
        "competencies": {l: ([{"name": n, "description": d} for n, d in comp[l]] if l in langs else None)
                         for l in ("en", "fr")},
    }
    path = os.path.join(ROOT, "expected", key_of(ref) + ".json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return key_of(ref)
