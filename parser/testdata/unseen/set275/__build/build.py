import sys, os, importlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
mods = sys.argv[1:] or ["n01_ccohs", "n02_tal", "n03_sciencenorth", "n04_tubize", "n05_kayl", "n06_soissons",
                        "n07_ardeche", "n08_gruyere", "n09_busbud", "n10_alloprof", "negatives"]
for m in mods:
    importlib.import_module(m).build()
with open(os.path.join(common.OUT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
    f.write("file\treference\tformat\n")
    for r in common.ROWS:
        f.write("\t".join(r) + "\n")
