import json, os, subprocess, html, shutil, tempfile
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ROWS = []

def esc(s):
    return html.escape(s, quote=False)

def blank(langs):
    z = {"en": None, "fr": None}
    return dict(reference="", post_number=None, languages=langs, title=dict(z), organisation=dict(z),
                location=dict(z), schedule=dict(z), deadline=None, salary=None, grade=None, clearance=None,
                requirements=dict(z), competencies=dict(z))

def sal(amount=None, mn=None, mx=None, cur=None, period=None):
    return dict(amount=amount, min=mn, max=mx, currency=cur, period=period)

def write_expected(key, e):
    order = ["reference", "post_number", "languages", "title", "organisation", "location", "schedule",
             "deadline", "salary", "grade", "clearance", "requirements", "competencies"]
    with open(os.path.join(ROOT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump({k: e[k] for k in order}, f, ensure_ascii=False, indent=2)
        f.write("\n")

def write(name, text, ref, fmt):
    with open(os.path.join(ROOT, name), "w", encoding="utf-8") as f:
        f.write(text)
    ROWS.append((name, ref, fmt))

def add_row(name, ref, fmt):
    ROWS.append((name, ref, fmt))

def dump(pdfname, ref):
    out = pdfname[:-4] + ".pdftotext.txt"
    subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(ROOT, pdfname), os.path.join(ROOT, out)], check=True)
    add_row(pdfname, ref, "pdf")
    add_row(out, ref, "txt")

def chromium(htmlname, ref):
    pdf = htmlname[:-5] + ".chromium.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.join(ROOT, pdf), os.path.join(ROOT, htmlname)],
                   check=True, capture_output=True)
    dump(pdf, ref)

def weasy(html_text, pdfname, ref):
    tmp = tempfile.mkdtemp()
    p = os.path.join(tmp, "in.html")
    open(p, "w", encoding="utf-8").write(html_text)
    subprocess.run(["weasyprint", p, os.path.join(ROOT, pdfname)], check=True, capture_output=True)
    dump(pdfname, ref)

def libreoffice(src_text, src_ext, pdfname, ref):
    tmp = tempfile.mkdtemp()
    base = pdfname[:-4]
    p = os.path.join(tmp, base + "." + src_ext)
    open(p, "w", encoding="utf-8").write(src_text)
    if src_ext == "md":
        d = os.path.join(tmp, base + ".docx")
        subprocess.run(["pandoc", p, "-o", d], check=True)
        p = d
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, p], check=True, capture_output=True)
    shutil.copy(os.path.join(tmp, base + ".pdf"), os.path.join(ROOT, pdfname))
    dump(pdfname, ref)

def pdflatex(tex, pdfname, ref):
    tmp = tempfile.mkdtemp()
    open(os.path.join(tmp, "doc.tex"), "w", encoding="utf-8").write(tex)
    for _ in range(2):
        r = subprocess.run(["pdflatex", "-interaction=nonstopmode", "doc.tex"], cwd=tmp, capture_output=True)
    if not os.path.exists(os.path.join(tmp, "doc.pdf")):
        raise SystemExit(r.stdout.decode()[-3000:])
    shutil.copy(os.path.join(tmp, "doc.pdf"), os.path.join(ROOT, pdfname))
    dump(pdfname, ref)

def write_manifest():
    with open(os.path.join(ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
        f.write("file\treference\tformat\n")
        for r in ROWS:
            f.write("\t".join(r) + "\n")
