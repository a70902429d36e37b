#!/bin/sh
# Rebuilds the three Chromium PDFs of corpus7 from their HTML (Debian chromium,
# fonts-liberation). Chromium stamps the time, so only the content is stable.
set -e
cd "$(dirname "$0")"
for f in jallc-26-04-jallc io1214-iter seum-26-0418-umontreal; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$f.chromium.pdf" "$f.html"
done
