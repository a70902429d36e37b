import json, os, subprocess
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(ROOT, "__build")
ROWS = []

def w(name, text, ref, fmt):
    with open(os.path.join(ROOT, name), "w", encoding="utf-8") as f:
        f.write(text)
    ROWS.append((name, ref, fmt))

def row(name, ref, fmt):
    ROWS.append((name, ref, fmt))

def dump(pdfname, ref, tool):
    out = os.path.join(ROOT, pdfname[:-4] + ".pdftotext.txt")
    subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(ROOT, pdfname), out], check=True)
    row(pdfname, ref, "pdf")
    row(os.path.basename(out), ref, "txt")

def expected(key, **kw):
    d = {
        "reference": kw["reference"], "post_number": kw.get("post_number"),
        "languages": kw["languages"],
        "title": kw["title"], "organisation": kw["organisation"],
        "location": kw["location"], "schedule": kw["schedule"],
        "deadline": kw["deadline"], "salary": kw.get("salary"),
        "grade": kw.get("grade"), "clearance": kw.get("clearance"),
        "requirements": kw["requirements"], "competencies": kw["competencies"],
    }
    with open(os.path.join(ROOT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=2)
        f.write("\n")

def sal(amount=None, mn=None, mx=None, cur=None, period=None):
    return {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": period}

def comp(pairs):
    return [{"name": n, "description": d} for n, d in pairs]

def chromium(html, pdf):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.join(ROOT, pdf), os.path.join(ROOT, html)],
                   check=True, capture_output=True)

def weasy(src_html, pdf):
    subprocess.run(["weasyprint", src_html, os.path.join(ROOT, pdf)], check=True, capture_output=True)

def latex(tex_path, pdf):
    d = os.path.dirname(tex_path)
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-output-directory", d, tex_path],
                       check=True, capture_output=True)
    os.replace(tex_path[:-4] + ".pdf", os.path.join(ROOT, pdf))

def libreoffice(md_path, pdf):
    d = os.path.dirname(md_path)
    docx = md_path[:-3] + ".docx"
    subprocess.run(["pandoc", md_path, "-o", docx], check=True)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", d, docx], check=True, capture_output=True)
    os.replace(docx[:-5] + ".pdf", os.path.join(ROOT, pdf))

def bullets(items, mark="- "):
    return "\n".join(mark + i for i in items)

def li(items):
    return "\n".join("<li>%s</li>" % i for i in items)
