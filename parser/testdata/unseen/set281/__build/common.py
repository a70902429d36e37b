import json, os, subprocess, shutil, tempfile
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
SRC = os.path.join(ROOT, "__build", "src")
ROWS = []

def w(name, text, ref, fmt=None):
    fmt = fmt or name.rsplit(".", 1)[1]
    with open(os.path.join(ROOT, name), "w", encoding="utf-8") as f:
        f.write(text)
    ROWS.append((name, ref, fmt))

def dump(pdfname, ref):
    p = os.path.join(ROOT, pdfname)
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", p, "-"], capture_output=True, check=True).stdout.decode()
    w(pdfname[:-4] + ".pdftotext.txt", out, ref, "txt")

def chromium(html_name, ref):
    pdf = html_name[:-5] + ".chromium.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.join(ROOT, pdf), os.path.join(ROOT, html_name)],
                   check=True, capture_output=True)
    ROWS.append((pdf, ref, "pdf")); dump(pdf, ref)

def weasy(stem, html, ref):
    src = os.path.join(SRC, stem + ".html"); open(src, "w", encoding="utf-8").write(html)
    pdf = stem + ".weasyprint.pdf"
    subprocess.run(["weasyprint", src, os.path.join(ROOT, pdf)], check=True, capture_output=True)
    ROWS.append((pdf, ref, "pdf")); dump(pdf, ref)

def libreoffice(stem, html, ref):
    src = os.path.join(SRC, stem + ".html"); open(src, "w", encoding="utf-8").write(html)
    tmp = tempfile.mkdtemp()
    subprocess.run(["soffice", "-env:UserInstallation=file://" + tmp + "/profile", "--headless",
                    "--convert-to", "pdf:writer_web_pdf_Export", "--outdir", tmp, src], check=True, capture_output=True)
    pdf = stem + ".libreoffice.pdf"
    shutil.move(os.path.join(tmp, stem + ".pdf"), os.path.join(ROOT, pdf))
    shutil.rmtree(tmp, ignore_errors=True)
    ROWS.append((pdf, ref, "pdf")); dump(pdf, ref)

def pdflatex(stem, tex, ref):
    d = tempfile.mkdtemp()
    open(os.path.join(SRC, stem + ".tex"), "w", encoding="utf-8").write(tex)
    open(os.path.join(d, stem + ".tex"), "w", encoding="utf-8").write(tex)
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", stem + ".tex"], cwd=d, check=True, capture_output=True)
    pdf = stem + ".pdflatex.pdf"
    shutil.move(os.path.join(d, stem + ".pdf"), os.path.join(ROOT, pdf))
    shutil.rmtree(d, ignore_errors=True)
    ROWS.append((pdf, ref, "pdf")); dump(pdf, ref)

def expected(key, reference, langs, title, org, loc, deadline, grade=None, salary=None, sched=None,
             post=None, req=None, comp=None):
    def both(v):
        if isinstance(v, dict): return v
        return {"en": v if "en" in langs else None, "fr": v if "fr" in langs and "en" not in langs else None}
    def per(v):
        out = {}
        for l in ("en", "fr"):
            out[l] = (v or {}).get(l) if l in langs else None
        return out
    if sched is None: sched = {"en": None, "fr": None}
    e = {"reference": reference, "post_number": post, "languages": langs,
         "title": both(title), "organisation": both(org), "location": both(loc), "schedule": both(sched),
         "deadline": deadline, "salary": salary, "grade": grade, "clearance": None,
         "requirements": per(req), "competencies": per(comp)}
    with open(os.path.join(ROOT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(e, f, ensure_ascii=False, indent=2); f.write("\n")

def sal(amount, cur, period):
    return {"amount": amount, "min": None, "max": None, "currency": cur, "period": period}

def ul(items, tag="ul"):
    return f"<{tag}>" + "".join(f"<li>{i}</li>" for i in items) + f"</{tag}>"

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
