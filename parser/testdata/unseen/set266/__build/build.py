"""Rebuild corpus266: python3 __build/build.py (from the set folder or anywhere)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
import n01_is, n02_ims, n03_jfcnf, n04_ncia, n05_nspa, n06_nhmo, n07_japcc, n08_nfiu, n09_nciacad, n10_nlo
import negatives

for m in (n01_is, n02_ims, n03_jfcnf, n04_ncia, n05_nspa, n06_nhmo, n07_japcc, n08_nfiu, n09_nciacad, n10_nlo,
          negatives):
    m.build()
with open(os.path.join(common.SET, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
    f.write("file\treference\tformat\n")
    for r in common.ROWS:
        f.write("\t".join(r) + "\n")
print(len(common.ROWS), "rows")
