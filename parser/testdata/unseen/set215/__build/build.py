import sys, os, importlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
MODS = ["n01_cesag", "n02_acoa", "n03_spj", "n04_chfd", "n05_udm", "n06_cmacgm",
        "n07_airtahiti", "n08_santesud", "n09_aeag", "n10_portbxl", "nonnotices"]
only = [a for a in sys.argv[1:] if not a.startswith("-")]
for m in MODS:
    if only and m not in only:
        continue
    if not os.path.exists(os.path.join(common.BUILD, m + ".py")):
        continue
    importlib.import_module(m).build()
if not only:
    with open(os.path.join(common.ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
        f.write("file\treference\tformat\n")
        for fn, key, fmt in common.ROWS:
            f.write(f"{fn}\t{key}\t{fmt}\n")
