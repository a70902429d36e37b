import json, os, html as H
OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))

def write(name, text):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write(text)

def esc(s):
    return H.escape(s, quote=False)

def expected(key, *, reference, languages, title, organisation, location, schedule,
             deadline, salary=None, grade=None, clearance=None, post_number=None,
             requirements, competencies):
    def both(d):
        return {"en": d.get("en"), "fr": d.get("fr")}
    req = {l: (requirements.get(l) if l in languages else None) for l in ("en", "fr")}
    comp = {l: (competencies.get(l) if l in languages else None) for l in ("en", "fr")}
    e = {"reference": reference, "post_number": post_number, "languages": languages,
         "title": both(title), "organisation": both(organisation), "location": both(location),
         "schedule": both(schedule), "deadline": deadline, "salary": salary, "grade": grade,
         "clearance": clearance, "requirements": req, "competencies": comp}
    with open(os.path.join(OUT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(e, f, ensure_ascii=False, indent=2)
        f.write("\n")

def sal(amount=None, mn=None, mx=None, cur="EUR", period="month"):
    return {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": period}

def names(lst):
    return [{"name": n, "description": None} for n in lst]
