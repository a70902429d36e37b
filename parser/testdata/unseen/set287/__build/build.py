"""Rebuild corpus287: delete the renderings, MANIFEST.tsv and expected/*.json, then run
python3 __build/build.py from anywhere."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402
import n01_is, n02_ims, n03_jsec, n04_ncia, n05_nspa, n06_nso, n07_iamd, n08_nfiu, n09_sis, n10_nlo  # noqa: E402
import negatives  # noqa: E402

os.environ.setdefault("SOURCE_DATE_EPOCH", "2240000000")
for m in (n01_is, n02_ims, n03_jsec, n04_ncia, n05_nspa, n06_nso, n07_iamd, n08_nfiu, n09_sis, n10_nlo, negatives):
    m.build()

with open(os.path.join(common.ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
    f.write("file\treference\tformat\n")
    for row in common.ROWS:
        f.write("\t".join(row) + "\n")
print(len(common.ROWS), "rows")
