#!/bin/sh
# Rebuild everything: sh __build/make.sh (from the set folder). python-docx is only in /usr/bin/python3.
set -e
cd "$(dirname "$0")"
python3 data.py
python3 r_chromium.py
python3 r_weasy.py
/usr/bin/python3 r_docx.py
python3 r_tex.py
python3 r_board.py
cd ..
for f in pianc-vn-2044-06-pianc wl-hr-2044-11-worldlacrosse; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=$f.chromium.pdf $f.html
done
for f in eptb-sd-2044-19-eptb iufro-hq-2044-02-iufro; do weasyprint __build/src/$f.weasy.html $f.weasyprint.pdf; done
(cd __build/src && soffice --headless --convert-to pdf --outdir ../lo_out abg.docx eryri.docx irsg.docx comete.docx)
cp __build/lo_out/abg.pdf abg-dpimr-44-118-bougainville.libreoffice.pdf
cp __build/lo_out/eryri.pdf enpa-44-017-eryri.libreoffice.pdf
cp __build/lo_out/irsg.pdf irsg-vn-2044-03-irsg.libreoffice.pdf
cp __build/lo_out/comete.pdf comete-2044-04-lacomete.libreoffice.pdf
for f in drbc scarpe; do pdflatex -interaction=nonstopmode -output-directory __build/tex_out __build/src/$f.tex >/dev/null; done
cp __build/tex_out/drbc.pdf drbc-ja-44-05-drbc.pdflatex.pdf
cp __build/tex_out/scarpe.pdf pnrse-2044-08-scarpeescaut.pdflatex.pdf
/usr/bin/python3 __build/r_neg.py
python3 __build/assemble.py
python3 check.py . | tail -1
