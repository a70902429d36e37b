import json, os, shutil, subprocess, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.join(ROOT, "__build", "src")
ROWS = []  # (file, reference key or '-', format)


def write(name, text, key):
    with open(os.path.join(ROOT, name), "w", encoding="utf-8") as f:
        f.write(text)
    fmt = name.rsplit(".", 1)[1]
    ROWS.append((name, key, fmt))


def dump(pdf, key):
    txt = pdf[:-4] + ".pdftotext.txt"
    subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(ROOT, pdf), os.path.join(ROOT, txt)], check=True)
    ROWS.append((pdf, key, "pdf"))
    ROWS.append((txt, key, "txt"))


def chromium(html_name, key):
    """html_name is already written in ROOT; prints NAME.chromium.pdf as build-pdf.sh does."""
    base = html_name[:-5]
    pdf = base + ".chromium.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.join(ROOT, pdf), os.path.join(ROOT, html_name)],
                   check=True, capture_output=True)
    dump(pdf, key)


def weasy(src_name, html, pdf, key):
    p = os.path.join(SRC, src_name)
    open(p, "w", encoding="utf-8").write(html)
    subprocess.run(["weasyprint", p, os.path.join(ROOT, pdf)], check=True, capture_output=True)
    dump(pdf, key)


def libreoffice(src_name, html, pdf, key):
    p = os.path.join(SRC, src_name)
    open(p, "w", encoding="utf-8").write(html)
    with tempfile.TemporaryDirectory() as d:
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + d + "/profile",
                        "--convert-to", "pdf:writer_web_pdf_Export", "--outdir", d, p],
                       check=True, capture_output=True)
        out = os.path.join(d, os.path.basename(p)[:-5] + ".pdf")
        shutil.copy(out, os.path.join(ROOT, pdf))
    dump(pdf, key)


def pdflatex(src_name, tex, pdf, key):
    p = os.path.join(SRC, src_name)
    open(p, "w", encoding="utf-8").write(tex)
    with tempfile.TemporaryDirectory() as d:
        for _ in range(2):
            subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "-output-directory", d, p],
                           check=True, capture_output=True)
        shutil.copy(os.path.join(d, os.path.basename(p)[:-4] + ".pdf"), os.path.join(ROOT, pdf))
    dump(pdf, key)


def expected(key, *, reference, languages, title, organisation, location, schedule, deadline,
             salary=None, grade=None, clearance=None, post_number=None, req, comp):
    def both(v):
        return {"en": v.get("en"), "fr": v.get("fr")}
    out = {
        "reference": reference,
        "post_number": post_number,
        "languages": languages,
        "title": both(title),
        "organisation": both(organisation),
        "location": both(location),
        "schedule": both(schedule),
        "deadline": deadline,
        "salary": salary,
        "grade": grade,
        "clearance": clearance,
        "requirements": {l: ({"essential": req[l][0], "desirable": req[l][1]} if l in languages else None)
                         for l in ("en", "fr")},
        "competencies": {l: ([{"name": n, "description": d} for n, d in comp[l]] if l in languages else None)
                         for l in ("en", "fr")},
    }
    with open(os.path.join(ROOT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")


def sal(lo, hi, cur, period):
    return {"amount": None, "min": lo, "max": hi, "currency": cur, "period": period}


def manifest():
    with open(os.path.join(ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
        f.write("file\treference\tformat\n")
        for r in ROWS:
            f.write("\t".join(r) + "\n")
