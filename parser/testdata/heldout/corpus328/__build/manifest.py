#!/usr/bin/env python3
"""Writes MANIFEST.tsv: notices first (reference = expected key), then non-notices (EN, then FR)."""
import os
S = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
skip = {"MANIFEST.tsv", "NOTES.md", "check.py", "build-pdf.sh"}
files = sorted(f for f in os.listdir(S) if os.path.isfile(os.path.join(S, f)) and f not in skip)
keys = [k[:-5] for k in os.listdir(os.path.join(S, "expected"))]
rows, neg_en, neg_fr = [], [], []
for f in files:
    fmt = "pdf" if f.endswith(".pdf") else f.rsplit(".", 1)[1]
    key = next((k for k in keys if f.startswith(k + "-")), None)
    if key:
        rows.append((f, key, fmt))
    elif ".en." in f:
        neg_en.append((f, "-", fmt))
    else:
        neg_fr.append((f, "-", fmt))
with open(os.path.join(S, "MANIFEST.tsv"), "w", encoding="utf-8") as out:
    out.write("file\treference\tformat\n")
    for r in rows + neg_en + neg_fr:
        out.write("\t".join(r) + "\n")
print(len(rows), "notice rows,", len(neg_en) + len(neg_fr), "non-notice rows")
