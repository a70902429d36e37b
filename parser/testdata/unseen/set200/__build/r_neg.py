# Sources of the six documents that are not notices (3 EN, 3 FR); make.sh prints them.
import os
from docx import Document
from docx.shared import Pt, Cm
from r_docx import borders, shade, cell_text, para, runs, base

NEG = os.path.join(os.path.dirname(__file__), "src", "neg")
os.makedirs(NEG, exist_ok=True)


def w(name, text):
    open(os.path.join(NEG, name), "w", encoding="utf-8").write(text)


# 1 EN research cruise plan (WeasyPrint)
w("research-cruise-plan-skerrow-marine-institute.en.weasyprint.html", """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Cruise plan SMI-CP-2034-07</title><style>
@page { size: A4; margin: 18mm; @bottom-right { content: "Cruise plan SMI-CP-2034-07 · page " counter(page); font: 7pt sans-serif } }
body { font: 9.5pt 'DejaVu Sans', sans-serif } h1 { font-size: 15pt; margin: 0 } h2 { font-size: 11pt; border-bottom: 1px solid #036; color:#036 }
table { border-collapse: collapse; width: 100% } td, th { border: 1px solid #888; padding: 3px 5px; text-align: left; vertical-align: top }
th { background: #dde8f2 }
</style></head><body>
<p>SKERROW MARINE INSTITUTE · Marine Operations</p>
<h1>Cruise Plan – RV Marlinspike, Survey MS-34-07</h1>
<p><b>Reference:</b> SMI-CP-2034-07 &nbsp; <b>Title:</b> Autumn juvenile herring and sprat acoustic survey &nbsp; <b>Chief scientist:</b> Dr A. Rennison</p>
<table><tr><th>Location</th><td>Port of departure and return: Skerrow Harbour, berth 4. Survey area: ICES rectangles 39E8–42F1</td></tr>
<tr><th>Schedule</th><td>Mobilisation 11 June 2034; sailing 12 June 2034, 08:00; return 26 June 2034; demobilisation 27 June 2034</td></tr>
<tr><th>Vessel</th><td>RV Marlinspike, 52 m, 14 berths for scientific staff</td></tr>
<tr><th>Watch system</th><td>Two watches, 06:00–18:00 and 18:00–06:00</td></tr></table>
<h2>1. Objectives</h2>
<ol><li>Estimate the abundance of juvenile herring and sprat along the standard transects.</li>
<li>Collect biological samples (length, weight, age, maturity) from every trawl haul.</li>
<li>Record temperature and salinity profiles at 40 CTD stations.</li></ol>
<h2>2. Scientific party</h2>
<table><tr><th>Position on board</th><th>Name</th><th>Organisation</th></tr>
<tr><td>Chief scientist</td><td>A. Rennison</td><td>Skerrow Marine Institute</td></tr>
<tr><td>Acoustician</td><td>P. Oduya</td><td>Skerrow Marine Institute</td></tr>
<tr><td>Fish biologist (2 posts on board)</td><td>M. Quarrie, L. Strand</td><td>Skerrow Marine Institute / guest</td></tr>
<tr><td>Oceanographer</td><td>to be confirmed</td><td>partner university</td></tr></table>
<h2>3. Requirements for all participants</h2>
<ul><li>A valid seafarer medical certificate (ENG1 or equivalent);</li>
<li>Sea survival, fire-fighting and first aid training (STCW basic safety);</li>
<li>Steel-toe boots; the institute provides immersion suits and lifejackets.</li></ul>
<h2>4. Deadlines</h2>
<p>Sample requests from other laboratories must reach the chief scientist by 29 May 2034. Participant forms, including
next-of-kin details, are due by 2 June 2034. The daily subsistence allowance at sea is £38; no salary or fee is paid by the
institute to guest scientists. This plan does not advertise any position: berths are allocated by the survey steering group.</p>
</body></html>""")

# 2 EN induction week timetable (LibreOffice from docx)
doc = Document(); base(doc, size=9.5)
s = doc.sections[0]; s.left_margin = s.right_margin = Cm(2)
para(doc, "Fenwick Vale Council", bold=True, size=14)
para(doc, "Corporate induction – timetable for new starters, week commencing 5 June 2034", bold=True, size=11)
para(doc, "Reference: HR-IND-2034-06 · Location: Civic Centre, Fenwick Vale, Committee Room 2 (unless stated)")
para(doc, "Welcome to the Council. This timetable is for colleagues who have already accepted an offer and start on "
          "Monday 5 June 2034. It is not a job advertisement; current vacancies are published on the Council's jobs page.")
