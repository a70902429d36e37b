# Writes default dumps, keeps -layout dumps that pass check_file, writes MANIFEST.tsv
import os, glob, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import t as T
from data import N, ROOT
os.chdir(ROOT)
rows = []; kept = []; dropped = []
for key in N:
    for f in sorted(glob.glob(key + "-*")):
        if f.endswith(".layout.txt") or f.endswith(".pdftotext.txt"):
            continue
        fmt = f.rsplit(".", 1)[1]
        if fmt == "pdf":
            stem = f[:-4]
            subprocess.run(["pdftotext", "-enc", "UTF-8", f, stem + ".pdftotext.txt"], check=True)
            rows += [(f, key, "pdf"), (stem + ".pdftotext.txt", key, "txt")]
            lay = stem + ".layout.txt"
            subprocess.run(["pdftotext", "-enc", "UTF-8", "-layout", f, lay], check=True)
            if T.run(lay, key):
                os.remove(lay); dropped.append(lay)
            else:
                rows.append((lay, key, "txt")); kept.append(lay)
        else:
            rows.append((f, key, fmt))
for f in sorted(glob.glob("*.en.*.pdf") + glob.glob("*.fr.*.pdf")):
    stem = f[:-4]
    subprocess.run(["pdftotext", "-enc", "UTF-8", f, stem + ".pdftotext.txt"], check=True)
    rows += [(f, "-", "pdf"), (stem + ".pdftotext.txt", "-", "txt")]
with open("MANIFEST.tsv", "w", encoding="utf-8") as out:
    out.write("file\treference\tformat\n")
    for r in rows:
        out.write("\t".join(r) + "\n")
print("kept", kept); print("dropped", dropped); print(len(rows), "rows")
