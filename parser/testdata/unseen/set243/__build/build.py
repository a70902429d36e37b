"""Rebuilds every notice rendering, expected/*.json, the non-notices and MANIFEST.tsv: python3 __build/build.py"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
os.chdir(os.path.dirname(os.path.abspath(__file__)))
import common
import n01_eamau, n02_cieffa, n03_beresford, n04_unz, n05_sodecoton, n06_savoie, n07_faafc, n08_apix, n09_enb, n10_chugt, nonnotices
for m in (n01_eamau, n02_cieffa, n03_beresford, n04_unz, n05_sodecoton, n06_savoie, n07_faafc, n08_apix, n09_enb, n10_chugt, nonnotices):
    m.build()
common.manifest()
print(len(common.ROWS), "rows")
