import json, os, subprocess, shutil, tempfile
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(ROOT, "__build")
ROWS = []

def write(name, text, ref, fmt=None):
    fmt = fmt or name.rsplit(".", 1)[1]
    with open(os.path.join(ROOT, name), "w", encoding="utf-8") as f:
        f.write(text)
    ROWS.append((name, ref, fmt))

def row(name, ref, fmt):
    ROWS.append((name, ref, fmt))

def dump(pdf, ref, tool):
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(ROOT, pdf), "-"], capture_output=True, check=True).stdout.decode()
    name = pdf[:-4] + ".pdftotext.txt"
    write(name, out, ref, "txt")

def chromium(html_name, ref):
    pdf = html_name[:-5] + ".chromium.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.join(ROOT, pdf), os.path.join(ROOT, html_name)],
                   check=True, capture_output=True)
    row(pdf, ref, "pdf"); dump(pdf, ref, "chromium")

def libreoffice(src_html, pdf_name, ref):
    tmp = tempfile.mkdtemp()
    base = pdf_name[:-len(".libreoffice.pdf")]
    s = os.path.join(tmp, base + ".html")
    shutil.copy(os.path.join(BUILD, src_html), s)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo233profile", "--headless", "--convert-to", "pdf:writer_web_pdf_Export", "--outdir", tmp, s],
                   check=True, capture_output=True)
    shutil.move(os.path.join(tmp, base + ".pdf"), os.path.join(ROOT, pdf_name))
    row(pdf_name, ref, "pdf"); dump(pdf_name, ref, "libreoffice")

def weasy(src_html, pdf_name, ref):
    subprocess.run(["weasyprint", os.path.join(BUILD, src_html), os.path.join(ROOT, pdf_name)], check=True, capture_output=True)
    row(pdf_name, ref, "pdf"); dump(pdf_name, ref, "weasyprint")

def pdflatex(tex_name, pdf_name, ref):
    tdir = os.path.join(BUILD, "tex")
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", tex_name], cwd=tdir, check=True, capture_output=True)
    shutil.copy(os.path.join(tdir, tex_name[:-4] + ".pdf"), os.path.join(ROOT, pdf_name))
    row(pdf_name, ref, "pdf"); dump(pdf_name, ref, "pdflatex")

def src(name, text):
    p = os.path.join(BUILD, name)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding="utf-8") as f:
        f.write(text)

def comp(names):
    return [{"name": n, "description": d} for n, d in names]

def expected(key, reference, langs, title, org, loc, sched, deadline, salary, grade, clearance, req, comps, post_number=None):
    def pl(d):
        return {"en": d.get("en"), "fr": d.get("fr")}
    e = {"reference": reference, "post_number": post_number, "languages": langs,
         "title": pl(title), "organisation": pl(org), "location": pl(loc), "schedule": pl(sched),
         "deadline": deadline, "salary": salary, "grade": grade, "clearance": clearance,
         "requirements": {l: ({"essential": req[l][0], "desirable": req[l][1]} if l in langs else None) for l in ("en", "fr")},
         "competencies": {l: (comp(comps[l]) if l in langs else None) for l in ("en", "fr")}}
    with open(os.path.join(ROOT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(e, f, ensure_ascii=False, indent=2); f.write("\n")

def sal(mn=None, mx=None, amount=None, cur="EUR", per="year"):
    return {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": per}

def ul(items, tag="ul"):
    return f"<{tag}>\n" + "".join(f"  <li>{i}</li>\n" for i in items) + f"</{tag}>"
