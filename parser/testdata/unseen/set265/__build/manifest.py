#!/usr/bin/env python3
"""Writes MANIFEST.tsv of corpus265: notices (key = the file-name prefix before the rendering
suffix, as listed in NOTICES) first, then the non-notices (English, then French)."""
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NOTICES = ["391457", "pnvd-2039-07", "tct-2039-14", "tdv-2039-rh-09", "ydnpa-39-118"]
FMT = {".txt": "txt", ".md": "md", ".html": "html", ".pdf": "pdf"}
SKIP = {"MANIFEST.tsv", "NOTES.md", "check.py", "build-pdf.sh"}

rows_n, rows_en, rows_fr = [], [], []
for f in sorted(os.listdir(ROOT)):
    p = os.path.join(ROOT, f)
    if not os.path.isfile(p) or f in SKIP:
        continue
    fmt = FMT[os.path.splitext(f)[1]]
    key = next((k for k in NOTICES if f.startswith(k + "-")), None)
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
