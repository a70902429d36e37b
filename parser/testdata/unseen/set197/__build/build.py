"""Rebuilds corpus197: python3 __build/build.py (writes notices, expected files, PDFs, dumps, non-notices, MANIFEST.tsv)."""
import os, sys, glob
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
import n01_undrr, n02_unicef, n03_unido, n04_unrwa, n05_isa, n06_unitar, n07_wto, n08_pnud, n09_ipu, n10_itcilo, nn
root = common.ROOT
for f in os.listdir(root):
    p = os.path.join(root, f)
    if os.path.isfile(p) and f not in ("check.py", "build-pdf.sh", "NOTES.md"):
        os.remove(p)
for f in glob.glob(os.path.join(root, "expected", "*.json")):
    os.remove(f)
for m in (n01_undrr, n02_unicef, n03_unido, n04_unrwa, n05_isa, n06_unitar, n07_wto, n08_pnud, n09_ipu, n10_itcilo, nn):
    m.build()
common.write_manifest()
print(len(common.ROWS), "rows")
