#!/bin/sh
# Rebuilds the two Chromium PDFs of corpus19 from their HTML (Debian chromium,
# fonts-liberation). Chromium stamps the time, so only the content is stable.
set -e
cd "$(dirname "$0")"
for f in satcen-vn-2026-06-satcen unt-hr-vn-09-2026-untourism; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$f.chromium.pdf" "$f.html"
done
