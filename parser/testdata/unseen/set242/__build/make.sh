#!/bin/sh
# Rebuilds corpus242: expected files, sources, PDFs, dumps and MANIFEST.tsv (docx steps need Debian's python3-docx).
set -e; cd "$(dirname "$0")"
python3 data.py; python3 r_html.py; /usr/bin/python3 r_docx.py; python3 r_tex.py; python3 r_board.py; /usr/bin/python3 r_neg.py
python3 assemble.py; python3 ../check.py .. | tail -1
