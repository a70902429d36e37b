import os, sys, importlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import ROOT, MANIFEST
mods = ["n01_is", "n02_ims", "n03_marcom", "n04_ncia", "n05_nspa", "n06_nso", "n07_c2coe", "n08_nfiu", "n09_sis", "n10_nlo", "negatives"]
for m in mods:
    importlib.import_module(m).build()
with open(os.path.join(ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
    f.write("file\treference\tformat\n")
    for r in MANIFEST:
        f.write("\t".join(r) + "\n")
print(len(MANIFEST), "rows")
