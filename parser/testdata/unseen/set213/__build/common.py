"""Shared helpers of the corpus213 generators: write a rendering, write an expected file."""
import json, os
OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))

def write(name, text):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write(text)

def key_of(ref):
    return ref.lower().replace("/", "-").replace(" ", "-")

def expected(ref, langs, title, org, loc, sched, deadline, salary, grade, req, comp):
    def per(v):
        return {"en": v.get("en"), "fr": v.get("fr")}
    d = {
        "reference": ref, "post_number": None, "languages": langs,
        "title": per(title), "organisation": per(org), "location": per(loc),
        "schedule": per(sched), "deadline": deadline, "salary": salary,
        "grade": grade, "clearance": None,
        "requirements": {l: (req.get(l) if l in langs else None) for l in ("en", "fr")},
        "competencies": {l: (comp.get(l, []) if l in langs else None) for l in ("en", "fr")},
    }
    k = key_of(ref)
    with open(os.path.join(OUT, "expected", k + ".json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return k

def sal(amount=None, mn=None, mx=None, cur=None, period=None):
    return {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": period}

def comps(pairs):
    return [{"name": n, "description": d} for n, d in pairs]
