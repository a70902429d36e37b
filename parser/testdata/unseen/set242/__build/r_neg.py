# Non-notices: sources (run with /usr/bin/python3 for the docx ones).
import os, html
B = os.path.dirname(os.path.abspath(__file__)); S = os.path.join(B, "src")

CARPARK = """<html><head><meta charset="utf-8"><style>@page{size:A4;margin:20mm} body{font:10.5pt sans-serif} h1{color:#a00;font-size:16pt} th,td{border:1px solid #999;padding:4px} table{border-collapse:collapse;width:100%}</style></head><body>
<h1>Staff car park resurfacing – temporary closure notice</h1>
<p><b>Kelstow Community Hospital · Estates and Facilities</b><br>Reference: EF/CP/2037-11 · Issued 23 November 2037</p>
<p>The north staff car park will be resurfaced and re-lined in December. To keep the works safe, each zone will close in turn. This notice applies to all staff, whatever their position, grade or department.</p>
<h2>Schedule of works</h2>
<table><tr><th>Zone</th><th>Location</th><th>Closed from</th><th>Reopens</th></tr>
<tr><td>A</td><td>Bays 1–80, beside the outpatients entrance</td><td>7 December 2037</td><td>11 December 2037</td></tr>
<tr><td>B</td><td>Bays 81–160, behind the pharmacy</td><td>14 December 2037</td><td>18 December 2037</td></tr>
<tr><td>C</td><td>Motorcycle and cycle shelters</td><td>19 December 2037</td><td>20 December 2037</td></tr></table>
<h2>Requirements during the works</h2><ul><li>Display your permit in the overflow car park on Mill Lane.</li><li>Do not move barriers or park on the verges.</li><li>Night staff may use the visitor car park between 19:00 and 08:00.</li></ul>
<p>Parking charges deducted from salary will be suspended for December; no refund claim is needed. The deadline to ask for a temporary blue-badge bay is 2 December 2037.</p>
<p>This is an estates notice. It does not advertise any post and no recruitment is involved.</p></body></html>"""

RESTO = """<html lang="fr"><head><meta charset="utf-8"><style>@page{size:A4;margin:20mm} body{font:10.5pt serif} h1{font-size:15pt} th,td{border:1px solid #777;padding:4px} table{border-collapse:collapse}</style></head><body>
<h1>Règlement du restaurant administratif</h1>
<p><b>Cité administrative de Vauclair-sur-Orne</b> – Association de gestion du restaurant inter-administrations<br>Référence : RIA/REG/2037 – applicable au 1er janvier 2038</p>
<h2>Article 1 – Bénéficiaires</h2><p>Le restaurant est ouvert aux agents des services installés dans la cité, quel que soit leur grade, leur poste ou leur statut, ainsi qu'aux stagiaires et aux retraités munis d'une carte.</p>
<h2>Article 2 – Lieu et horaires</h2><p>Rez-de-chaussée du bâtiment C. Service de 11 h 30 à 13 h 45, du lundi au vendredi ; fermeture entre Noël et le jour de l'An.</p>
<h2>Article 3 – Tarifs</h2><table><tr><th>Indice majoré de l'agent</th><th>Prix du repas</th></tr><tr><td>jusqu'à 480</td><td>3,90 €</td></tr><tr><td>de 481 à 600</td><td>4,80 €</td></tr><tr><td>au-delà de 600</td><td>6,10 €</td></tr></table>
<p>Le tarif dépend de l'indice figurant sur le bulletin de salaire de décembre.</p>
<h2>Article 4 – Exigences d'hygiène</h2><p>Les plateaux sont déposés sur le convoyeur ; aucune nourriture n'est emportée hors de la salle.</p>
<h2>Article 5 – Badges</h2><p>Les badges doivent être rechargés en ligne. Date limite de renouvellement des anciens badges : 18 décembre 2037.</p>
<p>Le présent règlement n'est pas une offre d'emploi et ne concerne aucun poste à pourvoir.</p></body></html>"""

GIVING = r"""\documentclass[11pt,a4paper]{article}\usepackage[utf8]{inputenc}\usepackage[T1]{fontenc}\usepackage{lmodern}\usepackage[margin=2.3cm]{geometry}
\hyphenpenalty=10000\setlength{\parindent}{0pt}\setlength{\parskip}{5pt}
\begin{document}
{\Large\bfseries Give As You Earn: payroll giving at Pennmoor Water}\par
Reference: PAY/GIVE/2037 \quad Payroll and Benefits Team \quad December 2037\par\medskip
\textbf{What it is.} Payroll giving lets you donate to any UK charity straight from your salary, before income tax is taken off. A gift of £10 a month costs a basic-rate taxpayer only £8.

\textbf{Who can join.} Every employee paid through our payroll, whatever their position, grade or location, including part-time and fixed-term staff.

\textbf{Requirements.}
\begin{itemize}\item a current employment contract with Pennmoor Water;\item the charity's registered number;\item a minimum gift of £2 per pay period.\end{itemize}

\textbf{Schedule.} Forms received by the 10th of a month are processed in that month's pay. The deadline for gifts to start in January is 14 December 2037.

\textbf{Matching.} The company adds 50\% to each gift up to £25 a month.

\textbf{Stopping.} You can stop at any time by telling the Payroll team; the change takes effect in the next pay run.

This leaflet is staff information about a benefit. It is not a job advertisement and offers no position.
\end{document}
"""

