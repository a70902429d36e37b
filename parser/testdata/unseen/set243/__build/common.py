"""Shared helpers for corpus243: expected JSON, file writing, PDF producers, manifest rows."""
import json, os, subprocess, shutil

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(ROOT, "__build")
ROWS = []  # (file, reference-key or '-', format)


def key_of(ref):
    return ref.lower().replace("/", "-").replace(" ", "-")


def expected(ref, langs, title, org, loc, sched, deadline, salary, grade, clearance, req, comp, post_number=None):
    def pl(d):
        return {"en": d.get("en"), "fr": d.get("fr")}
    e = {
        "reference": ref, "post_number": post_number, "languages": langs,
        "title": pl(title), "organisation": pl(org), "location": pl(loc), "schedule": pl(sched),
        "deadline": deadline, "salary": salary, "grade": grade, "clearance": clearance,
        "requirements": {l: (req.get(l) if l in langs else None) for l in ("en", "fr")},
        "competencies": {l: ([{"name": n, "description": d} for n, d in comp.get(l, [])] if l in langs else None)
                         for l in ("en", "fr")},
    }
    k = key_of(ref)
    with open(os.path.join(ROOT, "expected", k + ".json"), "w", encoding="utf-8") as f:
        json.dump(e, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return k


def sal(cur, period, amount=None, lo=None, hi=None):
    return {"amount": amount, "min": lo, "max": hi, "currency": cur, "period": period}


def write(name, text, key):
    fmt = name.rsplit(".", 1)[1]
    with open(os.path.join(ROOT, name), "w", encoding="utf-8") as f:
        f.write(text)
    ROWS.append((name, key, fmt))


def dump(pdf, key):
    txt = pdf[:-4] + ".pdftotext.txt"
    subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(ROOT, pdf), os.path.join(ROOT, txt)], check=True)
    ROWS.append((pdf, key, "pdf"))
    ROWS.append((txt, key, "txt"))


def chromium_pdf(html_name, key):
    """html_name must already be written (and listed); prints NAME.chromium.pdf as build-pdf.sh does."""
    base = html_name[:-5]
    pdf = base + ".chromium.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.join(ROOT, pdf), os.path.join(ROOT, html_name)],
                   check=True, capture_output=True)
    dump(pdf, key)


def weasy_pdf(html_src, pdf, key):
    src = os.path.join(BUILD, pdf[:-4] + ".html")
    open(src, "w", encoding="utf-8").write(html_src)
    subprocess.run(["weasyprint", src, os.path.join(ROOT, pdf)], check=True, capture_output=True)
    dump(pdf, key)


def latex_pdf(tex_src, pdf, key):
    base = pdf[:-4]
    src = os.path.join(BUILD, base + ".tex")
    open(src, "w", encoding="utf-8").write(tex_src)
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "-output-directory", BUILD, src],
                       check=True, capture_output=True)
    shutil.copy(os.path.join(BUILD, base + ".pdf"), os.path.join(ROOT, pdf))
    for ext in (".aux", ".log", ".pdf", ".out"):
        p = os.path.join(BUILD, base + ext)
        if os.path.exists(p):
            os.remove(p)
    dump(pdf, key)


def libreoffice_pdf(md_src, pdf, key):
    base = pdf[:-4]
    md = os.path.join(BUILD, base + ".md")
    docx = os.path.join(BUILD, base + ".docx")
    open(md, "w", encoding="utf-8").write(md_src)
    subprocess.run(["pandoc", md, "-o", docx], check=True)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", BUILD, docx],
                   check=True, capture_output=True)
    shutil.move(os.path.join(BUILD, base + ".pdf"), os.path.join(ROOT, pdf))
    dump(pdf, key)


def manifest():
    with open(os.path.join(ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
        f.write("file\treference\tformat\n")
        for r in ROWS:
            f.write("\t".join(r) + "\n")
