import json, os, subprocess, shutil
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
B = os.path.join(ROOT, "__build")
ROWS = []

def w(name, text, key, fmt=None):
    p = os.path.join(ROOT, name)
    with open(p, "w", encoding="utf-8") as f:
        f.write(text)
    ROWS.append((name, key, fmt or name.rsplit(".", 1)[1]))

def dump(pdfname, key):
    txt = pdfname[:-4] + ".pdftotext.txt"
    subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(ROOT, pdfname), os.path.join(ROOT, txt)], check=True)
    ROWS.append((pdfname, key, "pdf"))
    ROWS.append((txt, key, "txt"))

def chromium(htmlname, pdfname):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.join(ROOT, pdfname), os.path.join(ROOT, htmlname)],
                   check=True, capture_output=True)

def weasy(src_html, pdfname):
    subprocess.run(["weasyprint", src_html, os.path.join(ROOT, pdfname)], check=True, capture_output=True)

def soffice(src_html, pdfname):
    out = os.path.join(B, "lo_out")
    os.makedirs(out, exist_ok=True)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf:writer_web_pdf_Export", "--outdir", out, src_html],
                   check=True, capture_output=True)
    base = os.path.splitext(os.path.basename(src_html))[0] + ".pdf"
    shutil.move(os.path.join(out, base), os.path.join(ROOT, pdfname))

def pdflatex(texpath, pdfname):
    d = os.path.join(B, "tex")
    subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", os.path.basename(texpath)], cwd=d,
                   check=True, capture_output=True)
    shutil.copy(os.path.join(d, os.path.splitext(os.path.basename(texpath))[0] + ".pdf"), os.path.join(ROOT, pdfname))

def comp(names_descs):
    return [{"name": n, "description": d} for n, d in names_descs]

def expected(key, reference, languages, title, organisation, location, schedule, deadline, salary,
             grade=None, clearance=None, req=None, comps=None, post_number=None):
    def pl(d):
        return {"en": d.get("en"), "fr": d.get("fr")}
    e = {
        "reference": reference, "post_number": post_number, "languages": languages,
        "title": pl(title), "organisation": pl(organisation), "location": pl(location),
        "schedule": pl(schedule), "deadline": deadline, "salary": salary, "grade": grade,
        "clearance": clearance,
        "requirements": {l: (req.get(l) if l in languages else None) for l in ("en", "fr")},
        "competencies": {l: (comps.get(l, []) if l in languages else None) for l in ("en", "fr")},
    }
    with open(os.path.join(ROOT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(e, f, ensure_ascii=False, indent=2)
        f.write("\n")

def sal(mn=None, mx=None, cur=None, per=None, amount=None):
    return {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": per}

def bullets(items, mark="- ", end=""):
    return "\n".join(mark + i + end for i in items)
