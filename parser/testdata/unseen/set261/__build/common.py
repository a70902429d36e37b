"""Helpers shared by the notice generators of corpus261."""
import json
import os
import subprocess
import shutil
import tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
BUILD = os.path.dirname(os.path.abspath(__file__))
ROWS = []  # (file, reference-key, format)


def write(name, text, key):
    path = os.path.join(ROOT, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    fmt = name.rsplit(".", 1)[1]
    ROWS.append((name, key, fmt))
    return path


def dump(pdf, key):
    txt = pdf[:-4] + ".pdftotext.txt"
    subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(ROOT, pdf), os.path.join(ROOT, txt)], check=True)
    ROWS.append((pdf, key, "pdf"))
    ROWS.append((txt, key, "txt"))


def chromium(html_name, key):
    pdf = html_name[:-5] + ".chromium.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.join(ROOT, pdf), os.path.join(ROOT, html_name)],
                   check=True, capture_output=True)
    dump(pdf, key)


def weasyprint(src_html, pdf, key):
    src = os.path.join(BUILD, "src", src_html)
    subprocess.run(["weasyprint", src, os.path.join(ROOT, pdf)], check=True, capture_output=True)
    dump(pdf, key)


def libreoffice(src_html, pdf, key):
    src = os.path.join(BUILD, "src", src_html)
    with tempfile.TemporaryDirectory() as d:
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf:writer_pdf_Export", "--outdir", d, src],
                       check=True, capture_output=True)
        out = os.path.join(d, os.path.basename(src_html)[:-5] + ".pdf")
        shutil.copy(out, os.path.join(ROOT, pdf))
    dump(pdf, key)


def pdflatex(src_tex, pdf, key):
    texdir = os.path.join(BUILD, "tex")
    with tempfile.TemporaryDirectory() as d:
        for _ in range(2):
            subprocess.run(["pdflatex", "-interaction=nonstopmode", "-output-directory", d,
                            os.path.join(texdir, src_tex)], check=True, capture_output=True)
        shutil.copy(os.path.join(d, src_tex[:-4] + ".pdf"), os.path.join(ROOT, pdf))
    dump(pdf, key)


def save_src(name, text):
    d = os.path.join(BUILD, "src" if name.endswith(".html") else "tex")
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "w", encoding="utf-8") as f:
        f.write(text)


def names(*ns):
    return [{"name": n, "description": ""} for n in ns]


def pairs(*ps):
    return [{"name": n, "description": d} for n, d in ps]


def expected(key, reference, languages, title, organisation, location, schedule, deadline, salary,
             grade=None, clearance=None, requirements=None, competencies=None, post_number=None):
    def bi(v):
        if isinstance(v, dict):
            return {"en": v.get("en"), "fr": v.get("fr")}
        return {l: (v if l in languages else None) for l in ("en", "fr")}
    req = {l: (requirements or {}).get(l) if l in languages else None for l in ("en", "fr")}
    comp = {l: (competencies or {}).get(l, []) if l in languages else None for l in ("en", "fr")}
    exp = {
        "reference": reference,
        "post_number": post_number,
        "languages": languages,
        "title": bi(title),
        "organisation": bi(organisation),
        "location": bi(location),
        "schedule": bi(schedule),
        "deadline": deadline,
        "salary": salary,
        "grade": grade,
        "clearance": clearance,
        "requirements": req,
        "competencies": comp,
    }
    with open(os.path.join(ROOT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")


def salary(mn=None, mx=None, cur=None, period=None, amount=None):
    return {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": period}


def ul(items, cls=None):
    c = f' class="{cls}"' if cls else ""
    return f"<ul{c}>\n" + "\n".join(f"  <li>{i}</li>" for i in items) + "\n</ul>"
