import os, sys, glob
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
from common import ROOT
for f in os.listdir(ROOT):
    p = os.path.join(ROOT, f)
    if os.path.isfile(p) and f not in ("NOTES.md", "check.py", "build-pdf.sh"):
        os.remove(p)
for f in glob.glob(os.path.join(ROOT, "expected", "*.json")):
    os.remove(f)
import importlib
mods = sys.argv[1:] or sorted(m[:-3] for m in os.listdir(os.path.dirname(os.path.abspath(__file__))) if m.startswith("n") and m.endswith(".py"))
for m in mods:
    importlib.import_module(m).build()
with open(os.path.join(ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
    f.write("file\treference\tformat\n")
    for r in common.ROWS:
        f.write("\t".join(r) + "\n")
print(len(common.ROWS), "rows")
