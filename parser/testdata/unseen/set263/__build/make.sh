#!/bin/sh
# Rebuild corpus263: sh __build/make.sh (from the set folder). python-docx is only in Debian's /usr/bin/python3.
set -e
cd "$(dirname "$0")"
python3 data.py
python3 r_html.py
python3 r_tex.py
/usr/bin/python3 r_docx.py
python3 r_board.py
python3 r_neg.py
/usr/bin/python3 r_neg.py docx
python3 assemble.py
python3 ../check.py ..
