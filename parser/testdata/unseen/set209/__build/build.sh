#!/bin/sh
# Commands that made the PDFs and dumps of corpus209 (run from the set folder).
set -e
for h in mnhn-dgdc-2035-07-mnhn knitting-pattern-the-interview-cardigan.en calendrier-collecte-dechets-communaute-communes-val-d-oust.fr; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=$h.chromium.pdf $h.html
  pdftotext -enc UTF-8 $h.chromium.pdf $h.chromium.pdftotext.txt
done
weasyprint __build/fbcl-2035-03-fbcl.html fbcl-2035-03-fbcl.weasyprint.pdf
pdftotext -enc UTF-8 fbcl-2035-03-fbcl.weasyprint.pdf fbcl-2035-03-fbcl.weasyprint.pdftotext.txt
