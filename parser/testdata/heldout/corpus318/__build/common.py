"""Shared helpers for corpus318 generators."""
import json, os, subprocess, shutil
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
B = os.path.join(ROOT, "__build")
ROWS = []

def key_of(ref):
    return ref.lower().replace("/", "-").replace(" ", "-")

def w(name, text, ref="-"):
    p = os.path.join(ROOT, name)
    open(p, "w", encoding="utf-8").write(text.lstrip("\n"))
    ROWS.append((name, key_of(ref) if ref != "-" else "-", name.rsplit(".", 1)[1]))

def wb(name, text):
    open(os.path.join(B, name), "w", encoding="utf-8").write(text.lstrip("\n"))

def dump(pdfname, ref):
    p = os.path.join(ROOT, pdfname)
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", p, "-"], capture_output=True, check=True).stdout.decode()
    txt = pdfname[:-4] + ".pdftotext.txt"
    open(os.path.join(ROOT, txt), "w", encoding="utf-8").write(out)
    ROWS.append((pdfname, key_of(ref), "pdf"))
    ROWS.append((txt, key_of(ref), "txt"))

def weasy(src, pdfname, ref):
    subprocess.run(["weasyprint", os.path.join(B, src), os.path.join(ROOT, pdfname)], check=True, capture_output=True)
    dump(pdfname, ref)

def soffice(src, pdfname, ref):
    tmp = "/tmp/lo_out_318"
    os.makedirs(tmp, exist_ok=True)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_profile_318", "--headless",
                    "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export", "--outdir", tmp,
                    os.path.join(B, src)], check=True, capture_output=True)
    shutil.move(os.path.join(tmp, src[:-5] + ".pdf"), os.path.join(ROOT, pdfname))
    dump(pdfname, ref)

def latex(src, pdfname, ref):
    tmp = "/tmp/tex_318"
    os.makedirs(tmp, exist_ok=True)
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-output-directory", tmp, os.path.join(B, src)],
                       check=True, capture_output=True)
    shutil.copy(os.path.join(tmp, src[:-4] + ".pdf"), os.path.join(ROOT, pdfname))
    dump(pdfname, ref)

def chromium(htmlname, ref):
    pdf = htmlname[:-5] + ".chromium.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.join(ROOT, pdf), os.path.join(ROOT, htmlname)],
                   check=True, capture_output=True)
    dump(pdf, ref)

def expected(ref, langs, title, org, loc, sched, deadline, salary, grade, req, comp, post_number=None, clearance=None):
    def pair(d):
        return {"en": d.get("en"), "fr": d.get("fr")}
    e = {"reference": ref, "post_number": post_number, "languages": langs,
         "title": pair(title), "organisation": pair(org), "location": pair(loc), "schedule": pair(sched),
         "deadline": deadline, "salary": salary, "grade": grade, "clearance": clearance,
         "requirements": {l: ({"essential": req[l][0], "desirable": req[l][1]} if l in langs else None) for l in ("en", "fr")},
         "competencies": {l: ([{"name": n, "description": d} for n, d in comp[l]] if l in langs else None) for l in ("en", "fr")}}
    json.dump(e, open(os.path.join(ROOT, "expected", key_of(ref) + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)

def sal(amount=None, mn=None, mx=None, cur=None, period="month"):
    return {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": period}

def save_rows(tag):
    with open(os.path.join(B, "rows-%s.tsv" % tag), "w", encoding="utf-8") as f:
        for r in ROWS:
            f.write("\t".join(r) + "\n")
