import os, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
for m in ["n01_ugb", "n02_gpmg", "n03_una", "n04_mattel", "n05_rsa", "n06_tiip", "n07_bmice", "n08_ttec", "n09_sptc", "n10_mape", "nonnotices"]:
    __import__(m)
with open(os.path.join(common.ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
    f.write("file\treference\tformat\n")
    for n, r, fm in common.ROWS:
        key = r if r == "-" else r.lower().replace("/", "-").replace(" ", "-")
        f.write(f"{n}\t{key}\t{fm}\n")
subprocess.run([sys.executable, os.path.join(common.ROOT, "check.py"), common.ROOT])
