"""Shared helpers: every expected string is defined once in the n*.py modules and
every rendering is printed from the same variables."""
import json
import os

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
MANIFEST = []


def write(name, text, ref, fmt=None):
    fmt = fmt or name.rsplit(".", 1)[1]
    with open(os.path.join(ROOT, name), "w", encoding="utf-8") as f:
        f.write(text)
    MANIFEST.append((name, ref, fmt))


def register(name, ref, fmt):
    MANIFEST.append((name, ref, fmt))


def expected(ref, langs, title, org, loc, sched, deadline, salary, grade, clearance,
             post=None, req=None, comp=None):
    def pair(v):
        return {"en": v.get("en"), "fr": v.get("fr")}
    e = {
        "reference": ref,
        "post_number": post,
        "languages": langs,
        "title": pair(title),
        "organisation": pair(org),
        "location": pair(loc),
        "schedule": pair(sched),
        "deadline": deadline,
        "salary": salary,
        "grade": grade,
        "clearance": clearance,
        "requirements": {l: (req[l] if req and l in langs else None) for l in ("en", "fr")},
        "competencies": {l: (comp[l] if comp and l in langs else None) for l in ("en", "fr")},
    }
    with open(os.path.join(ROOT, "expected", ref + ".json"), "w", encoding="utf-8") as f:
        json.dump(e, f, ensure_ascii=False, indent=2)
        f.write("\n")


def sal(amount=None, currency="EUR", period="month", mn=None, mx=None):
    return {"amount": amount, "min": mn, "max": mx, "currency": currency, "period": period}


def comps(pairs):
    return [{"name": n, "description": d} for n, d in pairs]


def lines(items, marker="", end=""):
    return "\n".join(f"{marker}{i}{end}" for i in items)


def write_manifest():
    with open(os.path.join(ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
        f.write("file\treference\tformat\n")
        for n, r, fm in MANIFEST:
            f.write(f"{n}\t{r}\t{fm}\n")
