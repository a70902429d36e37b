# -*- coding: utf-8 -*-
"""Copies the built PDFs into the set, writes default and (when they pass) -layout dumps, and MANIFEST.tsv."""
import os, shutil, subprocess
from data import ROOT, HERE
from r_neg import NEG
import t as T

NOTICES = [  # key, stem, tool, built pdf (None = Chromium, built in place), extra renderings
    ("icid-vn-2042-02", "icid-vn-2042-02-icid", "chromium", None, ["icid-vn-2042-02-icid.html"]),
    ("csc-vac-42-019", "csc-vac-42-019-eswatini", "libreoffice", "lo_out/eswatini.pdf", []),
    ("lltnp-42-031", "lltnp-42-031-lochlomond", "libreoffice", "lo_out/lochlomond.pdf", ["lltnp-42-031-scotgreenjobs.txt"]),
    ("cnpf-na-2042-027", "cnpf-na-2042-027-cnpf", "weasyprint", "src/cnpf.pdf", []),
    ("opm-42-118", "opm-42-118-cnmi", "pdflatex", "tex_out/cnmi.pdf", []),
    ("helcom-va-2042-2", "helcom-va-2042-2-helcom", "libreoffice", "lo_out/helcom.pdf", ["helcom-va-2042-2-email.txt"]),
    ("pnrma-2042-09", "pnrma-2042-09-montsardeche", "pdflatex", "tex_out/ardeche.pdf", []),
    ("ikf-hr-2042-03", "ikf-hr-2042-03-ikf", "chromium", None, ["ikf-hr-2042-03-ikf.html", "ikf-hr-2042-03-sportjobsnl.html"]),
    ("iau-hr-2042-05", "iau-hr-2042-05-iau", "weasyprint", "src/iau.pdf", []),
    ("caue09-2042-04", "caue09-2042-04-caue", "weasyprint", "src/caue.pdf", ["caue09-2042-04-pyreneesemploi.md"]),
]
NEGS = [(NEG["tpo"], "libreoffice", "lo_out"), (NEG["ldg"], "libreoffice", "lo_out"),
        (NEG["red"], "weasyprint", "src"), (NEG["tr"], "weasyprint", "src"),
        (NEG["cal"], "pdflatex", "tex_out"), (NEG["bs"], "pdflatex", "tex_out")]


def dump(pdf, out, layout=False):
    cmd = ["pdftotext", "-enc", "UTF-8"] + (["-layout"] if layout else []) + [pdf, out]
    subprocess.run(cmd, check=True)


rows, kept, dropped = [], [], []
for key, stem, tool, built, extra in NOTICES:
    pdf = os.path.join(ROOT, f"{stem}.{tool}.pdf")
    if built:
        shutil.copyfile(os.path.join(HERE, built), pdf)
    dump(pdf, os.path.join(ROOT, f"{stem}.{tool}.pdftotext.txt"))
    rows += [(os.path.basename(pdf), key, "pdf"), (f"{stem}.{tool}.pdftotext.txt", key, "txt")]
    lay = os.path.join(ROOT, f"{stem}.{tool}.layout.txt")
    dump(pdf, lay, layout=True)
    if T.run(lay, key):
        os.remove(lay); dropped.append(stem)
    else:
        rows.append((os.path.basename(lay), key, "txt")); kept.append(stem)
    for x in extra:
        rows.append((x, key, x.rsplit(".", 1)[1]))
for name, tool, d in NEGS:
    pdf = os.path.join(ROOT, f"{name}.{tool}.pdf")
    shutil.copyfile(os.path.join(HERE, d, name + ".pdf"), pdf)
    dump(pdf, os.path.join(ROOT, f"{name}.{tool}.pdftotext.txt"))
    rows += [(os.path.basename(pdf), "-", "pdf"), (f"{name}.{tool}.pdftotext.txt", "-", "txt")]
with open(os.path.join(ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
    f.write("file\treference\tformat\n")
    for r in rows:
        f.write("\t".join(r) + "\n")
print("layout kept:", kept)
print("layout dropped:", dropped)
