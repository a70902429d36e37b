import sys, os, importlib, glob
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
mods = sorted(os.path.basename(p)[:-3] for p in glob.glob(os.path.join(os.path.dirname(__file__), "n[0-9][0-9]_*.py")))
only = sys.argv[1:]
for m in mods + ["negatives"]:
    if only and m not in only:
        continue
    importlib.import_module(m).build()
if not only:
    with open(os.path.join(common.OUT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
        f.write("file\treference\tformat\n")
        for r in common.ROWS:
            f.write("\t".join(r) + "\n")
