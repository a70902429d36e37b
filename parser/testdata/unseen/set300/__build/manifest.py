#!/usr/bin/env python3
"""Writes MANIFEST.tsv of corpus300: notices (reference = the expected key) first, then non-notices."""
import os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
keys = sorted(f[:-5] for f in os.listdir(os.path.join(ROOT, "expected")))
files = sorted(f for f in os.listdir(ROOT) if os.path.isfile(os.path.join(ROOT, f))
               and f not in ("MANIFEST.tsv", "NOTES.md", "check.py", "build-pdf.sh"))
rows, neg_en, neg_fr = [], [], []
for f in files:
    fmt = "txt" if f.endswith(".txt") else f.rsplit(".", 1)[1]
    key = next((k for k in keys if f.startswith(k + "-")), None)
    if key:
        rows.append((f, key, fmt))
    elif ".en." in f:
        neg_en.append((f, "-", fmt))
    else:
        neg_fr.append((f, "-", fmt))
with open(os.path.join(ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as out:
    out.write("file\treference\tformat\n")
    for r in rows + neg_en + neg_fr:
        out.write("\t".join(r) + "\n")
