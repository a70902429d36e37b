import json, os, subprocess, shutil
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
B = os.path.join(ROOT, "__build")
ROWS = []

def w(name, text, ref):
    with open(os.path.join(ROOT, name), "w", encoding="utf-8") as f:
        f.write(text.lstrip("\n"))
    ROWS.append((name, ref, name.rsplit(".", 1)[1]))

def exp(key, d):
    full = {"reference": d["reference"], "post_number": d.get("post_number"), "languages": d["languages"]}
    langs = d["languages"]
    for f in ("title", "organisation", "location", "schedule"):
        full[f] = {l: (d[f].get(l) if l in langs else None) for l in ("en", "fr")}
    full["deadline"] = d["deadline"]
    full["salary"] = d["salary"]
    full["grade"] = d.get("grade")
    full["clearance"] = None
    full["requirements"] = {l: (d["requirements"][l] if l in langs else None) for l in ("en", "fr")}
    full["competencies"] = {l: ([{"name": n, "description": ds} for n, ds in d["competencies"][l]] if l in langs else None) for l in ("en", "fr")}
    full = {k: full[k] for k in ["reference", "post_number", "languages", "title", "organisation", "location",
                                "schedule", "deadline", "salary", "grade", "clearance", "requirements", "competencies"]}
    with open(os.path.join(ROOT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(full, f, ensure_ascii=False, indent=2)
        f.write("\n")

def sal(amount=None, mn=None, mx=None, cur=None, period="month"):
    return {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": period}

def dump(pdfname, ref):
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(ROOT, pdfname), "-"], capture_output=True, check=True).stdout.decode()
    ROWS.append((pdfname, ref, "pdf"))
    w(pdfname[:-4] + ".pdftotext.txt", out, ref)

def weasy(src_html, pdfname, ref):
    p = os.path.join(B, src_html)
    subprocess.run(["weasyprint", p, os.path.join(ROOT, pdfname)], check=True, capture_output=True)
    dump(pdfname, ref)

def soffice(src_html, pdfname, ref):
    p = os.path.join(B, src_html)
    outdir = "/tmp/lo_out_325"
    os.makedirs(outdir, exist_ok=True)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_profile_325", "--headless",
                    "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export", "--outdir", outdir, p],
                   check=True, capture_output=True)
    shutil.move(os.path.join(outdir, os.path.basename(src_html)[:-5] + ".pdf"), os.path.join(ROOT, pdfname))
    dump(pdfname, ref)

def latex(src_tex, pdfname, ref):
    d = "/tmp/tex325"
    os.makedirs(d, exist_ok=True)
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-output-directory", d, os.path.join(B, src_tex)],
                       check=True, capture_output=True)
    shutil.copy(os.path.join(d, os.path.basename(src_tex)[:-4] + ".pdf"), os.path.join(ROOT, pdfname))
    dump(pdfname, ref)

def chromium(htmlname, pdfname, ref):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.join(ROOT, pdfname), os.path.join(ROOT, htmlname)],
                   check=True, capture_output=True)
    dump(pdfname, ref)

def src(name, text):
    with open(os.path.join(B, name), "w", encoding="utf-8") as f:
        f.write(text.lstrip("\n"))

def ul(items, tag="ul", attrs=""):
    return f"<{tag}{attrs}>\n" + "\n".join(f"  <li>{i}</li>" for i in items) + f"\n</{tag}>"

def lines(items, marker):
    return "\n".join(f"{marker}{i}" for i in items)