t = doc.add_table(1, 4); borders(t)
for i, h in enumerate(["Day / time", "Session", "Location", "Led by"]):
    cell_text(t.rows[0].cells[i], h, bold=True); shade(t.rows[0].cells[i], "DDDDDD")
for r in [("Mon 09:00–10:30", "Welcome, ID badges and IT accounts", "Reception", "HR Business Partner"),
          ("Mon 11:00–12:30", "Our values and the Council's structure", "Committee Room 2", "Chief Executive"),
          ("Mon 13:30–16:00", "Health and safety, fire procedures, display screen equipment", "Committee Room 2", "H&S Adviser"),
          ("Tue 09:30–12:00", "Pay, pension and benefits: salary dates, grade progression, salary sacrifice", "Training Suite", "Payroll Officer"),
          ("Tue 13:30–15:30", "Data protection and information security (mandatory)", "Training Suite", "Information Governance"),
          ("Wed 09:30–12:30", "Meet your service: tour of depots and libraries", "Various", "Line managers"),
          ("Thu 10:00–12:00", "Safeguarding awareness", "Online", "Safeguarding Lead"),
          ("Fri 10:00–11:00", "Questions and feedback", "Committee Room 2", "HR Business Partner")]:
    row = t.add_row()
    for i, v in enumerate(r):
        cell_text(row.cells[i], v)
para(doc, "")
para(doc, "Before you attend", bold=True)
for x in ["Bring your signed contract, proof of right to work and bank details if not already provided.",
          "Complete the online e-learning modules by the deadline of 16 June 2034.",
          "Requirements for the depot visit: sturdy footwear and a high-visibility vest (provided)."]:
    para(doc, "• " + x, space_after=1)
para(doc, "Car parking permits cost £12 per month and can be requested at reception. If you cannot attend a session, "
          "tell your line manager and HR so that it can be rebooked in the July induction.")
doc.save(os.path.join(NEG, "induction-week-timetable-fenwick-vale-council.en.libreoffice.docx"))

# 3 EN secondment agreement (pdfTeX)
w("secondment-agreement-pellingham-water-board.en.pdflatex.tex", r"""\documentclass[10pt]{article}
\usepackage[utf8]{inputenc}\usepackage[T1]{fontenc}\usepackage{lmodern}\usepackage[a4paper,margin=25mm]{geometry}
\setlength{\parindent}{0pt}\setlength{\parskip}{5pt}
\begin{document}
{\large\bfseries Secondment Agreement}\hfill Agreement ref.\ PWB/SEC/2034/03

\textbf{Between} Pellingham Water Board (the ``Home Employer'') \textbf{and} the Kestrel Bank River Trust (the ``Host Organisation'') \textbf{concerning} Ms R. Haldane (the ``Secondee'').

\textbf{1. Position.} The Secondee, who holds the substantive post of Catchment Scientist (Grade 7) with the Home Employer, will work for the Host Organisation as Project Lead, Wetland Restoration. No vacancy is created at the Host Organisation and the post was not advertised.

\textbf{2. Location and schedule.} The Secondee will be based at the Host Organisation's office, Mill Lane, Kestrel Bank, and will work 37 hours per week, Monday to Friday, under the Host Organisation's flexible working scheme.

\textbf{3. Term.} The secondment starts on 3 July 2034 and ends on 30 June 2035, unless ended earlier by one month's written notice from any party.

\textbf{4. Salary and costs.} The Home Employer continues to pay the Secondee's salary of \pounds 41,280 per annum and pension contributions. The Host Organisation reimburses 80\% of these costs quarterly, invoices being payable within 30 days.

\textbf{5. Requirements.} The Secondee will comply with the Host Organisation's health and safety rules, hold a valid driving licence for site visits and complete its safeguarding training within the first month.

\textbf{6. Return.} At the end of the secondment the Secondee will return to her substantive post, or to a post of equivalent grade, at the Home Employer.

\textbf{7. Signature.} Each party must return a signed copy by the deadline of 12 June 2034.

\vspace{8mm}
\begin{tabular}{p{50mm}p{50mm}p{50mm}}
For the Home Employer & For the Host Organisation & The Secondee\\[10mm]
\hrulefill & \hrulefill & \hrulefill\\
Date: & Date: & Date:\\
\end{tabular}
\end{document}
""")

