import sys, os, importlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
MODS = [m for m in sys.argv[1:]] or ["n01_icc", "n02_panvac", "n03_codofil", "n04_cht", "n05_unb", "n06_asky",
                                     "n07_chelsea", "n08_cocof", "n09_ofqj", "n10_asf", "nonnotices"]
for m in MODS:
    importlib.import_module(m).build()
with open(os.path.join(common.ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
    f.write("file\treference\tformat\n")
    for r in common.ROWS:
        f.write("\t".join(r) + "\n")
