import json, os, subprocess, shutil, tempfile
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
B = os.path.join(ROOT, "__build")
ROWS = []

def w(name, text, ref):
    p = os.path.join(ROOT, name)
    open(p, "w", encoding="utf-8").write(text)
    ROWS.append((name, ref, name.rsplit(".", 1)[1]))

def dump(pdfname, ref):
    ROWS.append((pdfname, ref, "pdf"))
    txt = pdfname[:-4] + ".pdftotext.txt"
    subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(ROOT, pdfname), os.path.join(ROOT, txt)], check=True)
    ROWS.append((txt, ref, "txt"))

def lo_pdf(srcname, pdfname, ref):
    d = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export",
                    "--outdir", d, os.path.join(B, srcname)], check=True, capture_output=True)
    shutil.move(os.path.join(d, srcname.rsplit(".", 1)[0] + ".pdf"), os.path.join(ROOT, pdfname))
    dump(pdfname, ref)

def latex_pdf(srcname, pdfname, ref):
    d = tempfile.mkdtemp()
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-output-directory", d, os.path.join(B, srcname)],
                       check=True, capture_output=True)
    shutil.move(os.path.join(d, srcname.rsplit(".", 1)[0] + ".pdf"), os.path.join(ROOT, pdfname))
    dump(pdfname, ref)

def weasy_pdf(srcname, pdfname, ref):
    subprocess.run(["weasyprint", os.path.join(B, srcname), os.path.join(ROOT, pdfname)], check=True, capture_output=True)
    dump(pdfname, ref)

def chromium_pdf(htmlname, ref):
    pdf = htmlname[:-5] + ".chromium.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.join(ROOT, pdf), os.path.join(ROOT, htmlname)], check=True, capture_output=True)
    dump(pdf, ref)

def key(ref):
    return ref.lower().replace("/", "-").replace(" ", "-")

def expected(ref, langs, title, org, loc, sched, deadline, salary, grade, req, comp, post_number=None, clearance=None):
    def per(d):
        return {l: (d.get(l) if l in langs else None) for l in ("en", "fr")}
    sal = None
    if salary:
        sal = dict(amount=None, min=None, max=None, currency=None, period=None); sal.update(salary)
    e = {"reference": ref, "post_number": post_number, "languages": langs,
         "title": per(title), "organisation": per(org), "location": per(loc), "schedule": per(sched),
         "deadline": deadline, "salary": sal, "grade": grade, "clearance": clearance,
         "requirements": {l: ({"essential": req[l][0], "desirable": req[l][1]} if l in langs else None) for l in ("en", "fr")},
         "competencies": {l: ([{"name": n, "description": d} for n, d in comp[l]] if l in langs else None) for l in ("en", "fr")}}
    json.dump(e, open(os.path.join(ROOT, "expected", key(ref) + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)
    return key(ref)
