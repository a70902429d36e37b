"""Shared helpers: write renderings, expected files and manifest rows."""
import json, os, subprocess, shutil, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(ROOT, "__build")
ROWS = []


def write(name, text, ref):
    with open(os.path.join(ROOT, name), "w", encoding="utf-8") as f:
        f.write(text)
    ROWS.append((name, ref, name.rsplit(".", 1)[1]))


def sal(amount=None, mn=None, mx=None, cur=None, period=None):
    return {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": period}


def expected(key, reference, langs, title, org, loc, sched, deadline, salary,
             grade=None, req=None, comp=None, post_number=None, clearance=None):
    def bi(d):
        return {"en": d.get("en"), "fr": d.get("fr")}
    req = req or {}
    comp = comp or {}
    e = {
        "reference": reference, "post_number": post_number, "languages": langs,
        "title": bi(title), "organisation": bi(org), "location": bi(loc),
        "schedule": bi(sched), "deadline": deadline, "salary": salary,
        "grade": grade, "clearance": clearance,
        "requirements": {l: (req.get(l) if l in langs else None) for l in ("en", "fr")},
        "competencies": {l: (comp.get(l, []) if l in langs else None) for l in ("en", "fr")},
    }
    with open(os.path.join(ROOT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(e, f, ensure_ascii=False, indent=2)
        f.write("\n")


def pdftotext(pdf, ref):
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(ROOT, pdf), "-"],
                         capture_output=True, check=True).stdout.decode("utf-8")
    dump = pdf[:-4] + ".pdftotext.txt"
    write(dump, out, ref)


def add_pdf(name, ref):
    ROWS.append((name, ref, "pdf"))
    pdftotext(name, ref)


def pdflatex(tex_name, tex, pdf_name, ref):
    src = os.path.join(BUILD, tex_name)
    open(src, "w", encoding="utf-8").write(tex)
    d = tempfile.mkdtemp()
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-output-directory", d, src],
                       capture_output=True, check=True)
    shutil.copy(os.path.join(d, tex_name[:-4] + ".pdf"), os.path.join(ROOT, pdf_name))
    add_pdf(pdf_name, ref)


def chromium(html_name, pdf_name, ref):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.join(ROOT, pdf_name), os.path.join(ROOT, html_name)],
                   capture_output=True, check=True)
    add_pdf(pdf_name, ref)


def weasyprint(html_src_name, html, pdf_name, ref):
    src = os.path.join(BUILD, html_src_name)
    open(src, "w", encoding="utf-8").write(html)
    subprocess.run(["weasyprint", src, os.path.join(ROOT, pdf_name)], capture_output=True, check=True)
    add_pdf(pdf_name, ref)


def libreoffice_from_md(md_name, md, pdf_name, ref):
    src = os.path.join(BUILD, md_name)
    open(src, "w", encoding="utf-8").write(md)
    docx = src[:-3] + ".docx"
    subprocess.run(["pandoc", src, "-o", docx], check=True)
    d = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", d, docx],
                   capture_output=True, check=True)
    shutil.copy(os.path.join(d, os.path.basename(docx)[:-5] + ".pdf"), os.path.join(ROOT, pdf_name))
    add_pdf(pdf_name, ref)


def manifest():
    with open(os.path.join(ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
        f.write("file\treference\tformat\n")
        for r in ROWS:
            f.write("\t".join(r) + "\n")
