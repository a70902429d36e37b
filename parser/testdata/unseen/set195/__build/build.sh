#!/bin/sh
# Rebuilds the PDFs of corpus195 and their pdftotext dumps (run from the set folder).
set -e
for h in upov-va-2033-12-upov census-transcription-record-1911-family-history.en \
         flight-delay-compensation-claim-skylark-air.en bulletin-paroissial-saint-martin-val-de-loue.fr; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=$h.chromium.pdf $h.html
done
weasyprint __build/ec-2033-19-engineerscanada.html ec-2033-19-engineerscanada.weasyprint.pdf
(cd __build && soffice --headless --convert-to pdf:writer_web_pdf_Export jr2033-1187-rnli-roleprofile.html)
mv __build/jr2033-1187-rnli-roleprofile.pdf jr2033-1187-rnli-roleprofile.libreoffice.pdf
for p in *.pdf; do pdftotext -enc UTF-8 "$p" "${p%.pdf}.pdftotext.txt"; done
