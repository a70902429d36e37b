import sys, os, importlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
mods = sys.argv[1:] or ["n01_rectas", "n02_moutier", "n03_sensenbrenner", "n04_uadb", "n05_sabc", "n06_sfm",
                        "n07_ageos", "n08_limbe", "n09_yamoussoukro", "n10_tintua", "nonnotices"]
for m in mods:
    importlib.import_module(m).build()
if len(sys.argv) == 1:
    with open(os.path.join(common.ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
        f.write("file\treference\tformat\n")
        for r in common.ROWS:
            f.write("\t".join(r) + "\n")
