"""Rebuild every rendering, expected file and MANIFEST.tsv, then run check.py.
Usage: python3 __build/run_all.py (from anywhere)."""
import glob, os, subprocess, sys
B = os.path.dirname(os.path.abspath(__file__)); R = os.path.dirname(B)
for s in sorted(glob.glob(os.path.join(B, "n[0-9][0-9]_*.py"))) + [os.path.join(B, "nonnotices.py")]:
    subprocess.run([sys.executable, s], cwd=B, check=True)
rows = []
for f in sorted(glob.glob(os.path.join(B, "rows-*.tsv"))):
    rows += [l.rstrip("\n") for l in open(f, encoding="utf-8") if l.strip()]
open(os.path.join(R, "MANIFEST.tsv"), "w", encoding="utf-8").write("file\treference\tformat\n" + "\n".join(rows) + "\n")
subprocess.run([sys.executable, os.path.join(R, "check.py"), R])
