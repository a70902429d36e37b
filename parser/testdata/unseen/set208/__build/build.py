"""python3 __build/build.py: writes every rendering, expected file and MANIFEST.tsv of corpus208."""
import importlib
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common

MODS = sys.argv[1:] or ["n01_fsa", "n02_spm", "n03_oqlf", "n04_valdor", "n05_emileroux", "n06_uob",
                        "n07_brvm", "n08_interpares", "n09_isc", "n10_yow", "nn"]
for m in MODS:
    importlib.import_module(m)
with open(os.path.join(common.ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
    f.write("file\treference\tformat\n")
    for fn, key, fmt in common.ROWS:
        f.write(f"{fn}\t{key}\t{fmt}\n")
print(len(common.ROWS), "rows")
