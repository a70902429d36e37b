#!/bin/sh
# Rebuilds the PDFs of corpus300 and their pdftotext dumps (run from the set folder).
set -e
cd "$(dirname "$0")/.."
# LibreOffice role profile (English Heritage)
tmp=$(mktemp -d)
soffice --headless --convert-to pdf:writer_web_pdf_Export --outdir "$tmp" __build/eh-42-0457-rolepack.html >/dev/null
mv "$tmp/eh-42-0457-rolepack.pdf" eh-42-0457-rolepack.libreoffice.pdf
rm -rf "$tmp"
# WeasyPrint fiche de poste (Parc national des Calanques)
weasyprint __build/2042-2318764-fiche.html 2042-2318764-fiche.weasyprint.pdf
# Chromium PDFs of the non-notices, with build-pdf.sh's command line
for pdf in *.chromium.pdf; do
  [ -f "${pdf%.chromium.pdf}.html" ] || continue
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$pdf" "${pdf%.chromium.pdf}.html" 2>/dev/null
done
for pdf in *.pdf; do
  pdftotext -enc UTF-8 "$pdf" "${pdf%.pdf}.pdftotext.txt"
done
