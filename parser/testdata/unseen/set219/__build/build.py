import importlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
MODS = [m[:-3] for m in sorted(os.listdir(os.path.dirname(os.path.abspath(__file__)))) if m[0] == "n" and m[1:3].isdigit() and m.endswith(".py")]
for m in MODS:
    importlib.import_module(m).build()
# non-notices (hand-written files in the set folder)
NEG = sorted(f for f in os.listdir(common.ROOT) if (".en." in f or ".fr." in f))
for f in NEG:
    common.ROWS.append((f, "-", f.rsplit(".", 1)[1]))
with open(os.path.join(common.ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as out:
    out.write("file\treference\tformat\n")
    for r in common.ROWS:
        out.write("\t".join(r) + "\n")
print(len(common.ROWS), "rows")
