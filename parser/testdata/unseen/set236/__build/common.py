import json, os, subprocess, shutil, html as H
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(ROOT, "__build")
ROWS = []

def w(name, text, ref="-"):
    p = os.path.join(ROOT, name)
    with open(p, "w", encoding="utf-8") as f:
        f.write(text)
    ROWS.append((name, ref, name.rsplit(".", 1)[1]))

def row(name, ref):
    ROWS.append((name, ref, name.rsplit(".", 1)[1]))

def dump(pdfname, ref):
    base = pdfname[:-4]
    out = os.path.join(ROOT, base + ".pdftotext.txt")
    subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(ROOT, pdfname), out], check=True)
    row(base + ".pdftotext.txt", ref)

def chromium(htmlname, pdfname):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.join(ROOT, pdfname), os.path.join(ROOT, htmlname)],
                   check=True, capture_output=True)

def weasy(htmlpath, pdfname):
    subprocess.run(["weasyprint", htmlpath, os.path.join(ROOT, pdfname)], check=True, capture_output=True)

def pdflatex(texname, pdfname):
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", texname], cwd=BUILD,
                       check=True, capture_output=True)
    shutil.copy(os.path.join(BUILD, texname[:-4] + ".pdf"), os.path.join(ROOT, pdfname))

def libreoffice(mdname, pdfname):
    docx = os.path.join(BUILD, mdname[:-3] + ".docx")
    subprocess.run(["pandoc", os.path.join(BUILD, mdname), "-o", docx], check=True)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", BUILD, docx], check=True,
                   capture_output=True)
    shutil.copy(docx[:-5] + ".pdf", os.path.join(ROOT, pdfname))

def e(s):
    return H.escape(s, quote=False)

def comp(lst):
    return [{"name": n, "description": d} for n, d in lst]

def expected(key, ref, langs, title, org, loc, sched, deadline, salary, grade, clearance, req, comps):
    def pick(d):
        return {"en": d.get("en"), "fr": d.get("fr")}
    exp = {
        "reference": ref, "post_number": None, "languages": langs,
        "title": pick(title), "organisation": pick(org), "location": pick(loc), "schedule": pick(sched),
        "deadline": deadline, "salary": salary, "grade": grade, "clearance": clearance,
        "requirements": {l: ({"essential": req[l][0], "desirable": req[l][1]} if l in langs else None) for l in ("en", "fr")},
        "competencies": {l: (comp(comps[l]) if l in langs else None) for l in ("en", "fr")},
    }
    with open(os.path.join(ROOT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")

def sal(amount=None, mn=None, mx=None, cur=None, period=None):
    return {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": period}

def manifest():
    with open(os.path.join(ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
        f.write("file\treference\tformat\n")
        for r in ROWS:
            f.write("\t".join(r) + "\n")
