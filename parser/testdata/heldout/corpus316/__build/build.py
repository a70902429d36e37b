"""cd __build && python3 build.py : deletes and rewrites every set file, expected/ and MANIFEST.tsv."""
import glob, importlib, os, shutil, sys
import common

KEEP = {"NOTES.md", "check.py", "build-pdf.sh", "__build"}
for p in os.listdir(common.OUT):
    if p in KEEP:
        continue
    fp = os.path.join(common.OUT, p)
    shutil.rmtree(fp) if os.path.isdir(fp) else os.remove(fp)
os.makedirs(os.path.join(common.OUT, "expected"))
os.makedirs(common.SRC, exist_ok=True)
mods = sorted(os.path.basename(m)[:-3] for m in glob.glob(os.path.join(common.HERE, "n[0-9][0-9]_*.py")))
for m in mods:
    importlib.import_module(m).build()
with open(os.path.join(common.OUT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
    f.write("file\treference\tformat\n")
    for row in common.ROWS:
        f.write("\t".join(row) + "\n")
print(len(common.ROWS), "rows")
