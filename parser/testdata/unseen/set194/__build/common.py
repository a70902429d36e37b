"""Shared helpers for corpus194's generators (skipped by check.py: __build/)."""
import html
import json
import os
import re
import subprocess
import textwrap

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ROWS = []  # (file, reference-key or '-', format)


def write(name, text, ref, fmt=None):
    path = os.path.join(ROOT, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    ROWS.append((name, ref, fmt or name.rsplit(".", 1)[1]))
    return path


def expected(key, d):
    keys = ["reference", "post_number", "languages", "title", "organisation",
            "location", "schedule", "deadline", "salary", "grade", "clearance",
            "requirements", "competencies"]
    assert sorted(d) == sorted(keys), sorted(d)
    out = {k: d[k] for k in keys}
    with open(os.path.join(ROOT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")


def sal(amount=None, mn=None, mx=None, cur=None, period=None):
    return {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": period}


def req(ess, des):
    return {"essential": list(ess), "desirable": list(des)}


def comp(pairs):
    return [{"name": n, "description": d} for n, d in pairs]


def esc(s):
    return html.escape(s, quote=False)


def nw(s):
    """HTML-escape s and keep every hyphenated token on one line (PDF builds):
    pdftotext drops a hyphen that ends a line."""
    s = esc(s)
    return re.sub(r"(\S*[-\u2013/]\S*)", r'<span class="nw">\1</span>', s)


def wrap(s, width=76, indent="", sub=None):
    return textwrap.fill(s, width=width, initial_indent=indent,
                         subsequent_indent=sub if sub is not None else indent,
                         break_on_hyphens=False, break_long_words=False)


def run(cmd, **kw):
    subprocess.run(cmd, check=True, **kw)


def chromium_pdf(html_name):
    pdf = html_name[:-5] + ".chromium.pdf"
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         "--print-to-pdf=" + os.path.join(ROOT, pdf), os.path.join(ROOT, html_name)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return pdf


def dump(pdf, ref):
    txt = pdf[:-4] + ".pdftotext.txt"
    run(["pdftotext", "-enc", "UTF-8", os.path.join(ROOT, pdf), os.path.join(ROOT, txt)])
    ROWS.append((pdf, ref, "pdf"))
    ROWS.append((txt, ref, "txt"))
