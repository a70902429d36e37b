#!/bin/sh
# Rebuild corpus249: expected/, every rendering, dumps and MANIFEST.tsv, then run check.py.
# python-docx is only in Debian's /usr/bin/python3. The tools stamp the time: a rebuild changes bytes, not text.
set -e
cd "$(dirname "$0")/.."
/usr/bin/python3 __build/assemble.py
python3 check.py .
