"""Shared helpers: write renderings, expected files and manifest rows."""
import json, os, re, subprocess, shutil
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(ROOT, "__build")
ROWS = []

def write(name, text, ref, fmt=None):
    fmt = fmt or name.rsplit(".", 1)[1]
    with open(os.path.join(ROOT, name), "w", encoding="utf-8") as f:
        f.write(text)
    ROWS.append((name, ref, fmt))

def row(name, ref, fmt):
    ROWS.append((name, ref, fmt))

def expected(key, reference, languages, title, organisation, location, schedule, deadline,
             salary=None, grade=None, clearance=None, post_number=None, requirements=None,
             competencies=None):
    def per(d):
        return {"en": d.get("en"), "fr": d.get("fr")}
    req = {l: (requirements[l] if l in languages else None) for l in ("en", "fr")}
    comp = {l: ([{"name": n, "description": d} for n, d in competencies.get(l, [])]
                if l in languages else None) for l in ("en", "fr")}
    if salary is not None:
        s = {"amount": None, "min": None, "max": None, "currency": None, "period": None}
        s.update(salary)
        salary = s
    exp = {"reference": reference, "post_number": post_number, "languages": languages,
           "title": per(title), "organisation": per(organisation), "location": per(location),
           "schedule": per(schedule), "deadline": deadline, "salary": salary, "grade": grade,
           "clearance": clearance, "requirements": req, "competencies": comp}
    with open(os.path.join(ROOT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")

def nbh(html):
    """Write hyphens of text nodes as U+2011 so that PDF line breaks never split a word."""
    parts = re.split(r"(<[^>]+>|<style.*?</style>)", html, flags=re.S)
    return "".join(p if p.startswith("<") else p.replace("-", "\u2011") for p in parts)

def dump(pdf):
    txt = pdf[:-4] + ".pdftotext.txt"
    subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(ROOT, pdf), os.path.join(ROOT, txt)], check=True)
    return txt

def chromium(html_name, ref):
    pdf = html_name[:-5] + ".chromium.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.join(ROOT, pdf), os.path.join(ROOT, html_name)],
                   check=True, capture_output=True)
    row(pdf, ref, "pdf"); row(dump(pdf), ref, "txt")

def weasy(src_html, pdf, ref):
    subprocess.run(["weasyprint", os.path.join(BUILD, src_html), os.path.join(ROOT, pdf)], check=True,
                   capture_output=True)
    row(pdf, ref, "pdf"); row(dump(pdf), ref, "txt")

def libreoffice(src, pdf, ref):
    out = "/tmp/c320/lo"
    os.makedirs(out, exist_ok=True)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/c320/loprofile", "--headless",
                    "--convert-to", "pdf", "--outdir", out, os.path.join(BUILD, src)], check=True,
                   capture_output=True)
    shutil.copy(os.path.join(out, os.path.splitext(os.path.basename(src))[0] + ".pdf"), os.path.join(ROOT, pdf))
    row(pdf, ref, "pdf"); row(dump(pdf), ref, "txt")

def pdflatex(tex, pdf, ref):
    d = os.path.join(BUILD, "latex")
    os.makedirs(d, exist_ok=True)
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "-output-directory", d,
                        os.path.join(BUILD, tex)], check=True, capture_output=True)
    shutil.copy(os.path.join(d, os.path.splitext(os.path.basename(tex))[0] + ".pdf"), os.path.join(ROOT, pdf))
    row(pdf, ref, "pdf"); row(dump(pdf), ref, "txt")
