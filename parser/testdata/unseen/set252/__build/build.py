import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common, n01_is, n02_ims, n03_jfcnp, n04_ncia, n05_nspa, n06_napma, n07_nmwcoe, n08_nfiu, n09_jftc, n10_mlo, negatives
for m in (n01_is, n02_ims, n03_jfcnp, n04_ncia, n05_nspa, n06_napma, n07_nmwcoe, n08_nfiu, n09_jftc, n10_mlo, negatives):
    m.build()
common.finish()
