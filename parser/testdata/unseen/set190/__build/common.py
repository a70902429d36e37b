import json, os, subprocess
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
ROWS = []

def out(name, text, ref):
    p = os.path.join(ROOT, name)
    with open(p, "w", encoding="utf-8") as f:
        f.write(text)
    fmt = name.rsplit(".", 1)[1]
    ROWS.append((name, ref, fmt))

def row(name, ref):
    ROWS.append((name, ref, name.rsplit(".", 1)[1]))

def expected(key, reference, langs, title, org, loc, sched, deadline, salary, grade,
             req, comp, post_number=None, clearance=None):
    def L(d):
        return {"en": d.get("en"), "fr": d.get("fr")}
    e = {
        "reference": reference, "post_number": post_number, "languages": langs,
        "title": L(title), "organisation": L(org), "location": L(loc), "schedule": L(sched),
        "deadline": deadline, "salary": salary, "grade": grade, "clearance": clearance,
        "requirements": {"en": req.get("en"), "fr": req.get("fr")},
        "competencies": {"en": comp.get("en"), "fr": comp.get("fr")},
    }
    with open(os.path.join(ROOT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(e, f, ensure_ascii=False, indent=2)
        f.write("\n")

def sal(amount=None, mn=None, mx=None, cur=None, period=None):
    return {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": period}

def comps(pairs):
    return [{"name": n, "description": d} for n, d in pairs]

def chromium(html_name):
    pdf = html_name[:-5] + ".chromium.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.join(ROOT, pdf), os.path.join(ROOT, html_name)],
                   check=True, capture_output=True)
    return pdf

def dump(pdf, ref):
    txt = pdf[:-4] + ".pdftotext.txt"
    subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(ROOT, pdf), os.path.join(ROOT, txt)], check=True)
    row(pdf, ref)
    row(txt, ref)

def esc(s):
    import html
    return html.escape(s, quote=False)
