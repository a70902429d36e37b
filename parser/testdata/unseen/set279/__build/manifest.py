#!/usr/bin/env python3
"""Writes MANIFEST.tsv: notices first (key = prefix before the first known key), then non-notices (EN, then FR)."""
import os
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["cnpa-41-004", "pcnpa-rw-41-02", "mdt-41-006", "meg-2041-03", "vha-2041-01"]
SKIP = {"MANIFEST.tsv", "NOTES.md", "check.py", "build-pdf.sh"}
notices, neg_en, neg_fr = [], [], []
for f in sorted(os.listdir(HERE)):
    p = os.path.join(HERE, f)
    if not os.path.isfile(p) or f in SKIP:
        continue
    fmt = f.rsplit(".", 1)[1]
    key = next((k for k in KEYS if f.startswith(k + "-")), None)
    if key:
        notices.append((f, key, fmt))
    elif ".en." in f:
        neg_en.append((f, "-", fmt))
    else:
        neg_fr.append((f, "-", fmt))
with open(os.path.join(HERE, "MANIFEST.tsv"), "w", encoding="utf-8") as out:
    out.write("file\treference\tformat\n")
    for r in notices + neg_en + neg_fr:
        out.write("\t".join(r) + "\n")
