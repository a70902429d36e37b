"""Rebuild corpus288: cd __build && python3 build.py
Deletes and rewrites the set's renderings, expected files and MANIFEST.tsv (NOTES.md, check.py and
build-pdf.sh are kept). Chromium and LibreOffice stamp the time; only the text layers are stable."""
import os
import common
from common import ROOT, ROWS
import n01_05
import n06_10
import n11_nonnotices

KEEP = {"NOTES.md", "check.py", "build-pdf.sh"}
for f in os.listdir(ROOT):
    p = os.path.join(ROOT, f)
    if os.path.isfile(p) and f not in KEEP:
        os.remove(p)
for f in os.listdir(os.path.join(ROOT, "expected")):
    os.remove(os.path.join(ROOT, "expected", f))

for fn in (n01_05.n01, n01_05.n02, n01_05.n03, n01_05.n04, n01_05.n05,
           n06_10.n06, n06_10.n07, n06_10.n08, n06_10.n09, n06_10.n10, n11_nonnotices.nonnotices):
    fn()

with open(os.path.join(ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
    f.write("file\treference\tformat\n")
    for name, ref, fmt in ROWS:
        f.write(f"{name}\t{ref}\t{fmt}\n")
print(len(ROWS), "rows")
