"""Helpers shared by the generator scripts of corpus260."""
import html as _html
import json
import os
import shutil
import subprocess
import tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "src")
ROWS = []  # (file, reference, format)


def esc(s):
    return _html.escape(s, quote=False)


def write(name, text, ref, fmt=None):
    fmt = fmt or name.rsplit(".", 1)[1]
    with open(os.path.join(ROOT, name), "w", encoding="utf-8") as f:
        f.write(text)
    ROWS.append((name, ref, fmt))


def dump(pdf, ref):
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(ROOT, pdf), "-"],
                         capture_output=True, check=True).stdout.decode("utf-8")
    name = pdf[:-4] + ".pdftotext.txt"
    with open(os.path.join(ROOT, name), "w", encoding="utf-8") as f:
        f.write(out)
    ROWS.append((pdf, ref, "pdf"))
    ROWS.append((name, ref, "txt"))


def chromium(html_name, ref):
    """Print ROOT/NAME.html to ROOT/NAME.chromium.pdf with build-pdf.sh's command line."""
    pdf = html_name[:-5] + ".chromium.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.join(ROOT, pdf), os.path.join(ROOT, html_name)],
                   check=True, capture_output=True)
    dump(pdf, ref)


def libreoffice(src_html, pdf, ref):
    """HTML source in __build/src -> ROOT/pdf with LibreOffice (writer_web_pdf_Export)."""
    tmp = tempfile.mkdtemp()
    prof = tempfile.mkdtemp()
    subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to",
                    "pdf:writer_web_pdf_Export", "--outdir", tmp, os.path.join(SRC, src_html)],
                   check=True, capture_output=True)
    shutil.move(os.path.join(tmp, src_html[:-5] + ".pdf"), os.path.join(ROOT, pdf))
    shutil.rmtree(tmp)
    shutil.rmtree(prof, ignore_errors=True)
    dump(pdf, ref)


def weasyprint(src_html, pdf, ref):
    subprocess.run(["weasyprint", os.path.join(SRC, src_html), os.path.join(ROOT, pdf)],
                   check=True, capture_output=True)
    dump(pdf, ref)


def pdflatex(src_tex, pdf, ref):
    tmp = tempfile.mkdtemp()
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-output-directory", tmp,
                        os.path.join(SRC, src_tex)], check=True, capture_output=True)
    shutil.move(os.path.join(tmp, src_tex[:-4] + ".pdf"), os.path.join(ROOT, pdf))
    shutil.rmtree(tmp)
    dump(pdf, ref)


def src(name, text):
    with open(os.path.join(SRC, name), "w", encoding="utf-8") as f:
        f.write(text)


def expected(key, reference, langs, title, org, loc, deadline, salary=None, grade=None,
             schedule=None, post_number=None, req=None, comp=None, clearance=None):
    """title/org/loc/schedule: dict lang->str; req: dict lang->(essential, desirable);
    comp: dict lang->list of (name, description)."""
    def per(d):
        d = d or {}
        return {l: (d.get(l) if l in langs else None) for l in ("en", "fr")}
    sal = None
    if salary:
        amount, currency, period = salary
        sal = {"amount": amount, "min": None, "max": None, "currency": currency, "period": period}
    exp = {
        "reference": reference,
        "post_number": post_number,
        "languages": langs,
        "title": per(title),
        "organisation": per(org),
        "location": per(loc),
        "schedule": per(schedule),
        "deadline": deadline,
        "salary": sal,
        "grade": grade,
        "clearance": clearance,
        "requirements": {l: ({"essential": list(req[l][0]), "desirable": list(req[l][1])} if l in langs else None)
                         for l in ("en", "fr")},
        "competencies": {l: ([{"name": n, "description": d} for n, d in comp.get(l, [])] if l in langs else None)
                         for l in ("en", "fr")},
    }
    with open(os.path.join(ROOT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")


def ul(items, tag="ul"):
    return "<%s>\n%s\n</%s>" % (tag, "\n".join("  <li>%s</li>" % esc(i) for i in items), tag)
