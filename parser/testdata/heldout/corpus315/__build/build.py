import os, sys, glob
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *
import n01_is, n02_ims, n03_jfcbs, n04_ncia, n05_nspa, n06_cmre, n07_caspoa, n08_nfiu, n09_nrc, n10_nlo, negatives

for m in (n01_is, n02_ims, n03_jfcbs, n04_ncia, n05_nspa, n06_cmre, n07_caspoa, n08_nfiu, n09_nrc, n10_nlo, negatives):
    m.build()
with open(os.path.join(OUT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
    f.write("file\treference\tformat\n")
    for r in MANIFEST:
        f.write("\t".join(r) + "\n")
print(len(MANIFEST), "rows")
