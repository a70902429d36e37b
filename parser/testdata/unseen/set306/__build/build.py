#!/usr/bin/env python3
"""Rebuilds every rendering, expected file and MANIFEST.tsv of corpus306 (not NOTES.md)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
import n01_equitas, n02_iram, n03_ustm, n04_airburkina, n05_mattawa, n06_rufisque, n07_carpostal, n08_arcep, n09_swissaid, n10_pfwb, nonnotices

for m in (n01_equitas, n02_iram, n03_ustm, n04_airburkina, n05_mattawa, n06_rufisque, n07_carpostal, n08_arcep,
          n09_swissaid, n10_pfwb, nonnotices):
    m.build()
with open(os.path.join(common.ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
    f.write("file\treference\tformat\n")
    for r in common.ROWS:
        f.write("\t".join(r) + "\n")
print(len(common.ROWS), "rows")
