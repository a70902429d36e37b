"""Deletes and rewrites corpus218's files (NOTES.md, check.py, build-pdf.sh kept) and MANIFEST.tsv.
Run: cd __build && python3 build.py"""
import os
import shutil
import common
import n01_unoda, n02_unv, n03_ifad, n04_uis, n05_unvmc, n06_ipcc, n07_unrisd, n08_unowas, n09_icj, n10_unifil, nn

KEEP = {"NOTES.md", "check.py", "build-pdf.sh", "__build"}
for f in os.listdir(common.ROOT):
    if f in KEEP:
        continue
    p = os.path.join(common.ROOT, f)
    shutil.rmtree(p) if os.path.isdir(p) else os.remove(p)
os.makedirs(os.path.join(common.ROOT, "expected"))
for m in (n01_unoda, n02_unv, n03_ifad, n04_uis, n05_unvmc, n06_ipcc, n07_unrisd, n08_unowas, n09_icj, n10_unifil, nn):
    m.build()
with open(os.path.join(common.ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
    f.write("file\treference\tformat\n")
    for name, ref, fmt in common.ROWS:
        f.write(f"{name}\t{ref}\t{fmt}\n")
print(len(common.ROWS), "rows")
