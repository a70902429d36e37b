"""Rebuilds every rendering, expected file and MANIFEST.tsv of corpus222."""
import importlib
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common

MODS = ["n01_iford", "n02_ica", "n03_pbo", "n04_clare", "n05_cisss", "n06_uao",
        "n07_ocean", "n08_planete", "n09_lsa", "n10_bxlp", "nonnotices"]
only = sys.argv[1:]
for m in MODS:
    if only and m not in only:
        continue
    if not os.path.exists(os.path.join(common.BUILD, m + ".py")):
        print("skip", m)
        continue
    importlib.import_module(m).build()
if not only:
    with open(os.path.join(common.ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
        f.write("file\treference\tformat\n")
        for r in common.ROWS:
            f.write("\t".join(r) + "\n")
print(len(common.ROWS), "rows")
