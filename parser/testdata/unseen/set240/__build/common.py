import json, os, subprocess, shutil, tempfile
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
B = os.path.join(ROOT, "__build")
ROWS = []

def w(name, text, ref, fmt=None):
    fmt = fmt or name.rsplit(".", 1)[1]
    with open(os.path.join(ROOT, name), "w", encoding="utf-8") as f:
        f.write(text.lstrip("\n"))
    ROWS.append((name, ref, fmt))

def dump(pdfname, ref):
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(ROOT, pdfname), "-"], capture_output=True, check=True).stdout.decode()
    txt = pdfname[:-4] + ".pdftotext.txt"
    open(os.path.join(ROOT, txt), "w", encoding="utf-8").write(out)
    ROWS.append((pdfname, ref, "pdf"))
    ROWS.append((txt, ref, "txt"))

def chromium(html_name, ref):
    pdf = html_name[:-5] + ".chromium.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.join(ROOT, pdf), os.path.join(ROOT, html_name)],
                   check=True, capture_output=True)
    dump(pdf, ref)

def weasy(src_html, pdf, ref):
    p = os.path.join(B, src_html)
    subprocess.run(["weasyprint", p, os.path.join(ROOT, pdf)], check=True, capture_output=True)
    dump(pdf, ref)

def libreoffice(src_html, pdf, ref):
    d = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf:writer_web_pdf_Export", "--outdir", d,
                    os.path.join(B, src_html)], check=True, capture_output=True)
    shutil.move(os.path.join(d, src_html[:-5] + ".pdf"), os.path.join(ROOT, pdf))
    dump(pdf, ref)

def pdflatex(src_tex, pdf, ref):
    d = tempfile.mkdtemp()
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-output-directory", d, os.path.join(B, "tex", src_tex)],
                       check=True, capture_output=True)
    shutil.move(os.path.join(d, src_tex[:-4] + ".pdf"), os.path.join(ROOT, pdf))
    dump(pdf, ref)

def src(name, text):
    p = os.path.join(B, name)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    open(p, "w", encoding="utf-8").write(text.lstrip("\n"))

def expected(key, **kw):
    langs = kw["languages"]
    def pair(v):
        if isinstance(v, dict):
            return {"en": v.get("en"), "fr": v.get("fr")}
        return {"en": v if "en" in langs else None, "fr": v if "fr" in langs else None}
    d = {
        "reference": kw.get("reference", ""),
        "post_number": kw.get("post_number"),
        "languages": langs,
        "title": pair(kw["title"]),
        "organisation": pair(kw["organisation"]),
        "location": pair(kw.get("location")),
        "schedule": pair(kw.get("schedule")),
        "deadline": kw.get("deadline"),
        "salary": kw.get("salary"),
        "grade": kw.get("grade"),
        "clearance": kw.get("clearance"),
        "requirements": {l: (kw["requirements"][l] if l in langs else None) for l in ("en", "fr")},
        "competencies": {l: ([{"name": n, "description": dsc} for n, dsc in kw["competencies"][l]] if l in langs else None) for l in ("en", "fr")},
    }
    json.dump(d, open(os.path.join(ROOT, "expected", key + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)
    open(os.path.join(ROOT, "expected", key + ".json"), "a").write("\n")

def sal(cur, period, amount=None, mn=None, mx=None):
    return {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": period}

def manifest():
    with open(os.path.join(ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
        f.write("file\treference\tformat\n")
        for r in ROWS:
            f.write("\t".join(r) + "\n")
