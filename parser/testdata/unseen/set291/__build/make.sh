#!/bin/sh
# Rebuild everything (expected/, PDFs, dumps, MANIFEST.tsv); python-docx is in Debian's /usr/bin/python3.
set -e
cd "$(dirname "$0")/.."
/usr/bin/python3 __build/assemble.py
python3 check.py .
