"""Rebuilds corpus238: every rendering, PDF, dump, expected file and MANIFEST.tsv.
Usage: python3 __build/build.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
import n01_is, n02_ims, n03_daccc, n04_ncia, n05_nspa, n06_diana, n07_jcbrn, n08_nfiu, n09_nso, n10_nlo
import negatives

for m in (n01_is, n02_ims, n03_daccc, n04_ncia, n05_nspa, n06_diana, n07_jcbrn, n08_nfiu, n09_nso, n10_nlo,
          negatives):
    m.build()

with open(os.path.join(common.ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
    f.write("file\treference\tformat\n")
    for row in common.MANIFEST:
        f.write("\t".join(row) + "\n")
print(len(common.MANIFEST), "rows")
