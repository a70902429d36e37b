#!/usr/bin/python3
"""Rebuilds corpus193: sources in __build/src, PDFs, pdftotext dumps, HTML and board copies,
expected/*.json, MANIFEST.tsv. Run with Debian's /usr/bin/python3 (python3-docx)."""
import json, os, shutil, subprocess, sys

B = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(B)
SRC = os.path.join(B, "src")
sys.path.insert(0, B)
os.makedirs(SRC, exist_ok=True)
os.makedirs(os.path.join(ROOT, "expected"), exist_ok=True)

from data import N
import r_html, r_docx, r_tex, r_board, r_neg

rows = []  # (file, reference-key or '-', format)


def w(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def dump(pdf, layout=False):
    base = pdf[:-4]
    out = base + (".layout.txt" if layout else ".pdftotext.txt")
    args = ["pdftotext", "-enc", "UTF-8"] + (["-layout"] if layout else []) + [os.path.join(ROOT, pdf), os.path.join(ROOT, out)]
    subprocess.run(args, check=True)
    return out


def lo(docx_name):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", ROOT,
                    os.path.join(SRC, docx_name)], check=True, capture_output=True)
    return docx_name[:-5] + ".pdf"


def weasy(html_name, text):
    w(os.path.join(SRC, html_name), text)
    pdf = html_name[:-5] + ".weasyprint.pdf"
    subprocess.run(["weasyprint", os.path.join(SRC, html_name), os.path.join(ROOT, pdf)], check=True,
                   capture_output=True)
    return pdf


def latex(stem, text):
    w(os.path.join(SRC, stem + ".tex"), text)
    for _ in range(2):
        r = subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", stem + ".tex"], cwd=SRC,
                           capture_output=True)
    if r.returncode:
        print(r.stdout.decode()[-2500:])
        raise SystemExit("pdflatex failed: " + stem)
    shutil.copy(os.path.join(SRC, stem + ".pdf"), os.path.join(ROOT, stem + ".pdf"))
    return stem + ".pdf"


def chromium_html(html_name, text):
    w(os.path.join(ROOT, html_name), text)
    pdf = html_name[:-5] + ".chromium.pdf"
    open(os.path.join(ROOT, pdf), "wb").close()  # build-pdf.sh prints every existing NAME.chromium.pdf
    return pdf


def pdf_rows(key, pdf, layout=True):
    rows.append((pdf, key, "pdf"))
    rows.append((dump(pdf), key, "txt"))
    if layout:
        rows.append((dump(pdf, True), key, "txt"))


# ---------------------------------------------------------------- sources and PDFs
chrom = []
# ACI (Chromium, EN | FR)
k = "aci-hr-2033-041"
chrom.append((k, chromium_html(k + "-aci.html", r_html.aci())))
rows.append((k + "-aci.html", k, "html"))
w(os.path.join(ROOT, k + "-aerocareers.txt"), r_board.aci_board()); rows.append((k + "-aerocareers.txt", k, "txt"))
# Swisscontact (Chromium brochure)
k = "sc-bf-2033-118"
chrom.append((k, chromium_html(k + "-swisscontact.html", r_html.swisscontact())))
rows.append((k + "-swisscontact.html", k, "html"))
# non-notice HTML printed by Chromium
chrom.append(("-", chromium_html("cahier-des-charges-portail-emploi-ostrevent.fr.html", r_neg.cahier())))
rows.append(("cahier-des-charges-portail-emploi-ostrevent.fr.html", "-", "html"))

subprocess.run(["sh", os.path.join(ROOT, "build-pdf.sh"), "."], check=True, capture_output=True)
for k, pdf in chrom:
    pdf_rows(k, pdf, layout=(k != "-"))

# WeasyPrint
k = "2033_0187"
pdf_rows(k, weasy(k + "-eso.html", r_html.eso()))
w(os.path.join(ROOT, k + "-astrojobs.txt"), r_board.eso_board()); rows.append((k + "-astrojobs.txt", k, "txt"))
k = "sos-mediterranee-coordinateur-logistique-navire"
pdf_rows(k, weasy(k + ".html", r_html.sosmed()))
w(os.path.join(ROOT, k + "-solidajobs.txt"), r_board.sos_board()); rows.append((k + "-solidajobs.txt", k, "txt"))
k = "lsf-olo-2033-046"
pdf_rows(k, weasy(k + "-lindt.html", r_html.lindt()))

# LibreOffice (python-docx)
k = "iec-co-vn-2033-12"
r_docx.iec(os.path.join(SRC, k + "-iec.libreoffice.docx")); pdf_rows(k, lo(k + "-iec.libreoffice.docx"))
k = "cdc-drh-2033-0562"
r_docx.corse(os.path.join(SRC, k + "-corse.libreoffice.docx")); pdf_rows(k, lo(k + "-corse.libreoffice.docx"))
k = "ihes-2033-adm-04"
r_docx.ihes(os.path.join(SRC, k + "-ihes.libreoffice.docx")); pdf_rows(k, lo(k + "-ihes.libreoffice.docx"))

# pdfTeX
k = "mmv-2033-027"
pdf_rows(k, latex(k + "-mmv.pdflatex", r_tex.mmv()))
k = "cerfacs-rh-2033-15"
pdf_rows(k, latex(k + "-cerfacs.pdflatex", r_tex.cerfacs()))

# non-notices
pdf_rows("-", weasy("kit-list-pre-deployment-penhallow-sea-rescue.en.html", r_neg.kit_list()), layout=False)
pdf_rows("-", latex("in-memoriam-staff-magazine-marrowdale-observatory.en.pdflatex", r_neg.memoriam()), layout=False)
r_neg.trials(os.path.join(SRC, "open-trials-brackenholt-athletic.en.libreoffice.docx"))
pdf_rows("-", lo("open-trials-brackenholt-athletic.en.libreoffice.docx"), layout=False)
r_neg.badgeuse(os.path.join(SRC, "mode-emploi-badgeuse-mairie-talmont.fr.libreoffice.docx"))
pdf_rows("-", lo("mode-emploi-badgeuse-mairie-talmont.fr.libreoffice.docx"), layout=False)
pdf_rows("-", weasy("programme-inauguration-mediatheque-saint-geraud.fr.html", r_neg.inauguration()), layout=False)

# ---------------------------------------------------------------- expected and manifest
for k, v in N.items():
    with open(os.path.join(ROOT, "expected", k + ".json"), "w", encoding="utf-8") as f:
        json.dump(v["exp"], f, ensure_ascii=False, indent=2)
        f.write("\n")

# keep a -layout dump only where check.py finds every expected string in it
sys.path.insert(0, ROOT)
import check  # noqa: E402
keep = []
for fn, k, fmt in rows:
    if fn.endswith(".layout.txt"):
        exp = json.load(open(os.path.join(ROOT, "expected", k + ".json"), encoding="utf-8"))
        errs = []
        check.check_file(fn, check.file_text(os.path.join(ROOT, fn), "txt"), exp, errs)
        if errs:
            print("dropped", fn, errs[:2])
            os.remove(os.path.join(ROOT, fn))
            continue
    keep.append((fn, k, fmt))
rows = keep

notices = sorted([r for r in rows if r[1] != "-"])
negs = sorted([r for r in rows if r[1] == "-"])
with open(os.path.join(ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
    f.write("file\treference\tformat\n")
    for fn, k, fmt in notices + negs:
        f.write(f"{fn}\t{k}\t{fmt}\n")
print(len(notices), "notice rows,", len(negs), "non-notice rows")
