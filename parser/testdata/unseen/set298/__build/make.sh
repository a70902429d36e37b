#!/bin/sh
# Rebuild corpus298: sh __build/make.sh (python-docx is in Debian's /usr/bin/python3)
set -e
cd "$(dirname "$0")"
python3 data.py
python3 r_html.py
python3 r_board.py
/usr/bin/python3 r_docx.py
/usr/bin/python3 r_neg.py docx
python3 r_neg.py html
python3 r_neg.py tex
python3 r_tex.py
mkdir -p lo_out
soffice --headless --convert-to pdf --outdir lo_out src/*.docx >/dev/null 2>&1
for n in cnpf iau caue; do weasyprint src/$n.html src/$n.pdf 2>/dev/null; done
for f in src/*-*.html; do weasyprint "$f" "${f%.html}.pdf" 2>/dev/null; done
# Chromium with build-pdf.sh's command line
(cd .. && for n in icid-vn-2042-02-icid ikf-hr-2042-03-ikf; do chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$n.chromium.pdf" "$n.html" 2>/dev/null; done)
python3 assemble.py
