import json, os, subprocess, shutil, tempfile
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
SRC = os.path.join(ROOT, "__build", "src")
ROWS = []

def w(name, text, ref):
    p = os.path.join(ROOT, name)
    with open(p, "w", encoding="utf-8") as f:
        f.write(text)
    ROWS.append((name, ref, name.rsplit(".", 1)[1]))

def dump(pdfname, ref):
    txt = pdfname[:-4] + ".pdftotext.txt"
    subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(ROOT, pdfname), os.path.join(ROOT, txt)], check=True)
    ROWS.append((pdfname, ref, "pdf"))
    ROWS.append((txt, ref, "txt"))

def chromium(html_name, ref):
    """html_name is a file already written in ROOT; prints NAME.chromium.pdf with build-pdf.sh's command line"""
    base = html_name[:-5]
    pdf = base + ".chromium.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.join(ROOT, pdf), os.path.join(ROOT, html_name)],
                   check=True, capture_output=True)
    dump(pdf, ref)

def weasy(src_html, pdfname, ref):
    sp = os.path.join(SRC, pdfname[:-4] + ".html")
    open(sp, "w", encoding="utf-8").write(src_html)
    subprocess.run(["weasyprint", sp, os.path.join(ROOT, pdfname)], check=True, capture_output=True)
    dump(pdfname, ref)

def soffice(src_path, pdfname, ref, filt):
    prof = tempfile.mkdtemp(prefix="lo295-")
    out = tempfile.mkdtemp(prefix="lo295out-")
    subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to", "pdf:" + filt,
                    "--outdir", out, src_path], check=True, capture_output=True)
    produced = os.path.join(out, os.path.splitext(os.path.basename(src_path))[0] + ".pdf")
    shutil.move(produced, os.path.join(ROOT, pdfname))
    shutil.rmtree(prof, ignore_errors=True); shutil.rmtree(out, ignore_errors=True)
    dump(pdfname, ref)

def latex(tex, pdfname, ref):
    base = pdfname[:-4]
    tp = os.path.join(SRC, base + ".tex")
    open(tp, "w", encoding="utf-8").write(tex)
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "-output-directory", SRC, tp],
                       check=True, capture_output=True)
    shutil.copy(os.path.join(SRC, base + ".pdf"), os.path.join(ROOT, pdfname))
    dump(pdfname, ref)

def expected(key, **kw):
    langs = kw["languages"]
    def pair(v):
        if isinstance(v, dict):
            return {"en": v.get("en"), "fr": v.get("fr")}
        return {"en": v if "en" in langs else None, "fr": v if "fr" in langs and "en" not in langs else None}
    d = {
        "reference": kw["reference"], "post_number": kw.get("post_number"), "languages": langs,
        "title": pair(kw["title"]), "organisation": pair(kw["organisation"]), "location": pair(kw["location"]),
        "schedule": pair(kw.get("schedule", {"en": None, "fr": None})), "deadline": kw["deadline"],
        "salary": kw.get("salary"), "grade": kw.get("grade"), "clearance": None,
        "requirements": {l: (kw["requirements"].get(l) if l in langs else None) for l in ("en", "fr")},
        "competencies": {l: ([{"name": n, "description": dsc} for n, dsc in kw["competencies"].get(l, [])]
                             if l in langs else None) for l in ("en", "fr")},
    }
    with open(os.path.join(ROOT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=2); f.write("\n")

def sal(amount, cur, period):
    return {"amount": amount, "min": None, "max": None, "currency": cur, "period": period}

def ul(items, tag="ul"):
    return "<%s>\n%s\n</%s>" % (tag, "\n".join("<li>%s</li>" % i for i in items), tag)

def words(s):
    return len(s.split())
