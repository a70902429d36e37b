#!/bin/sh
# Rebuilds the two Chromium PDFs of corpus8 from their HTML (Debian chromium,
# fonts-liberation). Chromium stamps the time, so only the content is stable.
set -e
cd "$(dirname "$0")"
for f in nshq-cv-2026-019-nshq umr7431-clamor-007-cnrs; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$f.chromium.pdf" "$f.html"
done
