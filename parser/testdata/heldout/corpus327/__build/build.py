import sys, os, importlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
mods = sys.argv[1:] or ["n01_his", "n02_somelec", "n03_ma", "n04_ilm", "n05_arc", "n06_cwy", "n07_usmb",
                        "n08_ouidah", "n09_haca", "n10_alc", "nonnotices"]
for m in mods:
    importlib.import_module(m).build()
with open(os.path.join(common.OUT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
    f.write("file\treference\tformat\n")
    for row in common.MANIFEST:
        f.write("\t".join(row) + "\n")
