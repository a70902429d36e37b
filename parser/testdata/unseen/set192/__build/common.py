import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def write(name, text):
    with open(os.path.join(ROOT, name), "w", encoding="utf-8") as f:
        f.write(text)

def expected(exp):
    key = exp.pop("_key")
    with open(os.path.join(ROOT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")

def comp(pairs):
    return [{"name": n, "description": d} for n, d in pairs]

def fr_only(**kw):
    d = {"_key": kw["key"], "reference": kw["reference"], "post_number": None, "languages": ["fr"],
         "title": {"en": None, "fr": kw["title"]},
         "organisation": {"en": None, "fr": kw["organisation"]},
         "location": {"en": None, "fr": kw["location"]},
         "schedule": {"en": None, "fr": kw["schedule"]},
         "deadline": kw["deadline"], "salary": kw["salary"], "grade": kw["grade"], "clearance": None,
         "requirements": {"en": None, "fr": {"essential": kw["essential"], "desirable": kw["desirable"]}},
         "competencies": {"en": None, "fr": comp(kw["competencies"])}}
    return d

def salary(amount=None, mn=None, mx=None, cur=None, period=None):
    return {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": period}
