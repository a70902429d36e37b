"""Shared helpers for corpus234's generators (each notice: one set of strings -> renderings + expected)."""
import json, os, subprocess, html as H

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(ROOT, "__build")
ROWS = os.path.join(BUILD, "rows.tsv")


def write(name, text, ref, fmt):
    with open(os.path.join(ROOT, name), "w", encoding="utf-8") as f:
        f.write(text)
    row(name, ref, fmt)


def row(name, ref, fmt):
    rows = []
    if os.path.exists(ROWS):
        rows = [l.rstrip("\n") for l in open(ROWS, encoding="utf-8") if l.strip()]
    rows = [r for r in rows if r.split("\t")[0] != name]
    ref = key_of(ref) if ref != "-" else ref
    rows.append(f"{name}\t{ref}\t{fmt}")
    open(ROWS, "w", encoding="utf-8").write("\n".join(rows) + "\n")


def key_of(ref):
    return ref.lower().replace("/", "-").replace(" ", "-")


def expected(N):
    langs = N["langs"]
    def per(field):
        v = N[field]
        return {l: (v.get(l) if l in langs else None) for l in ("en", "fr")}
    exp = {
        "reference": N["ref"],
        "post_number": N.get("post_number"),
        "languages": langs,
        "title": per("title"),
        "organisation": per("org"),
        "location": per("loc"),
        "schedule": per("sched"),
        "deadline": N["deadline"],
        "salary": N.get("salary"),
        "grade": N.get("grade"),
        "clearance": None,
        "requirements": {l: ({"essential": N["ess"][l], "desirable": N["des"][l]} if l in langs else None)
                         for l in ("en", "fr")},
        "competencies": {l: ([{"name": n, "description": d} for n, d in N["comp"][l]] if l in langs else None)
                         for l in ("en", "fr")},
    }
    p = os.path.join(ROOT, "expected", key_of(N["ref"]) + ".json")
    json.dump(exp, open(p, "w", encoding="utf-8"), ensure_ascii=False, indent=2)
    return key_of(N["ref"])


def e(s):
    return H.escape(s, quote=False)


def dump(pdf):
    txt = pdf[:-4] + ".pdftotext.txt"
    subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(ROOT, pdf), os.path.join(ROOT, txt)], check=True)
    return txt


def chromium(html_name):
    pdf = html_name[:-5] + ".chromium.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.join(ROOT, pdf), os.path.join(ROOT, html_name)],
                   check=True, capture_output=True)
    return pdf


def weasy(src_html, pdf):
    subprocess.run(["weasyprint", src_html, os.path.join(ROOT, pdf)], check=True, capture_output=True)
    return pdf


def libreoffice(src_html, pdf):
    out = os.path.join(BUILD, "lo-out")
    os.makedirs(out, exist_ok=True)
    subprocess.run(["soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export",
                    "--outdir", out, src_html], check=True, capture_output=True)
    base = os.path.splitext(os.path.basename(src_html))[0] + ".pdf"
    os.replace(os.path.join(out, base), os.path.join(ROOT, pdf))
    return pdf


def pdflatex(tex, pdf):
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "-output-directory", BUILD, tex],
                       check=True, capture_output=True, cwd=BUILD)
    os.replace(os.path.join(BUILD, os.path.splitext(os.path.basename(tex))[0] + ".pdf"), os.path.join(ROOT, pdf))
    return pdf
