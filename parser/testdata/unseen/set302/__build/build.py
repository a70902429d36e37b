"""cd __build && python3 build.py : deletes and rewrites every set file, expected/ and MANIFEST.tsv
(NOTES.md, check.py and build-pdf.sh are kept). Chromium and LibreOffice stamp the time."""
import importlib, os, shutil, sys
import common

KEEP = {"NOTES.md", "check.py", "build-pdf.sh", "__build"}
MODULES = ["n01_dgacm", "n02_undp", "n03_unesco", "n04_cimmyt", "n05_techbank", "n06_wcmc", "n07_wmu",
           "n08_fida", "n09_nafo", "n10_ungc", "n11_nonnotices"]

for f in os.listdir(common.OUT):
    if f in KEEP:
        continue
    p = os.path.join(common.OUT, f)
    shutil.rmtree(p) if os.path.isdir(p) else os.remove(p)
os.makedirs(os.path.join(common.OUT, "expected"))
only = sys.argv[1:] or MODULES
for m in MODULES:
    if m in only and os.path.exists(m + ".py"):
        importlib.import_module(m).render()
common.write_manifest()
print(len(common.ROWS), "rows")
