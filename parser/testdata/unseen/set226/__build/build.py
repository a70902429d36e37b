import importlib, sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
mods = [m for m in sorted(os.listdir(os.path.dirname(os.path.abspath(__file__)))) if m[:1] == "n" and m[1:3].isdigit() and m.endswith(".py")]
for m in mods:
    importlib.import_module(m[:-3])
import negatives
with open(os.path.join(common.ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
    f.write("file\treference\tformat\n")
    for r in common.ROWS:
        f.write("\t".join(r) + "\n")
print(len(common.ROWS), "rows")
