# -*- coding: utf-8 -*-
"""Builds every PDF and dump from the sources in src/ (r_*.py must have run), keeps a -layout dump only when
check.py's check_file passes on it, and writes MANIFEST.tsv."""
import os, shutil, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
SRC = os.path.join(HERE, "src")
sys.path.insert(0, HERE)
import t as tester

NOTICES = [  # (pdf name in the set, key, tool, source)
    ("fisu-hr-2040-11-fisu.chromium.pdf", "fisu-hr-2040-11", "chromium", "fisu-hr-2040-11-fisu.html"),
    ("sips-vac-40-047-solomons.libreoffice.pdf", "sips-vac-40-047", "libreoffice", "sips-vac-40-047-solomons.docx"),
    ("nlb-hr-40-18-nlb.libreoffice.pdf", "nlb-hr-40-18", "libreoffice", "nlb-hr-40-18-nlb.docx"),
    ("inao-2040-rh-063-inao.weasyprint.pdf", "inao-2040-rh-063", "weasyprint", "inao-2040-rh-063-inao.html"),
    ("mh-psc-40-112-marshallislands.pdflatex.pdf", "mh-psc-40-112", "pdflatex", "mh-psc-40-112-marshallislands.tex"),
    ("neafc-va-2040-01-neafc.libreoffice.pdf", "neafc-va-2040-01", "libreoffice", "neafc-va-2040-01-neafc.docx"),
    ("epmp-2040-09-maraispoitevin.pdflatex.pdf", "epmp-2040-09", "pdflatex", "epmp-2040-09-maraispoitevin.tex"),
    ("ibsf-hr-2040-04-ibsf.chromium.pdf", "ibsf-hr-2040-04", "chromium", "ibsf-hr-2040-04-ibsf.html"),
    ("fis-hr-40-06-fis.chromium.pdf", "fis-hr-40-06", "chromium", "fis-hr-40-06-fis.html"),
    ("anfr-2040-drh-0217-anfr.weasyprint.pdf", "anfr-2040-drh-0217", "weasyprint", "anfr-2040-drh-0217-anfr.html"),
]
OTHER = [  # extra renderings (file, key, format)
    ("fisu-hr-2040-11-fisu.html", "fisu-hr-2040-11", "html"),
    ("ibsf-hr-2040-04-ibsf.html", "ibsf-hr-2040-04", "html"),
    ("fis-hr-40-06-fis.html", "fis-hr-40-06", "html"),
    ("sips-vac-40-047-email-forward.txt", "sips-vac-40-047", "txt"),
    ("nlb-hr-40-18-scotmarinejobs.txt", "nlb-hr-40-18", "txt"),
    ("ibsf-hr-2040-04-alpinesportcareers.txt", "ibsf-hr-2040-04", "txt"),
    ("anfr-2040-drh-0217-ondesemploi.md", "anfr-2040-drh-0217", "md"),
]
NEGS = [
    ("clear-desk-and-clear-screen-policy-dunmoor-housing-association.en.libreoffice.pdf", "libreoffice", "neg-clear-desk.docx"),
    ("note-travaux-remplacement-ascenseurs-syndicat-mixte-du-haut-vernier.fr.libreoffice.pdf", "libreoffice", "neg-ascenseurs.docx"),
    ("hybrid-meeting-room-etiquette-guide-pellworth-marine-laboratory.en.weasyprint.pdf", "weasyprint", "neg-hybrid.html"),
    ("consignes-tri-biodechets-restaurant-du-personnel-centre-hospitalier-de-montbazan.fr.weasyprint.pdf", "weasyprint", "neg-biodechets.html"),
    ("social-media-policy-for-staff-coldbeck-district-council.en.pdflatex.pdf", "pdflatex", "neg-social.tex"),
    ("guide-circuit-parapheur-electronique-mairie-de-saint-quenel.fr.pdflatex.pdf", "pdflatex", "neg-parapheur.tex"),
]


def run(cmd, **kw):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)


def build(pdf, tool, src):
    out = os.path.join(SET, pdf)
    if tool == "chromium":  # build-pdf.sh's command line, HTML beside the PDF
        run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
             "--print-to-pdf=" + out, os.path.join(SET, src)])
    elif tool == "weasyprint":
        run(["weasyprint", os.path.join(SRC, src), out])
    elif tool == "libreoffice":
        lo = os.path.join(HERE, "lo_out"); os.makedirs(lo, exist_ok=True)
        run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", lo, os.path.join(SRC, src)])
        shutil.copy(os.path.join(lo, src[:-5] + ".pdf"), out)
    elif tool == "pdflatex":
        tx = os.path.join(HERE, "tex_out"); os.makedirs(tx, exist_ok=True)
        for _ in range(2):
            subprocess.run(["pdflatex", "-interaction=nonstopmode", os.path.join(SRC, src)], cwd=tx,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copy(os.path.join(tx, src[:-4] + ".pdf"), out)
    return out


def dump(pdf, layout=False):
    name = pdf[:-4] + (".layout.txt" if layout else ".pdftotext.txt")
    cmd = ["pdftotext", "-enc", "UTF-8"] + (["-layout"] if layout else []) + [os.path.join(SET, pdf), os.path.join(SET, name)]
    run(cmd)
    return name


def main():
    rows = [("file", "reference", "format")]
    kept, dropped = [], []
    for pdf, key, tool, src in NOTICES:
        build(pdf, tool, src)
        rows.append((pdf, key, "pdf"))
        d = dump(pdf)
        rows.append((d, key, "txt"))
        ly = dump(pdf, layout=True)
        errs = tester.test(os.path.join(SET, ly), key)
        if errs:
            os.remove(os.path.join(SET, ly)); dropped.append((key, errs[:2]))
        else:
            rows.append((ly, key, "txt")); kept.append(key)
    for f, key, fmt in OTHER:
        rows.append((f, key, fmt))
    for pdf, tool, src in NEGS:
        build(pdf, tool, src)
        rows.append((pdf, "-", "pdf"))
        rows.append((dump(pdf), "-", "txt"))
    body = sorted(rows[1:], key=lambda r: (r[1] == "-", r[1], r[0]))
    with open(os.path.join(SET, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
        for r in [rows[0]] + body:
            f.write("\t".join(r) + "\n")
    print("layout kept:", kept)
    for k, e in dropped:
        print("layout dropped:", k, e)


if __name__ == "__main__":
    main()
