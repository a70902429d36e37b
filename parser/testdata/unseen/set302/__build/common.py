"""Shared helpers for corpus302: writers, PDF tools, expected-file writer."""
import json, os, subprocess, shutil, html as _html

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SRC = os.path.join(HERE, "src")
ROWS = []


def write(name, text, ref, fmt=None):
    fmt = fmt or name.rsplit(".", 1)[1]
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write(text)
    ROWS.append((name, ref, fmt))


def src(name, text):
    p = os.path.join(SRC, name)
    with open(p, "w", encoding="utf-8") as f:
        f.write(text)
    return p


def dump(pdf, ref):
    txt = pdf[:-4] + ".pdftotext.txt"
    subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(OUT, pdf), os.path.join(OUT, txt)], check=True)
    ROWS.append((pdf, ref, "pdf"))
    ROWS.append((txt, ref, "txt"))


def chromium(html_name, ref):
    """html_name is a set file; prints NAME.chromium.pdf with build-pdf.sh's command line."""
    pdf = html_name[:-5] + ".chromium.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.join(OUT, pdf), os.path.join(OUT, html_name)],
                   check=True, capture_output=True)
    dump(pdf, ref)


def weasy(src_html, pdf, ref):
    subprocess.run(["weasyprint", src_html, os.path.join(OUT, pdf)], check=True, capture_output=True)
    dump(pdf, ref)


def _lo(src_file, pdf, ref, filt):
    tmp = os.path.join(HERE, "lo-out")
    os.makedirs(tmp, exist_ok=True)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo302profile", "--headless",
                    "--convert-to", "pdf:" + filt, "--outdir", tmp, src_file], check=True, capture_output=True)
    base = os.path.splitext(os.path.basename(src_file))[0] + ".pdf"
    shutil.move(os.path.join(tmp, base), os.path.join(OUT, pdf))
    dump(pdf, ref)


def lo_html(src_html, pdf, ref):
    _lo(src_html, pdf, ref, "writer_web_pdf_Export")


def lo_docx(src_md, pdf, ref):
    docx = src_md[:-3] + ".docx"
    subprocess.run(["pandoc", src_md, "-o", docx], check=True)
    _lo(docx, pdf, ref, "writer_pdf_Export")


def pdflatex(src_tex, pdf, ref):
    d = os.path.dirname(src_tex)
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", os.path.basename(src_tex)],
                       cwd=d, check=True, capture_output=True)
    shutil.copy(src_tex[:-4] + ".pdf", os.path.join(OUT, pdf))
    dump(pdf, ref)


def esc(s):
    return _html.escape(s, quote=False)


def expected(key, reference, langs, title, org, loc, deadline, *, post_number=None, schedule=None,
             salary=None, grade=None, req=None, comp=None):
    """title/org/loc/schedule: dicts {lang: str}; req: {lang: (essential, desirable)}; comp: {lang: [(n, d)]}."""
    def per(d):
        d = d or {}
        return {l: d.get(l) for l in ("en", "fr")}
    req = req or {}
    comp = comp or {}
    e = {
        "reference": reference,
        "post_number": post_number,
        "languages": langs,
        "title": per(title), "organisation": per(org), "location": per(loc), "schedule": per(schedule),
        "deadline": deadline,
        "salary": salary,
        "grade": grade,
        "clearance": None,
        "requirements": {l: ({"essential": list(req[l][0]), "desirable": list(req[l][1])} if l in langs else None)
                         for l in ("en", "fr")},
        "competencies": {l: ([{"name": n, "description": d} for n, d in comp.get(l, [])] if l in langs else None)
                         for l in ("en", "fr")},
    }
    with open(os.path.join(OUT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(e, f, ensure_ascii=False, indent=2)
        f.write("\n")


def sal(amount=None, lo=None, hi=None, cur=None, period=None):
    return {"amount": amount, "min": lo, "max": hi, "currency": cur, "period": period}


def write_manifest():
    with open(os.path.join(OUT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
        f.write("file\treference\tformat\n")
        for r in ROWS:
            f.write("\t".join(r) + "\n")
