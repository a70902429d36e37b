#!/bin/sh
# Rebuilds the two Chromium PDFs of corpus28 from their HTML (Debian chromium,
# fonts-liberation). Chromium stamps the time, so only the content is stable.
set -e
cd "$(dirname "$0")"
for f in space-coe-civ-2026-07-spacecoe usb-2026-031-ustboniface; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$f.chromium.pdf" "$f.html"
done
