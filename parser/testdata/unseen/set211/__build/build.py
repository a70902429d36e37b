"""Rebuilds corpus211: deletes the set's generated files and rewrites them (keeps NOTES.md, check.py, build-pdf.sh)."""
import importlib
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common

KEEP = {"NOTES.md", "check.py", "build-pdf.sh", "__build", "expected"}
for f in os.listdir(common.SET):
    if f not in KEEP:
        os.remove(os.path.join(common.SET, f))
for f in os.listdir(os.path.join(common.SET, "expected")):
    os.remove(os.path.join(common.SET, "expected", f))

MODS = [m for m in sys.argv[1:]] or ["n01_oios", "n02_wfp", "n03_wmo", "n04_unossc", "n05_unops", "n06_undef",
                                     "n07_ohrlls", "n08_unoca", "n09_irmct", "n10_undss", "nn"]
for m in MODS:
    importlib.import_module(m).build()

with open(os.path.join(common.SET, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
    f.write("file\treference\tformat\n")
    for name, key, fmt in common.ROWS:
        f.write(f"{name}\t{key}\t{fmt}\n")
