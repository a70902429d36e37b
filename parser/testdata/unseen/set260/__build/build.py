"""cd __build && python3 build.py : deletes and rewrites corpus260's renderings, expected files and MANIFEST.tsv."""
import glob
import os
import common
import n01_iiim, n02_unfpa, n03_ilo, n04_unwomen, n05_unhcr, n06_brs, n07_unrcpd, n08_onudc, n09_idep, n10_osesgy, n11_nonnotices

KEEP = {"NOTES.md", "check.py", "build-pdf.sh", "MANIFEST.tsv"}
os.makedirs(common.SRC, exist_ok=True)
for f in os.listdir(common.ROOT):
    p = os.path.join(common.ROOT, f)
    if os.path.isfile(p) and f not in KEEP:
        os.remove(p)
for f in glob.glob(os.path.join(common.ROOT, "expected", "*.json")):
    os.remove(f)
for m in (n01_iiim, n02_unfpa, n03_ilo, n04_unwomen, n05_unhcr, n06_brs, n07_unrcpd, n08_onudc, n09_idep, n10_osesgy, n11_nonnotices):
    m.build()
keys = {m.REF: m.KEY for m in (n01_iiim, n02_unfpa, n03_ilo, n04_unwomen, n05_unhcr, n06_brs, n07_unrcpd, n08_onudc, n09_idep, n10_osesgy)}
keys["-"] = "-"
with open(os.path.join(common.ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
    f.write("file\treference\tformat\n")
    for r in common.ROWS:
        f.write("\t".join((r[0], keys[r[1]], r[2])) + "\n")
print(len(common.ROWS), "rows")
