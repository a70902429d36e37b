#!/bin/sh
# Rebuilds every generated file of corpus328: notice renderings and expected files
# (gen_notices.py), the PDFs and their pdftotext dumps, and MANIFEST.tsv (manifest.py).
set -e
cd "$(dirname "$0")"
B=$(pwd); S=$(dirname "$B")
python3 gen_notices.py
# WeasyPrint fiche
weasyprint orn-2045-006-fiche.html "$S/orn-2045-006-fiche.weasyprint.pdf"
# LibreOffice booklet (HTML opened by Writer/Web, exported to PDF)
rm -rf /tmp/lo328 && mkdir -p /tmp/lo328
soffice --headless -env:UserInstallation=file:///tmp/lo328/profile --convert-to pdf:writer_web_pdf_Export --outdir /tmp/lo328 cb-45-007-booklet.html
cp /tmp/lo328/cb-45-007-booklet.pdf "$S/cb-45-007-booklet.libreoffice.pdf"
# Chromium prints, with build-pdf.sh's command line
for h in $(cat chromium.lst); do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$S/${h%.html}.chromium.pdf" "$S/$h"
done
for p in "$S"/*.pdf; do
  pdftotext -enc UTF-8 "$p" "${p%.pdf}.pdftotext.txt"
done
python3 manifest.py
