"""Helpers shared by the notice generators of corpus189 (written blind)."""
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(ROOT, "__build")
ROWS = []  # (file, reference, format)


def expected(ref, post_number=None, languages=("en",), title=None, organisation=None,
             location=None, schedule=None, deadline=None, salary=None, grade=None,
             clearance=None, requirements=None, competencies=None):
    """Build and write expected/<ref>.json; returns the dict."""
    langs = list(languages)

    def pair(d):
        d = d or {}
        return {"en": d.get("en") if "en" in langs else None,
                "fr": d.get("fr") if "fr" in langs else None}

    req = {}
    comp = {}
    for l in ("en", "fr"):
        if l in langs:
            r = (requirements or {}).get(l) or {"essential": [], "desirable": []}
            req[l] = {"essential": list(r["essential"]), "desirable": list(r["desirable"])}
            comp[l] = [{"name": n, "description": d} for n, d in (competencies or {}).get(l, [])]
        else:
            req[l] = None
            comp[l] = None
    if salary is not None:
        s = {"amount": None, "min": None, "max": None, "currency": None, "period": None}
        s.update(salary)
        salary = s
    exp = {
        "reference": ref,
        "post_number": post_number,
        "languages": langs,
        "title": pair(title),
        "organisation": pair(organisation),
        "location": pair(location),
        "schedule": pair(schedule),
        "deadline": deadline,
        "salary": salary,
        "grade": grade,
        "clearance": clearance,
        "requirements": req,
        "competencies": comp,
    }
    with open(os.path.join(ROOT, "expected", ref + ".json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return exp


def write(name, text, ref="-", fmt=None, listed=True, where=ROOT):
    path = os.path.join(where, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    if listed:
        ROWS.append((name, ref, fmt or name.rsplit(".", 1)[1]))
    return path


def row(name, ref, fmt):
    ROWS.append((name, ref, fmt))
