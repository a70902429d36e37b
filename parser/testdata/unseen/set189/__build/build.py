"""Rebuilds corpus189: python3 __build/build.py [--pdf]  (writes expected/, notices, PDFs, dumps, MANIFEST.tsv)."""
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
from common import ROOT, BUILD, row
import n1_is, n2_ims, n3_shape, n4_ncia, n5_nspa, n6_nahema, n7_milmed, n8_nfiu, n9_ndc, n10_nloau
import negatives

PDF = "--pdf" in sys.argv


def dump(pdf, out, layout=False):
    cmd = ["pdftotext", "-enc", "UTF-8"] + (["-layout"] if layout else []) + [pdf, out]
    subprocess.run(cmd, check=True)


def chromium(name):
    pdf = os.path.join(ROOT, name + ".chromium.pdf")
    if PDF or not os.path.exists(pdf):
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--print-to-pdf={pdf}", os.path.join(ROOT, name + ".html")],
                       check=True, capture_output=True)
    return pdf


def libreoffice(src, name):
    pdf = os.path.join(ROOT, name + ".libreoffice.pdf")
    if PDF or not os.path.exists(pdf):
        tmp = tempfile.mkdtemp()
        subprocess.run(["soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to",
                        "pdf:writer_pdf_Export", "--outdir", tmp, src], check=True, capture_output=True)
        shutil.move(os.path.join(tmp, os.path.basename(src)[:-5] + ".pdf"), pdf)
    return pdf


def weasy(src, name):
    pdf = os.path.join(ROOT, name + ".weasyprint.pdf")
    if PDF or not os.path.exists(pdf):
        subprocess.run(["weasyprint", src, pdf], check=True, capture_output=True)
    return pdf


def pdflatex(src, name):
    pdf = os.path.join(ROOT, name + ".pdflatex.pdf")
    if PDF or not os.path.exists(pdf):
        tmp = tempfile.mkdtemp()
        for _ in range(2):
            subprocess.run(["pdflatex", "-interaction=nonstopmode", "-output-directory", tmp, src],
                           check=True, capture_output=True)
        shutil.move(os.path.join(tmp, os.path.basename(src)[:-4] + ".pdf"), pdf)
    return pdf


def main():
    n1_is.build()

    n2_ims.build()
    name = "298227-ims"
    pdf = libreoffice(os.path.join(BUILD, name + ".html"), name)
    row(name + ".libreoffice.pdf", "298227", "pdf")
    dump(pdf, os.path.join(ROOT, name + ".libreoffice.pdftotext.txt"))
    row(name + ".libreoffice.pdftotext.txt", "298227", "txt")
    dump(pdf, os.path.join(ROOT, name + ".libreoffice.layout.txt"), layout=True)
    row(name + ".libreoffice.layout.txt", "298227", "txt")

    n3_shape.build()
    n4_ncia.build()
    n5_nspa.build()

    n6_nahema.build()
    name = "298674-nahema"
    pdf = weasy(os.path.join(BUILD, name + ".html"), name)
    row(name + ".weasyprint.pdf", "298674", "pdf")
    dump(pdf, os.path.join(ROOT, name + ".weasyprint.pdftotext.txt"))
    row(name + ".weasyprint.pdftotext.txt", "298674", "txt")

    n7_milmed.build()
    name = "298718-milmedcoe"
    pdf = chromium(name)
    row(name + ".chromium.pdf", "298718", "pdf")
    dump(pdf, os.path.join(ROOT, name + ".chromium.pdftotext.txt"))
    row(name + ".chromium.pdftotext.txt", "298718", "txt")

    n8_nfiu.build()

    n9_ndc.build()
    name = "298947-natocarrieres"
    pdf = chromium(name)
    row(name + ".chromium.pdf", "298947", "pdf")
    dump(pdf, os.path.join(ROOT, name + ".chromium.pdftotext.txt"))
    row(name + ".chromium.pdftotext.txt", "298947", "txt")

    n10_nloau.build()
    name = "298990-nloau"
    pdf = pdflatex(os.path.join(BUILD, name + ".tex"), name)
    row(name + ".pdflatex.pdf", "298990", "pdf")
    dump(pdf, os.path.join(ROOT, name + ".pdflatex.pdftotext.txt"))
    row(name + ".pdflatex.pdftotext.txt", "298990", "txt")

    negatives.build()

    with open(os.path.join(ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
        f.write("file\treference\tformat\n")
        for fn, ref, fmt in common.ROWS:
            f.write(f"{fn}\t{ref}\t{fmt}\n")


if __name__ == "__main__":
    main()
