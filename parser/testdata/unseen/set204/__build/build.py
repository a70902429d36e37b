import os, sys, glob, importlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
ROOT = common.ROOT
keep = {"NOTES.md", "check.py", "build-pdf.sh", "__build"}
for f in os.listdir(ROOT):
    p = os.path.join(ROOT, f)
    if f not in keep and os.path.isfile(p):
        os.remove(p)
for f in glob.glob(os.path.join(ROOT, "expected", "*.json")):
    os.remove(f)
mods = sorted(m[:-3] for m in os.listdir(os.path.dirname(os.path.abspath(__file__)))
              if (m.startswith("n") and m.endswith(".py") and m[1:3].isdigit()) or m == "nn.py")
only = sys.argv[1:]
for m in mods:
    if only and not any(m.startswith(o) for o in only):
        continue
    importlib.import_module(m).build()
with open(os.path.join(ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
    f.write("file\treference\tformat\n")
    for row in common.ROWS:
        f.write("\t".join(row) + "\n")
print(len(common.ROWS), "rows")
