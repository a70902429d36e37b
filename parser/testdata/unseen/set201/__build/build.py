"""Rebuild corpus201: python3 __build/build.py (from the set folder or anywhere)."""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
import n01_eismv, n02_awex, n03_ufhb, n04_ariane, n05_metro, n06_cisss, n07_casselman, n08_ola, n09_eclosio, n10_congoterminal, nonnotices

for m in (n01_eismv, n02_awex, n03_ufhb, n04_ariane, n05_metro, n06_cisss, n07_casselman,
          n08_ola, n09_eclosio, n10_congoterminal, nonnotices):
    m.build()
with open(os.path.join(common.ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
    f.write("file\treference\tformat\n")
    for name, key, fmt in common.ROWS:
        f.write(f"{name}\t{key}\t{fmt}\n")
print(len(common.ROWS), "rows")
