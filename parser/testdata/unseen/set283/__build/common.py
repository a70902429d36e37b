"""Shared helpers for corpus283's generators (writers, PDF tools, expected files)."""
import json, os, re, subprocess, shutil, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(ROOT, "__build")
ROWS = []  # (file, reference-key, format)


def key_of(ref):
    return re.sub(r"[/\s]+", "-", ref.lower())


def write(name, text, key="-"):
    path = os.path.join(ROOT, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    fmt = name.rsplit(".", 1)[1]
    ROWS.append((name, key, fmt))
    return path


def write_src(name, text):
    path = os.path.join(BUILD, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


def dump(pdf_name, key):
    pdf = os.path.join(ROOT, pdf_name)
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], capture_output=True, check=True).stdout.decode("utf-8")
    txt = pdf_name[:-4] + ".pdftotext.txt"
    with open(os.path.join(ROOT, txt), "w", encoding="utf-8") as f:
        f.write(out)
    ROWS.append((pdf_name, key, "pdf"))
    ROWS.append((txt, key, "txt"))


def chromium(html_name, key):
    """Prints ROOT/NAME.html to ROOT/NAME.chromium.pdf with build-pdf.sh's command line."""
    src = os.path.join(ROOT, html_name)
    pdf_name = html_name[:-5] + ".chromium.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.join(ROOT, pdf_name), src], check=True,
                   capture_output=True)
    dump(pdf_name, key)


def weasy(src_name, pdf_name, key):
    subprocess.run(["weasyprint", os.path.join(BUILD, src_name), os.path.join(ROOT, pdf_name)], check=True,
                   capture_output=True)
    dump(pdf_name, key)


def soffice(src_name, pdf_name, key):
    tmp = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export",
                    "--outdir", tmp, os.path.join(BUILD, src_name)], check=True, capture_output=True)
    produced = os.path.join(tmp, src_name.rsplit(".", 1)[0] + ".pdf")
    shutil.move(produced, os.path.join(ROOT, pdf_name))
    shutil.rmtree(tmp)
    dump(pdf_name, key)


def pdflatex(src_name, pdf_name, key):
    tmp = tempfile.mkdtemp()
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-output-directory", tmp,
                        os.path.join(BUILD, src_name)], check=True, capture_output=True)
    shutil.move(os.path.join(tmp, src_name[:-4] + ".pdf"), os.path.join(ROOT, pdf_name))
    shutil.rmtree(tmp)
    dump(pdf_name, key)


def expected(reference, langs, title, org, loc, sched, deadline, salary, grade, req, comp, post_number=None,
             clearance=None):
    def both(d):
        return {"en": d.get("en") if "en" in langs else None, "fr": d.get("fr") if "fr" in langs else None}
    sal = None
    if salary:
        sal = {"amount": salary.get("amount"), "min": salary.get("min"), "max": salary.get("max"),
               "currency": salary["currency"], "period": salary.get("period", "month")}
    out = {
        "reference": reference,
        "post_number": post_number,
        "languages": langs,
        "title": both(title),
        "organisation": both(org),
        "location": both(loc),
        "schedule": both(sched),
        "deadline": deadline,
        "salary": sal,
        "grade": grade,
        "clearance": clearance,
        "requirements": {l: (req[l] if l in langs else None) for l in ("en", "fr")},
        "competencies": {l: ([{"name": n, "description": d} for n, d in comp[l]] if l in langs else None)
                         for l in ("en", "fr")},
    }
    k = key_of(reference)
    with open(os.path.join(ROOT, "expected", k + ".json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return k


def ul(items, tag="ul", attrs=""):
    return "<%s%s>\n" % (tag, attrs) + "".join("  <li>%s</li>\n" % i for i in items) + "</%s>\n" % tag


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
