#!/bin/sh
# Rebuilds the three Chromium PDFs of corpus3 from their HTML (Debian chromium,
# fonts-liberation). Chromium stamps the time, so only the content is stable.
set -e
cd "$(dirname "$0")"
for f in 26104-wipo oif-ac-srh-09-2026-oif jr1008841-uottawa; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$f.chromium.pdf" "$f.html"
done
