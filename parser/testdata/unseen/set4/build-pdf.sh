#!/bin/sh
# Rebuilds the three Chromium PDFs of corpus4 from their HTML (Debian chromium,
# fonts-liberation). Chromium stamps the time, so only the content is stable.
set -e
cd "$(dirname "$0")"
for f in jfcbs-26-014-jfcbs 2291-itu sti-26-1047-montreal; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$f.chromium.pdf" "$f.html"
done
