import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
import n01_is, n02_ims, n03_jfcbs, n04_ncia, n05_nspa, n06_nagsma, n07_csw, n08_nfiu, n09_nsos, n10_nlo
import negatives

for m in (n01_is, n02_ims, n03_jfcbs, n04_ncia, n05_nspa, n06_nagsma, n07_csw, n08_nfiu, n09_nsos, n10_nlo, negatives):
    m.build()
with open(os.path.join(common.ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
    f.write("file\treference\tformat\n")
    for row in common.MANIFEST:
        f.write("\t".join(row) + "\n")
print(len(common.MANIFEST), "rows")
