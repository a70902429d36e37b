# Writes MANIFEST.tsv: every notice file of the folder with its key, every non-notice with '-'.
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from data import N
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
skip = {"MANIFEST.tsv", "NOTES.md", "check.py", "build-pdf.sh"}
rows = []
for f in sorted(os.listdir(ROOT)):
    p = os.path.join(ROOT, f)
    if not os.path.isfile(p) or f in skip:
        continue
    fmt = f.rsplit(".", 1)[1]
    key = next((k for k in N if f.startswith(k + "-") or f.startswith(k + ".")), None)
    if key is None and (".en." not in f and ".fr." not in f):
        raise SystemExit("unknown file " + f)
    rows.append((0 if key else 1, f, key or "-", fmt))
rows.sort()
with open(os.path.join(ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as o:
    o.write("file\treference\tformat\n")
    for _, f, k, fmt in rows:
        o.write(f"{f}\t{k}\t{fmt}\n")
print(len(rows), "rows")
