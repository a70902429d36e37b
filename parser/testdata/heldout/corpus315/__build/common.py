import json, os, subprocess, shutil
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(OUT, "__build")
MANIFEST = []

def write(name, text, ref, fmt=None):
    fmt = fmt or name.rsplit(".", 1)[1]
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write(text.lstrip("\n"))
    MANIFEST.append((name, ref, fmt))

def register(name, ref, fmt):
    MANIFEST.append((name, ref, fmt))

def expected(ref, post, langs, title, org, loc, sched, deadline, salary, grade, clearance, req, comp):
    def pair(d):
        return {"en": d.get("en"), "fr": d.get("fr")}
    e = {"reference": ref, "post_number": post, "languages": langs,
         "title": pair(title), "organisation": pair(org), "location": pair(loc),
         "schedule": pair(sched), "deadline": deadline, "salary": salary,
         "grade": grade, "clearance": clearance,
         "requirements": {"en": req.get("en"), "fr": req.get("fr")},
         "competencies": {"en": comp.get("en"), "fr": comp.get("fr")}}
    with open(os.path.join(OUT, "expected", ref + ".json"), "w", encoding="utf-8") as f:
        json.dump(e, f, ensure_ascii=False, indent=2)
        f.write("\n")

def sal(amount=None, currency="EUR", period="month", mn=None, mx=None):
    return {"amount": amount, "min": mn, "max": mx, "currency": currency, "period": period}

def comps(pairs):
    return [{"name": n, "description": d} for n, d in pairs]

def dump(pdf):
    txt = pdf[:-4] + ".pdftotext.txt"
    subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(OUT, pdf), os.path.join(OUT, txt)], check=True)
    return txt

def chromium(html_name, ref):
    pdf = html_name[:-5] + ".chromium.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.join(OUT, pdf), os.path.join(OUT, html_name)],
                   check=True, capture_output=True)
    register(pdf, ref, "pdf"); register(dump(pdf), ref, "txt")

def weasy(src_html, pdf, ref):
    subprocess.run(["weasyprint", os.path.join(BUILD, src_html), os.path.join(OUT, pdf)], check=True, capture_output=True)
    register(pdf, ref, "pdf"); register(dump(pdf), ref, "txt")

def libreoffice(src_md, pdf, ref):
    docx = os.path.join(BUILD, src_md[:-3] + ".docx")
    subprocess.run(["pandoc", os.path.join(BUILD, src_md), "-o", docx], check=True)
    tmp = "/tmp/lo315"
    os.makedirs(tmp, exist_ok=True)
    env = dict(os.environ, HOME="/tmp/lohome315")
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, docx], check=True, capture_output=True, env=env)
    shutil.move(os.path.join(tmp, os.path.basename(docx)[:-5] + ".pdf"), os.path.join(OUT, pdf))
    register(pdf, ref, "pdf"); register(dump(pdf), ref, "txt")

def pdflatex(src_tex, pdf, ref):
    d = os.path.join(BUILD, "tex")
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", src_tex], cwd=d, check=True, capture_output=True)
    shutil.copy(os.path.join(d, src_tex[:-4] + ".pdf"), os.path.join(OUT, pdf))
    register(pdf, ref, "pdf"); register(dump(pdf), ref, "txt")

def bullets(items, mark="• ", indent=""):
    return "\n".join(indent + mark + i for i in items)

def lines(items):
    return "\n".join(items)
