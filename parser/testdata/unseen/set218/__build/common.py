"""Shared helpers for corpus218: writers, PDF makers, expected-file writer, manifest rows."""
import html
import json
import os
import shutil
import subprocess
import tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
BUILD = os.path.dirname(os.path.abspath(__file__))
ROWS = []  # (file, reference, format)

E = html.escape


def write(name, text, ref):
    path = os.path.join(ROOT, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    fmt = name.rsplit(".", 1)[1]
    ROWS.append((name, ref, fmt))


def dump(pdf_name, ref):
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(ROOT, pdf_name), "-"],
                         capture_output=True, check=True).stdout.decode("utf-8")
    write(pdf_name[:-4] + ".pdftotext.txt", out, ref)


def chromium_pdf(html_name, ref):
    """build-pdf.sh's command line: NAME.chromium.pdf printed from NAME.html."""
    src = os.path.join(ROOT, html_name)
    pdf = src[:-5] + ".chromium.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + pdf, src], check=True, capture_output=True)
    name = os.path.basename(pdf)
    ROWS.append((name, ref, "pdf"))
    dump(name, ref)


def soffice_pdf(source_path, pdf_name, ref):
    tmp = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, source_path],
                   check=True, capture_output=True)
    base = os.path.splitext(os.path.basename(source_path))[0] + ".pdf"
    shutil.move(os.path.join(tmp, base), os.path.join(ROOT, pdf_name))
    shutil.rmtree(tmp)
    ROWS.append((pdf_name, ref, "pdf"))
    dump(pdf_name, ref)


def weasy_pdf(source_path, pdf_name, ref):
    subprocess.run(["weasyprint", source_path, os.path.join(ROOT, pdf_name)], check=True, capture_output=True)
    ROWS.append((pdf_name, ref, "pdf"))
    dump(pdf_name, ref)


def latex_pdf(tex_path, pdf_name, ref):
    tmp = tempfile.mkdtemp()
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "-output-directory", tmp, tex_path],
                       check=True, capture_output=True)
    base = os.path.splitext(os.path.basename(tex_path))[0] + ".pdf"
    shutil.move(os.path.join(tmp, base), os.path.join(ROOT, pdf_name))
    shutil.rmtree(tmp)
    ROWS.append((pdf_name, ref, "pdf"))
    dump(pdf_name, ref)


def src(name, text):
    p = os.path.join(BUILD, "src", name)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding="utf-8") as f:
        f.write(text)
    return p


def expected(key, *, reference, languages, title, organisation, location, schedule=None, deadline,
             salary=None, grade=None, clearance=None, post_number=None, req, comp):
    def both(v):
        if v is None:
            return {"en": None, "fr": None}
        return {"en": v.get("en"), "fr": v.get("fr")}
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
        "requirements": {l: ({"essential": req[l][0], "desirable": req[l][1]} if l in languages else None)
                         for l in ("en", "fr")},
        "competencies": {l: ([{"name": n, "description": d} for n, d in comp.get(l, [])] if l in languages else None)
                         for l in ("en", "fr")},
    }
    with open(os.path.join(ROOT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")


def sal(amount, currency, period, lo=None, hi=None):
    return {"amount": amount, "min": lo, "max": hi, "currency": currency, "period": period}


def ul(items, tag="ul"):
    return "<%s>\n%s\n</%s>" % (tag, "\n".join("  <li>%s</li>" % E(i) for i in items), tag)
