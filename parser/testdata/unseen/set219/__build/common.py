import json, os, subprocess, shutil, tempfile
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(ROOT, "__build")
ROWS = []

def w(name, text, key, fmt=None):
    p = os.path.join(ROOT, name)
    with open(p, "w", encoding="utf-8") as f:
        f.write(text.lstrip("\n"))
    ROWS.append((name, key, fmt or name.rsplit(".", 1)[1]))

def dump(pdfname, key):
    txt = pdfname[:-4] + ".pdftotext.txt"
    subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(ROOT, pdfname), os.path.join(ROOT, txt)], check=True)
    ROWS.append((pdfname, key, "pdf"))
    ROWS.append((txt, key, "txt"))

def chromium(htmlname, pdfname, key):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.join(ROOT, pdfname), os.path.join(ROOT, htmlname)],
                   check=True, capture_output=True)
    dump(pdfname, key)

def weasy(src_html, pdfname, key):
    p = os.path.join(BUILD, src_html)
    subprocess.run(["weasyprint", p, os.path.join(ROOT, pdfname)], check=True, capture_output=True)
    dump(pdfname, key)

def libreoffice(src_html, pdfname, key):
    d = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf:writer_web_pdf_Export", "--outdir", d,
                    os.path.join(BUILD, src_html)], check=True, capture_output=True)
    out = os.path.join(d, src_html[:-5] + ".pdf")
    shutil.move(out, os.path.join(ROOT, pdfname))
    dump(pdfname, key)

def pdflatex(src_tex, pdfname, key):
    d = tempfile.mkdtemp()
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-output-directory", d,
                        os.path.join(BUILD, src_tex)], check=True, capture_output=True)
    shutil.move(os.path.join(d, src_tex[:-4] + ".pdf"), os.path.join(ROOT, pdfname))
    dump(pdfname, key)

def src(name, text):
    with open(os.path.join(BUILD, name), "w", encoding="utf-8") as f:
        f.write(text.lstrip("\n"))

def comp(names):
    return [{"name": n, "description": ""} for n in names]

def expected(key, reference, languages, title, organisation, location, schedule, deadline, salary,
             grade, clearance, requirements, competencies, post_number=None):
    def both(d):
        return {"en": d.get("en"), "fr": d.get("fr")}
    exp = {"reference": reference, "post_number": post_number, "languages": languages,
           "title": both(title), "organisation": both(organisation), "location": both(location),
           "schedule": both(schedule), "deadline": deadline, "salary": salary, "grade": grade,
           "clearance": clearance, "requirements": both(requirements), "competencies": both(competencies)}
    with open(os.path.join(ROOT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")

def sal(mn=None, mx=None, cur=None, period=None, amount=None):
    return {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": period}
