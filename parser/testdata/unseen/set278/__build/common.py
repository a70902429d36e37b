"""Shared helpers for corpus278 (written blind). Every notice module defines KEY, EXP
(the expected contract fields) and build(), which writes the renderings."""
import json, os, subprocess, html as _html

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(ROOT, "__build")
ROWS = []          # (file, reference-key or '-', format)


def out(name, text, key="-"):
    p = os.path.join(ROOT, name)
    with open(p, "w", encoding="utf-8") as f:
        f.write(text)
    ROWS.append((name, key, name.rsplit(".", 1)[1]))


def expected(key, exp):
    with open(os.path.join(ROOT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")


def dump(pdf, key):
    """pdftotext -enc UTF-8 dump NAME.<tool>.pdftotext.txt beside the PDF"""
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


def weasy(src_html_path, pdf, key):
    subprocess.run(["weasyprint", src_html_path, os.path.join(ROOT, pdf)], check=True, capture_output=True)
    dump(pdf, key)


def pdflatex(tex_name, pdf, key):
    d = os.path.join(BUILD, "tex")
    os.makedirs(d, exist_ok=True)
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "-output-directory", d,
                        os.path.join(BUILD, tex_name)], check=True, capture_output=True)
    os.replace(os.path.join(d, tex_name[:-4] + ".pdf"), os.path.join(ROOT, pdf))
    dump(pdf, key)


def libreoffice(md_name, pdf, key):
    src = os.path.join(BUILD, md_name)
    docx = src[:-3] + ".docx"
    subprocess.run(["pandoc", src, "-o", docx], check=True)
    d = os.path.join(BUILD, "lo")
    os.makedirs(d, exist_ok=True)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", d, docx], check=True,
                   capture_output=True)
    os.replace(os.path.join(d, os.path.basename(docx)[:-5] + ".pdf"), os.path.join(ROOT, pdf))
    dump(pdf, key)


def esc(s):
    return _html.escape(s, quote=False)


def nb(s):
    """hyphens of expected strings as U+2011 for the Chromium/WeasyPrint sources"""
    return s.replace("-", "\u2011")


def exp(ref, langs, title, org, loc, sched, deadline, salary, grade=None, clearance=None,
        req=None, comp=None, post_number=None):
    def pl(d):
        return {"en": d.get("en"), "fr": d.get("fr")}
    return {"reference": ref, "post_number": post_number, "languages": langs,
            "title": pl(title), "organisation": pl(org), "location": pl(loc), "schedule": pl(sched),
            "deadline": deadline, "salary": salary, "grade": grade, "clearance": clearance,
            "requirements": pl(req), "competencies": pl(comp)}


def sal(amount=None, mn=None, mx=None, cur=None, period=None):
    return {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": period}


def c(name, desc=""):
    return {"name": name, "description": desc}
