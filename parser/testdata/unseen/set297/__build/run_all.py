"""Rebuilds every rendering, expected file and MANIFEST.tsv: python3 __build/run_all.py"""
import importlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
MODS = ["n01_bicigui", "n02_ageroute", "n03_maroua", "n04_sotel", "n05_gct", "n06_gheskio",
        "n07_craste", "n08_apua", "n09_wma", "n10_mcm", "nonnotices"]
for m in MODS:
    importlib.import_module(m)
with open(os.path.join(common.ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
    f.write("file\treference\tformat\n")
    for name, key, fmt in common.MANIFEST:
        f.write(f"{name}\t{key}\t{fmt}\n")
print(len(common.MANIFEST), "rows")
