import glob, os, runpy, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
os.chdir(os.path.dirname(os.path.abspath(__file__)))
import common
for f in sorted(glob.glob("n[0-9][0-9]_*.py")):
    runpy.run_path(f)
rows = sorted(common.ROWS)
nn = [l.rstrip("\n").split("\t") for l in open("nonnotices.tsv", encoding="utf-8") if l.strip()]
with open(os.path.join(common.ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as fh:
    fh.write("file\treference\tformat\n")
    for r in rows + sorted((n, "-", n.rsplit(".", 1)[1]) for n, in nn):
        fh.write("\t".join(r) + "\n")
