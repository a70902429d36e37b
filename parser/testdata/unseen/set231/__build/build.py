import os, sys, glob
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
import n01_is, n02_ims, n03_shape, n04_ncia, n05_nspa, n06_netma, n07_caspoa, n08_nfiu, n09_jwc, n10_nlo, negatives
for m in (n01_is, n02_ims, n03_shape, n04_ncia, n05_nspa, n06_netma, n07_caspoa, n08_nfiu, n09_jwc, n10_nlo, negatives):
    m.build()
with open(os.path.join(common.ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
    f.write("file\treference\tformat\n")
    for row in common.MANIFEST:
        f.write("\t".join(row) + "\n")
print(len(common.MANIFEST), "rows")
