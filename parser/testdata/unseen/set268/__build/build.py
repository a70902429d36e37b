import importlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
MODS = ["n01_cics", "n02_opb", "n03_racj", "n04_bertrix", "n05_one", "n06_vierzon", "n07_vifor",
        "n08_skello", "n09_freshbooks", "n10_fbc", "negatives"]
only = sys.argv[1:]
for m in MODS:
    if only and m not in only:
        continue
    importlib.import_module(m).build()
if True:
    with open(os.path.join(common.ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
        f.write("file\treference\tformat\n")
        for r in common.ROWS:
            f.write("\t".join(r) + "\n")
print(len(common.ROWS), "rows")
