import json, os, shutil, subprocess, tempfile

OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
SRC = os.path.join(OUT, "__build", "src")
ROWS = []


def w(name, text, ref="-", fmt=None):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write(text)
    if fmt is None:
        fmt = name.rsplit(".", 1)[1]
    if fmt in ("txt", "md", "html", "pdf"):
        ROWS.append((name, ref, fmt))


def src(name, text):
    p = os.path.join(SRC, name)
    with open(p, "w", encoding="utf-8") as f:
        f.write(text)
    return p


def row(name, ref, fmt):
    ROWS.append((name, ref, fmt))


def dump(pdf_name, ref):
    pdf = os.path.join(OUT, pdf_name)
    txt = pdf[:-4] + ".pdftotext.txt"
    subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, txt], check=True)
    row(pdf_name, ref, "pdf")
    row(os.path.basename(txt), ref, "txt")


def chromium(html_name, ref):
    pdf = os.path.join(OUT, html_name[:-5] + ".chromium.pdf")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + pdf, os.path.join(OUT, html_name)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    dump(os.path.basename(pdf), ref)


def weasy(src_html, pdf_name, ref):
    subprocess.run(["weasyprint", src_html, os.path.join(OUT, pdf_name)], check=True,
                   stderr=subprocess.DEVNULL)
    dump(pdf_name, ref)


def soffice(src_html, pdf_name, ref):
    d = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", d, src_html],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    out = os.path.join(d, os.path.basename(src_html)[:-5] + ".pdf")
    shutil.move(out, os.path.join(OUT, pdf_name))
    dump(pdf_name, ref)


def pdflatex(src_tex, pdf_name, ref):
    d = tempfile.mkdtemp()
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-output-directory", d, src_tex],
                       check=True, stdout=subprocess.DEVNULL)
    out = os.path.join(d, os.path.basename(src_tex)[:-4] + ".pdf")
    shutil.move(out, os.path.join(OUT, pdf_name))
    dump(pdf_name, ref)


def comps(pairs):
    if pairs is None:
        return None
    return [{"name": n, "description": d} for n, d in pairs]


def expected(key, reference, languages, title, organisation, location, schedule, deadline,
             salary, grade, clearance, req, comp, post_number=None):
    def both(d):
        return {"en": d.get("en"), "fr": d.get("fr")}
    e = {
        "reference": reference,
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
        "requirements": {"en": req.get("en"), "fr": req.get("fr")},
        "competencies": {"en": comps(comp.get("en")), "fr": comps(comp.get("fr"))},
    }
    with open(os.path.join(OUT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(e, f, ensure_ascii=False, indent=2)
        f.write("\n")


def sal(mn, mx, cur, period, amount=None):
    return {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": period}


def ul(items, tag="li"):
    return "\n".join(f"<{tag}>{i}</{tag}>" for i in items)
