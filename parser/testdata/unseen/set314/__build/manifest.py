#!/usr/bin/env python3
"""Writes MANIFEST.tsv: notices first (reference = the key), then non-notices (EN then FR)."""
import os
R = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
skip = {"MANIFEST.tsv", "NOTES.md", "check.py", "build-pdf.sh"}
files = sorted(f for f in os.listdir(R) if os.path.isfile(os.path.join(R, f)) and f not in skip)
keys = [k[:-5] for k in os.listdir(os.path.join(R, "expected"))]
rows, neg = [], []
for f in files:
    fmt = f.rsplit(".", 1)[1]
    k = next((k for k in keys if f.startswith(k + "-")), None)
    (rows if k else neg).append((f, k or "-", fmt))
neg.sort(key=lambda r: (".fr." in r[0], r[0]))
with open(os.path.join(R, "MANIFEST.tsv"), "w", encoding="utf-8") as fh:
    fh.write("file\treference\tformat\n")
    for r in rows + neg:
        fh.write("\t".join(r) + "\n")
print(len(rows), "notice rows,", len(neg), "non-notice rows")
