"""Writes the default pdftotext dump beside every PDF, keeps a -layout dump of a notice PDF
only when check.py's check_file finds every expected string in it, and writes MANIFEST.tsv."""
import os, subprocess
from data import N, ROOT
from tryfile import run

KEYS = {n["key"] for n in N.values()}

def key_of(fn):
    for k in sorted(KEYS, key=len, reverse=True):
        if fn.startswith(k + "-"):
            return k
    return "-"

def main():
    for f in sorted(os.listdir(ROOT)):
        if f.endswith(".layout.txt"):
            os.remove(os.path.join(ROOT, f))
    kept, dropped = [], []
    for f in sorted(os.listdir(ROOT)):
        if not f.endswith(".pdf"):
            continue
        p = os.path.join(ROOT, f); base = p[:-4]
        subprocess.run(["pdftotext", "-enc", "UTF-8", p, base + ".pdftotext.txt"], check=True)
        k = key_of(f)
        if k != "-":
            lay = base + ".layout.txt"
            subprocess.run(["pdftotext", "-enc", "UTF-8", "-layout", p, lay], check=True)
            errs = run(lay, k)
            if errs:
                os.remove(lay); dropped.append((f, errs[0]))
            else:
                kept.append(f)
    rows = []
    skip = {"MANIFEST.tsv", "NOTES.md", "check.py", "build-pdf.sh"}
    for f in sorted(os.listdir(ROOT)):
        if f in skip or os.path.isdir(os.path.join(ROOT, f)):
            continue
        k = key_of(f); fmt = f.rsplit(".", 1)[1]
        rows.append((0 if k != "-" else 1, f, k, fmt))
    rows.sort()
    with open(os.path.join(ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as m:
        m.write("file\treference\tformat\n")
        for _, f, k, fmt in rows:
            m.write(f"{f}\t{k}\t{fmt}\n")
    print("layout kept:", kept)
    for f, e in dropped:
        print("layout dropped:", f, "--", e)
    print(len(rows), "rows")

if __name__ == "__main__":
    main()
