"""cd __build && python3 build.py : deletes and rewrites every set file and MANIFEST.tsv
(NOTES.md, check.py, build-pdf.sh kept)."""
import os, sys, importlib
import common

KEEP = {"NOTES.md", "check.py", "build-pdf.sh", "MANIFEST.tsv"}
MODS = [m for m in sys.argv[1:]] or ["n01_oses", "n02_unicef", "n03_fao", "n04_pmnch", "n05_ungc",
                                     "n06_unepccc", "n07_iwmi", "n08_oim", "n09_ama", "n10_cimmyt",
                                     "n11_nonnotices"]
if not sys.argv[1:]:
    for f in os.listdir(common.ROOT):
        if os.path.isfile(os.path.join(common.ROOT, f)) and f not in KEEP:
            os.remove(os.path.join(common.ROOT, f))
    for f in os.listdir(os.path.join(common.ROOT, "expected")):
        os.remove(os.path.join(common.ROOT, "expected", f))
os.makedirs(common.SRC, exist_ok=True)
for m in MODS:
    if os.path.exists(os.path.join(common.BUILD, m + ".py")):
        importlib.import_module(m).build()
if not sys.argv[1:]:
    with open(os.path.join(common.ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
        f.write("file\treference\tformat\n")
        for r in common.ROWS:
            f.write("\t".join(r) + "\n")
print(len(common.ROWS), "rows")
