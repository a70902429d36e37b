#!/bin/sh
# Rebuilds every file of corpus200 from the sources in __build (run from anywhere).
set -e
B=$(cd "$(dirname "$0")" && pwd); R=$(dirname "$B"); S=$B/src
cd "$B"
/usr/bin/python3 data.py
/usr/bin/python3 r_docx.py; /usr/bin/python3 r_weasy.py; /usr/bin/python3 r_tex.py; /usr/bin/python3 r_html.py
/usr/bin/python3 r_neg.py
cd "$S"
for f in *.docx; do soffice --headless --convert-to pdf --outdir "$S" "$f" >/dev/null 2>&1; done
for f in *.tex; do pdflatex -interaction=nonstopmode "$f" >/dev/null 2>&1 || { echo "pdflatex failed: $f"; exit 1; }; done
for f in *.html; do weasyprint "$f" "${f%.html}.wp.pdf" 2>/dev/null; done
cp ices-sec-2034-04-ices.pdf "$R/ices-sec-2034-04-ices.libreoffice.pdf"
cp ihe-2034-0388-govje.pdf "$R/ihe-2034-0388-govje.libreoffice.pdf"
cp lgg-rh-2034-022-liegeairport.pdf "$R/lgg-rh-2034-022-liegeairport.libreoffice.pdf"
cp aswf-srh-2034-031-wallisfutuna.wp.pdf "$R/aswf-srh-2034-031-wallisfutuna.weasyprint.pdf"
cp 034417-tcd.wp.pdf "$R/034417-tcd.weasyprint.pdf"
cp itto-va-2034-05-itto.wp.pdf "$R/itto-va-2034-05-itto.weasyprint.pdf"
cp 34-ge-0218-pictet.pdf "$R/34-ge-0218-pictet.pdflatex.pdf"
cp r-2034-4471-barco.pdf "$R/r-2034-4471-barco.pdflatex.pdf"
# non-notices (r_neg.py names its sources NAME.<tool>.<ext> in src/neg)
cd "$S/neg"
for f in *.libreoffice.docx; do soffice --headless --convert-to pdf --outdir . "$f" >/dev/null 2>&1; cp "${f%.docx}.pdf" "$R/"; done
for f in *.pdflatex.tex; do pdflatex -interaction=nonstopmode "$f" >/dev/null 2>&1; cp "${f%.tex}.pdf" "$R/"; done
for f in *.weasyprint.html; do weasyprint "$f" "$R/${f%.html}.pdf" 2>/dev/null; done
# Chromium PDFs with build-pdf.sh's command line
cd "$R"
for h in cw-caf-2034-014-concern sfcg-rdc-2034-027-sfcg; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$h.chromium.pdf" "$h.html" 2>/dev/null
done
# default dumps of every PDF
for p in *.pdf; do pdftotext -enc UTF-8 "$p" "${p%.pdf}.pdftotext.txt"; done
# -layout dumps, kept only where check.py finds every expected string (see NOTES.md)
LAYOUT="ihe-2034-0388-govje.libreoffice 034417-tcd.weasyprint itto-va-2034-05-itto.weasyprint 34-ge-0218-pictet.pdflatex sfcg-rdc-2034-027-sfcg.chromium"
for p in $LAYOUT; do pdftotext -enc UTF-8 -layout "$p.pdf" "$p.layout.txt"; done
/usr/bin/python3 "$B/manifest.py"
