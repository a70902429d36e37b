#!/bin/sh
# Rebuilds the two Chromium PDFs of corpus25 from their HTML (Debian chromium,
# fonts-liberation). Chromium stamps the time, so only the content is stable.
set -e
cd "$(dirname "$0")"
for f in hybrid-coe-senior-analyst-vr-hybridcoe pl-2026-rh-047-provincedeliege; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$f.chromium.pdf" "$f.html"
done
