"""Rebuild every file of corpus323: cd __build && python3 build.py"""
import glob, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
from common import SET, SRC
KEEP = {"NOTES.md", "check.py", "build-pdf.sh"}
for f in os.listdir(SET):
    p = os.path.join(SET, f)
    if os.path.isfile(p) and f not in KEEP:
        os.remove(p)
for f in glob.glob(os.path.join(SET, "expected", "*.json")):
    os.remove(f)
os.makedirs(SRC, exist_ok=True)
import n01_caac, n02_wfp, n03_ilo, n04_icarda, n05_isa, n06_apo, n07_worldveg, n08_hcr, n09_recsa, n10_ndf, n11_nonnotices
for m in (n01_caac, n02_wfp, n03_ilo, n04_icarda, n05_isa, n06_apo, n07_worldveg, n08_hcr, n09_recsa, n10_ndf, n11_nonnotices):
    m.build()
common.write_manifest()
print(len(common.ROWS), "rows")
