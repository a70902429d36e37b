"""Shared helpers for corpus210: every expected string is defined once in a notice
module and every rendering is printed from the same variables."""
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(ROOT, "__build")
ROWS = []  # (file, reference, format)


def write(name, text, ref):
    path = os.path.join(ROOT, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    fmt = name.rsplit(".", 1)[1]
    ROWS.append((name, ref, fmt))


def row(name, ref):
    ROWS.append((name, ref, name.rsplit(".", 1)[1]))


def expected(key, *, reference, post_number=None, languages, title, organisation,
             location, schedule, deadline, salary, grade, clearance, req, comp):
    def both(d):
        return {"en": d.get("en"), "fr": d.get("fr")}
    out = {
        "reference": reference,
        "post_number": post_number,
        "languages": languages,
        "title": both(title),
        "organisation": both(organisation),
        "location": both(location),
        "schedule": both(schedule),
        "deadline": deadline,
        "salary": salary,
        "grade": grade,
        "clearance": clearance,
        "requirements": {l: (req[l] if l in languages else None) for l in ("en", "fr")},
        "competencies": {l: (comp.get(l, []) if l in languages else None) for l in ("en", "fr")},
    }
    with open(os.path.join(ROOT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")


def sal(amount=None, currency="EUR", period="month", mn=None, mx=None):
    return {"amount": amount, "min": mn, "max": mx, "currency": currency, "period": period}


def bullets(items, marker="- ", indent=""):
    return "\n".join(f"{indent}{marker}{i}" for i in items)


def numbered(items, fmt="{n}. ", indent=""):
    return "\n".join(indent + fmt.format(n=n, a="abcdefghijklmnop"[n - 1]) + i
                     for n, i in enumerate(items, 1))


def comps(cs, sep=": "):
    return [f"{c['name']}{sep}{c['description']}" if c["description"] else c["name"] for c in cs]


def C(name, desc):
    return {"name": name, "description": desc}
