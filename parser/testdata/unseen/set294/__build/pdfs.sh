#!/bin/sh
# Builds the four PDFs and their pdftotext dumps (run from the set folder).
set -e
B=__build
# pdflatex (IMS)
mkdir -p $B/tex/out
(cd $B/tex && pdflatex -interaction=batchmode -output-directory=out 507452-ims.tex >/dev/null && pdflatex -interaction=batchmode -output-directory=out 507452-ims.tex >/dev/null)
cp $B/tex/out/507452-ims.pdf 507452-ims.pdflatex.pdf
# LibreOffice (NSO) from a pandoc .docx
pandoc $B/NSO-AV-2042-03-nso.md -o $B/NSO-AV-2042-03-nso.docx
soffice --headless --convert-to pdf --outdir $B $B/NSO-AV-2042-03-nso.docx >/dev/null 2>&1
cp $B/NSO-AV-2042-03-nso.pdf NSO-AV-2042-03-nso.libreoffice.pdf
# WeasyPrint (C2COE)
weasyprint $B/C2COE-CIV-2042-02-c2coe.html C2COE-CIV-2042-02-c2coe.weasyprint.pdf 2>/dev/null
# Chromium (MARCOM), build-pdf.sh's command line
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf=MC-CIV-2042-07-marcom.chromium.pdf MC-CIV-2042-07-marcom.html 2>/dev/null
for p in *.pdf; do pdftotext -enc UTF-8 "$p" "${p%.pdf}.pdftotext.txt"; done
