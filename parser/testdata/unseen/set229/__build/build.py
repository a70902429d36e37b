"""Rebuild every file of corpus229 and its MANIFEST.tsv: python3 __build/build.py"""
import os, sys, importlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
for m in ["n01_iai", "n02_fednor", "n03_mouscron", "n04_wngh", "n05_unikis", "n06_aci", "n07_larche",
          "n08_afl", "n09_cebevirha", "n10_westco", "nonnotices"]:
    importlib.import_module(m)
with open(os.path.join(common.ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
    f.write("file\treference\tformat\n")
    for name, key, fmt in common.ROWS:
        f.write(f"{name}\t{key}\t{fmt}\n")
print(len(common.ROWS), "rows")
