#!/bin/sh
# Rebuilds the two Chromium PDFs of corpus24 from their HTML (Debian chromium,
# fonts-liberation). Chromium stamps the time, so only the content is stable.
set -e
cd "$(dirname "$0")"
for f in caoc-ue-26-07-caocue rcm-26-0418-mint; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$f.chromium.pdf" "$f.html"
done
