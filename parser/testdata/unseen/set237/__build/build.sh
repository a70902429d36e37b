#!/bin/sh
# Commands that made every PDF and pdftotext dump of corpus237 (run from anywhere).
# Packages: chromium, libreoffice-writer, weasyprint, texlive-latex-base (+ lmodern), poppler-utils, fonts-liberation, fonts-dejavu.
set -e
cd "$(dirname "$0")/.."
# Chromium (build-pdf.sh's command line)
for f in dnc-2037-022-chambord \
         banquet-event-order-summer-ball-kingsmead-hotel.en \
         tenancy-deposit-protection-certificate-flat-4-orchard-house.en \
         programme-croisiere-fluviale-canal-du-midi-peniche-belle-etoile.fr \
         declaration-ue-de-conformite-escabeau-aluminium-pro-5-marches.fr; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$f.chromium.pdf" "$f.html"
  pdftotext -enc UTF-8 "$f.chromium.pdf" "$f.chromium.pdftotext.txt"
done
# LibreOffice Writer/Web
(cd __build && soffice --headless --convert-to pdf:writer_web_pdf_Export sc-2037-058-jobpack.html)
mv __build/sc-2037-058-jobpack.pdf sc-2037-058-jobpack.libreoffice.pdf
pdftotext -enc UTF-8 sc-2037-058-jobpack.libreoffice.pdf sc-2037-058-jobpack.libreoffice.pdftotext.txt
# pdflatex (lmodern, so that ligatures and the euro sign survive pdftotext)
(cd __build && pdflatex -interaction=nonstopmode pnv-2037-14-fiche.tex && rm -f pnv-2037-14-fiche.aux pnv-2037-14-fiche.log)
mv __build/pnv-2037-14-fiche.pdf pnv-2037-14-fiche.pdflatex.pdf
pdftotext -enc UTF-8 pnv-2037-14-fiche.pdflatex.pdf pnv-2037-14-fiche.pdflatex.pdftotext.txt
# WeasyPrint
weasyprint __build/cwf-2037-hr-07-poster.html cwf-2037-hr-07-poster.weasyprint.pdf
pdftotext -enc UTF-8 cwf-2037-hr-07-poster.weasyprint.pdf cwf-2037-hr-07-poster.weasyprint.pdftotext.txt
