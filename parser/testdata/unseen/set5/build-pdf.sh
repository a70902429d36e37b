#!/bin/sh
# Rebuilds the three Chromium PDFs of corpus5 from their HTML (Debian chromium,
# fonts-liberation). Chromium stamps the time, so only the content is stable.
set -e
cd "$(dirname "$0")"
for f in ac-26-017-aircom jr2604187-unhcr 31518-hydroquebec; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$f.chromium.pdf" "$f.html"
done
