# -*- coding: utf-8 -*-
"""Builds every PDF from src/ (and the two Chromium pages at the top), writes the default pdftotext dumps, keeps a
-layout dump only where check.py's check_file finds every expected string, and writes MANIFEST.tsv."""
import os, subprocess, shutil, json, importlib.util, glob
B = os.path.dirname(os.path.abspath(__file__)); TOP = os.path.abspath(os.path.join(B, "..")); SRC = os.path.join(B, "src")
spec = importlib.util.spec_from_file_location("chk", os.path.join(TOP, "check.py"))
chk = importlib.util.module_from_spec(spec); spec.loader.exec_module(chk)
run = lambda *a, **k: subprocess.run(*a, check=True, capture_output=True, **k)

NOTICES = [  # (key, stem, tool)
    ("idf-vn-2039-07", "idf-vn-2039-07-dairyfederation", "chromium"),
    ("npsc-vac-2039-21", "npsc-vac-2039-21-niue", "libreoffice"),
    ("gpi-hr-39-04", "gpi-hr-39-04-pitcairn", "libreoffice"),
    ("efs-bfc-2039-0318", "efs-bfc-2039-0318-efs", "weasyprint"),
    ("psd-vac-2039-33", "psd-vac-2039-33-tuvalu", "pdflatex"),
    ("imso-va-2039-02", "imso-va-2039-02-imso", "libreoffice"),
    ("oieau-2039-rh-12", "oieau-2039-rh-12-oieau", "pdflatex"),
    ("ittf-hr-2039-09", "ittf-hr-2039-09-ittf", "chromium"),
    ("iru-hr-2039-15", "iru-hr-2039-15-iru", "weasyprint"),
    ("pdg-rh-2039-07", "pdg-rh-2039-07-pontdugard", "weasyprint"),
]
EXTRA = [  # other renderings: (file, key, fmt)
    ("idf-vn-2039-07-dairyfederation.html", "idf-vn-2039-07", "html"),
    ("ittf-hr-2039-09-ittf.html", "ittf-hr-2039-09", "html"),
    ("gpi-hr-39-04-pacificislandroles.txt", "gpi-hr-39-04", "txt"),
    ("ittf-hr-2039-09-lemansportjobs.txt", "ittf-hr-2039-09", "txt"),
    ("pdg-rh-2039-07-garrigueemploi.md", "pdg-rh-2039-07", "md"),
]
NEG = [
    ("time-off-in-lieu-toil-policy-ketterwick-borough-council.en", "libreoffice"),
    ("key-holder-alarm-call-out-procedure-saltmarsh-lane-leisure-trust.en", "weasyprint"),
    ("intranet-noticeboard-posting-rules-harnwood-library-service.en", "pdflatex"),
    ("plan-de-sobriete-energetique-2039-communaute-de-communes-du-val-de-brezon.fr", "weasyprint"),
    ("reglement-concours-dessins-enfants-du-personnel-mutuelle-agricole-de-pierrefeuille.fr", "pdflatex"),
    ("procedure-declaration-arret-maladie-centre-hospitalier-de-saint-oradour.fr", "libreoffice"),
]

def build(stem, tool):
    out = os.path.join(TOP, f"{stem}.{tool}.pdf")
    if tool == "chromium":
        run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
             f"--print-to-pdf={out}", os.path.join(TOP, stem + ".html")])
    elif tool == "weasyprint":
        run(["weasyprint", os.path.join(SRC, stem + ".html"), out])
    elif tool == "pdflatex":
        d = os.path.join(B, "tex_out"); os.makedirs(d, exist_ok=True)
        for _ in range(2):
            subprocess.run(["pdflatex", "-interaction=nonstopmode", "-output-directory", d, os.path.join(SRC, stem + ".tex")],
                           capture_output=True)
        shutil.copy(os.path.join(d, stem + ".pdf"), out)
    elif tool == "libreoffice":
        d = os.path.join(B, "lo_out"); os.makedirs(d, exist_ok=True)
        run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", d, os.path.join(SRC, stem + ".docx")])
        shutil.copy(os.path.join(d, stem + ".pdf"), out)
    return out

def dump(pdf, layout=False):
    name = pdf[:-4] + (".layout.txt" if layout else ".pdftotext.txt")
    run(["pdftotext", "-enc", "UTF-8"] + (["-layout"] if layout else []) + [pdf, name])
    return name

def ok(key, path, fmt):
    exp = json.load(open(os.path.join(TOP, "expected", key + ".json"), encoding="utf-8"))
    errs = []; chk.check_file(path, chk.file_text(path, fmt), exp, errs)
    return errs

rows = []
for key, stem, tool in NOTICES:
    pdf = build(stem, tool); rows.append((os.path.basename(pdf), key, "pdf"))
    d = dump(pdf); rows.append((os.path.basename(d), key, "txt"))
    lay = dump(pdf, True)
    errs = ok(key, lay, "txt")
    if errs:
        print("drop layout", os.path.basename(lay), errs[:2]); os.remove(lay)
    else:
        rows.append((os.path.basename(lay), key, "txt"))
rows += EXTRA
for stem, tool in NEG:
    pdf = build(stem, tool); rows.append((os.path.basename(pdf), "-", "pdf"))
    rows.append((os.path.basename(dump(pdf)), "-", "txt"))
with open(os.path.join(TOP, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
    f.write("file\treference\tformat\n")
    notice_rows = sorted(r for r in rows if r[1] != "-"); neg_rows = sorted(r for r in rows if r[1] == "-")
    for r in notice_rows + neg_rows: f.write("\t".join(r) + "\n")
print(len(rows), "rows")
