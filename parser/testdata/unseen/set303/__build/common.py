import json, os, subprocess, shutil
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.join(OUT, "__build", "src")
ROWS = []

def write(name, text, ref):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write(text)
    ROWS.append((name, ref, name.rsplit(".", 1)[1]))

def dump(pdf, ref):
    txt = pdf[:-4] + ".pdftotext.txt"
    subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(OUT, pdf), os.path.join(OUT, txt)], check=True)
    ROWS.append((pdf, ref, "pdf"))
    ROWS.append((txt, ref, "txt"))

def chromium(html_name, ref):
    pdf = html_name[:-5] + ".chromium.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.join(OUT, pdf), os.path.join(OUT, html_name)],
                   check=True, capture_output=True)
    dump(pdf, ref)

def weasy(stem, html, ref):
    src = os.path.join(SRC, stem + ".weasyprint.html")
    open(src, "w", encoding="utf-8").write(html)
    pdf = stem + ".weasyprint.pdf"
    subprocess.run(["weasyprint", src, os.path.join(OUT, pdf)], check=True, capture_output=True)
    dump(pdf, ref)

def libreoffice(stem, html, ref):
    d = os.path.join(SRC, "lo")
    os.makedirs(d, exist_ok=True)
    src = os.path.join(d, stem + ".libreoffice.html")
    open(src, "w", encoding="utf-8").write(html)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf:writer_web_pdf_Export", "--outdir", d, src],
                   check=True, capture_output=True)
    pdf = stem + ".libreoffice.pdf"
    shutil.move(os.path.join(d, stem + ".libreoffice.pdf"), os.path.join(OUT, pdf))
    dump(pdf, ref)

def pdflatex(stem, tex, ref):
    d = os.path.join(SRC, "tex")
    os.makedirs(d, exist_ok=True)
    src = os.path.join(d, stem + ".pdflatex.tex")
    open(src, "w", encoding="utf-8").write(tex)
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "-output-directory", d, src],
                       check=True, capture_output=True)
    pdf = stem + ".pdflatex.pdf"
    shutil.copy(os.path.join(d, stem + ".pdflatex.pdf"), os.path.join(OUT, pdf))
    dump(pdf, ref)

def expected(key, reference, languages, title, organisation, location, schedule, deadline, salary,
             grade=None, clearance=None, requirements=None, competencies=None, post_number=None):
    def per(v):
        if isinstance(v, dict):
            return {"en": v.get("en"), "fr": v.get("fr")}
        return {l: (v if l in languages else None) for l in ("en", "fr")}
    req = {l: None for l in ("en", "fr")}
    comp = {l: None for l in ("en", "fr")}
    for l in languages:
        r = (requirements or {}).get(l, ([], []))
        req[l] = {"essential": list(r[0]), "desirable": list(r[1])}
        comp[l] = [{"name": n, "description": d} for n, d in (competencies or {}).get(l, [])]
    if salary:
        a, mn, mx, cur, per_ = salary
        salary = {"amount": a, "min": mn, "max": mx, "currency": cur, "period": per_}
    d = {"reference": reference, "post_number": post_number, "languages": languages,
         "title": per(title), "organisation": per(organisation), "location": per(location),
         "schedule": per(schedule), "deadline": deadline, "salary": salary, "grade": grade,
         "clearance": clearance, "requirements": req, "competencies": comp}
    with open(os.path.join(OUT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=2)
        f.write("\n")

def manifest():
    with open(os.path.join(OUT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
        f.write("file\treference\tformat\n")
        for r in ROWS:
            f.write("\t".join(r) + "\n")
