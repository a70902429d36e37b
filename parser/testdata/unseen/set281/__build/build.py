import os, glob, shutil
import common, n01_05, n06_10, n11_nonnotices
R = common.ROOT
keep = {"NOTES.md", "check.py", "build-pdf.sh", "__build"}
for f in os.listdir(R):
    if f in keep: continue
    p = os.path.join(R, f)
    shutil.rmtree(p) if os.path.isdir(p) else os.remove(p)
os.makedirs(os.path.join(R, "expected"))
for m in (n01_05, n06_10):
    for k in sorted(n for n in dir(m) if n.startswith("n") and n[1:].isdigit()):
        getattr(m, k)()
n11_nonnotices.run()
with open(os.path.join(R, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
    f.write("file\treference\tformat\n")
    for name, ref, fmt in common.ROWS:
        f.write(f"{name}\t{ref}\t{fmt}\n")
print(len(common.ROWS), "rows")
