"""Builds every PDF of corpus305 from the sources the r_*.py scripts wrote, writes the pdftotext dumps
(default; -layout kept only when check.py's own check_file passes on it) and MANIFEST.tsv."""
import glob
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from data import ORDER  # noqa: E402
from t import errors  # noqa: E402

SRC = os.path.join(HERE, "src")
NEG = os.path.join(SRC, "neg")
LO = os.path.join(HERE, "lo_out")
TEX = os.path.join(HERE, "tex_out")
for d in (LO, TEX):
    os.makedirs(d, exist_ok=True)


def sh(*a, **kw):
    return subprocess.run(list(a), check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)


def chromium(stem):
    sh("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
       "--print-to-pdf=" + os.path.join(ROOT, stem + ".chromium.pdf"), os.path.join(ROOT, stem + ".html"))
    return stem + ".chromium.pdf"


def lo(src, stem, where=ROOT):
    sh("soffice", "--headless", "--convert-to", "pdf", "--outdir", LO, src)
    base = os.path.splitext(os.path.basename(src))[0]
    shutil.copy(os.path.join(LO, base + ".pdf"), os.path.join(where, stem + ".libreoffice.pdf"))
    return stem + ".libreoffice.pdf"


def weasy(src, stem):
    sh("weasyprint", src, os.path.join(ROOT, stem + ".weasyprint.pdf"))
    return stem + ".weasyprint.pdf"


def tex(src, stem):
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-output-directory", TEX, src],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = os.path.splitext(os.path.basename(src))[0]
    shutil.copy(os.path.join(TEX, base + ".pdf"), os.path.join(ROOT, stem + ".pdflatex.pdf"))
    return stem + ".pdflatex.pdf"


def dump(pdf, layout=False):
    out = pdf[:-4] + (".layout.txt" if layout else ".pdftotext.txt")
    cmd = ["pdftotext", "-enc", "UTF-8"] + (["-layout"] if layout else []) + [os.path.join(ROOT, pdf), os.path.join(ROOT, out)]
    sh(*cmd)
    return out


rows = []


def notice(key, files):
    for f in files:
        rows.append((f, key, f.rsplit(".", 1)[1]))


def with_dumps(key, pdf, try_layout=True):
    fs = [pdf, dump(pdf)]
    if try_layout:
        lay = dump(pdf, layout=True)
        if errors(os.path.join(ROOT, lay), key, "txt"):
            os.remove(os.path.join(ROOT, lay))
            print("layout dropped:", lay)
        else:
            fs.append(lay)
    return fs


# 1 UITP (Chromium, side by side)
s = "uitp-hr-2043-04-uitp"
notice("uitp-hr-2043-04", with_dumps("uitp-hr-2043-04", chromium(s)) + [s + ".html"])
# 2 Botswana (LibreOffice)
s = "dws-vc-07-2043-botswana"
notice("dws-vc-07-2043", with_dumps("dws-vc-07-2043", lo(os.path.join(SRC, s + ".docx"), s)))
# 3 New Forest (LibreOffice)
s = "nfnpa-hr-43-05-newforest"
notice("nfnpa-hr-43-05", with_dumps("nfnpa-hr-43-05", lo(os.path.join(SRC, s + ".docx"), s))
       + ["nfnpa-hr-43-05-solentgreenjobs.txt"])
# 4 CEN Limousin (WeasyPrint)
s = "cen-lim-2043-006-cenlimousin"
notice("cen-lim-2043-006", with_dumps("cen-lim-2043-006", weasy(os.path.join(SRC, s + ".html"), s)))
# 5 Guam (pdfTeX)
s = "doa-ja-43-117-guam"
notice("doa-ja-43-117", with_dumps("doa-ja-43-117", tex(os.path.join(SRC, s + ".tex"), s))
       + ["doa-ja-43-117-marianasjobbank.html"])
# 6 OSPAR (WeasyPrint)
s = "ospar-vn-2043-01-ospar"
notice("ospar-vn-2043-01", with_dumps("ospar-vn-2043-01", weasy(os.path.join(SRC, s + ".html"), s))
       + ["ospar-vn-2043-01-email.txt"])
# 7 Causses du Quercy (pdfTeX)
s = "pnrcq-2043-03-causses"
notice("pnrcq-2043-03", with_dumps("pnrcq-2043-03", tex(os.path.join(SRC, s + ".tex"), s)))
# 8 World Squash (Chromium poster)
s = "wsf-hr-2043-02-worldsquash"
notice("wsf-hr-2043-02", with_dumps("wsf-hr-2043-02", chromium(s)) + [s + ".html", "wsf-hr-2043-02-racketsportjobs.txt"])
# 9 FIG (WeasyPrint brochure)
s = "fig-off-2043-02-fig"
notice("fig-off-2043-02", with_dumps("fig-off-2043-02", weasy(os.path.join(SRC, s + ".html"), s)))
# 10 Mission locale (WeasyPrint landscape)
s = "mlpf-2043-02-missionlocale"
notice("mlpf-2043-02", with_dumps("mlpf-2043-02", weasy(os.path.join(SRC, s + ".html"), s))
       + ["mlpf-2043-02-ouestemploi.md"])

# non-notices
from r_neg import STEMS  # noqa: E402
for k in ("food", "plage"):
    pdf = lo(os.path.join(NEG, STEMS[k] + ".docx"), STEMS[k])
    notice("-", [pdf, dump(pdf)])
for k in ("radon", "amiante"):
    pdf = weasy(os.path.join(NEG, STEMS[k] + ".html"), STEMS[k])
    notice("-", [pdf, dump(pdf)])
for k in ("street", "bruit"):
    pdf = tex(os.path.join(NEG, STEMS[k] + ".tex"), STEMS[k])
    notice("-", [pdf, dump(pdf)])

with open(os.path.join(ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as fh:
    fh.write("file\treference\tformat\n")
    for f, k, fmt in rows:
        fh.write(f"{f}\t{k}\t{fmt}\n")
print(len(rows), "rows")
