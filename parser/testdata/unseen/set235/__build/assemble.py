# Builds every PDF, the dumps, keeps -layout dumps only when check.py's check_file passes, writes MANIFEST.tsv
import os, subprocess, shutil, json, sys, glob
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE); SRC = os.path.join(HERE, "src")
sys.path.insert(0, ROOT)
import check
def run(*a, **k): subprocess.run(list(a), check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **k)
def dump(pdf, layout=False):
    a = ["pdftotext", "-enc", "UTF-8"] + (["-layout"] if layout else []) + [pdf, "-"]
    return subprocess.run(a, capture_output=True, check=True).stdout.decode("utf-8")
rows = []
NOTICES = [  # (pdf name, key, tool, source)
 ("uia-sg-2037-03-uia.chromium.pdf", "uia-sg-2037-03", "chromium", "uia-sg-2037-03-uia.html"),
 ("wa-2037-hr-04-worldarchery.chromium.pdf", "wa-2037-hr-04", "chromium", "wa-2037-hr-04-worldarchery.html"),
 ("odg-hrmu-37-112-gov-ms.libreoffice.pdf", "odg-hrmu-37-112", "libreoffice", "odg-hrmu-37-112-gov-ms.docx"),
 ("aig-hr-2037-019-ascension.libreoffice.pdf", "aig-hr-2037-019", "libreoffice", "aig-hr-2037-019-ascension.docx"),
 ("cdf-drh-2037-044-collegedefrance.weasyprint.pdf", "cdf-drh-2037-044", "weasyprint", "cdf-drh-2037-044-collegedefrance.html"),
 ("oic-ed-37-0263-orkney.weasyprint.pdf", "oic-ed-37-0263", "weasyprint", "oic-ed-37-0263-orkney.html"),
 ("issa-vn-2037-06-issa.weasyprint.pdf", "issa-vn-2037-06", "weasyprint", "issa-vn-2037-06-issa.html"),
 ("cda-sn-2037-0381-chantiers.weasyprint.pdf", "cda-sn-2037-0381", "weasyprint", "cda-sn-2037-0381-chantiers.html"),
 ("ifla-hq-2037-07-ifla.pdflatex.pdf", "ifla-hq-2037-07", "pdflatex", "ifla-hq-2037-07-ifla.tex"),
 ("mn-rh-2037-015-mobiliernational.pdflatex.pdf", "mn-rh-2037-015", "pdflatex", "mn-rh-2037-015-mobiliernational.tex"),
]
import r_neg
NEGS = [(stem + "." + {"docx": "libreoffice", "html": "weasyprint", "tex": "pdflatex"}[kind] + ".pdf", "-",
         {"docx": "libreoffice", "html": "weasyprint", "tex": "pdflatex"}[kind], stem + "." + {"docx": "docx", "html": "html", "tex": "tex"}[kind])
        for stem, (kind, _) in r_neg.NEG.items()]
def build(pdf, tool, source):
    out = os.path.join(ROOT, pdf)
    if tool == "chromium":
        run("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--print-to-pdf=" + out, os.path.join(ROOT, source))
    elif tool == "weasyprint":
        run("weasyprint", os.path.join(SRC, source), out)
    elif tool == "libreoffice":
        run("soffice", "--headless", "--convert-to", "pdf", "--outdir", SRC, os.path.join(SRC, source))
        shutil.copy(os.path.join(SRC, source.rsplit(".", 1)[0] + ".pdf"), out)
    elif tool == "pdflatex":
        for _ in range(2): run("pdflatex", "-interaction=nonstopmode", source, cwd=SRC)
        shutil.copy(os.path.join(SRC, source.rsplit(".", 1)[0] + ".pdf"), out)
kept, dropped = [], []
for pdf, key, tool, source in NOTICES + NEGS:
    build(pdf, tool, source)
    ref = key
    rows.append((pdf, ref, "pdf"))
    base = pdf[:-4]
    open(os.path.join(ROOT, base + ".pdftotext.txt"), "w", encoding="utf-8").write(dump(os.path.join(ROOT, pdf)))
    rows.append((base + ".pdftotext.txt", ref, "txt"))
    if tool == "chromium": rows.append((source, ref, "html"))
    if ref != "-":
        lay = dump(os.path.join(ROOT, pdf), True); errs = []
        exp = json.load(open(os.path.join(ROOT, "expected", key + ".json"), encoding="utf-8"))
        check.check_file("x", check.norm(lay), exp, errs)
        lp = os.path.join(ROOT, base.replace(".pdftotext", "") + ".layout.txt")
        if not errs:
            open(lp, "w", encoding="utf-8").write(lay); rows.append((os.path.basename(lp), ref, "txt")); kept.append(key)
        else:
            if os.path.exists(lp): os.remove(lp)
            dropped.append((key, errs[:2]))
for b in glob.glob(os.path.join(ROOT, "*-*.txt")):
    fn = os.path.basename(b)
    if not fn.endswith((".pdftotext.txt", ".layout.txt")):
        key = next(k for _, k, _, _ in NOTICES if fn.startswith(k + "-"))
        rows.append((fn, key, "txt"))
rows.sort(key=lambda r: (r[1] == "-", r[0]))
with open(os.path.join(ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
    f.write("file\treference\tformat\n")
    for r in rows: f.write("\t".join(r) + "\n")
print("layout kept:", kept); print("layout dropped:"); [print(" ", k, e) for k, e in dropped]
