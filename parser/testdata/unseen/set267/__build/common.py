"""Writers shared by the notice scripts of corpus267 (run from __build via build.py)."""
import json, os, shutil, subprocess, tempfile

SET = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
SRC = os.path.join(SET, "__build", "src")
ROWS = []  # (file, reference, format)


def write(name, text, ref):
    with open(os.path.join(SET, name), "w", encoding="utf-8") as f:
        f.write(text)
    ROWS.append((name, ref, name.rsplit(".", 1)[1]))


def _dump(pdf, ref):
    out = pdf[:-4] + ".pdftotext.txt"
    subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(SET, pdf), os.path.join(SET, out)], check=True)
    ROWS.append((pdf, ref, "pdf"))
    ROWS.append((out, ref, "txt"))


def chromium_pdf(html_name, ref):
    """html_name is a file already written in the set; prints NAME.chromium.pdf from it."""
    pdf = html_name[:-5] + ".chromium.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.join(SET, pdf), os.path.join(SET, html_name)],
                   check=True, capture_output=True)
    _dump(pdf, ref)


def libreoffice_pdf(stem, html, ref):
    src = os.path.join(SRC, stem + ".html")
    open(src, "w", encoding="utf-8").write(html)
    prof = tempfile.mkdtemp(prefix="lo267-")
    subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to",
                    "pdf:writer_web_pdf_Export", "--outdir", SRC, src], check=True, capture_output=True)
    shutil.rmtree(prof, ignore_errors=True)
    pdf = stem + ".libreoffice.pdf"
    shutil.move(os.path.join(SRC, stem + ".pdf"), os.path.join(SET, pdf))
    _dump(pdf, ref)


def weasyprint_pdf(stem, html, ref):
    src = os.path.join(SRC, stem + ".html")
    open(src, "w", encoding="utf-8").write(html)
    pdf = stem + ".weasyprint.pdf"
    subprocess.run(["weasyprint", src, os.path.join(SET, pdf)], check=True, capture_output=True)
    _dump(pdf, ref)


def pdflatex_pdf(stem, tex, ref):
    d = os.path.join(SRC, stem + "-tex")
    os.makedirs(d, exist_ok=True)
    open(os.path.join(d, stem + ".tex"), "w", encoding="utf-8").write(tex)
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", stem + ".tex"],
                       cwd=d, check=True, capture_output=True)
    pdf = stem + ".pdflatex.pdf"
    shutil.copy(os.path.join(d, stem + ".pdf"), os.path.join(SET, pdf))
    _dump(pdf, ref)


def expected(key, **kw):
    langs = kw["languages"]
    def pair(v):
        if isinstance(v, dict):
            return {"en": v.get("en"), "fr": v.get("fr")}
        return {"en": v if "en" in langs else None, "fr": v if "fr" in langs else None}
    def comp(lst):
        return [{"name": n, "description": d} for n, d in lst]
    e = {
        "reference": kw["reference"],
        "post_number": kw.get("post_number"),
        "languages": langs,
        "title": pair(kw["title"]),
        "organisation": pair(kw["organisation"]),
        "location": pair(kw["location"]),
        "schedule": pair(kw.get("schedule", {"en": None, "fr": None})),
        "deadline": kw["deadline"],
        "salary": kw.get("salary"),
        "grade": kw.get("grade"),
        "clearance": None,
        "requirements": {l: ({"essential": kw["req"][l][0], "desirable": kw["req"][l][1]} if l in langs else None)
                         for l in ("en", "fr")},
        "competencies": {l: (comp(kw["comp"][l]) if l in langs else None) for l in ("en", "fr")},
    }
    with open(os.path.join(SET, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(e, f, ensure_ascii=False, indent=2)
        f.write("\n")


def salary(amount=None, currency=None, period=None, mn=None, mx=None):
    return {"amount": amount, "min": mn, "max": mx, "currency": currency, "period": period}


def ul(items, tag="ul"):
    return "<%s>\n%s\n</%s>" % (tag, "\n".join("  <li>%s</li>" % i for i in items), tag)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_manifest():
    with open(os.path.join(SET, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
        f.write("file\treference\tformat\n")
        for r in ROWS:
            f.write("\t".join(r) + "\n")
