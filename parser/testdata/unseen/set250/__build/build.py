import importlib, os, sys, glob
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
mods = sorted(os.path.basename(p)[:-3] for p in glob.glob(os.path.join(common.B, "n[0-9]*.py")))
mods += ["nonnotices"] if os.path.exists(os.path.join(common.B, "nonnotices.py")) else []
for m in mods:
    importlib.import_module(m)
with open(os.path.join(common.ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
    f.write("file\treference\tformat\n")
    for r in common.ROWS:
        f.write("\t".join(r) + "\n")
print(len(common.ROWS), "rows")