# 4 FR certificat de travail (LibreOffice from docx)
doc = Document(); base(doc, size=10.5)
s = doc.sections[0]; s.left_margin = s.right_margin = Cm(2.5)
para(doc, "TRANSPORTS LEMERLE SA", bold=True, size=13, space_after=0)
para(doc, "Zone d'activités du Pré-Long · 71100 Chalon-sur-Saône · SIRET 000 000 000 00017", size=8, space_after=14)
para(doc, "CERTIFICAT DE TRAVAIL", bold=True, size=15, space_after=12)
para(doc, "Référence : RH/CT/2034/0415")
para(doc, "Je soussignée, Mme Claire Vautrin, directrice des ressources humaines de la société Transports Lemerle SA, "
          "certifie que :")
t = doc.add_table(0, 2); borders(t)
for lab, val in [("Nom et prénom", "M. Julien Ferracci"),
                 ("Poste occupé", "Responsable d'exploitation transport – niveau agent de maîtrise, coefficient 200"),
                 ("Lieu de travail", "Agence de Chalon-sur-Saône"),
                 ("Horaire", "Temps plein, 39 heures par semaine"),
                 ("Période d'emploi", "du 4 mars 2027 au 31 mai 2034"),
                 ("Nature du contrat", "Contrat à durée indéterminée")]:
    r = t.add_row(); cell_text(r.cells[0], lab, bold=True); shade(r.cells[0], "EEEEEE"); cell_text(r.cells[1], val)
para(doc, "")
para(doc, "a été employé dans notre entreprise pendant la période indiquée ci-dessus. M. Ferracci nous quitte libre de "
          "tout engagement, à l'issue d'une démission. Le présent certificat ne mentionne pas le salaire, qui figure sur "
          "les bulletins de paie remis à l'intéressé. Le solde de tout compte et l'attestation destinée à France Travail "
          "lui sont remis ce jour.")
para(doc, "Le salarié conserve ses droits au titre de la portabilité de la prévoyance et de la mutuelle pendant douze mois "
          "au maximum. Toute demande doit être adressée au service paie avant la date limite du 30 juin 2034.")
para(doc, "Certificat délivré pour servir et valoir ce que de droit.", italic=True)
para(doc, "Fait à Chalon-sur-Saône, le 31 mai 2034", space_after=20)
para(doc, "Claire Vautrin, directrice des ressources humaines")
doc.save(os.path.join(NEG, "certificat-de-travail-transports-lemerle.fr.libreoffice.docx"))

