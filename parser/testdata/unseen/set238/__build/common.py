"""Helpers shared by the notice and non-notice builders of corpus238."""
import html
import json
import os
import subprocess
import textwrap

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(ROOT, "__build")
MANIFEST = []  # (file, reference, format)


def write(name, text, ref, fmt=None):
    fmt = fmt or name.rsplit(".", 1)[1]
    with open(os.path.join(ROOT, name), "w", encoding="utf-8") as f:
        f.write(text)
    MANIFEST.append((name, ref, fmt))


def add_pdf(name, ref, dump=True, layout=False):
    """Register a PDF already written in ROOT and write its pdftotext dumps."""
    MANIFEST.append((name, ref, "pdf"))
    base = name[:-4]
    if dump:
        out = subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(ROOT, name), "-"],
                             capture_output=True, check=True).stdout.decode("utf-8")
        write(base + ".pdftotext.txt", out, ref, "txt")
    if layout:
        out = subprocess.run(["pdftotext", "-enc", "UTF-8", "-layout", os.path.join(ROOT, name), "-"],
                             capture_output=True, check=True).stdout.decode("utf-8")
        write(base + ".layout.txt", out, ref, "txt")


def expected(key, **kw):
    keys = ["reference", "post_number", "languages", "title", "organisation", "location",
            "schedule", "deadline", "salary", "grade", "clearance", "requirements", "competencies"]
    langs = kw["languages"]
    d = {}
    for k in keys:
        d[k] = kw[k]
    for l in ("en", "fr"):
        if l not in langs:
            for f in ("title", "organisation", "location", "schedule"):
                assert d[f][l] is None, (key, f, l)
    with open(os.path.join(ROOT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=2)
        f.write("\n")


def sal(amount=None, mn=None, mx=None, cur="EUR", period="month"):
    return {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": period}


def comps(pairs):
    return [{"name": n, "description": d} for n, d in pairs]


def wrap(text, width=78, indent="", sub=None):
    sub = indent if sub is None else sub
    return "\n".join(textwrap.wrap(text, width=width, initial_indent=indent, subsequent_indent=sub,
                                   break_on_hyphens=False, break_long_words=False))


def esc(s):
    return html.escape(s, quote=False)


def lines(items, marker="", end=""):
    return "\n".join(f"{marker}{x}{end}" for x in items)


def lettered(items, fmt="{l}. "):
    return [fmt.format(l="abcdefghijklmnopqrstuvwxyz"[i]) + x for i, x in enumerate(items)]


def run(cmd, cwd=None):
    subprocess.run(cmd, check=True, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def chromium_pdf(html_name, pdf_name):
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         "--print-to-pdf=" + os.path.join(ROOT, pdf_name), os.path.join(ROOT, html_name)])


def libreoffice_pdf(src_path, pdf_name):
    outdir = os.path.join(BUILD, "lo-out")
    os.makedirs(outdir, exist_ok=True)
    run(["soffice", "--headless", "--convert-to", "pdf:writer_web_pdf_Export", "--outdir", outdir, src_path])
    produced = os.path.join(outdir, os.path.basename(src_path).rsplit(".", 1)[0] + ".pdf")
    os.replace(produced, os.path.join(ROOT, pdf_name))


def weasyprint_pdf(src_path, pdf_name):
    run(["weasyprint", src_path, os.path.join(ROOT, pdf_name)])


def pdflatex_pdf(tex_path, pdf_name):
    d = os.path.dirname(tex_path)
    for _ in range(2):
        run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", os.path.basename(tex_path)], cwd=d)
    os.replace(tex_path[:-4] + ".pdf", os.path.join(ROOT, pdf_name))
