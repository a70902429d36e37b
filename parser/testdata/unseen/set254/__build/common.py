import json, os, subprocess
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
ROWS = []
def w(name, text, ref, fmt=None):
    fmt = fmt or name.rsplit(".", 1)[1]
    with open(os.path.join(ROOT, name), "w", encoding="utf-8") as f:
        f.write(text)
    ROWS.append((name, ref, fmt))
def src(name, text):
    p = os.path.join(ROOT, "__build", name)
    with open(p, "w", encoding="utf-8") as f:
        f.write(text)
    return p
def dump(pdf, ref):
    out = pdf[:-4] + ".pdftotext.txt"
    subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(ROOT, pdf), os.path.join(ROOT, out)], check=True)
    ROWS.append((pdf, ref, "pdf")); ROWS.append((out, ref, "txt"))
def chromium(html_name, pdf_name):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.join(ROOT, pdf_name), os.path.join(ROOT, html_name)],
                   check=True, capture_output=True)
def exp(key, langs, title, org, loc, sched, deadline, salary, grade, clearance, req, comp, reference, post_number=None):
    def L(d):
        return {"en": d.get("en"), "fr": d.get("fr")}
    e = {"reference": reference, "post_number": post_number, "languages": langs,
         "title": L(title), "organisation": L(org), "location": L(loc), "schedule": L(sched),
         "deadline": deadline, "salary": salary, "grade": grade, "clearance": clearance,
         "requirements": L(req), "competencies": L(comp)}
    with open(os.path.join(ROOT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(e, f, ensure_ascii=False, indent=2); f.write("\n")
def sal(lo, hi, cur, per, amount=None):
    return {"amount": amount, "min": lo, "max": hi, "currency": cur, "period": per}
def names(*n):
    return [{"name": x, "description": ""} for x in n]
def pairs(*p):
    return [{"name": a, "description": b} for a, b in p]
def ul(items, tag="ul"):
    return "<%s>\n" % tag + "".join("  <li>%s</li>\n" % i for i in items) + "</%s>" % tag
