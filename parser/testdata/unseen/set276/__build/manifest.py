"""Writes MANIFEST.tsv: every notice rendering (prefix = expected key) and every non-notice."""
import os
from common import ROOT
keys = sorted(f[:-5] for f in os.listdir(os.path.join(ROOT, "expected")))
rows, neg = [], []
for f in sorted(os.listdir(ROOT)):
    p = os.path.join(ROOT, f)
    if not os.path.isfile(p) or f in ("MANIFEST.tsv", "NOTES.md", "check.py", "build-pdf.sh"):
        continue
    fmt = f.rsplit(".", 1)[1]
    k = [k for k in keys if f.startswith(k + "-")]
    if k:
        rows.append((f, k[0], fmt))
    else:
        neg.append((f, "-", fmt))
with open(os.path.join(ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as out:
    out.write("file\treference\tformat\n")
    for r in rows + neg:
        out.write("\t".join(r) + "\n")
print(len(rows), "renderings,", len(neg), "non-notices")
