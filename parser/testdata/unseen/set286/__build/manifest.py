#!/usr/bin/env python3
"""Writes MANIFEST.tsv: notices (key = file-name prefix with an expected/ file), then non-notices (EN, FR)."""
import os
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
keys = sorted(f[:-5] for f in os.listdir(os.path.join(root, "expected")))
skip = {"MANIFEST.tsv", "NOTES.md", "check.py", "build-pdf.sh"}
files = sorted(f for f in os.listdir(root) if os.path.isfile(os.path.join(root, f)) and f not in skip)
def fmt(f):
    return f.rsplit(".", 1)[1]
rows, en, fr = [], [], []
for f in files:
    k = next((k for k in keys if f.startswith(k + "-")), None)
    if k:
        rows.append((f, k, fmt(f)))
    elif ".en." in f:
        en.append((f, "-", fmt(f)))
    elif ".fr." in f:
        fr.append((f, "-", fmt(f)))
    else:
        raise SystemExit("unclassified: " + f)
with open(os.path.join(root, "MANIFEST.tsv"), "w", encoding="utf-8") as out:
    out.write("file\treference\tformat\n")
    for r in rows + en + fr:
        out.write("\t".join(r) + "\n")
print(len(rows), "notice rows,", len(en), "EN and", len(fr), "FR non-notice rows")
