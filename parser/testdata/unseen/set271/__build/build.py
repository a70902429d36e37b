"""Rebuild every rendering, expected file and MANIFEST.tsv: python3 __build/build.py"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
import n01_ub, n02_alt, n03_chog, n04_lmc, n05_brl, n06_fpgl, n07_ofspo, n08_svpm, n09_cdt, n10_idx, nonnotices
for m in (n01_ub, n02_alt, n03_chog, n04_lmc, n05_brl, n06_fpgl, n07_ofspo, n08_svpm, n09_cdt, n10_idx, nonnotices):
    m.build()
common.manifest()
