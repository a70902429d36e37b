"""Rebuilds corpus299's renderings, expected files and MANIFEST.tsv (not NOTES.md, check.py, build-pdf.sh)."""
import glob
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
import n01_csem, n02_ufar, n03_csf, n04_guilde, n05_ufe, n06_dantec, n07_alfred, n08_meise, n09_ciespac, n10_ispf
import nonnotices

keep = {"MANIFEST.tsv", "NOTES.md", "check.py", "build-pdf.sh"}
for f in os.listdir(common.ROOT):
    p = os.path.join(common.ROOT, f)
    if os.path.isfile(p) and f not in keep:
        os.remove(p)
for f in glob.glob(os.path.join(common.ROOT, "expected", "*.json")):
    os.remove(f)

for m in (n01_csem, n02_ufar, n03_csf, n04_guilde, n05_ufe, n06_dantec, n07_alfred, n08_meise, n09_ciespac, n10_ispf,
          nonnotices):
    m.build()

with open(os.path.join(common.ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
    f.write("file\treference\tformat\n")
    for name, ref, fmt in common.ROWS:
        f.write(f"{name}\t{ref}\t{fmt}\n")
print(len(common.ROWS), "rows")
