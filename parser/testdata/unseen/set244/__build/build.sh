#!/bin/sh
# Commands that made the PDFs of corpus244 and their dumps (run from the set folder).
set -e
cd "$(dirname "$0")/.."
# LibreOffice (Writer/Web) PDF of the fiche de poste
soffice --headless --convert-to pdf:writer_web_pdf_Export --outdir __build __build/mnm-2038-004-fiche.html
mv __build/mnm-2038-004-fiche.pdf mnm-2038-004-fiche.libreoffice.pdf
# Chromium PDFs (build-pdf.sh's command line)
for pdf in *.chromium.pdf; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$pdf" "${pdf%.chromium.pdf}.html"
done
for pdf in *.pdf; do pdftotext -enc UTF-8 "$pdf" "${pdf%.pdf}.pdftotext.txt"; done
