#!/bin/sh
# Rebuilds every PDF of corpus216 and its pdftotext dump (run from the corpus folder's parent or anywhere).
set -e
cd "$(dirname "$0")/.."
soffice --headless --convert-to pdf:writer_web_pdf_Export --outdir /tmp/c216 __build/mba-2035-22-jobpack.libreoffice.html
cp /tmp/c216/mba-2035-22-jobpack.libreoffice.pdf .
weasyprint __build/pnc-2035-sig-04-fiche.weasyprint.html pnc-2035-sig-04-fiche.weasyprint.pdf
for n in cca-2035-114-cca software-licence-agreement-system-requirements-tidemark-cad.en \
         classement-officiel-cyclosportive-la-grimpee-du-mont-aiguille.fr arboricultural-tree-survey-report-5-beech-grove.en; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$n.chromium.pdf" "$n.html"
done
for p in *.pdf; do pdftotext -enc UTF-8 "$p" "${p%.pdf}.pdftotext.txt"; done
