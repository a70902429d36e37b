#!/bin/sh
# Rebuilds the two Chromium PDFs of corpus17 from their HTML (Debian chromium,
# fonts-liberation). Chromium stamps the time, so only the content is stable.
set -e
cd "$(dirname "$0")"
for f in iamd-coe-civ-2026-02-iamdcoe vs-26-0487-valais; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$f.chromium.pdf" "$f.html"
done
