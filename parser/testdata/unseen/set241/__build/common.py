"""Helpers shared by the generators of corpus241."""
import json, os, subprocess, shutil, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(ROOT, "__build")


def w(name, text):
    with open(os.path.join(ROOT, name), "w", encoding="utf-8") as f:
        f.write(text.lstrip("\n"))


def dump(pdf):
    txt = pdf[:-4] + ".pdftotext.txt"
    subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(ROOT, pdf), os.path.join(ROOT, txt)], check=True)


def chromium(html_name):
    pdf = html_name[:-5] + ".chromium.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.join(ROOT, pdf), os.path.join(ROOT, html_name)],
                   check=True, capture_output=True)
    dump(pdf)


def weasy(src_html, pdf):
    subprocess.run(["weasyprint", src_html, os.path.join(ROOT, pdf)], check=True, capture_output=True)
    dump(pdf)


def soffice(src_html, pdf):
    tmp = tempfile.mkdtemp()
    base = os.path.basename(src_html)[:-5]
    subprocess.run(["soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export",
                    "--outdir", tmp, src_html], check=True, capture_output=True)
    shutil.move(os.path.join(tmp, base + ".pdf"), os.path.join(ROOT, pdf))
    dump(pdf)


def pdflatex(src_tex, pdf):
    tmp = tempfile.mkdtemp()
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-output-directory", tmp, src_tex],
                       check=True, capture_output=True)
    base = os.path.basename(src_tex)[:-4]
    shutil.move(os.path.join(tmp, base + ".pdf"), os.path.join(ROOT, pdf))
    dump(pdf)


def sal(amount=None, mn=None, mx=None, cur=None, period=None):
    return {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": period}


def comp(pairs):
    return [{"name": n, "description": d} for n, d in pairs]


def expected(key, reference, langs, title, org, loc, sched, deadline, salary, grade,
             req, comps, post_number=None, clearance=None):
    def both(d):
        return {"en": d.get("en"), "fr": d.get("fr")}
    exp = {
        "reference": reference, "post_number": post_number, "languages": langs,
        "title": both(title), "organisation": both(org), "location": both(loc),
        "schedule": both(sched), "deadline": deadline, "salary": salary, "grade": grade,
        "clearance": clearance,
        "requirements": {l: ({"essential": req[l][0], "desirable": req[l][1]} if l in langs else None)
                         for l in ("en", "fr")},
        "competencies": {l: (comps.get(l, []) if l in langs else None) for l in ("en", "fr")},
    }
    with open(os.path.join(ROOT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")
