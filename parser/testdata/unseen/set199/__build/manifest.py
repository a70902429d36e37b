#!/usr/bin/env python3
"""Writes MANIFEST.tsv: notice files map to the expected key that prefixes their name;
files whose name carries .fr. or .en. before the extension are non-notices ('-')."""
import os
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
keys = sorted((f[:-5] for f in os.listdir(os.path.join(root, "expected"))), key=len, reverse=True)
skip = {"MANIFEST.tsv", "NOTES.md", "check.py", "build-pdf.sh"}
rows = []
for f in sorted(os.listdir(root)):
    p = os.path.join(root, f)
    if not os.path.isfile(p) or f in skip:
        continue
    fmt = f.rsplit(".", 1)[1]
    if ".fr." in f or ".en." in f:
        rows.append((f, "-", fmt))
        continue
    k = next(k for k in keys if f.startswith(k + "-") or f.startswith(k + "."))
    rows.append((f, k, fmt))
rows.sort(key=lambda r: (r[1] == "-", r[1], r[0]))
with open(os.path.join(root, "MANIFEST.tsv"), "w", encoding="utf-8") as out:
    out.write("file\treference\tformat\n")
    for r in rows:
        out.write("\t".join(r) + "\n")
print(len(rows), "rows")
