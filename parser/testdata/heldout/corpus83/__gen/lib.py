import json, os
OUT = "/work/stage/corpus83"
def W(name, text):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write(text)
def EXP(key, ref, langs, title, org, loc, sched, deadline, salary, grade, ess, des, comp, post=None, clearance=None):
    def L(d):
        return {"en": d.get("en") if "en" in langs else None, "fr": d.get("fr") if "fr" in langs else None}
    req = {l: ({"essential": ess[l], "desirable": des[l]} if l in langs else None) for l in ("en", "fr")}
    cmp = {l: ([{"name": n, "description": d} for n, d in comp[l]] if l in langs else None) for l in ("en", "fr")}
    e = {"reference": ref, "post_number": post, "languages": langs, "title": L(title), "organisation": L(org),
         "location": L(loc), "schedule": L(sched), "deadline": deadline, "salary": salary, "grade": grade,
         "clearance": clearance, "requirements": req, "competencies": cmp}
    with open(os.path.join(OUT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(e, f, ensure_ascii=False, indent=2); f.write("\n")
def SAL(amount=None, mn=None, mx=None, cur=None, period=None):
    return {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": period}
def bullets(items, mark="- "):
    return "\n".join(mark + i for i in items)
def lis(items):
    return "\n".join("<li>%s</li>" % i for i in items)
