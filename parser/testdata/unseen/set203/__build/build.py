"""python3 __build/build.py : writes every notice rendering, the PDFs and their dumps,
expected/*.json and MANIFEST.tsv. Chromium PDFs use build-pdf.sh's command line."""
import os, shutil, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *
import n1_is, n2_ims, n3_jfcnp, n4_ncia, n5_nspa, n6_napma, n7_cimic, n8_nfiu, n9_nsos, n10_mlo, negatives

MODS = [n1_is, n2_ims, n3_jfcnp, n4_ncia, n5_nspa, n6_napma, n7_cimic, n8_nfiu, n9_nsos, n10_mlo]
rows = []


def add(fn, ref):
    rows.append((fn, ref, fn.rsplit(".", 1)[1]))


def chromium(html_name):
    pdf = html_name[:-5] + ".chromium.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.join(ROOT, pdf), os.path.join(ROOT, html_name)],
                   check=True, capture_output=True)
    return pdf


for m in MODS:
    ref = m.E["reference"]
    write_expected(m.E)
    # PDFs whose sources live in __build
    if hasattr(m, "lo_sources"):
        for stem, src in m.lo_sources().items():
            srcp = os.path.join(BUILD, stem + ".html")
            open(srcp, "w", encoding="utf-8").write(src)
            out = os.path.join(BUILD, "lo-out")
            subprocess.run(["soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to",
                            "pdf:writer_pdf_Export", "--outdir", out, srcp], check=True, capture_output=True)
            pdf = stem + ".libreoffice.pdf"
            shutil.move(os.path.join(out, stem + ".pdf"), os.path.join(ROOT, pdf))
            add(pdf, ref)
            dump = stem + ".libreoffice.pdftotext.txt"
            pdftotext(os.path.join(ROOT, pdf), os.path.join(ROOT, dump))
            add(dump, ref)
    if hasattr(m, "weasy_sources"):
        for stem, src in m.weasy_sources().items():
            srcp = os.path.join(BUILD, stem + ".html")
            open(srcp, "w", encoding="utf-8").write(src)
            pdf = stem + ".weasyprint.pdf"
            subprocess.run(["weasyprint", srcp, os.path.join(ROOT, pdf)], check=True, capture_output=True)
            add(pdf, ref)
            dump = stem + ".weasyprint.pdftotext.txt"
            pdftotext(os.path.join(ROOT, pdf), os.path.join(ROOT, dump))
            add(dump, ref)
    if hasattr(m, "tex_sources"):
        for stem, src in m.tex_sources().items():
            srcp = os.path.join(BUILD, stem + ".tex")
            open(srcp, "w", encoding="utf-8").write(src)
            out = os.path.join(BUILD, "tex-out")
            os.makedirs(out, exist_ok=True)
            for _ in range(2):
                subprocess.run(["pdflatex", "-interaction=nonstopmode", "-output-directory", out, srcp],
                               check=True, capture_output=True)
            pdf = stem + ".pdflatex.pdf"
            shutil.copy(os.path.join(out, stem + ".pdf"), os.path.join(ROOT, pdf))
            add(pdf, ref)
            dump = stem + ".pdflatex.pdftotext.txt"
            pdftotext(os.path.join(ROOT, pdf), os.path.join(ROOT, dump))
            add(dump, ref)
    for fn, text in m.render().items():
        write(fn, text)
        add(fn, ref)
        if fn.endswith(".html") and getattr(m, "CHROMIUM", fn.endswith("-jfcnp.html")):
            pdf = chromium(fn)
            add(pdf, ref)
            dump = pdf[:-4] + ".pdftotext.txt"
            pdftotext(os.path.join(ROOT, pdf), os.path.join(ROOT, dump))
            add(dump, ref)

for fn, text in negatives.NEG.items():
    write(fn, text)
    add(fn, "-")

with open(os.path.join(ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
    f.write("file\treference\tformat\n")
    for r in rows:
        f.write("\t".join(r) + "\n")
for d in ("lo-out", "tex-out", "__pycache__"):
    shutil.rmtree(os.path.join(BUILD, d), ignore_errors=True)
print(len(rows), "rows")
