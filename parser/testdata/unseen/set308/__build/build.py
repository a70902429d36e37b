"""Rebuild corpus308: python3 __build/build.py (from anywhere). Writes renderings, PDFs, dumps, expected, MANIFEST."""
import os, sys, glob
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
import n01_is, n02_ims, n03_aircom, n04_ncia, n05_nspa, n06_netma, n07_coe, n08_nfiu, n09_ndc, n10_nlo, negatives

for m in (n01_is, n02_ims, n03_aircom, n04_ncia, n05_nspa, n06_netma, n07_coe, n08_nfiu, n09_ndc, n10_nlo, negatives):
    m.build()
with open(os.path.join(common.ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
    f.write("file\treference\tformat\n")
    for r in common.ROWS:
        f.write("\t".join(r) + "\n")
print(len(common.ROWS), "rows")
