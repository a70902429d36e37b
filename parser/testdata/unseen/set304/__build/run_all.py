"""Rebuild every rendering, expected file and MANIFEST.tsv, then run check.py."""
import glob, os, subprocess, sys
B = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(B)
only = sys.argv[1:]
for s in sorted(glob.glob(os.path.join(B, "n[0-9]*.py"))) + [os.path.join(B, "nonnotices.py")]:
    if os.path.exists(s) and (not only or any(o in s for o in only)):
        subprocess.run([sys.executable, s], cwd=B, check=True)
rows = []
for f in sorted(glob.glob(os.path.join(B, "rows-*.tsv"))):
    rows += [l.rstrip("\n") for l in open(f, encoding="utf-8") if l.strip()]
notices = [r for r in rows if r.split("\t")[1] != "-"]
non = [r for r in rows if r.split("\t")[1] == "-"]
with open(os.path.join(ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
    f.write("file\treference\tformat\n" + "\n".join(notices + non) + "\n")
subprocess.run([sys.executable, os.path.join(ROOT, "check.py"), ROOT])
