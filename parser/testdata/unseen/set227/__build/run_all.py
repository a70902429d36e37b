import importlib, os, sys, csv
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
for m in ["n01_brb", "n02_ode", "n03_kara", "n04_djezzy", "n05_cbk", "n06_inades", "n07_corep", "n08_domlec", "n09_cdc", "n10_apmf"]:
    importlib.import_module(m)
NN = [l.split("\t") for l in open(os.path.join(common.B, "nonnotices.tsv"), encoding="utf-8").read().splitlines() if l.strip()]
with open(os.path.join(common.ROOT, "MANIFEST.tsv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, delimiter="\t", lineterminator="\n")
    w.writerow(["file", "reference", "format"])
    for r in sorted(common.ROWS):
        w.writerow(r)
    for r in NN:
        w.writerow(r)
