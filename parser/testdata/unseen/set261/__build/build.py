"""Rebuild every rendering, expected file and MANIFEST.tsv of corpus261: python3 __build/build.py [module ...]"""
import importlib
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common

MODULES = ["n01_vrab", "n02_elections", "n03_opq", "n04_binche", "n05_remich", "n06_nevers",
           "n07_hublot", "n08_ogury", "n09_auxerre", "n10_suzuki", "negatives"]
mods = sys.argv[1:] or MODULES
for m in mods:
    if os.path.exists(os.path.join(os.path.dirname(os.path.abspath(__file__)), m + ".py")):
        importlib.import_module(m).build()
if not sys.argv[1:]:
    with open(os.path.join(common.ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
        f.write("file\treference\tformat\n")
        for fn, key, fmt in common.ROWS:
            f.write(f"{fn}\t{key}\t{fmt}\n")
print(len(common.ROWS), "rows")
