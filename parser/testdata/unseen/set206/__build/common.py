import json, os
OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))

def write(name, text):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write(text)

def expected(key, E):
    with open(os.path.join(OUT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(E, f, ensure_ascii=False, indent=2)
        f.write("\n")

def fr_only(**kw):
    """expected dict for a French-only notice"""
    E = {"reference": kw["reference"], "post_number": None, "languages": ["fr"],
         "title": {"en": None, "fr": kw["title"]},
         "organisation": {"en": None, "fr": kw["organisation"]},
         "location": {"en": None, "fr": kw["location"]},
         "schedule": {"en": None, "fr": kw.get("schedule")},
         "deadline": kw["deadline"], "salary": kw.get("salary"), "grade": kw.get("grade"),
         "clearance": None,
         "requirements": {"en": None, "fr": {"essential": kw["essential"], "desirable": kw.get("desirable", [])}},
         "competencies": {"en": None, "fr": kw.get("competencies", [])}}
    return E

def sal(amount=None, mn=None, mx=None, cur=None, period="month"):
    return {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": period}
