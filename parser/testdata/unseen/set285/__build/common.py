"""Shared helpers for corpus285 builders (written blind)."""
import json, os, re, subprocess, html as _html

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(ROOT, "__build")
ROWS = []   # (file, reference-key, format)


def write(name, text, key, fmt=None):
    fmt = fmt or name.rsplit(".", 1)[1]
    with open(os.path.join(ROOT, name), "w", encoding="utf-8") as f:
        f.write(text)
    ROWS.append((name, key, fmt))


def row(name, key, fmt):
    ROWS.append((name, key, fmt))


def expected(key, d):
    keys = ["reference", "post_number", "languages", "title", "organisation",
            "location", "schedule", "deadline", "salary", "grade", "clearance",
            "requirements", "competencies"]
    out = {k: d[k] for k in keys}
    with open(os.path.join(ROOT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")


def comps(pairs):
    return [{"name": n, "description": d} for n, d in pairs]


def nbh(s):
    """hyphens -> U+2011 in text nodes of an HTML string (for printed PDFs)."""
    parts = re.split(r"(<style>.*?</style>|<[^>]+>|&[a-z#0-9]+;)", s, flags=re.S)
    return "".join(p if p.startswith("<") or p.startswith("&") else p.replace("-", "\u2011") for p in parts)


def esc(s):
    return _html.escape(s, quote=False)


def dump(pdf, txt):
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(ROOT, pdf), "-"],
                         capture_output=True, check=True).stdout.decode("utf-8")
    with open(os.path.join(ROOT, txt), "w", encoding="utf-8") as f:
        f.write(out)


def chromium(html_name, pdf_name):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.join(ROOT, pdf_name), os.path.join(ROOT, html_name)],
                   check=True, capture_output=True)


def weasy(src_html, pdf_name):
    subprocess.run(["weasyprint", src_html, os.path.join(ROOT, pdf_name)], check=True, capture_output=True)


def pdflatex(tex_name, pdf_name):
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", tex_name],
                       cwd=BUILD, check=True, capture_output=True)
    os.replace(os.path.join(BUILD, tex_name[:-4] + ".pdf"), os.path.join(ROOT, pdf_name))


def soffice(src_docx, pdf_name):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", BUILD, src_docx],
                   check=True, capture_output=True)
    os.replace(src_docx[:-5] + ".pdf", os.path.join(ROOT, pdf_name))
