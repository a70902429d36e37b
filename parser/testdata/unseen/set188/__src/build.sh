#!/bin/sh
# Rebuilds every PDF and pdftotext dump of corpus188 from the sources in this folder.
# Needs: /usr/bin/python3 with python3-docx, LibreOffice 7.4, WeasyPrint 57, pdfTeX, poppler-utils;
# the two Chromium PDFs are printed by ../build-pdf.sh (sh build-pdf.sh . in the set folder).
set -e
cd "$(dirname "$0")"
O=..
lo() { # python script, docx stem, final pdf name
  /usr/bin/python3 "$1" "$2.docx"
  soffice --headless --convert-to pdf "$2.docx" >/dev/null 2>&1
  cp "$2.pdf" "$O/$3"
}
lo igc.py igc-vn-2031-06-igc igc-vn-2031-06-igc.libreoffice.pdf
lo onem.py onem-sel-2031-018-onem onem-sel-2031-018-onem.libreoffice.pdf
lo romande.py re-31-0284-romandeenergie re-31-0284-romandeenergie.libreoffice.pdf
weasyprint sq.html "$O/2031-sq-0147-sq.weasyprint.pdf"
weasyprint ua.html "$O/ua-drh-2031-ater-07-univantilles.weasyprint.pdf"
weasyprint hydroone.html "$O/61408-hydroone.weasyprint.pdf"
for t in hd kinepolis; do pdflatex -interaction=nonstopmode $t.tex >/dev/null; done
cp hd.pdf "$O/hd-2031-017-hdcentre.pdflatex.pdf"
cp kinepolis.pdf "$O/kinepolis-film-programming-analyst.pdflatex.pdf"
# non-notices
[ -f nonnotices.sh ] && sh nonnotices.sh
# dumps: default for every PDF, -layout for some
cd "$O"
for p in *.pdf; do pdftotext -enc UTF-8 "$p" "${p%.pdf}.pdftotext.txt"; done
for p in onem-sel-2031-018-onem.libreoffice ua-drh-2031-ater-07-univantilles.weasyprint 61408-hydroone.weasyprint 2031-sq-0147-sq.weasyprint; do
  pdftotext -enc UTF-8 -layout "$p.pdf" "$p.layout.txt"; done
