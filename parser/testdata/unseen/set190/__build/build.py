import glob, importlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
mods = sorted(os.path.basename(p)[:-3] for p in glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), "n[0-9]*.py")))
for m in mods:
    importlib.import_module(m)
import nn
with open(os.path.join(common.ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
    f.write("file\treference\tformat\n")
    for r in common.ROWS:
        f.write("\t".join(r) + "\n")
