"""Writes MANIFEST.tsv from the files present: notices by key prefix, non-notices by their .en./.fr. tag."""
import os, re
from common import ROOT
keys = sorted((f[:-5] for f in os.listdir(os.path.join(ROOT, "expected"))), key=len, reverse=True)
skip = {"MANIFEST.tsv", "NOTES.md", "check.py", "build-pdf.sh"}
rows_n, rows_x = [], []
for f in sorted(os.listdir(ROOT)):
    p = os.path.join(ROOT, f)
    if not os.path.isfile(p) or f in skip:
        continue
    fmt = f.rsplit(".", 1)[1]
    if re.search(r"\.(en|fr)\.", f):
        rows_x.append((f, "-", fmt))
        continue
    k = next(k for k in keys if f.startswith(k + "-"))
    rows_n.append((f, k, fmt))
with open(os.path.join(ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as out:
    out.write("file\treference\tformat\n")
    for r in rows_n + rows_x:
        out.write("\t".join(r) + "\n")
print(len(rows_n), "notice rows,", len(rows_x), "non-notice rows")
