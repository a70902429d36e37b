#!/bin/sh
# Commands that made every PDF and pdftotext dump of corpus279 (run from the set folder).
set -e
cd "$(dirname "$0")/.."
# LibreOffice job pack (source: __build/pcnpa-rw-41-02-jobpack.html)
(cd __build && soffice --headless --convert-to pdf --outdir .. pcnpa-rw-41-02-jobpack.html)
mv pcnpa-rw-41-02-jobpack.pdf pcnpa-rw-41-02-jobpack.libreoffice.pdf
# WeasyPrint fiche (source: __build/meg-2041-03-fiche.html)
weasyprint __build/meg-2041-03-fiche.html meg-2041-03-fiche.weasyprint.pdf
# Chromium PDFs of four non-notices, build-pdf.sh's command line
for pdf in *.chromium.pdf; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$pdf" "${pdf%.chromium.pdf}.html"
done
for pdf in *.pdf; do pdftotext -enc UTF-8 "$pdf" "${pdf%.pdf}.pdftotext.txt"; done
python3 __build/manifest.py
