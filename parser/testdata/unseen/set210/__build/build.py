"""Rebuilds corpus210: notices, expected files, PDFs and their dumps, non-notices, MANIFEST.tsv.
Run: python3 __build/build.py   (needs chromium, libreoffice-writer, weasyprint, pdflatex, poppler-utils)"""
import os
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
from common import ROOT, BUILD, row
import n1_is, n2_ims, n3_jfcnf, n4_ncia, n5_nspa, n6_napma, n7_mileng, n8_nfiu, n9_nsos, n10_nru
import negatives

MODS = [n1_is, n2_ims, n3_jfcnf, n4_ncia, n5_nspa, n6_napma, n7_mileng, n8_nfiu, n9_nsos, n10_nru]


def run(cmd, **kw):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)


def make_pdf(tool, src, pdf, ref):
    out = os.path.join(ROOT, pdf)
    if tool == "chromium":
        run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
             f"--print-to-pdf={out}", os.path.join(ROOT, src)])
    elif tool == "libreoffice":
        tmp = os.path.join(BUILD, "lo-out")
        os.makedirs(tmp, exist_ok=True)
        run(["soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export",
             "--outdir", tmp, os.path.join(BUILD, src)])
        shutil.move(os.path.join(tmp, os.path.basename(src)[:-5] + ".pdf"), out)
        shutil.rmtree(tmp)
    elif tool == "weasyprint":
        run(["weasyprint", src, out])
    elif tool == "pdflatex":
        tmp = os.path.join(BUILD, "tex-out")
        os.makedirs(tmp, exist_ok=True)
        for _ in range(2):
            run(["pdflatex", "-interaction=nonstopmode", "-output-directory", tmp, os.path.join(BUILD, src)])
        shutil.move(os.path.join(tmp, src[:-4] + ".pdf"), out)
        shutil.rmtree(tmp)
    row(pdf, ref)
    dump = pdf[:-4] + ".pdftotext.txt"
    run(["pdftotext", "-enc", "UTF-8", out, os.path.join(ROOT, dump)])
    row(dump, ref)


def main():
    for m in MODS:
        jobs = m.build() or []
        for tool, src, pdf, layout in jobs:
            make_pdf(tool, src, pdf, m.REF)
            if layout:
                lay = pdf[:-4] + ".layout.txt"
                run(["pdftotext", "-enc", "UTF-8", "-layout", os.path.join(ROOT, pdf), os.path.join(ROOT, lay)])
                row(lay, m.REF)
    negatives.build()
    with open(os.path.join(ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
        f.write("file\treference\tformat\n")
        for fn, ref, fmt in common.ROWS:
            f.write(f"{fn}\t{ref}\t{fmt}\n")
    shutil.rmtree(os.path.join(BUILD, "__pycache__"), ignore_errors=True)


if __name__ == "__main__":
    main()
