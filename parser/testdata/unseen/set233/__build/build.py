import sys, importlib, os
import common
mods = sys.argv[1:] or sorted(f[:-3] for f in os.listdir(os.path.dirname(os.path.abspath(__file__))) if (f.startswith("n") and f[1:3].isdigit()) or f == "negatives.py")
for m in mods:
    importlib.import_module(m).build()
with open(os.path.join(common.ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
    f.write("file\treference\tformat\n")
    for r in common.ROWS:
        f.write("\t".join(r) + "\n")
