#!/usr/bin/env python3
"""Writes MANIFEST.tsv: notices first (reference = key of expected/), then non-notices (EN, FR)."""
import os
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
keys = sorted(f[:-5] for f in os.listdir(os.path.join(OUT, "expected")))
skip = {"MANIFEST.tsv", "NOTES.md", "check.py", "build-pdf.sh"}
files = sorted(f for f in os.listdir(OUT) if os.path.isfile(os.path.join(OUT, f)) and f not in skip)
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
with open(os.path.join(OUT, "MANIFEST.tsv"), "w", encoding="utf-8") as fh:
    fh.write("file\treference\tformat\n")
    for r in rows + neg_en + neg_fr:
        fh.write("\t".join(r) + "\n")
print(len(rows), len(neg_en), len(neg_fr))
