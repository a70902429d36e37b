"""Shared helpers: each nXX script defines the strings once and writes every rendering and
the expected file from them."""
import json, os, subprocess, html as H

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
BUILD = os.path.join(ROOT, "__build")


def w(name, text):
    with open(os.path.join(ROOT, name), "w", encoding="utf-8") as f:
        f.write(text)


def wb(name, text):
    with open(os.path.join(BUILD, name), "w", encoding="utf-8") as f:
        f.write(text)


def e(s):
    return H.escape(s, quote=False)


def expected(key, ref, langs, title, org, loc, sched, deadline, salary, grade, req, comp,
             post=None, clearance=None):
    def pl(d):
        return {"en": d.get("en"), "fr": d.get("fr")}
    data = {
        "reference": ref, "post_number": post, "languages": langs,
        "title": pl(title), "organisation": pl(org), "location": pl(loc), "schedule": pl(sched),
        "deadline": deadline, "salary": salary, "grade": grade, "clearance": clearance,
        "requirements": {l: (req.get(l) if l in langs else None) for l in ("en", "fr")},
        "competencies": {l: (comp.get(l) if l in langs else None) for l in ("en", "fr")},
    }
    with open(os.path.join(ROOT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=2)
        f.write("\n")


def sal(amount=None, mn=None, mx=None, cur=None, period="month"):
    return {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": period}


def comps(pairs):
    return [{"name": n, "description": d} for n, d in pairs]


def dump(pdf):
    p = os.path.join(ROOT, pdf)
    subprocess.run(["pdftotext", "-enc", "UTF-8", p, p[:-4] + ".pdftotext.txt"], check=True)


def chromium(html_name, pdf_name):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.join(ROOT, pdf_name), os.path.join(ROOT, html_name)],
                   check=True, capture_output=True)
    dump(pdf_name)


def weasy(src_path, pdf_name):
    subprocess.run(["weasyprint", src_path, os.path.join(ROOT, pdf_name)], check=True, capture_output=True)
    dump(pdf_name)


def libreoffice(src_name, pdf_name):
    """src_name: an HTML file in __build, imported with the Writer HTML filter."""
    tmp = os.path.join(BUILD, "lo-out")
    os.makedirs(tmp, exist_ok=True)
    subprocess.run(["soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to",
                    "pdf:writer_pdf_Export", "--outdir", tmp, os.path.join(BUILD, src_name)],
                   check=True, capture_output=True)
    os.replace(os.path.join(tmp, src_name[:-5] + ".pdf"), os.path.join(ROOT, pdf_name))
    dump(pdf_name)


def pdflatex(tex_name, pdf_name):
    tmp = os.path.join(BUILD, "tex-out")
    os.makedirs(tmp, exist_ok=True)
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "-output-directory", tmp,
                        os.path.join(BUILD, tex_name)], check=True, capture_output=True)
    os.replace(os.path.join(tmp, tex_name[:-4] + ".pdf"), os.path.join(ROOT, pdf_name))
    dump(pdf_name)


def ul(items, cls=None):
    c = f' class="{cls}"' if cls else ""
    return f"<ul{c}>\n" + "".join(f"  <li>{e(i)}</li>\n" for i in items) + "</ul>"


def ol(items):
    return "<ol>\n" + "".join(f"  <li>{e(i)}</li>\n" for i in items) + "</ol>"
