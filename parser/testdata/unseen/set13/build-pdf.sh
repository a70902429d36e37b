#!/bin/sh
# Rebuilds the two Chromium PDFs of corpus13 from their HTML (Debian chromium,
# fonts-liberation). Chromium stamps the time, so only the content is stable.
set -e
cd "$(dirname "$0")"
for f in nrdc-ita-civ-05-2026-nrdcita 4418-swissmedic; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$f.chromium.pdf" "$f.html"
done
