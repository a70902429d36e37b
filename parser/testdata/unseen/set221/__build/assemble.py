# -*- coding: utf-8 -*-
"""Builds every PDF from __build/src (and the two Chromium HTML pages in the set), writes the default
pdftotext dumps, keeps a -layout dump only when check.py's check_file passes on it, and writes MANIFEST.tsv.
Run with Debian's /usr/bin/python3 after data.py, r_docx.py, r_weasy.py, r_tex.py, r_html.py, r_board.py, r_neg.py."""
import os, sys, shutil, subprocess
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SRC = os.path.join(HERE, "src")
sys.path.insert(0, HERE)
from data import N
import t as T


def sh(*a, cwd=None):
    subprocess.run(a, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def build(stem, tool):
    """stem = file name without extension in SRC (or ROOT for chromium); returns the PDF name in ROOT."""
    out = f"{stem}.{tool}.pdf"
    if tool == "libreoffice":
        sh("soffice", "--headless", "--convert-to", "pdf", stem + ".docx", cwd=SRC)
        shutil.move(os.path.join(SRC, stem + ".pdf"), os.path.join(ROOT, out))
    elif tool == "weasyprint":
        sh("weasyprint", os.path.join(SRC, stem + ".html"), os.path.join(ROOT, out))
    elif tool == "pdflatex":
        sh("pdflatex", "-interaction=nonstopmode", "-halt-on-error", stem + ".tex", cwd=SRC)
        shutil.move(os.path.join(SRC, stem + ".pdf"), os.path.join(ROOT, out))
    elif tool == "chromium":
        sh("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
           "--print-to-pdf=" + os.path.join(ROOT, out), os.path.join(ROOT, stem + ".html"))
    return out


def dump(pdf, layout=False):
    base = pdf[:-4]
    name = base + (".layout.txt" if layout else ".pdftotext.txt")
    args = ["pdftotext", "-enc", "UTF-8"] + (["-layout"] if layout else []) + [pdf, name]
    sh(*args, cwd=ROOT)
    return name


rows = []
for key, d in N.items():
    stem = f"{key}-{d['stem']}"
    pdf = build(stem, d["tool"])
    files = []
    if d["tool"] == "chromium":
        files.append(stem + ".html")
    files += [pdf, dump(pdf)]
    lay = dump(pdf, layout=True)
    if T.run(os.path.join(ROOT, lay), key, "txt"):
        os.remove(os.path.join(ROOT, lay)); print("layout dropped:", lay)
    else:
        files.append(lay)
    for extra in os.listdir(ROOT):
        if extra.startswith(key + "-") and extra.endswith(".txt") and ".pdf" not in extra and extra not in files \
                and not extra.endswith((".pdftotext.txt", ".layout.txt")):
            files.append(extra)
    for f in sorted(files):
        rows.append((f, key, f.rsplit(".", 1)[1]))

NEG = [("noise-abatement-notice-marlcombe-district-council.en", "libreoffice"),
       ("staff-id-photo-sessions-brackenmoor-university.en", "weasyprint"),
       ("cycle-to-work-scheme-guide-tarnside-water.en", "pdflatex"),
       ("avis-aux-creanciers-liquidation-menuiseries-kervalec.fr", "libreoffice"),
       ("fiche-reflexe-canicule-cc-val-de-serene.fr", "weasyprint"),
       ("reglement-fonds-solidarite-agents-ville-de-montclaret.fr", "pdflatex")]
for stem, tool in NEG:
    pdf = build(stem, tool)
    rows.append((pdf, "-", "pdf"))
    rows.append((dump(pdf), "-", "txt"))

rows.sort(key=lambda r: (r[1] == "-", r[0]))
with open(os.path.join(ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
    f.write("file\treference\tformat\n")
    for r in rows:
        f.write("\t".join(r) + "\n")
print(len(rows), "rows")
