"""Rebuild corpus194: python3 __build/build.py [--pdf]. Writes notices, expected/, non-notices, MANIFEST.tsv."""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
import n01_afchpr, n02_mayotte, n03_grandsault, n04_hju, n05_djibouti
import n06_sln, n07_firmenich, n08_solthis, n09_expectra, n10_merieux
import nn

pdf = "--pdf" in sys.argv
R = common.ROOT
# n01: HTML then Chromium PDF + dump
name = n01_afchpr.build()
if pdf:
    common.dump(common.chromium_pdf(name), n01_afchpr.KEY)
else:
    for f in (name[:-5] + ".chromium.pdf", name[:-5] + ".chromium.pdftotext.txt"):
        common.ROWS.append((f, n01_afchpr.KEY, f.rsplit(".", 1)[1]))
for m in (n02_mayotte, n03_grandsault, n06_sln, n07_firmenich, n08_solthis, n09_expectra):
    m.build()
for m, pdfname in ((n04_hju, "-hju.weasyprint.pdf"), (n05_djibouti, "-univ-djibouti.pdflatex.pdf"),
                   (n10_merieux, "-fondation-merieux.libreoffice.pdf")):
    m.build(pdf=pdf)
    if not pdf:
        p = m.KEY + pdfname
        common.ROWS.append((p, m.KEY, "pdf"))
        common.ROWS.append((p[:-4] + ".pdftotext.txt", m.KEY, "txt"))
for m in (n01_afchpr, n02_mayotte, n03_grandsault, n04_hju, n05_djibouti,
          n06_sln, n07_firmenich, n08_solthis, n09_expectra, n10_merieux):
    m.exp()
nn.build()
notices = sorted(r for r in common.ROWS if r[1] != "-")
negs = sorted(r for r in common.ROWS if r[1] == "-")
with open(os.path.join(R, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
    f.write("file\treference\tformat\n")
    for r in notices + negs:
        f.write("\t".join(r) + "\n")
print(len(notices), "notice renderings,", len(negs), "non-notices")
