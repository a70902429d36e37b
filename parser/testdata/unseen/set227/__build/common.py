import json, os, subprocess, shutil
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
B = os.path.join(ROOT, "__build")
ROWS = []

def write(name, text, ref):
    with open(os.path.join(ROOT, name), "w", encoding="utf-8") as f:
        f.write(text.lstrip("\n"))
    fmt = name.rsplit(".", 1)[1]
    ROWS.append((name, ref, fmt))

def key_of(ref):
    return ref.lower().replace("/", "-").replace(" ", "-")

def expected(ref, langs, title, org, loc, sched, deadline, salary, grade,
             req, comp, key=None):
    def per(d):
        return {"en": d.get("en"), "fr": d.get("fr")}
    def comps(lst):
        if lst is None:
            return None
        return [{"name": n, "description": d} for n, d in lst]
    e = {
        "reference": ref, "post_number": None, "languages": langs,
        "title": per(title), "organisation": per(org), "location": per(loc),
        "schedule": per(sched), "deadline": deadline, "salary": salary,
        "grade": grade, "clearance": None,
        "requirements": {l: (req.get(l) and {"essential": req[l][0], "desirable": req[l][1]}) for l in ("en", "fr")},
        "competencies": {l: comps(comp.get(l)) for l in ("en", "fr")},
    }
    with open(os.path.join(ROOT, "expected", (key or key_of(ref)) + ".json"), "w", encoding="utf-8") as f:
        json.dump(e, f, ensure_ascii=False, indent=2)
        f.write("\n")

def sal(amount=None, mn=None, mx=None, cur=None, per=None):
    return {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": per}

def dump(pdf, ref):
    out = pdf[:-4] + ".pdftotext.txt"
    subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(ROOT, pdf), os.path.join(ROOT, out)], check=True)
    ROWS.append((pdf, ref, "pdf"))
    ROWS.append((out, ref, "txt"))

def chromium(html, pdf, ref):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.join(ROOT, pdf), os.path.join(ROOT, html)],
                   check=True, capture_output=True)
    dump(pdf, ref)

def libreoffice(src_html, pdf, ref):
    tmp = os.path.join(B, "lo-out")
    os.makedirs(tmp, exist_ok=True)
    subprocess.run(["soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export",
                    "--outdir", tmp, os.path.join(B, src_html)], check=True, capture_output=True)
    shutil.move(os.path.join(tmp, src_html[:-5] + ".pdf"), os.path.join(ROOT, pdf))
    dump(pdf, ref)

def weasy(src_html, pdf, ref):
    subprocess.run(["weasyprint", os.path.join(B, src_html), os.path.join(ROOT, pdf)], check=True, capture_output=True)
    dump(pdf, ref)

def pdflatex(src_tex, pdf, ref):
    tmp = os.path.join(B, "tex-out")
    os.makedirs(tmp, exist_ok=True)
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-output-directory", tmp, os.path.join(B, src_tex)],
                       check=True, capture_output=True)
    shutil.move(os.path.join(tmp, src_tex[:-4] + ".pdf"), os.path.join(ROOT, pdf))
    dump(pdf, ref)

def bullets(items, marker):
    return "\n".join(marker + i for i in items)

def li(items):
    return "\n".join("<li>%s</li>" % i for i in items)
