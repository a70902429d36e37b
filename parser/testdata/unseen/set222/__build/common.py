"""Helpers shared by the notice scripts of corpus222."""
import json
import os
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(ROOT, "__build")
ROWS = []


def write(name, text, root=ROOT):
    p = os.path.join(root, name)
    with open(p, "w", encoding="utf-8") as f:
        f.write(text)
    return p


def row(name, ref, fmt):
    ROWS.append((name, ref, fmt))


def expected(key, d):
    keys = ["reference", "post_number", "languages", "title", "organisation",
            "location", "schedule", "deadline", "salary", "grade", "clearance",
            "requirements", "competencies"]
    out = {k: d[k] for k in keys}
    write(os.path.join("expected", key + ".json"),
          json.dumps(out, ensure_ascii=False, indent=2) + "\n")


def both(en, fr):
    return {"en": en, "fr": fr}


def req(ess, des):
    return {"essential": list(ess), "desirable": list(des)}


def comps(pairs):
    return [{"name": n, "description": d} for n, d in pairs]


def sal(amount=None, mn=None, mx=None, cur=None, period=None):
    return {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": period}


def dump(pdf):
    txt = pdf[:-4] + ".pdftotext.txt"
    subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, txt], check=True)
    return txt


def weasyprint(html_path, pdf):
    subprocess.run(["weasyprint", html_path, pdf], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def chromium(html_path, pdf):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                    "--no-pdf-header-footer", "--print-to-pdf=" + pdf, html_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def pdflatex(tex_path, pdf):
    d = os.path.dirname(tex_path)
    base = os.path.splitext(os.path.basename(tex_path))[0]
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", base + ".tex"],
                       cwd=d, check=True, stdout=subprocess.DEVNULL)
    os.replace(os.path.join(d, base + ".pdf"), pdf)


def libreoffice(md_path, pdf):
    d = os.path.dirname(md_path)
    base = os.path.splitext(os.path.basename(md_path))[0]
    docx = os.path.join(d, base + ".docx")
    subprocess.run(["pandoc", md_path, "-o", docx], check=True)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", d, docx],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.replace(os.path.join(d, base + ".pdf"), pdf)


def ul(items, marker="- "):
    return "\n".join(marker + i for i in items)


def li(items):
    return "\n".join("<li>%s</li>" % i for i in items)
