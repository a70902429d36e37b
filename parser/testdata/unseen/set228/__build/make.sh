#!/bin/sh
# Rebuilds corpus228 from __build (python3 with weasyprint on PATH; Debian /usr/bin/python3 for python-docx).
set -e
cd "$(dirname "$0")"
python3 data.py
python3 r_html.py
/usr/bin/python3 r_docx.py
python3 r_tex.py
python3 r_board.py
python3 r_neg.py weasy tex
/usr/bin/python3 r_neg.py docx
python3 assemble.py
python3 ../check.py .. | tail -1
