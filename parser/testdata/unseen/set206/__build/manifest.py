import os
OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
keys = sorted(f[:-5] for f in os.listdir(os.path.join(OUT, "expected")))
skip = {"MANIFEST.tsv", "NOTES.md", "check.py", "build-pdf.sh"}
notices, negs = [], []
for f in sorted(os.listdir(OUT)):
    p = os.path.join(OUT, f)
    if not os.path.isfile(p) or f in skip:
        continue
    fmt = f.rsplit(".", 1)[1]
    k = [k for k in keys if f.startswith(k + "-")]
    if k:
        notices.append((f, max(k, key=len), fmt))
    else:
        negs.append((f, "-", fmt))
with open(os.path.join(OUT, "MANIFEST.tsv"), "w", encoding="utf-8") as m:
    m.write("file\treference\tformat\n")
    for r in notices + negs:
        m.write("\t".join(r) + "\n")
print(len(notices), "renderings,", len(negs), "non-notices")
