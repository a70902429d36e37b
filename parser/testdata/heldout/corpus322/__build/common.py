"""Shared helpers for corpus322 (NATO, August 2044). Every expected string is defined
once in the notice module and printed from the same variables into every rendering."""
import json
import os
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(ROOT, "__build")
MANIFEST = []          # (file, reference, format)


def write(name, text, ref, fmt=None):
    fmt = fmt or name.rsplit(".", 1)[1]
    with open(os.path.join(ROOT, name), "w", encoding="utf-8") as f:
        f.write(text)
    MANIFEST.append((name, ref, fmt))


def add(name, ref, fmt):
    MANIFEST.append((name, ref, fmt))


def dump(pdfname, ref):
    """pdftotext -enc UTF-8 dump beside the PDF."""
    pdf = os.path.join(ROOT, pdfname)
    out = pdf[:-4] + ".pdftotext.txt"
    subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, out], check=True)
    add(pdfname, ref, "pdf")
    add(os.path.basename(out), ref, "txt")


def expected(key, langs, title, org, loc, sched, deadline, salary, grade, clearance,
             req, comp, reference=None, post_number=None):
    """title/org/loc/sched: dicts lang -> str; req: lang -> (essential, desirable);
    comp: lang -> [(name, description)]."""
    def both(d):
        return {"en": d.get("en") if "en" in langs else None,
                "fr": d.get("fr") if "fr" in langs else None}
    e = {
        "reference": reference if reference is not None else key,
        "post_number": post_number,
        "languages": langs,
        "title": both(title),
        "organisation": both(org),
        "location": both(loc),
        "schedule": both(sched),
        "deadline": deadline,
        "salary": salary,
        "grade": grade,
        "clearance": clearance,
        "requirements": {l: ({"essential": list(req[l][0]), "desirable": list(req[l][1])}
                             if l in langs else None) for l in ("en", "fr")},
        "competencies": {l: ([{"name": n, "description": d} for n, d in comp[l]]
                             if l in langs else None) for l in ("en", "fr")},
    }
    with open(os.path.join(ROOT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(e, f, ensure_ascii=False, indent=2)
        f.write("\n")


def sal(amount=None, currency="EUR", period="month", lo=None, hi=None):
    return {"amount": amount, "min": lo, "max": hi, "currency": currency, "period": period}


def bullets(items, mark="- ", indent=""):
    return "\n".join(f"{indent}{mark}{i}" for i in items)


def comps(items, sep=": ", mark="", indent=""):
    return "\n".join(f"{indent}{mark}{n}{sep}{d}" if d else f"{indent}{mark}{n}" for n, d in items)


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def ul(items, tag="ul", attrs=""):
    lis = "\n".join(f"  <li>{html_escape(i)}</li>" for i in items)
    return f"<{tag}{attrs}>\n{lis}\n</{tag}>"


def chromium(html_name, pdf_name):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                    "--no-pdf-header-footer", f"--print-to-pdf={os.path.join(ROOT, pdf_name)}",
                    os.path.join(ROOT, html_name)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def weasyprint(html_path, pdf_name):
    subprocess.run(["weasyprint", html_path, os.path.join(ROOT, pdf_name)], check=True,
                   stderr=subprocess.DEVNULL)


def libreoffice(md_path, pdf_name):
    """pandoc Markdown -> .docx -> LibreOffice PDF."""
    docx = md_path[:-3] + ".docx"
    subprocess.run(["pandoc", md_path, "-o", docx], check=True)
    outdir = os.path.join(BUILD, "lo-out")
    os.makedirs(outdir, exist_ok=True)
    env = dict(os.environ, HOME="/tmp/lohome322")
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", outdir, docx],
                   check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.replace(os.path.join(outdir, os.path.basename(docx)[:-5] + ".pdf"), os.path.join(ROOT, pdf_name))


def pdflatex(tex_path, pdf_name):
    d = os.path.dirname(tex_path)
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error",
                        os.path.basename(tex_path)], cwd=d, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.replace(tex_path[:-4] + ".pdf", os.path.join(ROOT, pdf_name))


def write_manifest():
    with open(os.path.join(ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
        f.write("file\treference\tformat\n")
        for row in MANIFEST:
            f.write("\t".join(row) + "\n")
