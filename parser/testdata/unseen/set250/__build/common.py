import json, os, subprocess, shutil
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
B = os.path.join(ROOT, "__build")
ROWS = []

def w(name, text, ref):
    p = os.path.join(ROOT, name)
    with open(p, "w", encoding="utf-8") as f:
        f.write(text)
    fmt = name.rsplit(".", 1)[1]
    ROWS.append((name, ref, fmt))

def wb(name, text):
    with open(os.path.join(B, name), "w", encoding="utf-8") as f:
        f.write(text)

def dump(pdfname, ref):
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(ROOT, pdfname), "-"], capture_output=True, check=True).stdout.decode()
    ROWS.append((pdfname, ref, "pdf"))
    w(pdfname[:-4] + ".pdftotext.txt", out, ref)

def chromium(html_name, pdfname, ref):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.join(ROOT, pdfname), os.path.join(ROOT, html_name)],
                   check=True, capture_output=True)
    dump(pdfname, ref)

def weasy(src_html, pdfname, ref):
    p = os.path.join(B, src_html)
    subprocess.run(["weasyprint", p, os.path.join(ROOT, pdfname)], check=True, capture_output=True)
    dump(pdfname, ref)

def latex(tex_name, pdfname, ref):
    for i in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", tex_name], cwd=B, check=True, capture_output=True)
    shutil.copy(os.path.join(B, tex_name[:-4] + ".pdf"), os.path.join(ROOT, pdfname))
    dump(pdfname, ref)

def libre(md_name, pdfname, ref):
    docx = md_name[:-3] + ".docx"
    subprocess.run(["pandoc", md_name, "-o", docx], cwd=B, check=True, capture_output=True)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", B, docx], cwd=B, check=True, capture_output=True)
    shutil.copy(os.path.join(B, docx[:-5] + ".pdf"), os.path.join(ROOT, pdfname))
    dump(pdfname, ref)

def expected(key, d):
    out = {
        "reference": d["reference"], "post_number": d.get("post_number"),
        "languages": d["languages"],
        "title": {"en": None, "fr": None}, "organisation": {"en": None, "fr": None},
        "location": {"en": None, "fr": None}, "schedule": {"en": None, "fr": None},
        "deadline": d["deadline"], "salary": d.get("salary"), "grade": d.get("grade"),
        "clearance": d.get("clearance"),
        "requirements": {"en": None, "fr": None}, "competencies": {"en": None, "fr": None},
    }
    for l in d["languages"]:
        L = d[l]
        for f in ("title", "organisation", "location", "schedule"):
            out[f][l] = L.get(f)
        out["requirements"][l] = {"essential": L["essential"], "desirable": L["desirable"]}
        out["competencies"][l] = [{"name": n, "description": ds} for n, ds in L.get("competencies", [])]
    with open(os.path.join(ROOT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")

def sal(amount=None, mn=None, mx=None, cur=None, per=None):
    return {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": per}

def items(lst, mark="- ", sep="\n"):
    return sep.join(mark + x for x in lst)

def li(lst):
    return "\n".join("<li>%s</li>" % x for x in lst)
