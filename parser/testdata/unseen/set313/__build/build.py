import importlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
MODS = [m for m in sys.argv[1:]] or ["n01_cse", "n02_cermel", "n03_ciup", "n04_sna", "n05_cie", "n06_ofs",
                                     "n07_clcpro", "n08_atu", "n09_campbellton", "n10_chdl", "nonnotices"]
for m in MODS:
    if os.path.exists(os.path.join(common.B, m + ".py")):
        importlib.import_module(m).build()
notes = [r for r in common.ROWS if r[1] != "-"]
neg = [r for r in common.ROWS if r[1] == "-"]
with open(os.path.join(common.ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
    f.write("file\treference\tformat\n")
    for r in notes + neg:
        f.write("\t".join(r) + "\n")
print(len(notes), "notice files,", len(neg), "non-notices")
