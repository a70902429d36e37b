"""Shared helpers for corpus289's generators (skipped by check.py: __build/)."""
import json, os, subprocess, shutil

SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.join(SET, "__build", "src")
ROWS = []  # (file, reference-key or '-', format)


def write(name, text, key, fmt=None):
    fmt = fmt or name.rsplit(".", 1)[1]
    with open(os.path.join(SET, name), "w", encoding="utf-8") as f:
        f.write(text)
    ROWS.append((name, key, fmt))


def dump(pdf, key):
    txt = pdf[:-4] + ".pdftotext.txt"
    subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(SET, pdf), os.path.join(SET, txt)], check=True)
    ROWS.append((pdf, key, "pdf"))
    ROWS.append((txt, key, "txt"))


def chromium(html_name, key):
    pdf = html_name[:-5] + ".chromium.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.join(SET, pdf), os.path.join(SET, html_name)],
                   check=True, capture_output=True)
    dump(pdf, key)


def weasyprint(src_name, html, pdf, key):
    p = os.path.join(SRC, src_name)
    open(p, "w", encoding="utf-8").write(html)
    subprocess.run(["weasyprint", p, os.path.join(SET, pdf)], check=True, capture_output=True)
    dump(pdf, key)


def libreoffice(src_name, html, pdf, key):
    p = os.path.join(SRC, src_name)
    open(p, "w", encoding="utf-8").write(html)
    out = os.path.join(SRC, "lo")
    os.makedirs(out, exist_ok=True)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf:writer_web_pdf_Export", "--outdir", out, p],
                   check=True, capture_output=True)
    shutil.copy(os.path.join(out, src_name.rsplit(".", 1)[0] + ".pdf"), os.path.join(SET, pdf))
    dump(pdf, key)


def pdflatex(src_name, tex, pdf, key):
    d = os.path.join(SRC, "tex")
    os.makedirs(d, exist_ok=True)
    p = os.path.join(d, src_name)
    open(p, "w", encoding="utf-8").write(tex)
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", src_name], cwd=d,
                       check=True, capture_output=True)
    shutil.copy(os.path.join(d, src_name[:-4] + ".pdf"), os.path.join(SET, pdf))
    dump(pdf, key)


def expected(key, *, reference, languages, title, organisation, location, schedule, deadline, salary,
             grade=None, clearance=None, requirements, competencies, post_number=None):
    def per(d):
        return {"en": d.get("en"), "fr": d.get("fr")}
    comp = {}
    for l in ("en", "fr"):
        c = competencies.get(l)
        comp[l] = None if c is None else [{"name": n, "description": ds} for n, ds in c]
    req = {}
    for l in ("en", "fr"):
        r = requirements.get(l)
        req[l] = None if r is None else {"essential": r[0], "desirable": r[1]}
    sal = None
    if salary:
        mn, mx, cur, per_ = salary
        sal = {"amount": None, "min": mn, "max": mx, "currency": cur, "period": per_}
    exp = {"reference": reference, "post_number": post_number, "languages": languages,
           "title": per(title), "organisation": per(organisation), "location": per(location),
           "schedule": per(schedule), "deadline": deadline, "salary": sal, "grade": grade,
           "clearance": clearance, "requirements": req, "competencies": comp}
    with open(os.path.join(SET, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")


def manifest():
    with open(os.path.join(SET, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
        f.write("file\treference\tformat\n")
        for r in ROWS:
            f.write("\t".join(r) + "\n")
