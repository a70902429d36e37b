"""Rebuilds every notice rendering and expected file of corpus191.
python3 __build/build.py          # text, HTML, Markdown, expected; LaTeX PDF (n07)
python3 __build/build.py --pdf    # also Chromium, LibreOffice and WeasyPrint PDFs and their pdftotext dumps
The six non-notices and MANIFEST.tsv are hand-written."""
import os, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
for n in sorted(f for f in os.listdir(HERE) if f.startswith("n") and f.endswith(".py")):
    subprocess.run([sys.executable, n], cwd=HERE, check=True)
if "--pdf" in sys.argv:
    def run(*a, **k): subprocess.run(a, check=True, **k)
    g = "pra33j-118276-000031-gcjobs"
    run("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", f"--print-to-pdf={g}.chromium.pdf", f"{g}.html", cwd=OUT)
    run("soffice", "--headless", "--convert-to", "pdf:writer_pdf_Export", "--outdir", "lo", "chaudfontaine-avis.html", cwd=HERE)
    os.replace(os.path.join(HERE, "lo", "chaudfontaine-avis.pdf"), os.path.join(OUT, "rh-2033-019-chaudfontaine.libreoffice.pdf"))
    run("weasyprint", "fdl-2033-022-fdl.html", "fdl-2033-022-fdl.weasyprint.pdf", cwd=OUT)
    for p in (f"{g}.chromium.pdf", "rh-2033-019-chaudfontaine.libreoffice.pdf", "fdl-2033-022-fdl.weasyprint.pdf"):
        run("pdftotext", "-enc", "UTF-8", p, p[:-4] + ".pdftotext.txt", cwd=OUT)
