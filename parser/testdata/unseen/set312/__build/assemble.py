"""Writes the -layout dumps (kept only if check.py's check_file passes on them) and MANIFEST.tsv."""
import glob, json, os, subprocess, sys, importlib.util
from data import N, ORDER, ROOT
spec = importlib.util.spec_from_file_location("chk", os.path.join(ROOT, "check.py"))
chk = importlib.util.module_from_spec(spec); spec.loader.exec_module(chk)
os.chdir(ROOT)
rows = []
for k in ORDER:
    key = N[k]["key"]
    exp = json.load(open(f"expected/{key}.json", encoding="utf-8"))
    for pdf in sorted(glob.glob(key + "-*.pdf")):
        stem = pdf[:-4]
        subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, stem + ".pdftotext.txt"], check=True)
        rows += [(pdf, key, "pdf"), (stem + ".pdftotext.txt", key, "txt")]
        lay = stem + ".layout.txt"
        subprocess.run(["pdftotext", "-enc", "UTF-8", "-layout", pdf, lay], check=True)
        errs = []
        chk.check_file(lay, chk.file_text(lay, "txt"), exp, errs)
        if errs:
            os.remove(lay); print("dropped", lay)
        else:
            rows.append((lay, key, "txt"))
    for f in sorted(glob.glob(key + "-*")):
        if f.endswith((".html", ".md")) or (f.endswith(".txt") and ".pdftotext." not in f and ".layout." not in f):
            rows.append((f, key, f.rsplit(".", 1)[1]))
for pdf in sorted(glob.glob("*.en.*.pdf")) + sorted(glob.glob("*.fr.*.pdf")):
    subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, pdf[:-4] + ".pdftotext.txt"], check=True)
    rows += [(pdf, "-", "pdf"), (pdf[:-4] + ".pdftotext.txt", "-", "txt")]
with open("MANIFEST.tsv", "w", encoding="utf-8") as f:
    f.write("file\treference\tformat\n")
    for r in rows:
        f.write("\t".join(r) + "\n")
print(len(rows), "rows")
