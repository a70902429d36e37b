"""Shared helpers for corpus201: every expected string is written once in the
notice modules and used both in the renderings and in expected/<key>.json."""
import json
import os
import textwrap

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ROWS = []  # (file, reference key or '-', format)


def write(name, text, key="-", fmt=None):
    fmt = fmt or name.rsplit(".", 1)[1]
    with open(os.path.join(ROOT, name), "w", encoding="utf-8") as f:
        f.write(text)
    ROWS.append((name, key, fmt))


def row(name, key, fmt):
    ROWS.append((name, key, fmt))


def expected(key, **kw):
    base = {
        "reference": "", "post_number": None, "languages": [],
        "title": {"en": None, "fr": None}, "organisation": {"en": None, "fr": None},
        "location": {"en": None, "fr": None}, "schedule": {"en": None, "fr": None},
        "deadline": None, "salary": None, "grade": None, "clearance": None,
        "requirements": {"en": None, "fr": None}, "competencies": {"en": None, "fr": None},
    }
    base.update(kw)
    with open(os.path.join(ROOT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(base, f, ensure_ascii=False, indent=2)
        f.write("\n")


def sal(amount=None, mn=None, mx=None, cur=None, period=None):
    return {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": period}


def req(ess, des):
    return {"essential": list(ess), "desirable": list(des)}


def comp(pairs):
    return [{"name": n, "description": d} for n, d in pairs]


def wrap(text, width=72, indent="", sub=None):
    sub = indent if sub is None else sub
    return textwrap.fill(text, width=width, initial_indent=indent, subsequent_indent=sub,
                         break_on_hyphens=False, break_long_words=False)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def nowrap_hyphens(s):
    """HTML-escape and keep hyphenated tokens on one line in PDFs."""
    out = []
    for tok in esc(s).split(" "):
        if "-" in tok.strip("-") or "\u2011" in tok:
            out.append('<span style="white-space:nowrap">%s</span>' % tok)
        else:
            out.append(tok)
    return " ".join(out)
