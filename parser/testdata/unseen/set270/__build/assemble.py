# Builds every PDF and dump, keeps -layout dumps only when check.py's check_file passes on them, writes MANIFEST.tsv.
import glob, json, os, shutil, subprocess, sys
B = os.path.dirname(os.path.abspath(__file__)); TOP = os.path.abspath(os.path.join(B, "..")); SRC = os.path.join(B, "src")
sys.path.insert(0, TOP)
import check
from data import D
from r_neg import NEG

def run(cmd, **kw):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)

NOTICES = {  # key -> (stem, tool)
    "fim-hr-2040-03": ("fim-hr-2040-03-fim", "chromium"),
    "csd-hr-40-011": ("csd-hr-40-011-nauru", "libreoffice"),
    "iow-ce-40-052": ("iow-ce-40-052-iowcouncil", "libreoffice"),
    "inpi-drh-2040-031": ("inpi-drh-2040-031-inpi", "chromium"),
    "pso-2040-022": ("pso-2040-022-kiribati", "pdflatex"),
    "icsg-va-2040-02": ("icsg-va-2040-02-icsg", "weasyprint"),
    "pnmi-2040-07": ("pnmi-2040-07-iroise", "pdflatex"),
    "uipm-2040-05": ("uipm-2040-05-uipm", "chromium"),
    "fai-hr-2040-02": ("fai-hr-2040-02-fai", "weasyprint"),
    "psf-2040-019": ("psf-2040-019-portsete", "libreoffice"),
}
EXTRA = {"fim-hr-2040-03": ["fim-hr-2040-03-fim.html"], "inpi-drh-2040-031": ["inpi-drh-2040-031-inpi.html"],
         "uipm-2040-05": ["uipm-2040-05-uipm.html", "uipm-2040-05-rivierasportjobs.txt"],
         "iow-ce-40-052": ["iow-ce-40-052-wightworks.txt"], "psf-2040-019": ["psf-2040-019-littoralemploi.txt"]}

def build(src_stem, tool, out_pdf):
    if tool == "chromium":
        run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
             "--print-to-pdf=" + out_pdf, os.path.join(TOP, src_stem + ".html")])
    elif tool == "weasyprint":
        run(["weasyprint", os.path.join(SRC, src_stem + ".html"), out_pdf])
    elif tool == "libreoffice":
        lo = os.path.join(B, "lo_out"); os.makedirs(lo, exist_ok=True)
        run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", lo, os.path.join(SRC, src_stem + ".docx")])
        shutil.move(os.path.join(lo, src_stem + ".pdf"), out_pdf)
    elif tool == "pdflatex":
        tx = os.path.join(B, "tex_out"); os.makedirs(tx, exist_ok=True)
        for _ in range(2):
            run(["pdflatex", "-interaction=nonstopmode", "-output-directory", tx, os.path.join(SRC, src_stem + ".tex")])
        shutil.move(os.path.join(tx, src_stem + ".pdf"), out_pdf)

def dump(pdf, out, layout=False):
    cmd = ["pdftotext", "-enc", "UTF-8"] + (["-layout"] if layout else []) + [pdf, out]
    run(cmd)

rows = []
for key, (stem, tool) in NOTICES.items():
    src_stem = stem + "." + tool if tool in ("libreoffice",) else stem
    if tool == "libreoffice": src_stem = stem + ".libreoffice"
    if tool == "pdflatex" or tool == "weasyprint": src_stem = stem
    pdf = os.path.join(TOP, f"{stem}.{tool}.pdf")
    build(src_stem, tool, pdf)
    dump(pdf, os.path.join(TOP, f"{stem}.{tool}.pdftotext.txt"))
    lay = os.path.join(TOP, f"{stem}.{tool}.layout.txt"); dump(pdf, lay, layout=True)
    errs = []
    check.check_file("layout", check.file_text(lay, "txt"), D[key], errs)
    files = [f"{stem}.{tool}.pdf", f"{stem}.{tool}.pdftotext.txt"]
    if errs:
        os.remove(lay); print("layout dropped:", key, errs[:2])
    else:
        files.append(f"{stem}.{tool}.layout.txt")
    files += EXTRA.get(key, [])
    for f in sorted(files):
        rows.append((f, key, f.rsplit(".", 1)[1]))
for stem, kind, _ in NEG:
    tool = {"lo": "libreoffice", "wp": "weasyprint", "tex": "pdflatex"}[kind]
    pdf = os.path.join(TOP, stem + ".pdf")
    if kind == "lo":
        lo = os.path.join(B, "lo_out"); os.makedirs(lo, exist_ok=True)
        run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", lo, os.path.join(SRC, stem + ".docx")])
        shutil.move(os.path.join(lo, stem + ".pdf"), pdf)
    else:
        build(stem, tool, pdf)
    dump(pdf, os.path.join(TOP, stem + ".pdftotext.txt"))
    rows += [(stem + ".pdf", "-", "pdf"), (stem + ".pdftotext.txt", "-", "txt")]
with open(os.path.join(TOP, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
    f.write("file\treference\tformat\n")
    for r in rows: f.write("\t".join(r) + "\n")
print(len(rows), "rows")
