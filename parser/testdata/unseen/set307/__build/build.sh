#!/bin/sh
# Commands that made every PDF and pdftotext dump of corpus307 (run from the set folder).
set -e
cd "$(dirname "$0")/.."
# WeasyPrint fiche (Rennes Métropole / Musée de Bretagne)
weasyprint __build/rm-2043-0418-fiche.html rm-2043-0418-fiche.weasyprint.pdf
# LibreOffice (Writer/Web) print of the Musée gruérien announcement
(cd __build && soffice --headless --convert-to 'pdf:writer_web_pdf_Export' mg-2043-05-annonce.html && mv mg-2043-05-annonce.pdf ../mg-2043-05-annonce.libreoffice.pdf)
# Chromium prints, with build-pdf.sh's command line
for pdf in *.chromium.pdf; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$pdf" "${pdf%.chromium.pdf}.html"
done
for pdf in *.pdf; do pdftotext -enc UTF-8 "$pdf" "${pdf%.pdf}.pdftotext.txt"; done
python3 __build/manifest.py
