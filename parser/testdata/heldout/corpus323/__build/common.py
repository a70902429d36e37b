"""Shared writers and PDF tools for corpus323 (run from __build via build.py)."""
import json, os, shutil, subprocess, tempfile, html as H

SET = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "src")
ROWS = []


def esc(s):
    return H.escape(s, quote=False)


def write(name, text, ref, fmt):
    with open(os.path.join(SET, name), "w", encoding="utf-8") as f:
        f.write(text)
    ROWS.append((name, ref, fmt))


def dump(pdfname, ref):
    txt = pdfname[:-4] + ".pdftotext.txt"
    subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(SET, pdfname), os.path.join(SET, txt)], check=True)
    ROWS.append((pdfname, ref, "pdf"))
    ROWS.append((txt, ref, "txt"))


def chromium(htmlname, ref):
    pdf = htmlname[:-5] + ".chromium.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.join(SET, pdf), os.path.join(SET, htmlname)],
                   check=True, capture_output=True)
    dump(pdf, ref)


def libreoffice(srcpath, outname, ref, filt):
    tmp = tempfile.mkdtemp()
    prof = tempfile.mkdtemp()
    subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to",
                    "pdf:" + filt, "--outdir", tmp, srcpath], check=True, capture_output=True)
    base = os.path.splitext(os.path.basename(srcpath))[0] + ".pdf"
    shutil.move(os.path.join(tmp, base), os.path.join(SET, outname))
    shutil.rmtree(tmp); shutil.rmtree(prof, ignore_errors=True)
    dump(outname, ref)


def weasyprint(srcpath, outname, ref):
    subprocess.run(["weasyprint", srcpath, os.path.join(SET, outname)], check=True, capture_output=True)
    dump(outname, ref)


def pdflatex(texpath, outname, ref):
    tmp = tempfile.mkdtemp()
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-output-directory", tmp, texpath],
                       check=True, capture_output=True)
    base = os.path.splitext(os.path.basename(texpath))[0] + ".pdf"
    shutil.move(os.path.join(tmp, base), os.path.join(SET, outname))
    shutil.rmtree(tmp)
    dump(outname, ref)


def pandoc_docx(mdpath, docxpath):
    subprocess.run(["pandoc", mdpath, "-o", docxpath], check=True)


def expected(key, reference, langs, title, org, loc, deadline, salary=None, grade=None, sched=None,
             ess=None, des=None, comps=None, post_number=None):
    """title/org/loc/sched/ess/des/comps: dicts keyed by language (en/fr)."""
    def per(d):
        d = d or {}
        return {l: (d.get(l) if l in langs else None) for l in ("en", "fr")}
    req = {l: ({"essential": (ess or {}).get(l, []), "desirable": (des or {}).get(l, [])} if l in langs else None)
           for l in ("en", "fr")}
    comp = {l: ([{"name": n, "description": d} for n, d in (comps or {}).get(l, [])] if l in langs else None)
            for l in ("en", "fr")}
    exp = {"reference": reference, "post_number": post_number, "languages": langs,
           "title": per(title), "organisation": per(org), "location": per(loc), "schedule": per(sched),
           "deadline": deadline, "salary": salary, "grade": grade, "clearance": None,
           "requirements": req, "competencies": comp}
    with open(os.path.join(SET, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")


def sal(amount=None, mn=None, mx=None, cur=None, period=None):
    return {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": period}


def write_manifest():
    with open(os.path.join(SET, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
        f.write("file\treference\tformat\n")
        for r in ROWS:
            f.write("\t".join(r) + "\n")
