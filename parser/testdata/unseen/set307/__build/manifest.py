#!/usr/bin/env python3
"""Writes MANIFEST.tsv: notices first (reference from the file-name key), then non-notices."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
keys = sorted(f[:-5] for f in os.listdir(os.path.join(ROOT, "expected")))
refs = {k: json.load(open(os.path.join(ROOT, "expected", k + ".json")))["reference"] for k in keys}
skip = {"MANIFEST.tsv", "NOTES.md", "check.py", "build-pdf.sh"}
files = sorted(f for f in os.listdir(ROOT) if os.path.isfile(os.path.join(ROOT, f)) and f not in skip)
notices, others = [], []
for f in files:
    fmt = f.rsplit(".", 1)[1]
    k = next((k for k in keys if f.startswith(k + "-")), None)
    (notices if k else others).append((f, k or "-", fmt))
others.sort(key=lambda r: (".fr." in r[0], r[0]))
with open(os.path.join(ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as out:
    out.write("file\treference\tformat\n")
    for f, k, fmt in notices + others:
        out.write(f"{f}\t{k}\t{fmt}\n")
