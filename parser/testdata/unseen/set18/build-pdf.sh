#!/bin/sh
# Rebuilds the two Chromium PDFs of corpus18 from their HTML (Debian chromium,
# fonts-liberation). Chromium stamps the time, so only the content is stable.
set -e
cd "$(dirname "$0")"
for f in sp-coe-civ-2026-05-nspcoe pato-2026-118-uliege; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$f.chromium.pdf" "$f.html"
done
