"""Shared helpers for corpus288: writers, PDF tools, expected writer."""
import html as _html
import json
import os
import shutil
import subprocess
import tempfile

BUILD = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BUILD)
SRC = os.path.join(BUILD, "src")
ROWS = []  # (file, reference, format)


def esc(s):
    return _html.escape(s, quote=False)


def write(name, text, ref):
    with open(os.path.join(ROOT, name), "w", encoding="utf-8") as f:
        f.write(text)
    fmt = name.rsplit(".", 1)[1]
    ROWS.append((name, ref, fmt))


def _dump(pdf, ref):
    out = pdf[:-4] + ".pdftotext.txt"
    subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(ROOT, pdf), os.path.join(ROOT, out)], check=True)
    ROWS.append((pdf, ref, "pdf"))
    ROWS.append((out, ref, "txt"))


def chromium_pdf(html_name, pdf, ref):
    """html_name: an HTML file already written in ROOT (build-pdf.sh's pairing)."""
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.join(ROOT, pdf), os.path.join(ROOT, html_name)],
                   check=True, capture_output=True)
    _dump(pdf, ref)


def libreoffice_pdf(src_name, pdf, ref, filt=None):
    """src_name: a file under src/. Converted with a private profile."""
    prof = tempfile.mkdtemp(prefix="lo288")
    outdir = tempfile.mkdtemp(prefix="lo288o")
    target = "pdf" if not filt else "pdf:" + filt
    subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to", target,
                    "--outdir", outdir, os.path.join(SRC, src_name)], check=True, capture_output=True)
    produced = os.path.join(outdir, os.path.splitext(src_name)[0] + ".pdf")
    shutil.move(produced, os.path.join(ROOT, pdf))
    shutil.rmtree(prof, ignore_errors=True)
    shutil.rmtree(outdir, ignore_errors=True)
    _dump(pdf, ref)


def weasy_pdf(src_name, pdf, ref):
    subprocess.run(["weasyprint", os.path.join(SRC, src_name), os.path.join(ROOT, pdf)], check=True,
                   capture_output=True)
    _dump(pdf, ref)


def latex_pdf(src_name, pdf, ref):
    tmp = tempfile.mkdtemp(prefix="tex288")
    shutil.copy(os.path.join(SRC, src_name), tmp)
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", src_name], cwd=tmp,
                       check=True, capture_output=True)
    shutil.move(os.path.join(tmp, src_name[:-4] + ".pdf"), os.path.join(ROOT, pdf))
    shutil.rmtree(tmp, ignore_errors=True)
    _dump(pdf, ref)


def src(name, text):
    with open(os.path.join(SRC, name), "w", encoding="utf-8") as f:
        f.write(text)


def comp(*pairs):
    return [{"name": n, "description": d} for n, d in pairs]


def expected(key, *, reference, languages, title, organisation, location, deadline, grade=None,
             schedule=None, salary=None, post_number=None, requirements=None, competencies=None):
    def per(v):
        if isinstance(v, dict) and v and set(v) <= {"en", "fr"}:
            return {"en": v.get("en"), "fr": v.get("fr")}
        d = {"en": None, "fr": None}
        d[languages[0]] = v
        return d
    exp = {
        "reference": reference,
        "post_number": post_number,
        "languages": languages,
        "title": per(title),
        "organisation": per(organisation),
        "location": per(location),
        "schedule": per(schedule) if schedule is not None else {"en": None, "fr": None},
        "deadline": deadline,
        "salary": salary,
        "grade": grade,
        "clearance": None,
        "requirements": per(requirements),
        "competencies": per(competencies),
    }
    with open(os.path.join(ROOT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")


def sal(amount=None, currency=None, period=None, mn=None, mx=None):
    return {"amount": amount, "min": mn, "max": mx, "currency": currency, "period": period}


def req(essential, desirable):
    return {"essential": list(essential), "desirable": list(desirable)}
