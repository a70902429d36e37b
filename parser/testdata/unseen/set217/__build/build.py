import importlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
MODS = ["n1_is", "n2_ims", "n3_jsec", "n4_ncia", "n5_nspa", "n6_nagsma", "n7_ccascoe", "n8_nfiu", "n9_nmiotc",
        "n10_nlo", "negatives"]
for m in MODS:
    if os.path.exists(os.path.join(common.BUILD, m + ".py")):
        importlib.import_module(m)
with open(os.path.join(common.ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
    f.write("file\treference\tformat\n")
    for r in common.ROWS:
        f.write("\t".join(r) + "\n")
print(len(common.ROWS), "rows")
