#!/bin/sh
# Rebuilds corpus214 from its sources: sh __build/make.sh (needs Debian's python3-docx, LibreOffice,
# WeasyPrint, Chromium, pdfTeX, poppler-utils). Producers stamp the time: bytes change, text does not.
set -e
cd "$(dirname "$0")"
PY=/usr/bin/python3
$PY data.py
$PY r_docx.py; $PY r_html.py; $PY r_tex.py; $PY r_board.py; $PY r_neg.py
cd src
for f in *.docx; do soffice --headless --convert-to pdf "$f" >/dev/null 2>&1; done
for f in *.weasyprint.html; do weasyprint "$f" "${f%.html}.pdf" 2>/dev/null; done
cd ../..
sh build-pdf.sh . 2>/dev/null || true
cd __build && $PY assemble.py
