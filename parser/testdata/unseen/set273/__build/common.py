import json, os, subprocess, shutil, tempfile
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(ROOT, "__build")
ROWS = []

def write(name, text, ref):
    with open(os.path.join(ROOT, name), "w", encoding="utf-8") as f:
        f.write(text.rstrip("\n") + "\n")
    fmt = name.rsplit(".", 1)[1]
    ROWS.append((name, ref, fmt))

def row(name, ref):
    ROWS.append((name, ref, name.rsplit(".", 1)[1]))

def dump(pdf, ref):
    out = pdf[:-4] + ".pdftotext.txt"
    subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(ROOT, pdf), os.path.join(ROOT, out)], check=True)
    row(pdf, ref); row(out, ref)

def expected(key, languages, title, org, loc, sched, deadline, salary, grade, clearance,
             req, comp, post_number=None):
    def both(d):
        return {"en": d.get("en"), "fr": d.get("fr")}
    e = {"reference": key, "post_number": post_number, "languages": languages,
         "title": both(title), "organisation": both(org), "location": both(loc),
         "schedule": both(sched), "deadline": deadline, "salary": salary,
         "grade": grade, "clearance": clearance,
         "requirements": {l: ({"essential": req[l][0], "desirable": req[l][1]} if l in languages else None) for l in ("en", "fr")},
         "competencies": {l: ([{"name": n, "description": d} for n, d in comp[l]] if l in languages else None) for l in ("en", "fr")}}
    with open(os.path.join(ROOT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(e, f, ensure_ascii=False, indent=2); f.write("\n")

def sal(amount=None, currency="EUR", period="month", mn=None, mx=None):
    return {"amount": amount, "min": mn, "max": mx, "currency": currency, "period": period}

def items(lst, marker="- ", indent=""):
    return "\n".join(f"{indent}{marker}{x}" for x in lst)

def comps(lst, sep=": ", marker="", indent=""):
    return "\n".join(f"{indent}{marker}{n}{sep}{d}" if d else f"{indent}{marker}{n}" for n, d in lst)

def html_ul(lst, tag="ul", attrs=""):
    return f"<{tag}{attrs}>\n" + "\n".join(f"  <li>{x}</li>" for x in lst) + f"\n</{tag}>"

def chromium(html_name, pdf_name):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.join(ROOT, pdf_name), os.path.join(ROOT, html_name)],
                   check=True, capture_output=True)

def weasy(src, pdf_name):
    subprocess.run(["weasyprint", src, os.path.join(ROOT, pdf_name)], check=True, capture_output=True)

def libreoffice(src, pdf_name, filt="pdf"):
    tmp = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "--convert-to", filt, "--outdir", tmp, src], check=True, capture_output=True)
    base = os.path.splitext(os.path.basename(src))[0] + ".pdf"
    shutil.move(os.path.join(tmp, base), os.path.join(ROOT, pdf_name))

def pdflatex(tex, pdf_name):
    tmp = tempfile.mkdtemp()
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-output-directory", tmp, tex], check=True, capture_output=True)
    base = os.path.splitext(os.path.basename(tex))[0] + ".pdf"
    shutil.move(os.path.join(tmp, base), os.path.join(ROOT, pdf_name))
