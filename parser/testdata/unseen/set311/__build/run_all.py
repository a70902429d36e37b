"""Rebuild every generator found in __build, then MANIFEST.tsv, then run check.py."""
import glob, os, subprocess, sys
B = os.path.dirname(os.path.abspath(__file__))
R = os.path.dirname(B)
only = sys.argv[1:]
for g in sorted(glob.glob(os.path.join(B, "n[0-9][0-9]_*.py"))) + [os.path.join(B, "nonnotices.py")]:
    if os.path.exists(g) and (not only or any(o in g for o in only)):
        subprocess.run([sys.executable, g], cwd=B, check=True)
rows = []
for t in sorted(glob.glob(os.path.join(B, "rows-*.tsv"))):
    rows += [l.rstrip("\n") for l in open(t, encoding="utf-8") if l.strip()]
notice = [r for r in rows if r.split("\t")[1] != "-"]
neg = [r for r in rows if r.split("\t")[1] == "-"]
with open(os.path.join(R, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
    f.write("file\treference\tformat\n")
    for r in notice + neg:
        f.write(r + "\n")
subprocess.run([sys.executable, os.path.join(R, "check.py"), R])
