"""Shared helpers for corpus296's generators (check.py skips __build/)."""
import json, os, subprocess, shutil

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.join(ROOT, "__build", "src")
ROWS = []  # (file, reference-key or '-', format)


def write(name, text, key, fmt=None):
    fmt = fmt or name.rsplit(".", 1)[1]
    with open(os.path.join(ROOT, name), "w", encoding="utf-8") as f:
        f.write(text)
    ROWS.append((name, key, fmt))


def dump(pdfname, key):
    txt = pdfname[:-4] + ".pdftotext.txt"
    subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(ROOT, pdfname), os.path.join(ROOT, txt)], check=True)
    ROWS.append((pdfname, key, "pdf"))
    ROWS.append((txt, key, "txt"))


def chromium(name_html, key):
    """name_html is a set file NAME.html; prints NAME.chromium.pdf with build-pdf.sh's command line."""
    pdf = name_html[:-5] + ".chromium.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.join(ROOT, pdf), os.path.join(ROOT, name_html)],
                   check=True, capture_output=True)
    dump(pdf, key)


def weasyprint(src_html, pdfname, key):
    path = os.path.join(SRC, src_html)
    subprocess.run(["weasyprint", path, os.path.join(ROOT, pdfname)], check=True, capture_output=True)
    dump(pdfname, key)


def libreoffice(src_html, pdfname, key):
    tmp = os.path.join(SRC, "lo_out")
    os.makedirs(tmp, exist_ok=True)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf:writer_web_pdf_Export", "--outdir", tmp,
                    os.path.join(SRC, src_html)], check=True, capture_output=True)
    shutil.move(os.path.join(tmp, src_html[:-5] + ".pdf"), os.path.join(ROOT, pdfname))
    dump(pdfname, key)


def pdflatex(src_tex, pdfname, key):
    tmp = os.path.join(SRC, "tex_out")
    os.makedirs(tmp, exist_ok=True)
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "-output-directory", tmp,
                        os.path.join(SRC, src_tex)], check=True, capture_output=True)
    shutil.move(os.path.join(tmp, src_tex[:-4] + ".pdf"), os.path.join(ROOT, pdfname))
    dump(pdfname, key)


def src(name, text):
    with open(os.path.join(SRC, name), "w", encoding="utf-8") as f:
        f.write(text)


def names(items):
    return [{"name": n, "description": d} for n, d in items]


def expected(key, *, reference, languages, title, organisation, location, schedule, deadline, salary,
             grade=None, clearance=None, requirements, competencies, post_number=None):
    def pair(v):
        if isinstance(v, dict):
            return {"en": v.get("en"), "fr": v.get("fr")}
        lang = languages[0]
        return {"en": v if lang == "en" else None, "fr": v if lang == "fr" else None}
    def lpair(v, empty):
        if isinstance(v, dict) and set(v) <= {"en", "fr"} and v:
            return {"en": v.get("en"), "fr": v.get("fr")}
        lang = languages[0]
        return {"en": v if lang == "en" else None, "fr": v if lang == "fr" else None}
    exp = {
        "reference": reference, "post_number": post_number, "languages": languages,
        "title": pair(title), "organisation": pair(organisation), "location": pair(location),
        "schedule": pair(schedule) if schedule is not None else {"en": None, "fr": None},
        "deadline": deadline, "salary": salary, "grade": grade, "clearance": clearance,
        "requirements": requirements, "competencies": competencies,
    }
    with open(os.path.join(ROOT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")


def sal(mn=None, mx=None, cur=None, period=None, amount=None):
    return {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": period}


def manifest():
    with open(os.path.join(ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
        f.write("file\treference\tformat\n")
        for r in ROWS:
            f.write("\t".join(r) + "\n")
