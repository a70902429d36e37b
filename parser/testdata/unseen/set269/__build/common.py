"""Helpers shared by the generators of corpus269 (writers, PDF tools, expected writer)."""
import json, os, shutil, subprocess, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(ROOT, "__build")


def write(name, text, where=ROOT):
    p = os.path.join(where, name)
    with open(p, "w", encoding="utf-8") as f:
        f.write(text)
    return p


def dump(pdf):
    out = pdf[:-4] + ".pdftotext.txt"
    subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, out], check=True)


def weasyprint(src_html, pdf_name):
    pdf = os.path.join(ROOT, pdf_name)
    subprocess.run(["weasyprint", src_html, pdf], check=True, capture_output=True)
    dump(pdf)


def chromium(html_name):
    html = os.path.join(ROOT, html_name)
    pdf = html[:-5] + ".chromium.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + pdf, html], check=True, capture_output=True)
    dump(pdf)


def libreoffice(src_html, pdf_name):
    tmp = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to",
                    "pdf:writer_pdf_Export", "--outdir", tmp, src_html], check=True, capture_output=True)
    produced = os.path.join(tmp, os.path.basename(src_html)[:-5] + ".pdf")
    pdf = os.path.join(ROOT, pdf_name)
    shutil.move(produced, pdf)
    shutil.rmtree(tmp)
    dump(pdf)


def pdflatex(src_tex, pdf_name):
    tmp = tempfile.mkdtemp()
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-output-directory", tmp, src_tex],
                       check=True, capture_output=True)
    produced = os.path.join(tmp, os.path.basename(src_tex)[:-4] + ".pdf")
    pdf = os.path.join(ROOT, pdf_name)
    shutil.move(produced, pdf)
    shutil.rmtree(tmp)
    dump(pdf)


def comp(items):
    return [{"name": n, "description": d} for n, d in items]


def expected(key, reference, languages, title, organisation, location, schedule, deadline, salary,
             grade=None, clearance=None, post_number=None, requirements=None, competencies=None):
    def per(v):
        if isinstance(v, dict):
            return {"en": v.get("en"), "fr": v.get("fr")}
        d = {"en": None, "fr": None}
        d[languages[0]] = v
        return d
    req = {"en": None, "fr": None}
    cmp_ = {"en": None, "fr": None}
    for l in languages:
        req[l] = requirements[l]
        cmp_[l] = comp(competencies[l])
    if salary is not None:
        s = {"amount": None, "min": None, "max": None, "currency": None, "period": "month"}
        s.update(salary)
        salary = s
    data = {"reference": reference, "post_number": post_number, "languages": languages,
            "title": per(title), "organisation": per(organisation), "location": per(location),
            "schedule": per(schedule), "deadline": deadline, "salary": salary, "grade": grade,
            "clearance": clearance, "requirements": req, "competencies": cmp_}
    write(key + ".json", json.dumps(data, ensure_ascii=False, indent=2) + "\n", os.path.join(ROOT, "expected"))


def bullets(items, mark="- ", indent=""):
    return "\n".join(indent + mark + i for i in items)
