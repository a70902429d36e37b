import os, sys, glob, importlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
MODS = ["n01_is", "n02_ims", "n03_jfcbs", "n04_ncia", "n05_nspa", "n06_nso", "n07_ccascoe", "n08_nfiu", "n09_ndc", "n10_nlo", "negatives"]
for m in MODS:
    mod = importlib.import_module(m); mod.build()
    if hasattr(mod, "build2"): mod.build2()
with open(common.path("MANIFEST.tsv"), "w", encoding="utf-8") as f:
    f.write("file\treference\tformat\n")
    for r in common.ROWS:
        f.write("\t".join(r) + "\n")
print(len(common.ROWS), "rows")
