#!/bin/sh
# Commands that made every PDF and pdftotext dump of corpus265 (run from the set folder).
set -e
cd "$(dirname "$0")/.."
# pdflatex job pack
(cd __build && pdflatex -interaction=nonstopmode ydnpa-39-118-jobpack.tex >/dev/null && mv ydnpa-39-118-jobpack.pdf ../ydnpa-39-118-jobpack.pdflatex.pdf && rm -f ydnpa-39-118-jobpack.aux ydnpa-39-118-jobpack.log)
# WeasyPrint fiche de poste
weasyprint __build/tdv-2039-rh-09-fiche.html tdv-2039-rh-09-fiche.weasyprint.pdf
# Chromium PDFs of four non-notices (build-pdf.sh's command line)
for f in bathing-water-profile-saltcombe-sands-designated-bathing-water.en \
         energy-performance-certificate-domestic-14-quarry-lane-oldacre.en \
         programme-ceremonie-de-la-sainte-barbe-2039-centre-d-incendie-et-de-secours-de-valmorel-le-bas.fr \
         plan-guide-de-visite-creche-provencale-geante-eglise-saint-sauveur-aubagnette.fr; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$f.chromium.pdf" "$f.html"
done
# dumps
for pdf in *.pdf; do pdftotext -enc UTF-8 "$pdf" "${pdf%.pdf}.pdftotext.txt"; done
python3 __build/manifest.py
