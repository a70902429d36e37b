#!/bin/sh
# Rebuilds the two Chromium PDFs of corpus14 from their HTML (Debian chromium,
# fonts-liberation). Chromium stamps the time, so only the content is stable.
set -e
cd "$(dirname "$0")"
for f in coe-dat-civ-03-2026-coedat biml-rh-2026-03-oiml; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$f.chromium.pdf" "$f.html"
done
