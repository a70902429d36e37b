#!/usr/bin/env python3
"""Writes MANIFEST.tsv of corpus293: notices (key = prefix before the first rendering suffix), then non-notices."""
import os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["2042-1873306", "bclm-42-031", "btm-2042-02", "dnpa-42-013", "ecom-2042-05"]
skip = {"MANIFEST.tsv", "NOTES.md", "check.py", "build-pdf.sh"}
files = sorted(f for f in os.listdir(ROOT) if os.path.isfile(os.path.join(ROOT, f)) and f not in skip)
rows_n, rows_en, rows_fr = [], [], []
for f in files:
    fmt = f.rsplit(".", 1)[1]
    key = next((k for k in KEYS if f.startswith(k + "-")), None)
    if key:
        rows_n.append((f, key, fmt))
    elif ".en." in f:
        rows_en.append((f, "-", fmt))
    else:
        rows_fr.append((f, "-", fmt))
with open(os.path.join(ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as out:
    out.write("file\treference\tformat\n")
    for r in rows_n + rows_en + rows_fr:
        out.write("\t".join(r) + "\n")
