"""Shared helpers for corpus287: every expected string is defined once in a
notice module and every rendering is printed from the same variables."""
import json
import os
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(ROOT, "__build")
ROWS = []  # (file, reference, format)


def write(name, text, ref, fmt=None):
    fmt = fmt or name.rsplit(".", 1)[1]
    with open(os.path.join(ROOT, name), "w", encoding="utf-8") as f:
        f.write(text)
    ROWS.append((name, ref, fmt))


def add_row(name, ref, fmt):
    ROWS.append((name, ref, fmt))


def expected(ref, *, post_number=None, languages, title, organisation, location,
             schedule, deadline, salary, grade, clearance, requirements, competencies):
    def pair(d):
        return {"en": d.get("en"), "fr": d.get("fr")}

    def comp(lst):
        if lst is None:
            return None
        return [{"name": n, "description": d} for n, d in lst]

    exp = {
        "reference": ref,
        "post_number": post_number,
        "languages": languages,
        "title": pair(title),
        "organisation": pair(organisation),
        "location": pair(location),
        "schedule": pair(schedule),
        "deadline": deadline,
        "salary": salary,
        "grade": grade,
        "clearance": clearance,
        "requirements": {
            "en": requirements.get("en"),
            "fr": requirements.get("fr"),
        },
        "competencies": {
            "en": comp(competencies.get("en")),
            "fr": comp(competencies.get("fr")),
        },
    }
    with open(os.path.join(ROOT, "expected", ref + ".json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")


def sal(amount, currency, period="month"):
    return {"amount": amount, "min": None, "max": None, "currency": currency, "period": period}


def run(cmd, **kw):
    subprocess.run(cmd, check=True, **kw)


def pdftotext(pdf, ref):
    """Write NAME.pdftotext.txt beside NAME.pdf and register both."""
    base = pdf[:-4]
    run(["pdftotext", "-enc", "UTF-8", os.path.join(ROOT, pdf), os.path.join(ROOT, base + ".pdftotext.txt")])
    add_row(pdf, ref, "pdf")
    add_row(base + ".pdftotext.txt", ref, "txt")


def chromium(html_name, ref):
    pdf = html_name[:-5] + ".chromium.pdf"
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         "--print-to-pdf=" + os.path.join(ROOT, pdf), os.path.join(ROOT, html_name)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdftotext(pdf, ref)


def wrap(text, width=76, indent=""):
    import textwrap
    return textwrap.fill(text, width=width, initial_indent=indent, subsequent_indent=indent,
                         break_long_words=False, break_on_hyphens=False)
