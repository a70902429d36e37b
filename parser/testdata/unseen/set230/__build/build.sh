#!/bin/sh
# Commands that made every PDF and pdftotext dump of corpus230 (run from the set folder).
# Packages: chromium, libreoffice-writer, weasyprint, poppler-utils, fonts-liberation, fonts-dejavu.
set -e
cd "$(dirname "$0")/.."
# Chromium (build-pdf.sh's command line)
for f in cmn-2036-457-choisir \
         christmas-last-posting-dates-2036-northway-post.en \
         passport-renewal-checklist-adult-applications-from-overseas.en \
         certificat-authenticite-oeuvre-le-poste-de-garde-galerie-verdier.fr \
         releve-individuel-situation-retraite-assure-regime-general.fr; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$f.chromium.pdf" "$f.html"
  pdftotext -enc UTF-8 "$f.chromium.pdf" "$f.chromium.pdftotext.txt"
done
# LibreOffice Writer/Web
(cd __build && soffice --headless --convert-to pdf:writer_web_pdf_Export met-fc-2036-07-booklet.html)
mv __build/met-fc-2036-07-booklet.pdf met-fc-2036-07-booklet.libreoffice.pdf
pdftotext -enc UTF-8 met-fc-2036-07-booklet.libreoffice.pdf met-fc-2036-07-booklet.libreoffice.pdftotext.txt
# WeasyPrint
weasyprint __build/2036-nbc-09-poster.html 2036-nbc-09-poster.weasyprint.pdf
pdftotext -enc UTF-8 2036-nbc-09-poster.weasyprint.pdf 2036-nbc-09-poster.weasyprint.pdftotext.txt
