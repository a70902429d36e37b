#!/bin/sh
# Rebuilds every PDF of corpus223 and its pdftotext dump (run from this folder).
set -e
cd "$(dirname "$0")/.."
# WeasyPrint: IRScNB vacancy notice
weasyprint __build/irscnb-ct-2036-09-avis.html irscnb-ct-2036-09-avis.weasyprint.pdf
# LibreOffice (Writer/Web export of the HTML fiche): PNR du Vercors
soffice --headless --convert-to pdf:writer_web_pdf_Export --outdir /tmp __build/pnrv-2036-11-fiche.html
mv /tmp/pnrv-2036-11-fiche.pdf pnrv-2036-11-fiche.libreoffice.pdf
# Chromium, with build-pdf.sh's command line
for f in apr20361147-rspb \
         escape-room-mission-briefing-sheet-the-night-shift-lockhouse-games.en \
         contrat-mouillage-saisonnier-port-de-plaisance-loctudy.fr \
         programme-de-salle-concert-harmonie-municipale-vitre.fr; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$f.chromium.pdf" "$f.html"
done
for p in *.pdf; do pdftotext -enc UTF-8 "$p" "${p%.pdf}.pdftotext.txt"; done
