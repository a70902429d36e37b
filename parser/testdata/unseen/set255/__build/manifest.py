"""Writes MANIFEST.tsv: every notice rendering (reference = its expected key) and non-notice ('-')."""
import os
from common import ROOT

keys = sorted((f[:-5] for f in os.listdir(os.path.join(ROOT, "expected"))), key=len, reverse=True)
skip = {"MANIFEST.tsv", "NOTES.md", "check.py", "build-pdf.sh"}
notices, others = [], []
for f in sorted(os.listdir(ROOT)):
    p = os.path.join(ROOT, f)
    if not os.path.isfile(p) or f in skip:
        continue
    fmt = f.rsplit(".", 1)[1]
    k = next((k for k in keys if f.startswith(k + "-")), None)
    (notices if k else others).append((f, k or "-", fmt))
with open(os.path.join(ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as out:
    out.write("file\treference\tformat\n")
    for row in notices + others:
        out.write("\t".join(row) + "\n")
print(len(notices), "notice rows,", len(others), "non-notice rows")
