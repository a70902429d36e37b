#!/bin/sh
# Commands that made the PDFs and their dumps (run from the set folder).
set -e
cd "$(dirname "$0")/.."
# pdflatex job description (lmodern + glyphtounicode so that £ and ligatures extract)
(cd __build && pdflatex -interaction=nonstopmode bm-41-117-jobdescription.tex && mv bm-41-117-jobdescription.pdf ../bm-41-117-jobdescription.pdflatex.pdf && rm -f *.aux *.log)
# LibreOffice poster from HTML
(cd __build && soffice --headless --convert-to pdf:writer_web_pdf_Export nbm-2041-06-poster.html && mv nbm-2041-06-poster.pdf ../nbm-2041-06-poster.libreoffice.pdf)
# WeasyPrint fiche
weasyprint __build/cbna-2041-04-fiche.html cbna-2041-04-fiche.weasyprint.pdf
# Chromium PDFs of four non-notices (build-pdf.sh's command line)
for pdf in *.chromium.pdf; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$pdf" "${pdf%.chromium.pdf}.html"
done
for pdf in *.pdf; do pdftotext -enc UTF-8 "$pdf" "${pdf%.pdf}.pdftotext.txt"; done
python3 __build/manifest.py
