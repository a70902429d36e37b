import json, os, subprocess
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(ROOT, "__build")
ROWS = []

def write(name, text, ref, fmt=None):
    fmt = fmt or name.rsplit(".", 1)[1]
    with open(os.path.join(ROOT, name), "w", encoding="utf-8") as f:
        f.write(text)
    ROWS.append((name, ref, fmt))

def row(name, ref, fmt):
    ROWS.append((name, ref, fmt))

def dump(pdfname, ref, layout=False):
    out = pdfname[:-4] + (".layout.txt" if layout else ".pdftotext.txt")
    cmd = ["pdftotext", "-enc", "UTF-8"] + (["-layout"] if layout else []) + [os.path.join(ROOT, pdfname), os.path.join(ROOT, out)]
    subprocess.run(cmd, check=True)
    ROWS.append((out, ref, "txt"))

def chromium(htmlname, ref):
    pdf = htmlname[:-5] + ".chromium.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.join(ROOT, pdf), os.path.join(ROOT, htmlname)],
                   check=True, capture_output=True)
    ROWS.append((pdf, ref, "pdf"))
    dump(pdf, ref)

def weasy(src_html, pdfname, ref):
    p = os.path.join(BUILD, src_html)
    subprocess.run(["weasyprint", p, os.path.join(ROOT, pdfname)], check=True, capture_output=True)
    ROWS.append((pdfname, ref, "pdf"))
    dump(pdfname, ref)

def soffice(src_html, pdfname, ref):
    p = os.path.join(BUILD, src_html)
    tmp = os.path.join(BUILD, "out")
    os.makedirs(tmp, exist_ok=True)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf:writer_pdf_Export", "--outdir", tmp, p],
                   check=True, capture_output=True)
    os.replace(os.path.join(tmp, os.path.basename(p)[:-5] + ".pdf"), os.path.join(ROOT, pdfname))
    ROWS.append((pdfname, ref, "pdf"))
    dump(pdfname, ref)

def pdflatex(src_tex, pdfname, ref):
    tmp = os.path.join(BUILD, "out")
    os.makedirs(tmp, exist_ok=True)
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "-output-directory", tmp,
                        os.path.join(BUILD, src_tex)], check=True, capture_output=True)
    os.replace(os.path.join(tmp, src_tex[:-4] + ".pdf"), os.path.join(ROOT, pdfname))
    ROWS.append((pdfname, ref, "pdf"))
    dump(pdfname, ref)

def expected(key, post=None, langs=("en",), title=None, org=None, loc=None, sched=None, deadline=None,
             salary=None, grade=None, clearance=None, req=None, comp=None):
    def two(d):
        d = d or {}
        return {"en": d.get("en"), "fr": d.get("fr")}
    e = {"reference": key, "post_number": post, "languages": list(langs), "title": two(title),
         "organisation": two(org), "location": two(loc), "schedule": two(sched), "deadline": deadline,
         "salary": salary, "grade": grade, "clearance": clearance,
         "requirements": {l: (req or {}).get(l) for l in ("en", "fr")},
         "competencies": {l: ([{"name": n, "description": d} for n, d in (comp or {}).get(l)]
                              if (comp or {}).get(l) is not None else None) for l in ("en", "fr")}}
    with open(os.path.join(ROOT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(e, f, ensure_ascii=False, indent=2)
        f.write("\n")

def sal(amount=None, cur="EUR", period="month", mn=None, mx=None):
    return {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": period}

def lines(items, marker="", end=""):
    return "\n".join(f"{marker}{x}{end}" for x in items)

def comps(cs, sep=": ", marker=""):
    return "\n".join(f"{marker}{n}{sep}{d}" if d else f"{marker}{n}" for n, d in cs)

def finish():
    with open(os.path.join(ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
        f.write("file\treference\tformat\n")
        for r in ROWS:
            f.write("\t".join(r) + "\n")
