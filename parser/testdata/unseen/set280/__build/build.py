import os, sys, glob
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
import n01_is, n02_ims, n03_landcom, n04_ncia, n05_nspa, n06_nspo, n07_spacecoe, n08_nfiu, n09_icirc, n10_nalt, negatives
for m in (n01_is, n02_ims, n03_landcom, n04_ncia, n05_nspa, n06_nspo, n07_spacecoe, n08_nfiu, n09_icirc, n10_nalt, negatives):
    m.build()
with open(os.path.join(common.ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
    f.write("file\treference\tformat\n")
    for r in common.ROWS:
        f.write("\t".join(r) + "\n")
