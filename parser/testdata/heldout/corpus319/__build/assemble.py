# Copies the PDFs to the set, writes default and -layout pdftotext dumps (a layout dump kept only if
# check.py's check_file passes on it) and MANIFEST.tsv
import os, shutil, subprocess, glob
from data import N, ROOT, HERE
import t as T
PDFS = [  # (pdf path relative to __build or set, key)
    ("../iussp-vn-2044-02-iussp.chromium.pdf", "iussp-vn-2044-02"),
    ("lo_src/hrm-vac-44-019-sintmaarten.libreoffice.pdf", "hrm-vac-44-019"),
    ("lo_src/nym-44-018-northyorkmoors.libreoffice.pdf", "nym-44-018"),
    ("lo_src/cisalb-2044-04-cisalb.libreoffice.pdf", "cisalb-2044-04"),
    ("weasy_src/iphc-2044-ja-03-iphc.weasyprint.pdf", "iphc-2044-ja-03"),
    ("tex_src/insg-va-44-02-insg.pdflatex.pdf", "insg-va-44-02"),
    ("tex_src/pnrhl-2044-05-hautlanguedoc.pdflatex.pdf", "pnrhl-2044-05"),
    ("../iff-off-2044-03-floorball.chromium.pdf", "iff-off-2044-03"),
    ("weasy_src/igu-sec-2044-01-igu.weasyprint.pdf", "igu-sec-2044-01"),
    ("lo_src/smiddest-2044-02-smiddest.libreoffice.pdf", "smiddest-2044-02"),
]
COPIES = {"iussp-vn-2044-02": [("iussp-vn-2044-02-iussp.html", "html")],
          "iff-off-2044-03": [("iff-off-2044-03-floorball.html", "html")],
          "nym-44-018": [("nym-44-018-northernparksjobs.txt", "txt")],
          "hrm-vac-44-019": [("hrm-vac-44-019-whatsapp.txt", "txt")],
          "iphc-2044-ja-03": [("iphc-2044-ja-03-marinetechjobs.html", "html")],
          "smiddest-2044-02": [("smiddest-2044-02-emploiestuaire.md", "md")]}

def dump(pdf, out, layout=False):
    cmd = ["pdftotext", "-enc", "UTF-8"] + (["-layout"] if layout else []) + [pdf, out]
    subprocess.run(cmd, check=True)

rows = [("file", "reference", "format")]
kept, dropped = [], []
for rel, key in PDFS:
    src = os.path.normpath(os.path.join(HERE, rel)); name = os.path.basename(src)
    dst = os.path.join(ROOT, name)
    if src != dst: shutil.copy(src, dst)
    stem = name[:-4]
    dump(dst, os.path.join(ROOT, stem + ".pdftotext.txt"))
    rows += [(name, key, "pdf"), (stem + ".pdftotext.txt", key, "txt")]
    lay = os.path.join(ROOT, stem + ".layout.txt")
    dump(dst, lay, layout=True)
    if T.run(lay, key):
        os.remove(lay); dropped.append(key)
    else:
        rows.append((stem + ".layout.txt", key, "txt")); kept.append(key)
    for fn, fmt in COPIES.get(key, []):
        rows.append((fn, key, fmt))
for pdf in sorted(glob.glob(os.path.join(HERE, "neg_src", "*.pdf"))):
    name = os.path.basename(pdf); shutil.copy(pdf, os.path.join(ROOT, name))
    dump(os.path.join(ROOT, name), os.path.join(ROOT, name[:-4] + ".pdftotext.txt"))
    rows += [(name, "-", "pdf"), (name[:-4] + ".pdftotext.txt", "-", "txt")]
with open(os.path.join(ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
    for r in rows: f.write("\t".join(r) + "\n")
print("layout kept:", kept); print("layout dropped:", dropped); print(len(rows) - 1, "rows")
