"""python3 __build/build.py : reruns the ten notice generators (renderings, PDFs, dumps, expected) and writes MANIFEST.tsv."""
import os, subprocess, sys, glob
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
for f in sorted(glob.glob(os.path.join(HERE, "n[0-9][0-9]_*.py"))):
    subprocess.run([sys.executable, f], cwd=HERE, check=True)
keys = sorted((k[:-5] for k in os.listdir(os.path.join(ROOT, "expected"))), key=len, reverse=True)
skip = {"MANIFEST.tsv", "NOTES.md", "check.py", "build-pdf.sh"}
order = ["shc34j", "osc34", "stq-34", "jet-pers", "04-2034", "chcah", "dl-drh", "48215", "manomano", "ofb-2034"]
rows, neg = [], []
for fn in sorted(os.listdir(ROOT)):
    p = os.path.join(ROOT, fn)
    if not os.path.isfile(p) or fn in skip: continue
    ext = fn.rsplit(".", 1)[1]
    k = next((k for k in keys if fn.startswith(k + "-")), None)
    (rows if k else neg).append((fn, k or "-", ext))
rows.sort(key=lambda r: (next(i for i, o in enumerate(order) if r[0].startswith(o)), r[0]))
neg.sort(key=lambda r: (".fr." in r[0], r[0]))
with open(os.path.join(ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
    f.write("file\treference\tformat\n")
    for r in rows + neg: f.write("\t".join(r) + "\n")
