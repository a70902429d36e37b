import json, os, subprocess
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(ROOT, "__build")
ROWS = []

def w(name, text, ref, fmt=None):
    fmt = fmt or name.rsplit(".", 1)[1]
    with open(os.path.join(ROOT, name), "w", encoding="utf-8") as f:
        f.write(text)
    ROWS.append((name, ref, fmt))

def expected(key, **kw):
    langs = kw["languages"]
    def lang(d):
        return {"en": d.get("en") if "en" in langs else None, "fr": d.get("fr") if "fr" in langs else None}
    exp = {
        "reference": kw["reference"], "post_number": kw.get("post_number"), "languages": langs,
        "title": lang(kw["title"]), "organisation": lang(kw["organisation"]), "location": lang(kw["location"]),
        "schedule": lang(kw.get("schedule", {})), "deadline": kw["deadline"], "salary": kw.get("salary"),
        "grade": kw.get("grade"), "clearance": kw.get("clearance"),
        "requirements": {l: ({"essential": kw["req"][l][0], "desirable": kw["req"][l][1]} if l in langs else None) for l in ("en", "fr")},
        "competencies": {l: ([{"name": n, "description": d} for n, d in kw["comp"].get(l, [])] if l in langs else None) for l in ("en", "fr")},
    }
    with open(os.path.join(ROOT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")

def sal(amount=None, mn=None, mx=None, cur=None, period=None):
    return {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": period}

def pdftotext(pdf, out):
    subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, out], check=True)

def chromium(html, pdf):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + pdf, html], check=True, capture_output=True)

def weasy(html, pdf):
    subprocess.run(["weasyprint", html, pdf], check=True, capture_output=True)

def pdflatex(tex, outdir, name):
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-output-directory", outdir, tex], check=True, capture_output=True)
    return os.path.join(outdir, name + ".pdf")

def soffice(src, outdir):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", outdir, src], check=True, capture_output=True)

def bullets(items, mark="- "):
    return "\n".join(mark + i for i in items)

def lis(items):
    return "\n".join("<li>%s</li>" % i for i in items)
