#!/bin/sh
# Rebuilds the two Chromium PDFs of corpus10 from their HTML (Debian chromium,
# fonts-liberation). Chromium stamps the time, so only the content is stable.
set -e
cd "$(dirname "$0")"
for f in ema-ad-11873-ema vl-2026-0318-lausanne; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$f.chromium.pdf" "$f.html"
done
