import importlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
mods = sys.argv[1:] or sorted(m[:-3] for m in os.listdir(os.path.dirname(os.path.abspath(__file__)))
                              if (m.startswith("n") and m[1:3].isdigit() or m == "negatives.py") and m.endswith(".py"))
for m in mods:
    importlib.import_module(m)
with open(os.path.join(common.ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
    f.write("file\treference\tformat\n")
    for r in common.ROWS:
        f.write("\t".join(r) + "\n")
print(len(common.ROWS), "rows")
