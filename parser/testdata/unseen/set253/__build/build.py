"""cd __build && python3 build.py : deletes and rewrites the set's notices, non-notices,
expected files and MANIFEST.tsv (NOTES.md, check.py, build-pdf.sh kept)."""
import importlib, os, sys, glob
import common
KEEP = {"NOTES.md", "check.py", "build-pdf.sh", "MANIFEST.tsv"}
MODS = sys.argv[1:] or sorted(os.path.basename(p)[:-3] for p in glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), "n[0-9]*.py")))
if not sys.argv[1:]:
    for f in os.listdir(common.SET):
        p = os.path.join(common.SET, f)
        if os.path.isfile(p) and f not in KEEP:
            os.remove(p)
    for f in os.listdir(os.path.join(common.SET, "expected")):
        os.remove(os.path.join(common.SET, "expected", f))
for m in MODS:
    importlib.import_module(m).build()
with open(os.path.join(common.SET, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
    f.write("file\treference\tformat\n")
    for r in common.ROWS:
        f.write("\t".join(r) + "\n")
print(len(common.ROWS), "rows")
