#!/bin/sh
# Rebuilds the two Chromium PDFs of corpus11 from their HTML (Debian chromium,
# fonts-liberation). Chromium stamps the time, so only the content is stable.
set -e
cd "$(dirname "$0")"
for f in eda-2026-a134-eda ncc-2026-031-ncc; do
  [ -f "$f.html" ] || continue
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$f.chromium.pdf" "$f.html"
done
