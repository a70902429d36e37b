import json, os, textwrap
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ROWS = []

def write(name, text, ref, fmt=None):
    fmt = fmt or name.rsplit(".", 1)[1]
    with open(os.path.join(ROOT, name), "w", encoding="utf-8") as f:
        f.write(text if text.endswith("\n") else text + "\n")
    ROWS.append((name, ref, fmt))

def row(name, ref, fmt):
    ROWS.append((name, ref, fmt))

def comp(items):
    return [{"name": n, "description": d} for n, d in items]

def expected(ref, post=None, langs=("en",), title=None, org=None, loc=None, sched=None,
             deadline=None, salary=None, grade=None, clearance=None, req=None, comps=None):
    def pair(d):
        d = d or {}
        return {"en": d.get("en"), "fr": d.get("fr")}
    e = {
        "reference": ref, "post_number": post, "languages": list(langs),
        "title": pair(title), "organisation": pair(org), "location": pair(loc),
        "schedule": pair(sched), "deadline": deadline, "salary": salary,
        "grade": grade, "clearance": clearance,
        "requirements": {"en": None, "fr": None}, "competencies": {"en": None, "fr": None},
    }
    for l in langs:
        ess, des = req[l]
        e["requirements"][l] = {"essential": list(ess), "desirable": list(des)}
        e["competencies"][l] = comp(comps[l])
    with open(os.path.join(ROOT, "expected", ref + ".json"), "w", encoding="utf-8") as f:
        json.dump(e, f, ensure_ascii=False, indent=2)
        f.write("\n")

def sal(amount, cur, period="month"):
    return {"amount": amount, "min": None, "max": None, "currency": cur, "period": period}

def wrap(s, width=76, indent=""):
    return "\n".join(textwrap.wrap(s, width, initial_indent=indent, subsequent_indent=indent,
                                   break_on_hyphens=False, break_long_words=False))

def esc(s):
    import html
    return html.escape(s, quote=False)

def run(cmd, **kw):
    import subprocess
    subprocess.run(cmd, check=True, **kw)

def pdftotext(pdf):
    out = pdf[:-4] + ".pdftotext.txt"
    run(["pdftotext", "-enc", "UTF-8", os.path.join(ROOT, pdf), os.path.join(ROOT, out)])
    return out