PREV = r"""\documentclass[11pt,a4paper]{article}\usepackage[utf8]{inputenc}\usepackage[T1]{fontenc}\usepackage{lmodern}\usepackage[margin=2.3cm]{geometry}
\hyphenpenalty=10000\setlength{\parindent}{0pt}\setlength{\parskip}{5pt}
\begin{document}
{\Large\bfseries Notice d'information -- contrat de prévoyance collective}\par
Société Brunelles Emballages \quad Référence : RH/PREV/2038 \quad Édition de décembre 2037\par\medskip
\textbf{1. Objet.} Le contrat souscrit auprès de l'organisme assureur garantit aux salariés le maintien d'une partie de leur salaire en cas d'arrêt de travail, d'invalidité ou de décès.

\textbf{2. Bénéficiaires.} Tous les salariés, quel que soit leur poste, leur catégorie ou leur lieu de travail, dès leur embauche et sans condition d'ancienneté.

\textbf{3. Garanties.}
\begin{itemize}\item incapacité : 80 \% du salaire brut à partir du 31e jour d'arrêt ;\item invalidité : rente de 70 \% du salaire de référence ;\item décès : capital égal à 200 \% du salaire annuel brut.\end{itemize}

\textbf{4. Cotisation.} 1,20 \% du salaire brut, dont 0,72 \% à la charge de l'employeur.

\textbf{5. Pièces exigées en cas de sinistre.} Arrêt de travail, trois derniers bulletins de salaire, relevé d'indemnités journalières.

\textbf{6. Date limite.} Les désignations de bénéficiaires doivent être mises à jour avant le 15 décembre 2037.

Cette notice ne constitue pas une offre d'emploi et ne se rapporte à aucun poste vacant.
\end{document}
"""

def docs():
    from docx import Document
    from docx.shared import Pt
    d = Document()
    d.add_heading("Bereavement and compassionate leave policy", 1)
    d.add_paragraph("Harrowby Housing Trust · Human Resources · Reference: HR-POL-22 · Version 3, approved November 2037")
    d.add_heading("1. Scope", 2)
    d.add_paragraph("This policy applies to every employee, whatever their position, grade, contract or location, from the first day of employment.")
    d.add_heading("2. Entitlement", 2)
    for s in ["Up to five days' paid leave on the death of a partner, child or parent.", "Up to three days' paid leave for other close relatives.",
              "Two weeks' paid parental bereavement leave, at full salary, on the loss of a child under 18.", "Unpaid leave or a change to the working schedule may be agreed on top."]:
        d.add_paragraph(s, style="List Bullet")
    d.add_heading("3. Requirements", 2)
    d.add_paragraph("Tell your line manager as soon as you reasonably can. No evidence is required for the first five days.")
    d.add_heading("4. Pay", 2)
    d.add_paragraph("Leave is paid at your normal basic salary, including any regular shift allowance.")
    d.add_heading("5. Deadlines", 2)
    d.add_paragraph("Requests to carry leave into the next holiday year must reach HR by 31 December 2037.")
    d.add_paragraph("This document is an HR policy. It is not a vacancy notice and does not offer any post.")
    d.save(os.path.join(S, "bereavement-leave-policy-harrowby-housing-trust.en.libreoffice.docx"))
    d = Document()
    d.add_heading("Prise en charge des abonnements de transport", 1)
    d.add_paragraph("Note d'information au personnel – Syndicat mixte des eaux de Saint-Gondran – Référence : DRH/NI/2037-31")
    d.add_paragraph("L'employeur rembourse 75 % du prix des abonnements de transport public utilisés pour le trajet entre la résidence habituelle et le lieu de travail, quel que soit le grade, le poste ou le temps de travail de l'agent.")
    d.add_heading("Pièces exigées", 2)
    for s in ["copie de l'abonnement nominatif (mensuel ou annuel) ;", "attestation sur l'honneur indiquant le trajet ;", "RIB si le compte a changé."]:
        d.add_paragraph(s, style="List Bullet")
    d.add_heading("Versement", 2)
    d.add_paragraph("Le remboursement figure sur le bulletin de salaire du mois suivant le dépôt. Plafond mensuel : 86,16 €. Les agents à temps partiel sont remboursés au même taux.")
    d.add_heading("Calendrier", 2)
    d.add_paragraph("Date limite de dépôt des justificatifs pour l'année 2037 : 22 décembre 2037. Le service paie reçoit les agents sur rendez-vous, les mardis et jeudis, au siège de Saint-Gondran.")
    d.add_paragraph("Cette note ne constitue pas une offre d'emploi et ne concerne aucun poste vacant.")
    d.save(os.path.join(S, "prise-en-charge-abonnements-transport-smeg-saint-gondran.fr.libreoffice.docx"))

def write_text():
    open(os.path.join(S, "car-park-resurfacing-closure-kelstow-community-hospital.en.weasyprint.html"), "w").write(CARPARK)
    open(os.path.join(S, "reglement-restaurant-administratif-cite-vauclair-sur-orne.fr.weasyprint.html"), "w").write(RESTO)
    open(os.path.join(S, "payroll-giving-leaflet-pennmoor-water.en.pdflatex.tex"), "w").write(GIVING)
    open(os.path.join(S, "notice-prevoyance-collective-brunelles-emballages.fr.pdflatex.tex"), "w").write(PREV)

if __name__ == "__main__":
    write_text(); docs()
