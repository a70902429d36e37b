import os, sys, glob
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
mods = ["n01_uar", "n02_camairco", "n03_chuc", "n04_sodeci", "n05_bouctouche", "n06_acfa", "n07_atct",
        "n08_cjb", "n09_educacentre", "n10_matane", "nonnotices"]
for m in mods:
    __import__(m).build()
with open(os.path.join(common.ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
    f.write("file\treference\tformat\n")
    for fn, ref, fmt in common.ROWS:
        f.write(f"{fn}\t{ref}\t{fmt}\n")
print(len(common.ROWS), "rows")
