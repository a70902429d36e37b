import os, sys, importlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
for m in ["n01_bancobu", "n02_abssa", "n03_univfianar", "n04_chinguitel", "n05_kibali", "n06_eauvive",
          "n07_eraift", "n08_slaspa", "n09_src", "n10_sonasid", "nonnotices"]:
    importlib.import_module(m)
rows = sorted([r for r in common.ROWS if r[1] != "-"]) + [r for r in common.ROWS if r[1] == "-"]
with open(os.path.join(common.ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
    f.write("file\treference\tformat\n")
    for r in rows:
        f.write("\t".join(r) + "\n")
print(len(rows), "rows")
