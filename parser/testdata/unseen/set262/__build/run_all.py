"""Rebuilds every notice rendering, the expected files and MANIFEST.tsv (python3 __build/run_all.py).
The six non-notices are written by hand and listed in nonnotices.tsv."""
import importlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
for m in ["n01_cpa", "n02_feicom", "n03_ueh", "n04_comt", "n05_tfm", "n06_acssa", "n07_cafrad",
          "n08_eccb", "n09_rra", "n10_masen"]:
    importlib.import_module(m)
rows = sorted(common.ROWS)
for line in open(os.path.join(common.BUILD, "nonnotices.tsv"), encoding="utf-8"):
    f = line.strip()
    if f:
        rows.append((f, "-", f.rsplit(".", 1)[1]))
with open(os.path.join(common.ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as out:
    out.write("file\treference\tformat\n")
    for r in rows:
        out.write("\t".join(r) + "\n")
print(len(rows), "rows")
