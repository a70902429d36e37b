"""Shared helpers: every notice module defines E (the expected record) and a
render() that returns {filename: text}; build.py writes files, PDFs and dumps."""
import json, os, subprocess, textwrap

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(ROOT, "__build")


def expected(reference, languages, title, organisation, location, schedule, deadline,
             salary, grade, clearance, requirements, competencies, post_number=None):
    def both(d):
        return {"en": d.get("en"), "fr": d.get("fr")}
    return {
        "reference": reference, "post_number": post_number, "languages": languages,
        "title": both(title), "organisation": both(organisation),
        "location": both(location), "schedule": both(schedule),
        "deadline": deadline, "salary": salary, "grade": grade, "clearance": clearance,
        "requirements": {"en": requirements.get("en"), "fr": requirements.get("fr")},
        "competencies": {"en": competencies.get("en"), "fr": competencies.get("fr")},
    }


def sal(amount=None, currency="EUR", period="month", mn=None, mx=None):
    return {"amount": amount, "min": mn, "max": mx, "currency": currency, "period": period}


def write_expected(E):
    with open(os.path.join(ROOT, "expected", E["reference"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(E, f, ensure_ascii=False, indent=2)
        f.write("\n")


def write(name, text):
    with open(os.path.join(ROOT, name), "w", encoding="utf-8") as f:
        f.write(text)


def wrap(s, width=72, indent=""):
    return textwrap.fill(s, width=width, subsequent_indent=indent, break_on_hyphens=False,
                         break_long_words=False)


def comp_lines(comps, sep=": "):
    return [c["name"] + sep + c["description"] for c in comps]


def pdftotext(pdf, out, layout=False):
    cmd = ["pdftotext", "-enc", "UTF-8"] + (["-layout"] if layout else []) + [pdf, out]
    subprocess.run(cmd, check=True)
