#!/bin/sh
# Rebuild corpus277: sh __build/make.sh  (python-docx is in Debian's /usr/bin/python3)
set -e
cd "$(dirname "$0")"
/usr/bin/python3 data.py
/usr/bin/python3 r_html.py
/usr/bin/python3 r_docx.py >/dev/null
/usr/bin/python3 r_tex.py >/dev/null
/usr/bin/python3 r_board.py
/usr/bin/python3 r_neg.py --docx
/usr/bin/python3 assemble.py
