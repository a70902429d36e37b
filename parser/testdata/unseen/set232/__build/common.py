"""Shared helpers for corpus232: writers, PDF tools, expected-file writer."""
import json
import os
import re
import shutil
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SRC = os.path.join(HERE, "src")
ROWS = []


def write(name, text, ref="-"):
    fmt = name.rsplit(".", 1)[1]
    with open(os.path.join(ROOT, name), "w", encoding="utf-8") as f:
        f.write(text)
    ROWS.append((name, ref, fmt))


def src(name, text):
    os.makedirs(SRC, exist_ok=True)
    p = os.path.join(SRC, name)
    with open(p, "w", encoding="utf-8") as f:
        f.write(text)
    return p


def _dump(pdf_name, ref):
    pdf = os.path.join(ROOT, pdf_name)
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], capture_output=True, check=True).stdout.decode()
    ROWS.append((pdf_name, ref, "pdf"))
    write(pdf_name[:-4] + ".pdftotext.txt", out, ref)


def chromium(html_name, ref):
    """Prints ROOT/html_name (a rendering of its own) to NAME.chromium.pdf with build-pdf.sh's command line."""
    pdf_name = html_name[:-5] + ".chromium.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.join(ROOT, pdf_name), os.path.join(ROOT, html_name)],
                   check=True, capture_output=True)
    _dump(pdf_name, ref)


def libreoffice(src_html, pdf_name, ref):
    with tempfile.TemporaryDirectory() as tmp:
        prof = "file://" + os.path.join(tmp, "profile")
        subprocess.run(["soffice", "-env:UserInstallation=" + prof, "--headless", "--convert-to",
                        "pdf:writer_web_pdf_Export", "--outdir", tmp, src_html], check=True, capture_output=True)
        out = os.path.join(tmp, os.path.basename(src_html)[:-5] + ".pdf")
        shutil.copy(out, os.path.join(ROOT, pdf_name))
    _dump(pdf_name, ref)


def weasyprint(src_html, pdf_name, ref):
    subprocess.run(["weasyprint", src_html, os.path.join(ROOT, pdf_name)], check=True, capture_output=True)
    _dump(pdf_name, ref)


def pdflatex(src_tex, pdf_name, ref):
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(2):
            r = subprocess.run(["pdflatex", "-interaction=nonstopmode", "-output-directory", tmp, src_tex],
                               capture_output=True)
        out = os.path.join(tmp, os.path.basename(src_tex)[:-4] + ".pdf")
        if not os.path.exists(out):
            raise SystemExit(r.stdout.decode()[-3000:])
        shutil.copy(out, os.path.join(ROOT, pdf_name))
    _dump(pdf_name, ref)


def nowrap(html):
    """Keeps hyphenated words on one line in PDF sources (text nodes only)."""
    i = html.find("<body")
    head, html = (html[:i], html[i:]) if i >= 0 else ("", html)
    parts = re.split(r"(<[^>]+>)", html)
    for i, p in enumerate(parts):
        if not p.startswith("<"):
            parts[i] = re.sub(r"(\S*\w-\w\S*)", r'<span style="white-space:nowrap">\1</span>', p)
    return head + "".join(parts)


def expected(key, *, reference, languages, title, organisation, location, deadline, post_number=None,
             schedule=None, salary=None, grade=None, clearance=None, requirements=None, competencies=None):
    def lang(v):
        if isinstance(v, dict):
            return {"en": v.get("en"), "fr": v.get("fr")}
        return {"en": v if "en" in languages else None, "fr": v if "fr" in languages else None}

    def two(v):
        return {"en": v.get("en"), "fr": v.get("fr")}

    if salary is not None:
        amount, mn, mx, cur, per = salary
        salary = {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": per}
    sched = lang(schedule) if schedule is not None else {"en": None, "fr": None}
    doc = {
        "reference": reference, "post_number": post_number, "languages": languages,
        "title": lang(title), "organisation": lang(organisation), "location": lang(location),
        "schedule": sched, "deadline": deadline, "salary": salary, "grade": grade, "clearance": clearance,
        "requirements": two(requirements), "competencies": two(competencies),
    }
    with open(os.path.join(ROOT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
        f.write("\n")


def comps(pairs):
    return [{"name": n, "description": d} for n, d in pairs]


def finish():
    with open(os.path.join(ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
        f.write("file\treference\tformat\n")
        for r in ROWS:
            f.write("\t".join(r) + "\n")
