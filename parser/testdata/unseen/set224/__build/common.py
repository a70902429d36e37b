import json, os, subprocess, html as H
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ROWS = []

def path(name):
    return os.path.join(ROOT, name)

def write(name, text, ref, fmt=None):
    fmt = fmt or name.rsplit(".", 1)[1]
    with open(path(name), "w", encoding="utf-8") as f:
        f.write(text)
    ROWS.append((name, ref, fmt))

def add_row(name, ref, fmt):
    ROWS.append((name, ref, fmt))

def sal(amount=None, mn=None, mx=None, cur="EUR", period="month"):
    return {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": period}

def expected(ref, post, langs, title, org, loc, sched, deadline, salary, grade, clr, req, comp):
    def pair(d):
        return {"en": d.get("en"), "fr": d.get("fr")}
    e = {"reference": ref, "post_number": post, "languages": langs,
         "title": pair(title), "organisation": pair(org), "location": pair(loc),
         "schedule": pair(sched), "deadline": deadline, "salary": salary,
         "grade": grade, "clearance": clr,
         "requirements": {"en": req.get("en"), "fr": req.get("fr")},
         "competencies": {"en": comp.get("en"), "fr": comp.get("fr")}}
    with open(path(f"expected/{ref}.json"), "w", encoding="utf-8") as f:
        json.dump(e, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return e

def comps(pairs):
    return [{"name": n, "description": d} for n, d in pairs]

def esc(s):
    return H.escape(s, quote=False)

def pdftotext(pdf, out, layout=False):
    args = ["pdftotext", "-enc", "UTF-8"] + (["-layout"] if layout else []) + [path(pdf), path(out)]
    subprocess.run(args, check=True)

def chromium(html_name, pdf_name):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={path(pdf_name)}", path(html_name)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

def soffice(src, pdf_name):
    # src lives in __build; output renamed to pdf_name
    import shutil, tempfile
    d = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export", "--outdir", d, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = os.path.splitext(os.path.basename(src))[0] + ".pdf"
    shutil.move(os.path.join(d, base), path(pdf_name))

def weasy(src, pdf_name):
    subprocess.run(["weasyprint", src, path(pdf_name)], check=True, stderr=subprocess.DEVNULL)

def pdflatex(src, pdf_name):
    import shutil, tempfile
    d = tempfile.mkdtemp()
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-output-directory", d, src], check=True,
                       stdout=subprocess.DEVNULL)
    base = os.path.splitext(os.path.basename(src))[0] + ".pdf"
    shutil.move(os.path.join(d, base), path(pdf_name))

def bullets(items, mark="- "):
    return "\n".join(mark + i for i in items)
