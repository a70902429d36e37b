# Builds every PDF and dump of corpus291, keeps a -layout dump only where check.py's check_file passes on it,
# and writes MANIFEST.tsv. Run: /usr/bin/python3 __build/assemble.py (python-docx needed).
import importlib.util, json, os, shutil, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import data, r_html, r_weasy, r_docx, r_tex, r_board, r_neg
from data import N, ROOT, HERE

spec = importlib.util.spec_from_file_location("chk", os.path.join(ROOT, "check.py"))
chk = importlib.util.module_from_spec(spec); spec.loader.exec_module(chk)

LO = os.path.join(HERE, "lo_out"); TX = os.path.join(HERE, "tex_out")


def run(cmd, **kw):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)


def chromium(html, pdf):
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         "--print-to-pdf=" + pdf, html])


def weasy(html, pdf):
    run(["weasyprint", html, pdf])


def lo(docx, pdf):
    os.makedirs(LO, exist_ok=True)
    run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", LO, docx])
    shutil.copy(os.path.join(LO, os.path.basename(docx)[:-5] + ".pdf"), pdf)


def tex(src, pdf):
    os.makedirs(TX, exist_ok=True)
    for _ in range(2):
        run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "-output-directory", TX, src])
    shutil.copy(os.path.join(TX, os.path.basename(src)[:-4] + ".pdf"), pdf)


def dump(pdf, out, layout=False):
    cmd = ["pdftotext", "-enc", "UTF-8"] + (["-layout"] if layout else []) + [pdf, out]
    run(cmd)


def passes(path, key):
    exp = json.load(open(os.path.join(ROOT, "expected", key + ".json"), encoding="utf-8"))
    errs = []
    chk.check_file(path, chk.file_text(path, "txt"), exp, errs)
    return errs


def main():
    data.write_expected()
    rows = []
    r_html.build()
    r_board.build()
    w = r_weasy.build(); dx = r_docx.build(); tx = r_tex.build()
    pdfs = []  # (stem, tool, key)
    for name, key in (("wfeo-hr-2042-01-wfeo", "wfeo-hr-2042-01"), ("fil-hr-2042-03-fil", "fil-hr-2042-03"),
                      ("au-ibar-va-2042-05-auibar", "au-ibar-va-2042-05")):
        chromium(os.path.join(ROOT, name + ".html"), os.path.join(ROOT, name + ".chromium.pdf"))
        pdfs.append((name, "chromium", key))
    for stem, key in (("cnl-sg-2042-004-cnl", "cnl-sg-2042-004"), ("cma70-2042-rh-06-cma", "cma70-2042-rh-06")):
        weasy(w[stem], os.path.join(ROOT, stem + ".weasyprint.pdf")); pdfs.append((stem, "weasyprint", key))
    for stem, key in (("mps-vac-42-019-belize", "mps-vac-42-019"), ("dnp-hr-42-07-dartmoor", "dnp-hr-42-07"),
                      ("ilzsg-sec-42-02-ilzsg", "ilzsg-sec-42-02")):
        lo(dx[stem], os.path.join(ROOT, stem + ".libreoffice.pdf")); pdfs.append((stem, "libreoffice", key))
    for stem, key in (("dhr-42-0031-amsamoa", "dhr-42-0031"), ("pnrbv-2042-02-ballons", "pnrbv-2042-02")):
        tex(tx[stem], os.path.join(ROOT, stem + ".pdflatex.pdf")); pdfs.append((stem, "pdflatex", key))
    extra = {"mps-vac-42-019": ["mps-vac-42-019-whatsapp.txt"], "dnp-hr-42-07": ["dnp-hr-42-07-moorlandjobs.txt"],
             "fil-hr-2042-03": ["fil-hr-2042-03-fil.html", "fil-hr-2042-03-wintersportjobs.txt"],
             "wfeo-hr-2042-01": ["wfeo-hr-2042-01-wfeo.html"], "au-ibar-va-2042-05": ["au-ibar-va-2042-05-auibar.html"],
             "cma70-2042-rh-06": ["cma70-2042-rh-06-artisanatemploi.md"], "ilzsg-sec-42-02": ["ilzsg-sec-42-02-email.txt"]}
    kept, dropped = [], []
    for stem, tool, key in pdfs:
        pdf = f"{stem}.{tool}.pdf"
        rows.append((pdf, key, "pdf"))
        d = f"{stem}.{tool}.pdftotext.txt"; dump(os.path.join(ROOT, pdf), os.path.join(ROOT, d)); rows.append((d, key, "txt"))
        lay = f"{stem}.{tool}.layout.txt"; lp = os.path.join(ROOT, lay); dump(os.path.join(ROOT, pdf), lp, layout=True)
        e = passes(lp, key)
        if e:
            os.remove(lp); dropped.append((lay, len(e), e[:3]))
        else:
            rows.append((lay, key, "txt")); kept.append(lay)
        for x in extra.get(key, []):
            rows.append((x, key, x.rsplit(".", 1)[1]))
    neg = r_neg.build()
    for stem, (kind, src) in neg.items():
        tool = {"docx": "libreoffice", "html": "weasyprint", "tex": "pdflatex"}[kind]
        pdf = os.path.join(ROOT, f"{stem}.{tool}.pdf")
        {"docx": lo, "html": weasy, "tex": tex}[kind](src, pdf)
        dump(pdf, pdf[:-4] + ".pdftotext.txt")
        rows.append((f"{stem}.{tool}.pdf", "-", "pdf")); rows.append((f"{stem}.{tool}.pdftotext.txt", "-", "txt"))
    with open(os.path.join(ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
        f.write("file\treference\tformat\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    print("layout kept:", kept)
    for x in dropped:
        print("layout dropped:", x)


if __name__ == "__main__":
    main()
