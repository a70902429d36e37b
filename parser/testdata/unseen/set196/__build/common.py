"""Helpers shared by the notice generators of corpus196 (written blind)."""
import json
import os
import subprocess

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
BUILD = os.path.dirname(os.path.abspath(__file__))
ROWS = []  # (file, reference, format)


def path(name):
    return os.path.join(ROOT, name)


def write(name, text, ref, fmt=None):
    fmt = fmt or name.rsplit(".", 1)[1]
    with open(path(name), "w", encoding="utf-8") as f:
        f.write(text)
    ROWS.append((name, ref, fmt))


def expected(e):
    keys = ["reference", "post_number", "languages", "title", "organisation",
            "location", "schedule", "deadline", "salary", "grade", "clearance",
            "requirements", "competencies"]
    d = {k: e[k] for k in keys}
    with open(path("expected/%s.json" % e["reference"]), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=2)
        f.write("\n")


def sal(amount=None, lo=None, hi=None, cur="EUR", period="month"):
    return {"amount": amount, "min": lo, "max": hi, "currency": cur, "period": period}


def bi(en=None, fr=None):
    return {"en": en, "fr": fr}


def dump(pdf, out, layout=False):
    cmd = ["pdftotext", "-enc", "UTF-8"] + (["-layout"] if layout else []) + [path(pdf), path(out)]
    subprocess.run(cmd, check=True)


def chromium(html_name, pdf_name):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + path(pdf_name), path(html_name)], check=True,
                   capture_output=True)


def libreoffice(src, pdf_name):
    """src: an HTML file under __build; converted by LibreOffice Writer."""
    tmp = os.path.join(BUILD, "lo-out")
    os.makedirs(tmp, exist_ok=True)
    subprocess.run(["soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to",
                    "pdf:writer_pdf_Export", "--outdir", tmp, src], check=True, capture_output=True)
    base = os.path.splitext(os.path.basename(src))[0] + ".pdf"
    os.replace(os.path.join(tmp, base), path(pdf_name))


def weasyprint(src, pdf_name):
    subprocess.run(["weasyprint", src, path(pdf_name)], check=True, capture_output=True)


def pdflatex(src, pdf_name):
    tmp = os.path.join(BUILD, "tex-out")
    os.makedirs(tmp, exist_ok=True)
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "-output-directory", tmp, src],
                       check=True, capture_output=True)
    base = os.path.splitext(os.path.basename(src))[0] + ".pdf"
    os.replace(os.path.join(tmp, base), path(pdf_name))


def bullets(items, mark="• ", indent=""):
    return "\n".join(indent + mark + i for i in items)


def comps_lines(comps, sep=": "):
    return "\n".join(c["name"] + sep + c["description"] for c in comps)
