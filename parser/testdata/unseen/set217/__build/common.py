import json, os, subprocess
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(ROOT, "__build")
ROWS = []  # (file, reference, format)


def write(name, text, ref, fmt=None):
    fmt = fmt or name.rsplit(".", 1)[1]
    with open(os.path.join(ROOT, name), "w", encoding="utf-8") as f:
        f.write(text)
    ROWS.append((name, ref, fmt))


def add_row(name, ref, fmt):
    ROWS.append((name, ref, fmt))


def comp(pairs):
    return [{"name": n, "description": d} for n, d in pairs]


def expected(key, *, post_number=None, languages, title, organisation, location,
             schedule, deadline, salary, grade, clearance, req, comps):
    def both(d):
        return {"en": d.get("en"), "fr": d.get("fr")}
    exp = {
        "reference": key,
        "post_number": post_number,
        "languages": languages,
        "title": both(title),
        "organisation": both(organisation),
        "location": both(location),
        "schedule": both(schedule),
        "deadline": deadline,
        "salary": salary,
        "grade": grade,
        "clearance": clearance,
        "requirements": {l: (req.get(l) if l in languages else None) for l in ("en", "fr")},
        "competencies": {l: (comps.get(l, []) if l in languages else None) for l in ("en", "fr")},
    }
    with open(os.path.join(ROOT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return exp


def sal(amount=None, currency="EUR", period="month", mn=None, mx=None):
    return {"amount": amount, "min": mn, "max": mx, "currency": currency, "period": period}


def lines(items, marker="", end=""):
    return "\n".join(f"{marker}{x}{end}" for x in items)


def dump(pdf, layout=False):
    out = pdf[:-4] + (".layout.txt" if layout else ".pdftotext.txt")
    args = ["pdftotext", "-enc", "UTF-8"] + (["-layout"] if layout else []) + [os.path.join(ROOT, pdf), os.path.join(ROOT, out)]
    subprocess.run(args, check=True)
    return out


def chromium(html_name):
    pdf = html_name[:-5] + ".chromium.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.join(ROOT, pdf), os.path.join(ROOT, html_name)],
                   check=True, capture_output=True)
    return pdf


def weasy(src_html, pdf):
    subprocess.run(["weasyprint", os.path.join(BUILD, src_html), os.path.join(ROOT, pdf)], check=True,
                   capture_output=True)


def soffice(src_html, pdf):
    import shutil, tempfile
    tmp = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export",
                    "--outdir", tmp, os.path.join(BUILD, src_html)], check=True, capture_output=True)
    shutil.move(os.path.join(tmp, src_html[:-5] + ".pdf"), os.path.join(ROOT, pdf))


def pdflatex(src_tex, pdf):
    import shutil, tempfile
    tmp = tempfile.mkdtemp()
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-output-directory", tmp,
                        os.path.join(BUILD, src_tex)], check=True, capture_output=True)
    shutil.move(os.path.join(tmp, src_tex[:-4] + ".pdf"), os.path.join(ROOT, pdf))
