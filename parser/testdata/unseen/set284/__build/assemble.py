# Builds PDFs and dumps, keeps -layout dumps only where check.py's check_file passes, writes MANIFEST.tsv.
import importlib.util, json, os, shutil, subprocess, sys
from data import N, ROOT
from r_neg import NEG

B = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(B, "src")
spec = importlib.util.spec_from_file_location("chk", os.path.join(ROOT, "check.py"))
chk = importlib.util.module_from_spec(spec); spec.loader.exec_module(chk)

rows = []


def run(cmd, **kw):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)


def build(stem, tool):
    pdf = os.path.join(ROOT, f"{stem}.{tool}.pdf")
    if tool == "chromium":
        run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
             f"--print-to-pdf={pdf}", os.path.join(ROOT, stem + ".html")])
    elif tool == "weasyprint":
        run(["weasyprint", os.path.join(SRC, stem + ".html"), pdf])
    elif tool == "libreoffice":
        out = os.path.join(B, "lo_out"); os.makedirs(out, exist_ok=True)
        run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", out, os.path.join(SRC, stem + ".docx")])
        shutil.copy(os.path.join(out, stem + ".pdf"), pdf)
    elif tool == "pdflatex":
        out = os.path.join(B, "tex_out"); os.makedirs(out, exist_ok=True)
        for _ in range(2):
            run(["pdflatex", "-interaction=nonstopmode", "-output-directory", out, os.path.join(SRC, stem + ".tex")])
        shutil.copy(os.path.join(out, stem + ".pdf"), pdf)
    return pdf


def dumps(stem, tool, key, try_layout):
    pdf = build(stem, tool)
    base = f"{stem}.{tool}"
    run(["pdftotext", "-enc", "UTF-8", pdf, os.path.join(ROOT, base + ".pdftotext.txt")])
    rows.append((base + ".pdf", key, "pdf"))
    rows.append((base + ".pdftotext.txt", key, "txt"))
    if try_layout and key != "-":
        lay = os.path.join(ROOT, base + ".layout.txt")
        run(["pdftotext", "-enc", "UTF-8", "-layout", pdf, lay])
        errs = []
        chk.check_file(base, chk.norm(open(lay, encoding="utf-8").read()), N[key], errs)
        if errs:
            os.remove(lay); print("layout dropped:", base, errs[:2])
        else:
            rows.append((base + ".layout.txt", key, "txt"))


NOTICES = [  # key, stem, tool, try layout, extra files
    ("ioe-hr-2041-06", "ioe-hr-2041-06-ioe", "chromium", True, [("ioe-hr-2041-06-ioe.html", "html")]),
    ("tps-vn-41-014", "tps-vn-41-014-tokelau", "libreoffice", True, []),
    ("cyn-41-233", "cyn-41-233-ceredigion", "libreoffice", True, [("cyn-41-233-cardiganbayjobs.txt", "txt")]),
    ("onacvg-drh-2041-112", "onacvg-drh-2041-112-onacvg", "weasyprint", True, []),
    ("ksg-op-2041-17", "ksg-op-2041-17-kosrae", "pdflatex", True, []),
    ("icac-va-2041-03", "icac-va-2041-03-icac", "weasyprint", True, [("icac-va-2041-03-email.txt", "txt")]),
    ("pnrhj-2041-05", "pnrhj-2041-05-hautjura", "pdflatex", True, []),
    ("ws-hr-2041-11", "ws-hr-2041-11-worldsailing", "chromium", True,
     [("ws-hr-2041-11-worldsailing.html", "html"), ("ws-hr-2041-11-bluewatercareers.txt", "txt")]),
    ("mru-hr-2041-04", "mru-hr-2041-04-mru", "weasyprint", True, []),
    ("ca19-rh-2041-08", "ca19-rh-2041-08-correze", "libreoffice", True, [("ca19-rh-2041-08-limousinemploi.md", "md")]),
]

if __name__ == "__main__":
    for f in os.listdir(ROOT):
        if f.endswith(".layout.txt"):
            os.remove(os.path.join(ROOT, f))
    for key, stem, tool, lay, extra in NOTICES:
        dumps(stem, tool, key, lay)
        for fn, fmt in extra:
            rows.append((fn, key, fmt))
    for k, tool in [("en_lo", "libreoffice"), ("fr_lo", "libreoffice"), ("en_wp", "weasyprint"),
                    ("fr_wp", "weasyprint"), ("en_tex", "pdflatex"), ("fr_tex", "pdflatex")]:
        dumps(NEG[k], tool, "-", False)
    with open(os.path.join(ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
        f.write("file\treference\tformat\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    print(len(rows), "rows")