# 5 FR attribution de logements de fonction (WeasyPrint)
w("attribution-logements-de-fonction-oph-vernay.fr.weasyprint.html", """<!doctype html><html lang="fr"><head><meta charset="utf-8">
<title>Logements de fonction 2034</title><style>
@page { size: A4; margin: 18mm; @bottom-center { content: "OPH Vernay-sur-Loue · Note DG-2034-12 · page " counter(page); font: 7pt sans-serif } }
body { font: 9.5pt 'DejaVu Sans', sans-serif } h1 { font-size: 14pt } h2 { font-size: 10.5pt; background: #eee; padding: 2px 5px }
table { border-collapse: collapse; width: 100% } td, th { border: 1px solid #999; padding: 3px 5px; text-align: left }
</style></head><body>
<p><b>Office public de l'habitat de Vernay-sur-Loue</b><br>Direction générale – Note d'information aux personnels</p>
<h1>Campagne 2034 d'attribution des logements de fonction pour nécessité absolue de service</h1>
<p><b>Référence :</b> DG-2034-12 &nbsp; <b>Date :</b> 12 mai 2034 &nbsp; <b>Destinataires :</b> gardiens d'immeubles et agents d'astreinte en poste</p>
<p>La présente note informe les agents déjà en fonction de la remise en attribution de trois logements de fonction. Elle ne
constitue pas une offre d'emploi : aucun poste n'est créé ni vacant, et seuls les agents titulaires d'une fonction ouvrant
droit à un logement peuvent déposer une demande.</p>
<h2>Logements concernés</h2>
<table><tr><th>Résidence</th><th>Lieu</th><th>Type</th><th>Redevance mensuelle</th></tr>
<tr><td>Les Tilleuls</td><td>Vernay-sur-Loue, quartier Saint-Roch</td><td>T3, 64 m²</td><td>gratuit (nécessité absolue de service)</td></tr>
<tr><td>Le Clos Marcel</td><td>Vernay-sur-Loue, centre</td><td>T4, 78 m²</td><td>gratuit (nécessité absolue de service)</td></tr>
<tr><td>Bellevue</td><td>Mouchard</td><td>T2, 45 m²</td><td>185 € (convention d'occupation précaire)</td></tr></table>
<h2>Conditions d'attribution</h2>
<ul><li>occuper un poste de gardien ou d'agent d'astreinte figurant sur la liste des fonctions ouvrant droit ;</li>
<li>assurer un service d'astreinte selon le planning de la direction de proximité (horaires de nuit et de week-end) ;</li>
<li>ne pas être propriétaire d'un logement dans un rayon de 10 km.</li></ul>
<h2>Calendrier</h2>
<p>Date limite de dépôt des demandes : 9 juin 2034, 17 h. Commission d'attribution : 23 juin 2034. Remise des clés à
partir du 1er juillet 2034. Les charges (eau, électricité) restent à la charge de l'occupant ; l'avantage en nature est
déclaré sur le bulletin de salaire.</p>
<p>Contact : service des ressources humaines, poste 214.</p>
</body></html>""")

# 6 FR avenant au contrat de travail (pdfTeX)
w("avenant-contrat-de-travail-laboratoires-orvalle.fr.pdflatex.tex", r"""\documentclass[10pt]{article}
\usepackage[utf8]{inputenc}\usepackage[T1]{fontenc}\usepackage{lmodern}\usepackage[a4paper,margin=25mm]{geometry}
\setlength{\parindent}{0pt}\setlength{\parskip}{5pt}
\begin{document}
{\bfseries LABORATOIRES ORVALLE SAS}\\ {\small 14, rue des Tanneurs -- 25000 Besançon}

\begin{center}{\large\bfseries AVENANT N\textsuperscript{o}\,2 AU CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE}\\ Référence~: RH-AV-2034-0087\end{center}

\textbf{Entre les soussignés}~: la société Laboratoires Orvalle SAS, représentée par M. Hugo Bressange, directeur des ressources humaines, d'une part, et Mme Anaïs Perrouty, salariée, d'autre part.

\textbf{Préambule.} Mme Perrouty est employée depuis le 2 mai 2029 en qualité de technicienne de laboratoire. À sa demande, les parties conviennent de modifier son contrat comme suit. Le présent avenant ne crée aucun poste et ne fait pas l'objet d'un appel à candidatures.

\textbf{Article 1 -- Fonction.} À compter du 1er juillet 2034, Mme Perrouty exerce la fonction de technicienne qualité, statut technicien, coefficient 285 de la convention collective applicable.

\textbf{Article 2 -- Lieu de travail.} Le lieu de travail est fixé sur le site de production de Besançon-Tilleroyes.

\textbf{Article 3 -- Horaire.} La durée du travail est réduite à 28 heures par semaine (temps partiel, 80~\%), réparties du lundi au jeudi.

\textbf{Article 4 -- Rémunération.} La rémunération mensuelle brute est portée à 2~312~€ pour l'horaire ci-dessus, treizième mois en sus.

\textbf{Article 5 -- Exigences.} La salariée suivra la formation interne aux bonnes pratiques de fabrication avant le 30 septembre 2034.

\textbf{Article 6 -- Autres dispositions.} Les autres clauses du contrat initial et de l'avenant n\textsuperscript{o}\,1 demeurent inchangées.

L'avenant signé doit être retourné au service des ressources humaines au plus tard le 16 juin 2034 (date limite), faute de quoi les conditions actuelles continueront de s'appliquer.

Fait en deux exemplaires à Besançon, le 29 mai 2034.

\vspace{6mm}
\begin{tabular}{p{70mm}p{70mm}}
Pour la société & La salariée\\
(lu et approuvé) & (lu et approuvé, bon pour accord)\\
\end{tabular}
\end{document}
""")

print("negatives written")
