"""Helpers shared by the generators of corpus204 (skipped by check.py: __-folder)."""
import json, os, subprocess, shutil, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ROWS = []  # (file, reference key or '-', format)


def write(name, text, key):
    with open(os.path.join(ROOT, name), "w", encoding="utf-8") as f:
        f.write(text)
    fmt = name.rsplit(".", 1)[1]
    ROWS.append((name, key, fmt))


def dump(pdfname, key):
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(ROOT, pdfname), "-"],
                         capture_output=True, check=True).stdout.decode("utf-8")
    write(pdfname[:-4] + ".pdftotext.txt", out, key)


def chromium(html_name, key):
    pdf = html_name[:-5] + ".chromium.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.join(ROOT, pdf), os.path.join(ROOT, html_name)],
                   check=True, capture_output=True)
    ROWS.append((pdf, key, "pdf"))
    dump(pdf, key)


def libreoffice(src_html, pdf, key):
    """src_html: path of an HTML source kept in __build; converted by Writer."""
    tmp = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to",
                    "pdf:writer_pdf_Export", "--outdir", tmp, src_html], check=True, capture_output=True)
    base = os.path.splitext(os.path.basename(src_html))[0]
    shutil.move(os.path.join(tmp, base + ".pdf"), os.path.join(ROOT, pdf))
    ROWS.append((pdf, key, "pdf"))
    dump(pdf, key)


def weasyprint(src_html, pdf, key):
    subprocess.run(["weasyprint", src_html, os.path.join(ROOT, pdf)], check=True, capture_output=True)
    ROWS.append((pdf, key, "pdf"))
    dump(pdf, key)


def pdflatex(src_tex, pdf, key):
    tmp = tempfile.mkdtemp()
    shutil.copy(src_tex, tmp)
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", os.path.basename(src_tex)], cwd=tmp,
                       check=True, capture_output=True)
    shutil.move(os.path.join(tmp, os.path.basename(src_tex)[:-4] + ".pdf"), os.path.join(ROOT, pdf))
    ROWS.append((pdf, key, "pdf"))
    dump(pdf, key)


def src(name, text):
    p = os.path.join(ROOT, "__build", "src", name)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding="utf-8") as f:
        f.write(text)
    return p


def expected(key, *, reference, languages, title, organisation, location, schedule=None, deadline,
             salary=None, grade=None, clearance=None, requirements, competencies, post_number=None):
    def pair(v):
        if isinstance(v, dict):
            return {"en": v.get("en"), "fr": v.get("fr")}
        d = {"en": None, "fr": None}
        d[languages[0]] = v
        return d
    def lang(v):
        d = {"en": None, "fr": None}
        if isinstance(v, dict) and set(v) <= {"en", "fr"} and v:
            d.update(v)
        else:
            d[languages[0]] = v
        return d
    sal = None
    if salary:
        sal = {"amount": salary.get("amount"), "min": salary.get("min"), "max": salary.get("max"),
               "currency": salary["currency"], "period": salary["period"]}
    comp = {}
    for l, items in (competencies.items() if isinstance(competencies, dict) else [(languages[0], competencies)]):
        comp[l] = [{"name": n, "description": d} for n, d in items]
    reqs = {}
    for l, r in (requirements.items() if "essential" not in requirements else [(languages[0], requirements)]):
        reqs[l] = {"essential": r["essential"], "desirable": r["desirable"]}
    e = {
        "reference": reference, "post_number": post_number, "languages": languages,
        "title": pair(title), "organisation": pair(organisation), "location": pair(location),
        "schedule": pair(schedule) if schedule is not None else {"en": None, "fr": None},
        "deadline": deadline, "salary": sal, "grade": grade, "clearance": clearance,
        "requirements": {"en": reqs.get("en"), "fr": reqs.get("fr")},
        "competencies": {"en": comp.get("en"), "fr": comp.get("fr")},
    }
    with open(os.path.join(ROOT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(e, f, ensure_ascii=False, indent=2)
        f.write("\n")


def ul(items, tag="li"):
    return "\n".join(f"<{tag}>{x}</{tag}>" for x in items)
