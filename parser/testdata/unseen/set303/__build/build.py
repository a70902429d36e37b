import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common, n01_cas, n02_slpc, n03_fadq, n04_lessines, n05_niederanven, n06_fougeres, n07_longines, n08_telesat, n09_lydia, n10_imagine, negatives
for m in (n01_cas, n02_slpc, n03_fadq, n04_lessines, n05_niederanven, n06_fougeres, n07_longines, n08_telesat, n09_lydia, n10_imagine, negatives):
    m.build()
common.manifest()
print(len(common.ROWS), "rows")
