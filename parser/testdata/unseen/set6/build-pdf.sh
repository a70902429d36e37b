#!/bin/sh
# Rebuilds the three Chromium PDFs of corpus6 from their HTML (Debian chromium,
# fonts-liberation). Chromium stamps the time, so only the content is stable.
set -e
cd "$(dirname "$0")"
for f in jfcnp-26-031-jfcnaples pe-118-2026-s-itec-ep vq-26-0147-villequebec; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$f.chromium.pdf" "$f.html"
done
