"""Rebuilds every file of corpus324 and its MANIFEST.tsv: python3 __build/build.py"""
import importlib
import sys
import os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common

MODS = ["n01_fpcc", "n02_afa", "n03_mnbaq", "n04_habay", "n05_lbr", "n06_chjs", "n07_holdigaz",
        "n08_schindler", "n09_botpress", "n10_cncd", "negatives"]
only = sys.argv[1:]
for m in MODS:
    if only and m not in only:
        continue
    try:
        mod = importlib.import_module(m)
    except ModuleNotFoundError as e:
        print("skip", m, e); continue
    mod.build()
if not only:
    common.manifest()
