"""Rebuild corpus322: python3 __build/build.py (from anywhere)."""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
import n01_is, n02_ims, n03_caoc, n04_ncia, n05_nspa, n06_nhmo, n07_ccascoe, n08_nfiu, n09_nso, n10_mlo
import negatives

for m in (n01_is, n02_ims, n03_caoc, n04_ncia, n05_nspa, n06_nhmo, n07_ccascoe, n08_nfiu, n09_nso, n10_mlo, negatives):
    m.build()
common.write_manifest()
print(len(common.MANIFEST), "rows")
