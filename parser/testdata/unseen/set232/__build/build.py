"""Rebuilds corpus232: `cd __build && python3 build.py` (keeps NOTES.md, check.py, build-pdf.sh)."""
import os
import common
import n01_unmik, n02_unsos, n03_unscol, n04_unon, n05_icsc, n06_minamata, n07_unicef, n08_uil, n09_undp, n10_idep, nn

KEEP = {"NOTES.md", "check.py", "build-pdf.sh", "__build", "expected"}
for f in os.listdir(common.ROOT):
    if f not in KEEP:
        os.remove(os.path.join(common.ROOT, f))
for f in os.listdir(os.path.join(common.ROOT, "expected")):
    os.remove(os.path.join(common.ROOT, "expected", f))
for m in (n01_unmik, n02_unsos, n03_unscol, n04_unon, n05_icsc, n06_minamata, n07_unicef, n08_uil, n09_undp, n10_idep, nn):
    m.build()
common.finish()
print(len(common.ROWS), "rows")
