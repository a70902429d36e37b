#!/usr/bin/env python3
"""Writes MANIFEST.tsv (corpus251): notice files (key prefix) first, then non-notices (reference '-')."""
import os
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
keys = [k[:-5] for k in sorted(os.listdir(os.path.join(root, "expected")))]
skip = {"MANIFEST.tsv", "NOTES.md", "check.py", "build-pdf.sh"}
rows, neg = [], []
for f in sorted(os.listdir(root)):
    p = os.path.join(root, f)
    if not os.path.isfile(p) or f in skip:
        continue
    fmt = f.rsplit(".", 1)[1]
    k = next((k for k in keys if f.startswith(k + "-")), None)
    (rows if k else neg).append((f, k or "-", fmt))
neg.sort(key=lambda r: (".fr." in r[0], r[0]))
with open(os.path.join(root, "MANIFEST.tsv"), "w", encoding="utf-8") as out:
    out.write("file\treference\tformat\n")
    for r in rows + neg:
        out.write("\t".join(r) + "\n")
