#!/bin/sh
# Rebuilds the Chromium PDFs of the unseen sets from their HTML (Debian
# chromium, fonts-liberation): every setN/NAME.chromium.pdf is printed from
# setN/NAME.html. Give set folders to rebuild only those; with none, all.
# Chromium stamps the time, so only the content is stable.
set -e
cd "$(dirname "$0")"
[ $# -gt 0 ] || set -- set*/
for dir in "$@"; do
  for pdf in "${dir%/}"/*.chromium.pdf; do
    [ -f "$pdf" ] || continue
    chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
      --print-to-pdf="$pdf" "${pdf%.chromium.pdf}.html"
  done
done
