"""Shared helpers for corpus308: every rendering and expected file is written from one set of strings."""
import json
import os
import subprocess
import shutil

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(ROOT, "__build")
ROWS = []


def write(name, text, ref):
    with open(os.path.join(ROOT, name), "w", encoding="utf-8") as f:
        f.write(text.lstrip("\n"))
    fmt = name.rsplit(".", 1)[1]
    ROWS.append((name, ref, fmt))


def expected(key, langs, title, org, loc, sched, deadline, salary, grade, clearance,
             req, comp, post_number=None):
    def pair(d):
        return {"en": d.get("en"), "fr": d.get("fr")}
    data = {
        "reference": key,
        "post_number": post_number,
        "languages": langs,
        "title": pair(title),
        "organisation": pair(org),
        "location": pair(loc),
        "schedule": pair(sched),
        "deadline": deadline,
        "salary": salary,
        "grade": grade,
        "clearance": clearance,
        "requirements": {l: (req.get(l) if l in langs else None) for l in ("en", "fr")},
        "competencies": {l: ([{"name": n, "description": d} for n, d in comp.get(l, [])]
                             if l in langs else None) for l in ("en", "fr")},
    }
    with open(os.path.join(ROOT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=2)
        f.write("\n")


def sal(amount=None, currency="EUR", period="month", mn=None, mx=None):
    return {"amount": amount, "min": mn, "max": mx, "currency": currency, "period": period}


def dump(pdf_name, ref):
    out = pdf_name[:-4] + ".pdftotext.txt"
    subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(ROOT, pdf_name),
                    os.path.join(ROOT, out)], check=True)
    ROWS.append((pdf_name, ref, "pdf"))
    ROWS.append((out, ref, "txt"))


def weasy(src_html_path, pdf_name, ref):
    subprocess.run(["weasyprint", src_html_path, os.path.join(ROOT, pdf_name)], check=True,
                   capture_output=True)
    dump(pdf_name, ref)


def chromium(html_name, ref):
    pdf = html_name[:-5] + ".chromium.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.join(ROOT, pdf), os.path.join(ROOT, html_name)],
                   check=True, capture_output=True)
    dump(pdf, ref)


def libreoffice(md_path, pdf_name, ref, ref_docx=None):
    docx = md_path[:-3] + ".docx"
    cmd = ["pandoc", md_path, "-o", docx]
    subprocess.run(cmd, check=True)
    tmp = "/tmp/lo308"
    os.makedirs(tmp, exist_ok=True)
    env = dict(os.environ, HOME=tmp)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo308/profile", "--headless",
                    "--convert-to", "pdf", "--outdir", tmp, docx], check=True, capture_output=True, env=env)
    shutil.move(os.path.join(tmp, os.path.basename(docx)[:-5] + ".pdf"), os.path.join(ROOT, pdf_name))
    dump(pdf_name, ref)


def pdflatex(tex_path, pdf_name, ref):
    d = os.path.dirname(tex_path)
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", os.path.basename(tex_path)],
                       cwd=d, check=True, capture_output=True)
    shutil.copy(tex_path[:-4] + ".pdf", os.path.join(ROOT, pdf_name))
    dump(pdf_name, ref)


def bullets(items, mark="- ", indent=""):
    return "\n".join(indent + mark + i for i in items)
