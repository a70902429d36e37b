"""Writes MANIFEST.tsv from rows.tsv (notices, written by the generators) and nonnotices.tsv."""
import os
from common import ROOT, BUILD
rows = [l.rstrip("\n").split("\t") for l in open(os.path.join(BUILD, "rows.tsv"), encoding="utf-8") if l.strip()]
nn = []
p = os.path.join(BUILD, "nonnotices.tsv")
if os.path.exists(p):
    nn = [l.rstrip("\n").split("\t") for l in open(p, encoding="utf-8") if l.strip()]
with open(os.path.join(ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
    f.write("file\treference\tformat\n")
    for r in sorted(rows, key=lambda r: r[0]) + sorted(nn, key=lambda r: r[0]):
        f.write("\t".join(r) + "\n")
