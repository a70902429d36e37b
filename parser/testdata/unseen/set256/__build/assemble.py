# Builds every PDF and dump, keeps a -layout dump only when check.py's own check_file passes on it,
# and writes MANIFEST.tsv.  Run with Debian's /usr/bin/python3 (python-docx).
import glob, importlib.util, json, os, shutil, subprocess, sys
import data, r_html, r_docx, r_tex, r_board, r_neg
from data import N, ROOT, HERE

spec = importlib.util.spec_from_file_location("chk", os.path.join(ROOT, "check.py"))
chk = importlib.util.module_from_spec(spec); spec.loader.exec_module(chk)

SRC = os.path.join(HERE, "src"); LO = os.path.join(HERE, "lo_out"); TX = os.path.join(HERE, "tex_out")
for d in (LO, TX): os.makedirs(d, exist_ok=True)


def run(cmd, **kw):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)


def weasy(stem):
    out = os.path.join(ROOT, stem + ".weasyprint.pdf")
    run(["weasyprint", os.path.join(SRC, stem + ".weasyprint.html" if os.path.exists(os.path.join(SRC, stem + ".weasyprint.html")) else stem + ".html"), out])
    return out


def chromium(stem):
    out = os.path.join(ROOT, stem + ".chromium.pdf")
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         f"--print-to-pdf={out}", os.path.join(ROOT, stem + ".html")])
    return out


def lo(docx, stem):
    run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", LO, docx])
    out = os.path.join(ROOT, stem + ".libreoffice.pdf")
    shutil.copy(os.path.join(LO, os.path.basename(docx)[:-5] + ".pdf"), out)
    return out


def latex(tex, stem):
    for _ in range(2):
        run(["pdflatex", "-interaction=nonstopmode", "-output-directory", TX, tex])
    out = os.path.join(ROOT, stem + ".pdflatex.pdf")
    shutil.copy(os.path.join(TX, os.path.basename(tex)[:-4] + ".pdf"), out)
    return out


def dumps(pdf, key=None, layout=True):
    base = pdf[:-4]
    run(["pdftotext", "-enc", "UTF-8", pdf, base + ".pdftotext.txt"])
    files = [pdf, base + ".pdftotext.txt"]
    if key and layout:
        lay = base + ".layout.txt"
        run(["pdftotext", "-enc", "UTF-8", "-layout", pdf, lay])
        errs = []
        chk.check_file("x", chk.norm(open(lay, encoding="utf-8").read()), N[key], errs)
        if errs:
            os.remove(lay); print("dropped layout:", os.path.basename(lay), errs[:2])
        else:
            files.append(lay)
    return files


def main():
    for f in glob.glob(os.path.join(ROOT, "*")):
        if os.path.isfile(f) and os.path.basename(f) not in ("check.py", "build-pdf.sh", "NOTES.md"):
            os.remove(f)
    data.write_expected()
    r_html.isu(); r_html.ign(); r_html.iso(); r_html.wt(); r_html.uclg()
    r_board.tristan(); r_board.wt(); r_board.gpmm()
    rows = []
    def add(files, key):
        for f in files:
            fn = os.path.basename(f); ext = fn.rsplit(".", 1)[1]
            rows.append((fn, key or "-", ext))
    K = "isu-hr-2039-03"; add(dumps(weasy("isu-hr-2039-03-isu"), K), K)
    K = "cp-hr-39-007"; add(dumps(lo(r_docx.sark(), "cp-hr-39-007-sark"), K), K)
    K = "tdc-hr-39-02"; add(dumps(lo(r_docx.tristan(), "tdc-hr-39-02-tristan"), K) + ["tdc-hr-39-02-atlanticpostings.txt"], K)
    K = "ign-drh-2039-027"; add(["ign-drh-2039-027-ign.html"] + dumps(chromium("ign-drh-2039-027-ign"), K), K)
    K = "opsc-2039-014"; add(dumps(latex(r_tex.cook(), "opsc-2039-014-cookislands"), K), K)
    K = "iso-vn-2039-01"; add(dumps(weasy("iso-vn-2039-01-isosugar"), K), K)
    K = "pnpc-2039-06"; add(dumps(latex(r_tex.portcros(), "pnpc-2039-06-portcros"), K), K)
    K = "wt-2039-05"; add(["wt-2039-05-worldtriathlon.html"] + dumps(chromium("wt-2039-05-worldtriathlon"), K) + ["wt-2039-05-endurancecareers.txt"], K)
    K = "uclg-ws-2039-04"; add(dumps(weasy("uclg-ws-2039-04-uclg"), K), K)
    K = "gpmm-2039-0112"; add(dumps(lo(r_docx.gpmm(), "gpmm-2039-0112-marseille-port"), K) + ["gpmm-2039-0112-quaisemploi.txt"], K)
    for stem, (tool, src) in r_neg.build().items():
        if tool == "libreoffice": pdf = lo(src, stem)
        elif tool == "weasyprint":
            out = os.path.join(ROOT, stem + ".weasyprint.pdf"); run(["weasyprint", src, out]); pdf = out
        else: pdf = latex(src, stem)
        add(dumps(pdf, None, False), None)
    notices = sorted(r for r in rows if r[1] != "-"); negs = sorted(r for r in rows if r[1] == "-")
    with open(os.path.join(ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
        f.write("file\treference\tformat\n")
        for r in notices + negs: f.write("\t".join(r) + "\n")
    print(len(notices), "notice rows,", len(negs), "non-notice rows")


if __name__ == "__main__":
    main()
