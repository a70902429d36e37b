"""cd __build && python3 build.py : deletes and rewrites the set's notices, non-notices, expected files and
MANIFEST.tsv (NOTES.md, check.py and build-pdf.sh are kept)."""
import glob, importlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common

KEEP = {"NOTES.md", "check.py", "build-pdf.sh"}
for p in glob.glob(os.path.join(common.SET, "*")):
    if os.path.isfile(p) and os.path.basename(p) not in KEEP:
        os.remove(p)
for p in glob.glob(os.path.join(common.SET, "expected", "*.json")):
    os.remove(p)
MODS = ["n01_untmis", "n02_undp_mne", "n03_wipo", "n04_unt", "n05_ctbto", "n06_unoosa", "n07_uncrd",
        "n08_wider", "n09_cea", "n10_ioc", "n11_nonnotices"]
for m in (sys.argv[1:] or MODS):
    importlib.import_module(m).build()
common.write_manifest()
print(len(common.ROWS), "rows")
