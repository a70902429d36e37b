"""Rebuilds corpus196's notices, PDFs, dumps and MANIFEST.tsv: python3 __build/build.py"""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
import n1_is, n2_ims, n3_shape, n4_ncia, n5_nspa, n6_nso, n7_cmdr, n8_nfiu, n9_nmiotc, n10_nlo, negatives

for m in (n1_is, n2_ims, n3_shape, n4_ncia, n5_nspa, n6_nso, n7_cmdr, n8_nfiu, n9_nmiotc, n10_nlo):
    m.build()
negatives.build()
with open(common.path("MANIFEST.tsv"), "w", encoding="utf-8") as f:
    f.write("file\treference\tformat\n")
    for row in common.ROWS:
        f.write("\t".join(row) + "\n")
print(len(common.ROWS), "rows")
