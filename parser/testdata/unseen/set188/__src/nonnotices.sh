# the six non-notices (called by build.sh from this folder)
O=..
for n in nn_jeq:job-evaluation-questionnaire-thornleigh-council.en nn_bareme:bareme-honoraires-aldebert-conseil.fr; do
  py=${n%%:*}; out=${n#*:}
  /usr/bin/python3 $py.py $out.docx && soffice --headless --convert-to pdf $out.docx >/dev/null 2>&1 && cp $out.pdf $O/$out.libreoffice.pdf
done
for t in nn_report nn_syllabus; do pdflatex -interaction=nonstopmode $t.tex >/dev/null; done
cp nn_report.pdf $O/annual-report-our-people-brightsea-harbour-trust.en.pdflatex.pdf
cp nn_syllabus.pdf $O/plan-de-cours-grh3120-littoral-nord.fr.pdflatex.pdf
weasyprint nn_badge.html $O/delegate-badge-talent-public-sector-summit.en.weasyprint.pdf
weasyprint nn_annuaire.html $O/annuaire-telephonique-interne-gravelines-habitat.fr.weasyprint.pdf
