"""Shared helpers: every notice module calls these to write its renderings,
PDFs, pdftotext dumps, expected JSON and manifest rows."""
import json, os, subprocess, shutil, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
ROWS = []


def w(name, text, ref="-"):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write(text)
    fmt = name.rsplit(".", 1)[1]
    ROWS.append((name, ref, fmt))


def src(name, text):
    p = os.path.join(HERE, "src", name)
    with open(p, "w", encoding="utf-8") as f:
        f.write(text)
    return p


def dump(pdfname, ref):
    pdf = os.path.join(OUT, pdfname)
    txt = subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], capture_output=True, check=True).stdout.decode()
    ROWS.append((pdfname, ref, "pdf"))
    w(pdfname[:-4] + ".pdftotext.txt", txt, ref)


def chromium(htmlname, ref):
    pdfname = htmlname[:-5] + ".chromium.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.join(OUT, pdfname), os.path.join(OUT, htmlname)],
                   check=True, capture_output=True)
    dump(pdfname, ref)


def weasy(stem, html, ref):
    p = src(stem + ".weasyprint.html", html)
    pdfname = stem + ".weasyprint.pdf"
    subprocess.run(["weasyprint", p, os.path.join(OUT, pdfname)], check=True, capture_output=True)
    dump(pdfname, ref)


def libre(stem, html, ref):
    p = src(stem + ".libreoffice.html", html)
    tmp = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf:writer_web_pdf_Export", "--outdir", tmp, p],
                   check=True, capture_output=True)
    pdfname = stem + ".libreoffice.pdf"
    shutil.move(os.path.join(tmp, stem + ".libreoffice.pdf"), os.path.join(OUT, pdfname))
    dump(pdfname, ref)


def pdflatex(stem, tex, ref):
    d = os.path.join(HERE, "tex")
    os.makedirs(d, exist_ok=True)
    p = os.path.join(d, stem + ".tex")
    open(p, "w", encoding="utf-8").write(tex)
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", stem + ".tex"], cwd=d,
                       check=True, capture_output=True)
    pdfname = stem + ".pdflatex.pdf"
    shutil.copy(os.path.join(d, stem + ".pdf"), os.path.join(OUT, pdfname))
    dump(pdfname, ref)


def comp(*pairs):
    return [{"name": n, "description": d} for n, d in pairs]


def names(*ns):
    return [{"name": n, "description": ""} for n in ns]


def expected(key, reference, langs, title, org, loc, sched, deadline, salary, grade, clearance, req, comps,
             post_number=None):
    def both(d):
        return {"en": d.get("en"), "fr": d.get("fr")}
    e = {
        "reference": reference, "post_number": post_number, "languages": langs,
        "title": both(title), "organisation": both(org), "location": both(loc), "schedule": both(sched),
        "deadline": deadline, "salary": salary, "grade": grade, "clearance": clearance,
        "requirements": both(req), "competencies": both(comps),
    }
    with open(os.path.join(OUT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(e, f, ensure_ascii=False, indent=2)
        f.write("\n")


def sal(lo, hi, cur, per, amount=None):
    return {"amount": amount, "min": lo, "max": hi, "currency": cur, "period": per}


def ul(items, tag="ul"):
    return f"<{tag}>\n" + "\n".join(f"  <li>{i}</li>" for i in items) + f"\n</{tag}>"
