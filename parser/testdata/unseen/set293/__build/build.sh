#!/bin/sh
# Commands that made every PDF and pdftotext dump of corpus293 (run from this folder).
set -e
cd "$(dirname "$0")"
soffice --headless --convert-to pdf:writer_web_pdf_Export bclm-42-031-recruitmentpack.html
mv bclm-42-031-recruitmentpack.pdf ../bclm-42-031-recruitmentpack.libreoffice.pdf
weasyprint 2042-1873306-fiche.html ../2042-1873306-fiche.weasyprint.pdf
pdflatex -interaction=nonstopmode ecom-2042-05-offre.tex
mv ecom-2042-05-offre.pdf ../ecom-2042-05-offre.pdflatex.pdf
rm -f ecom-2042-05-offre.aux ecom-2042-05-offre.log
cd ..
for pdf in *.chromium.pdf; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$pdf" "${pdf%.chromium.pdf}.html"
done
for pdf in *.pdf; do
  pdftotext -enc UTF-8 "$pdf" "${pdf%.pdf}.pdftotext.txt"
done
python3 __build/manifest.py
