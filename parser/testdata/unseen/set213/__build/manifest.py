# Writes MANIFEST.tsv: every notice rendering (key = longest expected key that prefixes the file name), then non-notices.
import os
OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
keys = sorted((f[:-5] for f in os.listdir(os.path.join(OUT, "expected"))), key=len, reverse=True)
skip = {"MANIFEST.tsv", "NOTES.md", "check.py", "build-pdf.sh"}
rows, neg = [], []
for f in sorted(os.listdir(OUT)):
    p = os.path.join(OUT, f)
    if not os.path.isfile(p) or f in skip:
        continue
    fmt = f.rsplit(".", 1)[1]
    k = next((k for k in keys if f.startswith(k + "-")), None)
    (rows if k else neg).append((f, k or "-", fmt))
with open(os.path.join(OUT, "MANIFEST.tsv"), "w", encoding="utf-8") as m:
    m.write("file\treference\tformat\n")
    for r in rows + neg:
        m.write("\t".join(r) + "\n")
print(len(rows), "renderings,", len(neg), "non-notices")
