"""Shared helpers for corpus306 generators (written blind)."""
import json, os, subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(ROOT, "__build")
ROWS = []  # (file, reference-key or '-', format)


def write(name, text, key, fmt=None):
    fmt = fmt or name.rsplit(".", 1)[1]
    with open(os.path.join(ROOT, name), "w", encoding="utf-8") as f:
        f.write(text)
    ROWS.append((name, key, fmt))


def dump(pdfname, key):
    """pdftotext -enc UTF-8 dump beside the PDF, listed as txt."""
    out = pdfname[:-4] + ".pdftotext.txt"
    subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(ROOT, pdfname), os.path.join(ROOT, out)], check=True)
    ROWS.append((pdfname, key, "pdf"))
    ROWS.append((out, key, "txt"))


def chromium(html_name):
    pdf = html_name[:-5] + ".chromium.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.join(ROOT, pdf), os.path.join(ROOT, html_name)],
                   check=True, capture_output=True)
    return pdf


def weasy(src_html, pdf):
    subprocess.run(["weasyprint", src_html, os.path.join(ROOT, pdf)], check=True, capture_output=True)
    return pdf


def pdflatex(tex_name, pdf):
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", tex_name],
                       cwd=BUILD, check=True, capture_output=True)
    os.replace(os.path.join(BUILD, tex_name[:-4] + ".pdf"), os.path.join(ROOT, pdf))
    return pdf


def soffice(md_name, pdf):
    base = md_name[:-3]
    subprocess.run(["pandoc", md_name, "-o", base + ".docx"], cwd=BUILD, check=True)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/c306/lo", "--headless", "--convert-to", "pdf",
                    "--outdir", BUILD, base + ".docx"], cwd=BUILD, check=True, capture_output=True)
    os.replace(os.path.join(BUILD, base + ".pdf"), os.path.join(ROOT, pdf))
    return pdf


def expected(key, **kw):
    langs = kw["languages"]
    def per(v):
        d = {"en": None, "fr": None}
        d.update(v)
        return d
    e = {
        "reference": kw["reference"],
        "post_number": kw.get("post_number"),
        "languages": langs,
        "title": per(kw["title"]),
        "organisation": per(kw["organisation"]),
        "location": per(kw["location"]),
        "schedule": per(kw["schedule"]),
        "deadline": kw["deadline"],
        "salary": kw.get("salary"),
        "grade": kw.get("grade"),
        "clearance": kw.get("clearance"),
        "requirements": {l: (kw["requirements"][l] if l in langs else None) for l in ("en", "fr")},
        "competencies": {l: ([{"name": n, "description": d} for n, d in kw["competencies"].get(l, [])]
                             if l in langs else None) for l in ("en", "fr")},
    }
    with open(os.path.join(ROOT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(e, f, ensure_ascii=False, indent=2)
        f.write("\n")


def sal(amount=None, mn=None, mx=None, cur=None, period=None):
    return {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": period}


def bullets(items, mark="- "):
    return "\n".join(mark + i for i in items)


def li(items):
    return "\n".join("<li>%s</li>" % i for i in items)
