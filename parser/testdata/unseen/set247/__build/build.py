import importlib, os, sys, csv
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
os.chdir(os.path.dirname(os.path.abspath(__file__)))
import common
MODS = [m for m in sys.argv[1:]] or sorted(f[:-3] for f in os.listdir('.') if f[:1] == 'n' and f.endswith('.py'))
for m in MODS:
    importlib.import_module(m)
with open(os.path.join(common.OUT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
    f.write("file\treference\tformat\n")
    for r in common.ROWS:
        f.write("\t".join(r) + "\n")
print(len(common.ROWS), "rows")
