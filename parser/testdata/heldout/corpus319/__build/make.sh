#!/bin/sh
# Rebuild everything: sh __build/make.sh (from the set folder). python-docx is in Debian's /usr/bin/python3.
set -e
cd "$(dirname "$0")"
/usr/bin/python3 data.py
/usr/bin/python3 r_html.py
( cd .. && sh build-pdf.sh . )
/usr/bin/python3 r_docx.py && ( cd lo_src && soffice --headless --convert-to pdf *.docx >/dev/null )
/usr/bin/python3 r_weasy.py
/usr/bin/python3 r_tex.py
/usr/bin/python3 r_board.py
/usr/bin/python3 r_neg.py
/usr/bin/python3 assemble.py
python3 ../check.py ..
