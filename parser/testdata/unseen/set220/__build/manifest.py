"""Writes MANIFEST.tsv: every rendering with its key (from the expected file whose key prefixes
its name), '-' for the non-notices."""
import os
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
keys = sorted((f[:-5] for f in os.listdir(os.path.join(ROOT, "expected"))), key=len, reverse=True)
skip = {"MANIFEST.tsv", "NOTES.md", "check.py", "build-pdf.sh"}
rows = []
for f in sorted(os.listdir(ROOT)):
    p = os.path.join(ROOT, f)
    if not os.path.isfile(p) or f in skip:
        continue
    ref = next((k for k in keys if f.startswith(k + "-")), "-")
    rows.append((f, ref, f.rsplit(".", 1)[1]))
rows.sort(key=lambda r: (r[1] == "-", r[0]))
with open(os.path.join(ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as fh:
    fh.write("file\treference\tformat\n")
    for r in rows:
        fh.write("\t".join(r) + "\n")
print(len(rows), "rows")
