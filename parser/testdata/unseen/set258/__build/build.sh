#!/bin/sh
# Commands that made the PDFs of corpus258 and their dumps (run from anywhere).
set -e
cd "$(dirname "$0")/.."
# LibreOffice (Writer/Web) PDF of the Bibracte fiche de poste
soffice --headless --convert-to pdf:writer_web_pdf_Export --outdir __build __build/bib-2039-04-fiche.html
mv __build/bib-2039-04-fiche.pdf bib-2039-04-fiche.libreoffice.pdf
# WeasyPrint poster of Canards Illimités Canada / Ducks Unlimited Canada
weasyprint __build/qc-2039-031-affiche.html qc-2039-031-affiche.weasyprint.pdf
# Chromium PDFs (build-pdf.sh's command line)
for pdf in *.chromium.pdf; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$pdf" "${pdf%.chromium.pdf}.html"
done
for pdf in *.pdf; do pdftotext -enc UTF-8 "$pdf" "${pdf%.pdf}.pdftotext.txt"; done
python3 __build/manifest.py
