"""Rebuilds every rendering, expected file and MANIFEST.tsv of corpus285."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
for m in ["n01_alco", "n02_ifp", "n03_tanguieta", "n04_argyle", "n05_ussein", "n06_enercal",
          "n07_ssta", "n08_ipc", "n09_awac", "n10_crt", "nonnotices"]:
    __import__(m)
with open(os.path.join(common.ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
    f.write("file\treference\tformat\n")
    for name, key, fmt in common.ROWS:
        f.write(f"{name}\t{key}\t{fmt}\n")
