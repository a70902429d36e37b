"""Shared writers for corpus316 (run through build.py)."""
import json, os, shutil, subprocess, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SRC = os.path.join(HERE, "src")
ROWS = []


def write(name, text, ref, fmt=None):
    fmt = fmt or name.rsplit(".", 1)[1]
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write(text)
    ROWS.append((name, ref, fmt))


def src(name, text):
    p = os.path.join(SRC, name)
    with open(p, "w", encoding="utf-8") as f:
        f.write(text)
    return p


def dump(pdf_name, ref):
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(OUT, pdf_name), "-"],
                         capture_output=True, check=True).stdout.decode("utf-8")
    write(pdf_name[:-4] + ".pdftotext.txt", out, ref, "txt")


def chromium(html_name, ref):
    """Print a set .html with build-pdf.sh's command line."""
    pdf = html_name[:-5] + ".chromium.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.join(OUT, pdf), os.path.join(OUT, html_name)],
                   check=True, capture_output=True)
    ROWS.append((pdf, ref, "pdf"))
    dump(pdf, ref)


def weasyprint(src_html, pdf, ref):
    subprocess.run(["weasyprint", src_html, os.path.join(OUT, pdf)], check=True, capture_output=True)
    ROWS.append((pdf, ref, "pdf"))
    dump(pdf, ref)


def libreoffice(src_file, pdf, ref, filt="writer_pdf_Export"):
    tmp = tempfile.mkdtemp()
    prof = "file://" + os.path.join(tmp, "profile")
    subprocess.run(["soffice", "-env:UserInstallation=" + prof, "--headless", "--convert-to", "pdf:" + filt,
                    "--outdir", tmp, src_file], check=True, capture_output=True)
    base = os.path.splitext(os.path.basename(src_file))[0]
    shutil.move(os.path.join(tmp, base + ".pdf"), os.path.join(OUT, pdf))
    shutil.rmtree(tmp, ignore_errors=True)
    ROWS.append((pdf, ref, "pdf"))
    dump(pdf, ref)


def docx_from_md(md_path):
    docx = md_path[:-3] + ".docx"
    subprocess.run(["pandoc", md_path, "-o", docx], check=True)
    return docx


def pdflatex(tex_path, pdf, ref):
    tmp = tempfile.mkdtemp()
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "-output-directory", tmp, tex_path],
                       check=True, capture_output=True)
    base = os.path.splitext(os.path.basename(tex_path))[0]
    shutil.move(os.path.join(tmp, base + ".pdf"), os.path.join(OUT, pdf))
    shutil.rmtree(tmp, ignore_errors=True)
    ROWS.append((pdf, ref, "pdf"))
    dump(pdf, ref)


def expected(key, reference, langs, title, org, loc, deadline, *, sched=None, salary=None, grade=None,
             req=None, comp=None, post_number=None, clearance=None):
    """title/org/loc/sched: dict lang->str; req: lang->(essential, desirable); comp: lang->[(name, desc)]"""
    def per(d):
        d = d or {}
        return {l: (d.get(l) if l in langs else None) for l in ("en", "fr")}
    req = req or {}
    comp = comp or {}
    data = {
        "reference": reference,
        "post_number": post_number,
        "languages": langs,
        "title": per(title), "organisation": per(org), "location": per(loc), "schedule": per(sched),
        "deadline": deadline,
        "salary": salary,
        "grade": grade,
        "clearance": clearance,
        "requirements": {l: ({"essential": list(req[l][0]), "desirable": list(req[l][1])} if l in langs else None)
                         for l in ("en", "fr")},
        "competencies": {l: ([{"name": n, "description": d} for n, d in comp.get(l, [])] if l in langs else None)
                         for l in ("en", "fr")},
    }
    with open(os.path.join(OUT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=2)
        f.write("\n")


def sal(amount=None, mn=None, mx=None, cur=None, period=None):
    return {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": period}


def bullets(items, mark="- "):
    return "\n".join(mark + i for i in items)


def li(items):
    return "\n".join("<li>%s</li>" % i for i in items)
