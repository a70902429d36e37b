"""Helpers shared by the generators of corpus262 (written blind)."""
import json, os, subprocess, shutil, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(ROOT, "__build")
ROWS = []  # (file, reference key, format)


def W(name, text, key="-"):
    p = os.path.join(ROOT, name)
    with open(p, "w", encoding="utf-8") as f:
        f.write(text.lstrip("\n"))
    fmt = name.rsplit(".", 1)[1]
    ROWS.append((name, key, fmt))
    return p


def B(name, text):
    p = os.path.join(BUILD, name)
    with open(p, "w", encoding="utf-8") as f:
        f.write(text.lstrip("\n"))
    return p


def dump(pdf_name, key):
    pdf = os.path.join(ROOT, pdf_name)
    txt = pdf[:-4] + ".pdftotext.txt"
    subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, txt], check=True)
    ROWS.append((pdf_name, key, "pdf"))
    ROWS.append((os.path.basename(txt), key, "txt"))


def weasy(src, pdf_name, key):
    subprocess.run(["weasyprint", src, os.path.join(ROOT, pdf_name)], check=True,
                   stderr=subprocess.DEVNULL)
    dump(pdf_name, key)


def soffice(src, pdf_name, key):
    out = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "--infilter=HTML (StarWriter)",
                    "--convert-to", "pdf:writer_pdf_Export", "--outdir", out, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = os.path.splitext(os.path.basename(src))[0] + ".pdf"
    shutil.move(os.path.join(out, base), os.path.join(ROOT, pdf_name))
    dump(pdf_name, key)


def pdflatex(src, pdf_name, key):
    out = tempfile.mkdtemp()
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-output-directory", out, src],
                       check=True, stdout=subprocess.DEVNULL)
    base = os.path.splitext(os.path.basename(src))[0] + ".pdf"
    shutil.move(os.path.join(out, base), os.path.join(ROOT, pdf_name))
    dump(pdf_name, key)


def chromium(html_name, key):
    """Prints NAME.html to NAME.chromium.pdf with build-pdf.sh's command line."""
    pdf_name = html_name[:-5] + ".chromium.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                    "--no-pdf-header-footer", "--print-to-pdf=" + os.path.join(ROOT, pdf_name),
                    os.path.join(ROOT, html_name)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    dump(pdf_name, key)


def expected(key, reference, languages, title, organisation, location, schedule, deadline,
             salary=None, grade=None, post_number=None, clearance=None,
             req=None, comp=None):
    def per(d):
        return {"en": d.get("en"), "fr": d.get("fr")}
    req = req or {}
    comp = comp or {}
    exp = {
        "reference": reference,
        "post_number": post_number,
        "languages": languages,
        "title": per(title),
        "organisation": per(organisation),
        "location": per(location),
        "schedule": per(schedule),
        "deadline": deadline,
        "salary": salary,
        "grade": grade,
        "clearance": clearance,
        "requirements": {l: ({"essential": req[l][0], "desirable": req[l][1]} if l in languages else None)
                         for l in ("en", "fr")},
        "competencies": {l: ([{"name": n, "description": d} for n, d in comp.get(l, [])]
                             if l in languages else None) for l in ("en", "fr")},
    }
    with open(os.path.join(ROOT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")


def sal(amount=None, mn=None, mx=None, cur=None, period="month"):
    return {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": period}
