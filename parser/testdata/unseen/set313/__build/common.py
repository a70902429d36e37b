import json, os, subprocess
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
B = os.path.join(ROOT, "__build")
ROWS = []

def w(name, text, ref, fmt=None):
    fmt = fmt or name.rsplit(".", 1)[1]
    with open(os.path.join(ROOT, name), "w", encoding="utf-8") as f:
        f.write(text.lstrip("\n"))
    ROWS.append((name, ref, fmt))

def nb(s):
    """non-breaking hyphens for text printed by Chromium / WeasyPrint"""
    return s.replace("-", "\u2011")

def dump(pdf):
    out = pdf[:-4] + ".pdftotext.txt"
    subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(ROOT, pdf), os.path.join(ROOT, out)], check=True)
    return out

def pdfrow(pdf, ref):
    ROWS.append((pdf, ref, "pdf"))
    ROWS.append((dump(pdf), ref, "txt"))

def expected(key, ref, langs, title, org, loc, sched, deadline, salary=None, grade=None,
             post=None, clearance=None, req=None, comp=None):
    def per(d):
        return {"en": d.get("en"), "fr": d.get("fr")}
    e = {"reference": ref, "post_number": post, "languages": langs,
         "title": per(title), "organisation": per(org), "location": per(loc),
         "schedule": per(sched), "deadline": deadline, "salary": salary,
         "grade": grade, "clearance": clearance,
         "requirements": {"en": (req or {}).get("en"), "fr": (req or {}).get("fr")},
         "competencies": {"en": (comp or {}).get("en"), "fr": (comp or {}).get("fr")}}
    with open(os.path.join(ROOT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(e, f, ensure_ascii=False, indent=2)
        f.write("\n")

def sal(amount=None, mn=None, mx=None, cur=None, period=None):
    return {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": period}

def comps(pairs):
    return [{"name": n, "description": d} for n, d in pairs]

def sh(cmd, **kw):
    subprocess.run(cmd, check=True, **kw)

def chromium(html_name):
    pdf = html_name[:-5] + ".chromium.pdf"
    sh(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
        "--print-to-pdf=" + os.path.join(ROOT, pdf), os.path.join(ROOT, html_name)],
       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return pdf
