#!/bin/sh
# Commands that made the PDFs of corpus251 and their dumps (run from anywhere).
set -e
cd "$(dirname "$0")/.."
# LibreOffice (Writer/Web) PDF of the NTS job description
soffice --headless --convert-to pdf:writer_web_pdf_Export --outdir __build __build/nts-2038-114-jobdescription.html
mv __build/nts-2038-114-jobdescription.pdf nts-2038-114-jobdescription.libreoffice.pdf
# WeasyPrint PDF of the LPO fiche de poste
weasyprint __build/lpo-2038-rh-17-fiche.html lpo-2038-rh-17-fiche.weasyprint.pdf
# Chromium PDFs (build-pdf.sh's command line)
for pdf in *.chromium.pdf; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$pdf" "${pdf%.chromium.pdf}.html"
done
for pdf in *.pdf; do pdftotext -enc UTF-8 "$pdf" "${pdf%.pdf}.pdftotext.txt"; done
python3 __build/manifest.py
