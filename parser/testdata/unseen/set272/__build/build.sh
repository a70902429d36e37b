#!/bin/sh
# Makes every PDF of corpus272 and its pdftotext dump. Run from the set folder.
set -e
cd "$(dirname "$0")/.."
# LibreOffice (Writer/Web) job pack
soffice --headless --convert-to pdf --outdir __build __build/mr-cur-40-06-jobpack.html
mv __build/mr-cur-40-06-jobpack.pdf mr-cur-40-06-jobpack.libreoffice.pdf
# WeasyPrint fiche
weasyprint __build/cdm-40-017-fiche.html cdm-40-017-fiche.weasyprint.pdf
# Chromium PDFs of the non-notices (build-pdf.sh's command line)
for html in well-dressing-*.html wassail-*.html fiche-d-inventaire-*.html permis-de-feu-*.html; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="${html%.html}.chromium.pdf" "$html"
done
for pdf in *.pdf; do
  pdftotext -enc UTF-8 "$pdf" "${pdf%.pdf}.pdftotext.txt"
done
