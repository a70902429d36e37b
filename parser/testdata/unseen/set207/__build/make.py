# -*- coding: utf-8 -*-
"""Rebuilds corpus207: /usr/bin/python3 __build/make.py (needs python3-docx, weasyprint, chromium,
soffice, pdflatex, pdftotext). Writes expected/, the PDFs, their default dumps, the -layout dumps
that keep every expected string, the HTML and board copies, and MANIFEST.tsv."""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import data  # noqa: E402
import r_board, r_docx, r_html, r_neg, r_tex, r_weasy  # noqa: E402
import t  # noqa: E402

ROOT = data.ROOT
data.write_expected()
notices = []   # (key, path)
for key, f in [("icmm", r_weasy.icmm), ("obspm", r_weasy.obspm), ("usc", r_weasy.usc),
               ("taaf", r_docx.taaf), ("iwc", r_docx.iwc), ("pifs", r_docx.pifs),
               ("nasco", r_tex.nasco), ("epv", r_tex.epv), ("ipev", r_html.ipev), ("acs", r_html.acs),
               ("usc", r_board.usc), ("acs", r_board.acs)]:
    notices.append((data.N[key]["key"], f()))
negs = [f() for f in (r_neg.regrading, r_neg.frais, r_neg.reference_request, r_neg.paie,
                      r_neg.honorarium, r_neg.interessement)]

rows = []
def dump(pdf, layout=False):
    out = pdf[:-4] + (".layout.txt" if layout else ".pdftotext.txt")
    cmd = ["pdftotext", "-enc", "UTF-8"] + (["-layout"] if layout else []) + [pdf, out]
    subprocess.run(cmd, check=True)
    return out

for key, p in notices:
    rows.append((p, key))
    if p.endswith(".pdf"):
        rows.append((dump(p), key))
        lay = dump(p, True)
        errs = t.check(key, lay)
        if errs:
            print("layout dropped:", os.path.basename(lay), errs[:2])
            os.remove(lay)
        else:
            rows.append((lay, key))
    if p.endswith(".chromium.pdf"):
        rows.append((p[:-len(".chromium.pdf")] + ".html", key))
for p in negs:
    rows.append((p, "-"))
    rows.append((dump(p), "-"))

with open(os.path.join(ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
    f.write("file\treference\tformat\n")
    notice_rows = sorted((os.path.basename(p), k) for p, k in rows if k != "-")
    neg_rows = sorted(os.path.basename(p) for p, k in rows if k == "-")
    for b, k in notice_rows:
        f.write(f"{b}\t{k}\t{b.rsplit('.', 1)[1]}\n")
    for b in neg_rows:
        f.write(f"{b}\t-\t{b.rsplit('.', 1)[1]}\n")
print(len(rows), "rows")
