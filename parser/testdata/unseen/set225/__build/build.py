"""Rewrites corpus225's renderings, expected files and MANIFEST.tsv (NOTES.md, check.py, build-pdf.sh kept)."""
import glob
import importlib
import os
import sys
import common

MODS = ["n01_unami", "n02_unwomen", "n03_who", "n04_unrwa", "n05_unficyp", "n06_cms", "n07_unoct",
        "n08_unrec", "n09_jiu", "n10_unsmil", "nn"]
KEEP = {"MANIFEST.tsv", "NOTES.md", "check.py", "build-pdf.sh"}

if __name__ == "__main__":
    only = sys.argv[1:]
    if not only:
        for f in os.listdir(common.ROOT):
            p = os.path.join(common.ROOT, f)
            if os.path.isfile(p) and f not in KEEP:
                os.remove(p)
        for f in glob.glob(os.path.join(common.ROOT, "expected", "*.json")):
            os.remove(f)
    for m in (only or MODS):
        importlib.import_module(m).build()
    if not only:
        with open(os.path.join(common.ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
            f.write("file\treference\tformat\n")
            for r in common.ROWS:
                f.write("\t".join(r) + "\n")
    else:
        for r in common.ROWS:
            print("\t".join(r))
