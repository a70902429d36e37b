#!/bin/sh
# Rebuilds corpus305: sh __build/make.sh (python-docx is only in Debian's /usr/bin/python3)
set -e
cd "$(dirname "$0")"
python3 data.py
python3 r_html.py
/usr/bin/python3 r_docx.py
python3 r_weasy.py
python3 r_tex.py
python3 r_board.py
/usr/bin/python3 r_neg.py
/usr/bin/python3 assemble.py
python3 ../check.py ..
