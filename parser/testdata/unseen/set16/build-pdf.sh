#!/bin/sh
# Rebuilds the two Chromium PDFs of corpus16 from their HTML (Debian chromium,
# fonts-liberation). Chromium stamps the time, so only the content is stable.
set -e
cd "$(dirname "$0")"
for f in sfa-coe-vn-2026-03-sfacoe itc-248317-careersun; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$f.chromium.pdf" "$f.html"
done
