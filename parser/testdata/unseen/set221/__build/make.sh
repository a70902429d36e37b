#!/bin/sh
# Rebuilds the whole set: sh __build/make.sh (needs Debian's /usr/bin/python3 with python3-docx,
# LibreOffice, WeasyPrint, pdfTeX, Chromium and poppler-utils).
set -e
cd "$(dirname "$0")"
P=/usr/bin/python3
$P data.py
$P r_docx.py >/dev/null
$P r_weasy.py >/dev/null
$P r_tex.py >/dev/null
$P r_html.py >/dev/null
$P r_board.py >/dev/null
$P r_neg.py >/dev/null
$P assemble.py
cd src && rm -f *.aux *.log *.out
