import os
from common import ROOT
keys = sorted(f[:-5] for f in os.listdir(os.path.join(ROOT, "expected")))
rows = [("file", "reference", "format")]
neg = []
for f in sorted(os.listdir(ROOT)):
    p = os.path.join(ROOT, f)
    if os.path.isdir(p) or f in ("MANIFEST.tsv", "NOTES.md", "check.py", "build-pdf.sh"):
        continue
    fmt = f.rsplit(".", 1)[1]
    k = [k for k in keys if f.startswith(k + "-") or f.startswith(k + ".")]
    if k:
        rows.append((f, max(k, key=len), fmt))
    else:
        neg.append((f, "-", fmt))
with open(os.path.join(ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as fh:
    for r in rows + neg:
        fh.write("\t".join(r) + "\n")
