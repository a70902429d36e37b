#!/bin/sh
# Builds every PDF of corpus321 and its pdftotext dump. Run from the set folder.
set -e
cd "$(dirname "$0")/.."
# LibreOffice: the Luberon fiche de poste, from its HTML source in __build/
tmp=$(mktemp -d)
soffice --headless --convert-to pdf:writer_web_pdf_Export --outdir "$tmp" __build/pnrlub-2044-012-fiche.html >/dev/null
mv "$tmp/pnrlub-2044-012-fiche.pdf" pnrlub-2044-012-fiche.libreoffice.pdf
rmdir "$tmp"
# Chromium, with build-pdf.sh's command line: every NAME.chromium.pdf from NAME.html
for html in $(cat __build/chromium.lst); do
  pdf="${html%.html}.chromium.pdf"
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$pdf" "$html" 2>/dev/null
done
for pdf in *.pdf; do
  pdftotext -enc UTF-8 "$pdf" "${pdf%.pdf}.pdftotext.txt"
done
