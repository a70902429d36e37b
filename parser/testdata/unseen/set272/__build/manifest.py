#!/usr/bin/env python3
"""Writes MANIFEST.tsv of corpus272: notices first (key = file prefix before the
rendering suffix), then non-notices (files whose name carries .en. or .fr.)."""
import os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SKIP = {"MANIFEST.tsv", "NOTES.md", "check.py", "build-pdf.sh"}
keys = sorted(f[:-5] for f in os.listdir(os.path.join(ROOT, "expected")))
notices, others = [], []
for f in sorted(os.listdir(ROOT)):
    p = os.path.join(ROOT, f)
    if not os.path.isfile(p) or f in SKIP:
        continue
    fmt = f.rsplit(".", 1)[1]
    ref = next((k for k in keys if f.startswith(k + "-")), None)
    if ref:
        notices.append((f, ref, fmt))
    else:
        assert ".en." in f or ".fr." in f, f
        others.append((f, "-", fmt))
# English non-notices before French ones, as the earlier sets list them
others.sort(key=lambda r: (".fr." in r[0], r[0]))
with open(os.path.join(ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as out:
    out.write("file\treference\tformat\n")
    for r in notices + others:
        out.write("\t".join(r) + "\n")
print(len(notices), "notice rows,", len(others), "non-notice rows")
