import os, sys, glob, importlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
mods = sys.argv[1:] or sorted(os.path.basename(p)[:-3] for p in glob.glob(os.path.join(common.BUILD, "n[0-9]*.py"))) + ["nonnotices"]
for m in mods:
    if os.path.exists(os.path.join(common.BUILD, m + ".py")):
        importlib.import_module(m)
if not sys.argv[1:]:
    with open(os.path.join(common.ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
        f.write("file\treference\tformat\n")
        for r in common.ROWS:
            f.write("\t".join(r) + "\n")
print(len(common.ROWS), "rows")
