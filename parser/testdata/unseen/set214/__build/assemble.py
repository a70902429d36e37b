# -*- coding: utf-8 -*-
"""Copies the PDFs to the set, writes default pdftotext dumps, keeps -layout dumps of notices only
where check.py finds every expected string in them, and writes MANIFEST.tsv."""
import os, shutil, subprocess, glob, json, importlib.util, sys
from data import N, HERE, ROOT

SRC = os.path.join(HERE, "src")
spec = importlib.util.spec_from_file_location("chk", os.path.join(ROOT, "check.py"))
chk = importlib.util.module_from_spec(spec); spec.loader.exec_module(chk)
KEYS = {n["_key"] for n in N.values()}


def key_of(fn):
    for k in sorted(KEYS, key=len, reverse=True):
        if fn.startswith(k + "-") or fn.startswith(k + "."):
            return k
    return "-"


for p in glob.glob(os.path.join(SRC, "*.pdf")):
    shutil.copy(p, ROOT)
for p in glob.glob(os.path.join(ROOT, "*.pdf")):
    base = p[:-4]
    subprocess.run(["pdftotext", "-enc", "UTF-8", p, base + ".pdftotext.txt"], check=True)
    k = key_of(os.path.basename(p))
    if k != "-":
        lay = base + ".layout.txt"
        subprocess.run(["pdftotext", "-enc", "UTF-8", "-layout", p, lay], check=True)
        exp = json.load(open(os.path.join(ROOT, "expected", k + ".json"), encoding="utf-8"))
        errs = []
        chk.check_file(os.path.basename(lay), chk.file_text(lay, "txt"), exp, errs)
        if errs:
            print("dropped", os.path.basename(lay), "-", errs[0])
            os.remove(lay)
        else:
            print("kept", os.path.basename(lay))

rows = []
for f in sorted(os.listdir(ROOT)):
    if os.path.isdir(os.path.join(ROOT, f)) or f in ("MANIFEST.tsv", "NOTES.md", "check.py", "build-pdf.sh"):
        continue
    rows.append((key_of(f), f, f.rsplit(".", 1)[1]))
rows.sort(key=lambda r: (r[0] == "-", r[1]))
with open(os.path.join(ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as fh:
    fh.write("file\treference\tformat\n")
    for k, f, fmt in rows:
        fh.write(f"{f}\t{k}\t{fmt}\n")
print(len(rows), "rows")
