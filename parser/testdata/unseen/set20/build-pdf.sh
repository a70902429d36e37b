#!/bin/sh
# Rebuilds the two Chromium PDFs of corpus20 from their HTML (Debian chromium,
# fonts-liberation). Chromium stamps the time, so only the content is stable.
set -e
cd "$(dirname "$0")"
for f in euiss-2026-perm-03-euiss rect-2026-14-hesso; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$f.chromium.pdf" "$f.html"
done
