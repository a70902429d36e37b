"""python3 __build/build.py: writes every rendering, PDF, dump and expected file, then MANIFEST.tsv."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
import n01_opo, n02_rmaaq, n03_rbg, n04_beauraing, n05_steinsel, n06_montelimar, n07_jlc, n08_ornikar, n09_shippeo, n10_cui, negatives
for m in (n01_opo, n02_rmaaq, n03_rbg, n04_beauraing, n05_steinsel, n06_montelimar, n07_jlc, n08_ornikar, n09_shippeo, n10_cui, negatives):
    m.build()
common.manifest()
print(len(common.ROWS), "rows")
