# Builds the PDFs and dumps, keeps a -layout dump only when check.py's check_file passes on it, writes MANIFEST.tsv.
import os, shutil, subprocess, sys, json, glob
B = os.path.dirname(os.path.abspath(__file__)); R = os.path.abspath(os.path.join(B, "..")); S = os.path.join(B, "src")
sys.path.insert(0, R); import check
def run(*a, **k): subprocess.run(list(a), check=True, capture_output=True, **k)
NOTICES = {  # key: list of (pdf name, tool, source)
 "fig-sg-2037-12": ("fig-sg-2037-12-fig", "weasyprint"), "dpa-vac-37-041": ("dpa-vac-37-041-gov-ai", "libreoffice"),
 "sic-ptd-37-0288": ("sic-ptd-37-0288-shetland", "libreoffice"), "hp-drh-2037-0163": ("hp-drh-2037-0163-haropa", "chromium"),
 "dhr-118-of-2037": ("dhr-118-of-2037-gov-vg", "pdflatex"), "iihf-hr-2037-09": ("iihf-hr-2037-09-iihf", "weasyprint"),
 "cnr-rh-2037-214": ("cnr-rh-2037-214-cnr", "pdflatex"), "ibu-2037-17": ("ibu-2037-17-ibu", "chromium"),
 "cnl-37-4471": ("cnl-37-4471-cnl", "weasyprint"), "adp-2037-0519": ("adp-2037-0519-groupeadp", "libreoffice")}
NEG = [("car-park-resurfacing-closure-kelstow-community-hospital.en", "weasyprint"),
       ("bereavement-leave-policy-harrowby-housing-trust.en", "libreoffice"),
       ("payroll-giving-leaflet-pennmoor-water.en", "pdflatex"),
       ("reglement-restaurant-administratif-cite-vauclair-sur-orne.fr", "weasyprint"),
       ("prise-en-charge-abonnements-transport-smeg-saint-gondran.fr", "libreoffice"),
       ("notice-prevoyance-collective-brunelles-emballages.fr", "pdflatex")]
EXTRA = {"hp-drh-2037-0163": ["hp-drh-2037-0163-haropa.html"], "ibu-2037-17": ["ibu-2037-17-ibu.html", "ibu-2037-17-snowsportjobs.txt"],
         "adp-2037-0519": ["adp-2037-0519-aerotalents.txt"], "sic-ptd-37-0288": ["sic-ptd-37-0288-islesjobs.txt"]}

def build(stem, tool):
    pdf = os.path.join(R, f"{stem}.{tool}.pdf")
    if tool == "weasyprint":
        run("weasyprint", os.path.join(S, f"{stem}.weasyprint.html"), pdf)
    elif tool == "chromium":
        run("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", f"--print-to-pdf={pdf}", os.path.join(R, f"{stem}.html"))
    elif tool == "pdflatex":
        out = os.path.join(B, "tex_out"); os.makedirs(out, exist_ok=True)
        for _ in range(2):
            run("pdflatex", "-interaction=nonstopmode", "-halt-on-error", f"-output-directory={out}", os.path.join(S, f"{stem}.pdflatex.tex"))
        shutil.copy(os.path.join(out, f"{stem}.pdflatex.pdf"), pdf)
    elif tool == "libreoffice":
        out = os.path.join(B, "lo_out"); os.makedirs(out, exist_ok=True)
        run("soffice", "--headless", "--convert-to", "pdf", "--outdir", out, os.path.join(S, f"{stem}.libreoffice.docx"))
        shutil.copy(os.path.join(out, f"{stem}.libreoffice.pdf"), pdf)
    run("pdftotext", "-enc", "UTF-8", pdf, os.path.join(R, f"{stem}.{tool}.pdftotext.txt"))
    return pdf

rows = []
for key, (stem, tool) in NOTICES.items():
    pdf = build(stem, tool)
    names = [f"{stem}.{tool}.pdf", f"{stem}.{tool}.pdftotext.txt"] + EXTRA.get(key, [])
    lay = os.path.join(R, f"{stem}.{tool}.layout.txt")
    run("pdftotext", "-enc", "UTF-8", "-layout", pdf, lay)
    exp = json.load(open(os.path.join(R, "expected", key + ".json")))
    errs = []; check.check_file("x", check.file_text(lay, "txt"), exp, errs)
    if errs:
        os.remove(lay); print("layout dropped:", stem, errs[:2])
    else:
        names.append(os.path.basename(lay))
    for n in names:
        rows.append((n, key, n.rsplit(".", 1)[1]))
for stem, tool in NEG:
    build(stem, tool)
    for n in (f"{stem}.{tool}.pdf", f"{stem}.{tool}.pdftotext.txt"):
        rows.append((n, "-", n.rsplit(".", 1)[1]))
with open(os.path.join(R, "MANIFEST.tsv"), "w") as f:
    f.write("file\treference\tformat\n")
    for r in sorted(rows[:], key=lambda r: (r[1] == "-", r[0])): f.write("\t".join(r) + "\n")
