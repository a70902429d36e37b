"""cd __build && python3 build.py : deletes and rewrites the set's files, expected/ and MANIFEST.tsv.
NOTES.md, check.py and build-pdf.sh are kept."""
import os, shutil
import common
import n01_osaa, n02_unicef, n03_fao, n04_unesco, n05_unepmap, n06_osrsgvac, n07_southcentre, n08_cinu, n09_sun, n10_siap, n11_nonnotices

KEEP = {"NOTES.md", "check.py", "build-pdf.sh", "__build"}
for f in os.listdir(common.OUT):
    if f not in KEEP:
        p = os.path.join(common.OUT, f)
        shutil.rmtree(p) if os.path.isdir(p) else os.remove(p)
os.makedirs(os.path.join(common.OUT, "expected"))
os.makedirs(common.SRC, exist_ok=True)
for m in (n01_osaa, n02_unicef, n03_fao, n04_unesco, n05_unepmap, n06_osrsgvac, n07_southcentre, n08_cinu, n09_sun, n10_siap, n11_nonnotices):
    m.build()
common.write_manifest()
print(len(common.ROWS), "rows")
