#!/bin/sh
# Makes every PDF of corpus314 and its pdftotext dump. Run from the set folder.
set -e
cd "$(dirname "$0")/.."
python3 __build/gen_notices.py
# LibreOffice (writer_web_pdf_Export) for the SDNPA job description
soffice --headless --convert-to pdf:writer_web_pdf_Export --outdir /tmp/c314lo __build/sdnpa-43-022-jobdescription.html >/dev/null
mv /tmp/c314lo/sdnpa-43-022-jobdescription.pdf sdnpa-43-022-jobdescription.libreoffice.pdf
# WeasyPrint for the Lyon fiche
weasyprint __build/lyon-ba-43-041-fiche.html lyon-ba-43-041-fiche.weasyprint.pdf
# Chromium, with build-pdf.sh's command line, for every NAME.chromium.pdf beside NAME.html
for h in ccoa-2043-11-careers.html $(ls *.en.html *.fr.html 2>/dev/null); do
  case "$h" in *.chromium.*) continue;; esac
  base="${h%.html}"
  [ -f "$base.chromium.pdf" ] || [ "$h" = ccoa-2043-11-careers.html ] || grep -qx "$base" __build/chromium.lst || continue
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$base.chromium.pdf" "$h" 2>/dev/null
done
for p in *.pdf; do pdftotext -enc UTF-8 "$p" "${p%.pdf}.pdftotext.txt"; done
