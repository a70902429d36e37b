"""Shared helpers for corpus310 generators."""
import json, os, subprocess, shutil, tempfile

OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
SRC = os.path.join(OUT, "__build", "src")
ROWS = []


def write(name, text, ref):
    fmt = name.rsplit(".", 1)[1]
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write(text)
    ROWS.append((name, ref, fmt))


def dump(pdfname, ref):
    pdf = os.path.join(OUT, pdfname)
    txt = pdf[:-4] + ".pdftotext.txt"
    subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, txt], check=True)
    ROWS.append((pdfname, ref, "pdf"))
    ROWS.append((os.path.basename(txt), ref, "txt"))


def chromium(htmlname, ref):
    """htmlname is a rendering already written; prints NAME.chromium.pdf as build-pdf.sh does."""
    base = htmlname[:-5]
    pdf = os.path.join(OUT, base + ".chromium.pdf")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + pdf, os.path.join(OUT, htmlname)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    dump(base + ".chromium.pdf", ref)


def weasyprint(srcname, html, pdfname, ref):
    p = os.path.join(SRC, srcname)
    open(p, "w", encoding="utf-8").write(html)
    subprocess.run(["weasyprint", p, os.path.join(OUT, pdfname)], check=True,
                   stderr=subprocess.DEVNULL)
    dump(pdfname, ref)


def libreoffice(srcname, html, pdfname, ref):
    p = os.path.join(SRC, srcname)
    open(p, "w", encoding="utf-8").write(html)
    tmp = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf:writer_web_pdf_Export", "--outdir", tmp, p],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(tmp, srcname[:-5] + ".pdf"), os.path.join(OUT, pdfname))
    dump(pdfname, ref)


def pdflatex(srcname, tex, pdfname, ref):
    p = os.path.join(SRC, srcname)
    open(p, "w", encoding="utf-8").write(tex)
    tmp = tempfile.mkdtemp()
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "-output-directory", tmp, p],
                       check=True, stdout=subprocess.DEVNULL)
    shutil.move(os.path.join(tmp, srcname[:-4] + ".pdf"), os.path.join(OUT, pdfname))
    dump(pdfname, ref)


def expected(key, d):
    keys = ["reference", "post_number", "languages", "title", "organisation", "location", "schedule",
            "deadline", "salary", "grade", "clearance", "requirements", "competencies"]
    out = {k: d[k] for k in keys}
    with open(os.path.join(OUT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")


def fr_only(**kw):
    """Expected dict for a French-only notice."""
    return base(["fr"], kw)


def en_only(**kw):
    return base(["en"], kw)


def base(langs, kw):
    d = {"reference": kw.get("reference", ""), "post_number": kw.get("post_number"), "languages": langs,
         "deadline": kw["deadline"], "salary": kw.get("salary"), "grade": kw.get("grade"),
         "clearance": kw.get("clearance")}
    for f in ("title", "organisation", "location", "schedule"):
        v = kw.get(f)
        if isinstance(v, dict):
            d[f] = v
        else:
            d[f] = {"en": v if "en" in langs else None, "fr": v if "fr" in langs else None}
    req = kw.get("requirements")
    comp = kw.get("competencies")
    if len(langs) == 1:
        l = langs[0]
        d["requirements"] = {"en": None, "fr": None}
        d["requirements"][l] = {"essential": req[0], "desirable": req[1]}
        d["competencies"] = {"en": None, "fr": None}
        d["competencies"][l] = [{"name": n, "description": s} for n, s in comp]
    else:
        d["requirements"] = {l: {"essential": req[l][0], "desirable": req[l][1]} for l in ("en", "fr")}
        d["competencies"] = {l: [{"name": n, "description": s} for n, s in comp[l]] for l in ("en", "fr")}
    return d


def sal(mn, mx, cur, per, amount=None):
    return {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": per}


def ul(items, tag="ul"):
    return "<%s>\n%s\n</%s>" % (tag, "\n".join("  <li>%s</li>" % i for i in items), tag)
