#!/bin/sh
# Rebuilds corpus312 from __build: sh __build/make.sh (python-docx only in Debian's /usr/bin/python3).
set -e
B="$(cd "$(dirname "$0")" && pwd)"; R="$(dirname "$B")"
cd "$B"
python3 data.py
python3 r_html.py; python3 r_weasy.py; python3 r_tex.py; python3 r_board.py
/usr/bin/python3 r_docx.py; /usr/bin/python3 r_neg.py
mkdir -p lo_out; (cd lo_out && soffice --headless --convert-to pdf --outdir . ../src/*.docx >/dev/null 2>&1)
(cd tex_out && for f in *.tex; do pdflatex -interaction=nonstopmode "$f" >/dev/null; pdflatex -interaction=nonstopmode "$f" >/dev/null; done)
cd "$R"
rm -f ./*.pdf ./*.pdftotext.txt ./*.layout.txt
for f in "$B"/lo_out/*.pdf; do b=$(basename "$f" .pdf); cp "$f" "$b.libreoffice.pdf"; done
for f in "$B"/tex_out/*.pdf; do b=$(basename "$f" .pdf); cp "$f" "$b.pdflatex.pdf"; done
for f in __build/src/*.html; do b=$(basename "$f" .html); weasyprint -q "$f" "$b.weasyprint.pdf"; done
for h in iaf-vn-2043-03-iaf ismf-hr-2043-02-ismf; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$h.chromium.pdf" "$h.html" 2>/dev/null
done
python3 __build/assemble.py
python3 check.py . | tail -1
