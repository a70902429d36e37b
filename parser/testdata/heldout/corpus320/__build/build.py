"""python3 __build/build.py : rebuilds every rendering, expected file and MANIFEST.tsv."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
for m in ["n01_airinuit", "n02_baiecomeau", "n03_grangettes", "n04_bafoussam", "n05_vinci", "n06_morija",
          "n07_has", "n08_gabac", "n09_medair", "n10_lanb", "nonnotices"]:
    __import__(m)
with open(os.path.join(common.ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
    f.write("file\treference\tformat\n")
    for r in common.ROWS:
        f.write("\t".join(r) + "\n")
