# Builds every rendering of corpus249, the dumps, expected/ and MANIFEST.tsv.
# Run from anywhere: python3 __build/assemble.py  (python-docx is only in Debian's /usr/bin/python3)
import json, os, shutil, subprocess, sys

B = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(B)
SRC = os.path.join(B, "src")
sys.path.insert(0, B); sys.path.insert(0, ROOT)
import data, r_html, r_tex, r_board, r_neg
import check

os.makedirs(SRC, exist_ok=True)
data.write_expected(ROOT)
rows = []  # (file, reference, format)


def sh(*a, cwd=None):
    subprocess.run(a, check=True, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def dumps(pdf, key, layout=True):
    base = pdf[:-4]
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], capture_output=True, check=True).stdout.decode()
    open(base + ".pdftotext.txt", "w", encoding="utf-8").write(out)
    rows.append((os.path.basename(pdf), key, "pdf"))
    rows.append((os.path.basename(base) + ".pdftotext.txt", key, "txt"))
    if key != "-" and layout:
        lay = subprocess.run(["pdftotext", "-enc", "UTF-8", "-layout", pdf, "-"], capture_output=True, check=True).stdout.decode()
        errs = []
        exp = json.load(open(os.path.join(ROOT, "expected", key + ".json"), encoding="utf-8"))
        check.check_file("layout", check.norm(lay), exp, errs)
        lp = base + ".layout.txt"
        if not errs:
            open(lp, "w", encoding="utf-8").write(lay)
            rows.append((os.path.basename(lp), key, "txt"))
        else:
            print("layout dropped:", os.path.basename(pdf), errs[:2])
            if os.path.exists(lp): os.remove(lp)


def chromium(stem, html, key):
    hp = os.path.join(ROOT, stem + ".html")
    open(hp, "w", encoding="utf-8").write(html)
    pdf = os.path.join(ROOT, stem + ".chromium.pdf")
    sh("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
       "--print-to-pdf=" + pdf, hp)
    rows.append((stem + ".html", key, "html"))
    dumps(pdf, key)


def weasy(stem, html, key):
    hp = os.path.join(SRC, stem + ".html")
    open(hp, "w", encoding="utf-8").write(html)
    pdf = os.path.join(ROOT, stem + ".weasyprint.pdf")
    sh("weasyprint", hp, pdf)
    dumps(pdf, key, layout=key != "-")


def office(stem, fn, key):
    dx = os.path.join(SRC, stem + ".docx")
    sh("/usr/bin/python3", os.path.join(B, "r_docx.py"), fn, dx, cwd=B)
    sh("soffice", "-env:UserInstallation=file:///tmp/lo249profile", "--headless", "--convert-to", "pdf", "--outdir", SRC, dx)
    pdf = os.path.join(ROOT, stem + ".libreoffice.pdf")
    shutil.move(os.path.join(SRC, stem + ".pdf"), pdf)
    dumps(pdf, key, layout=key != "-")


def latex(stem, tex, key):
    tp = os.path.join(SRC, stem + ".tex")
    open(tp, "w", encoding="utf-8").write(tex)
    for _ in range(2):
        sh("pdflatex", "-interaction=nonstopmode", "-halt-on-error", stem + ".tex", cwd=SRC)
    pdf = os.path.join(ROOT, stem + ".pdflatex.pdf")
    shutil.move(os.path.join(SRC, stem + ".pdf"), pdf)
    dumps(pdf, key, layout=key != "-")


def board(name, text, key):
    open(os.path.join(ROOT, name), "w", encoding="utf-8").write(text)
    rows.append((name, key, "txt"))


chromium("fie-rh-2038-06-fie", r_html.fie(), "fie-rh-2038-06")
office("dps-vac-38-027-govt-lc", "stlucia", "dps-vac-38-027")
office("cnes-ts-38-114-cne-siar", "cnes", "cnes-ts-38-114")
board("cnes-ts-38-114-westernisleswork.txt", r_board.cnes(), "cnes-ts-38-114")
weasy("get-rh-2038-0412-getlink", r_html.getlink(), "get-rh-2038-0412")
latex("pwd-38-061-gov-tc", r_tex.tcig(), "pwd-38-061")
weasy("cto-hr-2038-04-cto", r_html.cto(), "cto-hr-2038-04")
latex("sgp-drh-2038-087-sgp", r_tex.sgp(), "sgp-drh-2038-087")
chromium("icf-2038-11-canoeicf", r_html.icf(), "icf-2038-11")
board("icf-2038-11-sportjobssuisse.txt", r_board.icf(), "icf-2038-11")
weasy("iala-vn-2038-02-iala", r_html.iala(), "iala-vn-2038-02")
office("syc-2038-045-syctom", "syctom", "syc-2038-045")
board("syc-2038-045-territoirestalents.txt", r_board.syctom(), "syc-2038-045")

weasy("smoke-free-workplace-policy-brenley-moor-district-council.en", r_neg.smoking_html(), "-")
office("menopause-support-guidance-kilnsey-bridge-housing-association.en", "menopause", "-")
latex("electric-vehicle-charging-policy-dunmere-port-authority.en", r_neg.ev_tex(), "-")
weasy("charte-droit-a-la-deconnexion-cooperative-laitiere-des-hauts-vallons.fr", r_neg.deconnexion_html(), "-")
office("journee-de-solidarite-modalites-2038-agglomeration-du-pays-de-valmorin.fr", "solidarite", "-")
latex("reglement-salle-de-sport-centre-hospitalier-de-montcalvet.fr", r_neg.gym_tex(), "-")

for f in os.listdir(SRC):
    if f.rsplit(".", 1)[-1] in ("aux", "log", "out"):
        os.remove(os.path.join(SRC, f))
notices = sorted(r for r in rows if r[1] != "-")
negs = sorted(r for r in rows if r[1] == "-")
with open(os.path.join(ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
    f.write("file\treference\tformat\n")
    for r in notices + negs:
        f.write("\t".join(r) + "\n")
print(len(notices), "notice rows,", len(negs), "non-notice rows")
