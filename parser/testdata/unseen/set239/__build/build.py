"""cd __build && python3 build.py : deletes and rewrites the set's files and MANIFEST.tsv (NOTES.md, check.py,
build-pdf.sh kept)."""
import os
import shutil
import common
import n01_unrcca, n02_unfpa, n03_fao, n04_obs, n05_untso, n06_ozone, n07_ungsc, n08_unog, n09_unric, n10_unisfa, nn

KEEP = {"NOTES.md", "check.py", "build-pdf.sh", "__build"}
for f in os.listdir(common.ROOT):
    if f in KEEP:
        continue
    p = os.path.join(common.ROOT, f)
    shutil.rmtree(p) if os.path.isdir(p) else os.remove(p)
os.makedirs(os.path.join(common.ROOT, "expected"))
os.makedirs(common.SRC, exist_ok=True)
for m in (n01_unrcca, n02_unfpa, n03_fao, n04_obs, n05_untso, n06_ozone, n07_ungsc, n08_unog, n09_unric, n10_unisfa, nn):
    m.build()
with open(os.path.join(common.ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
    f.write("file\treference\tformat\n")
    for name, ref, fmt in common.ROWS:
        f.write("%s\t%s\t%s\n" % (name, ref, fmt))
print(len(common.ROWS), "rows")
