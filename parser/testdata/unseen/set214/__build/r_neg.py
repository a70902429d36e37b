# -*- coding: utf-8 -*-
"""Non-notices (new genres): PDF + default dump each."""
import os, subprocess
from docx import Document
from docx.shared import Pt, Cm
from data import HERE, ROOT
from r_docx import para, base_doc, first_cell_par, shade

SRC = os.path.join(HERE, "src")


def pay_award():
    d = base_doc(size=10.5)
    para(d, "Alderwick Borough Council", bold=True, size=14)
    para(d, "People Services · Town Hall, Market Street, Alderwick AW1 2TH", size=8.5)
    para(d, "Reference: PS/PAY/2035-07", size=9)
    para(d, "Date: 24 July 2035", size=9)
    para(d, "")
    para(d, "PRIVATE – ADDRESSEE ONLY", bold=True, size=9)
    para(d, "Ms J. Okonkwo\nBuilding Control Surveyor\nPlanning and Regulatory Services")
    para(d, "Pay award 2035/36 – confirmation of your new salary", bold=True, size=12)
    para(d, "Dear Ms Okonkwo,")
    para(d, "Following agreement at national level, the pay award for 2035/36 has now been settled. This letter confirms how it applies to you. It is not an offer of a new post and no action is needed unless the details below are wrong.")
    t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
    for a, b in [("Position", "Building Control Surveyor (post no. PRS-0418)"), ("Location", "Town Hall, Alderwick"),
                 ("Grade", "Grade 9, spinal column point 31"), ("Salary before award", "£41,250 per annum"),
                 ("Salary from 1 April 2035", "£42,694 per annum"), ("Arrears (April – July)", "£481.33, paid in August salary"),
                 ("Working pattern", "Full-time, 37 hours per week (unchanged)")]:
        c = t.add_row().cells; first_cell_par(c[0], a, bold=True); first_cell_par(c[1], b); shade(c[0], "EEEEEE")
    para(d, "")
    para(d, "Your increment date remains 1 October. If you have reached the top of your grade, you will receive the percentage award only.")
    para(d, "If you believe any of these details are incorrect, please contact People Services by the deadline of 22 August 2035 so that the August payroll can be corrected. Queries received after that date will be dealt with in the September payroll. Requirements for salary sacrifice schemes (car, cycle, childcare) are not affected by this award.")
    para(d, "Yours sincerely,")
    para(d, "R. Haddow\nHead of People Services")
    return d


def frais():
    d = base_doc(font="Liberation Serif", size=10.5)
    para(d, "BELCASTEL INGÉNIERIE", bold=True, size=14)
    para(d, "Guide pratique – Notes de frais et déplacements professionnels", bold=True, size=12)
    para(d, "Référence : DAF-PROC-2035-04 · Version du 1er juillet 2035", size=9)
    para(d, "Ce guide s'adresse à tous les salariés, quel que soit leur poste, qui engagent des dépenses lors d'une mission. Il ne s'agit ni d'une offre d'emploi ni d'un avenant au contrat de travail.")
    para(d, "1. Avant la mission", bold=True)
    para(d, "Toute mission doit faire l'objet d'un ordre de mission signé par le responsable hiérarchique, précisant le lieu de la mission, les dates et le motif. Les réservations de train et d'hôtel passent par l'agence référencée.")
    para(d, "2. Plafonds de remboursement", bold=True)
    t = d.add_table(rows=1, cols=3); t.style = "Table Grid"
    for i, hd in enumerate(("Dépense", "Paris et Lyon", "Autres lieux")):
        first_cell_par(t.cell(0, i), hd, bold=True); shade(t.cell(0, i), "DDDDDD")
    for row in [("Nuit d'hôtel, petit-déjeuner compris", "140 €", "95 €"), ("Repas", "25 €", "20 €"),
                ("Indemnité kilométrique (véhicule personnel)", "0,42 € / km", "0,42 € / km")]:
        c = t.add_row().cells
        for i, v in enumerate(row): first_cell_par(c[i], v)
    para(d, "")
    para(d, "3. Pièces justificatives exigées", bold=True)
    for it in ["facture originale ou reçu lisible, au nom de la société ;", "ordre de mission signé ;",
               "pour les repas d'affaires, le nom et la fonction des invités."]:
        para(d, "– " + it, space_after=1)
    para(d, "4. Date limite de dépôt", bold=True)
    para(d, "Les notes de frais de juillet doivent être déposées dans l'outil de gestion au plus tard le 10 août 2035 ; celles d'août, au plus tard le 10 septembre 2035. Au-delà, le remboursement est reporté au mois suivant. Le remboursement intervient avec le salaire du mois.")
    para(d, "Contact : service comptabilité fournisseurs et frais, poste 2241, Toulouse.")
    return d


def invigilation_html():
    return """<!doctype html><html lang=en><head><meta charset=utf-8><title>Invigilation rota</title><style>
@page { size: A4; margin: 16mm; @bottom-right { content: "Exams Office · page " counter(page); font: 8pt sans-serif } }
body { font: 10pt/1.4 'DejaVu Sans', sans-serif } h1 { font-size: 16pt; color:#234 } h2 { font-size: 11pt; color:#234; margin-top: 5mm }
table { border-collapse: collapse; width: 100% } th, td { border: .6pt solid #888; padding: 1.5mm 2mm; font-size: 9pt; text-align: left } th { background:#dde6ee }
</style></head><body>
<h1>Hollinsby College – Resit Examinations Invigilation Rota, August 2035</h1>
<p><b>Reference:</b> EXO/INV/2035-08 &nbsp; · &nbsp; <b>Issued:</b> 28 July 2035 &nbsp; · &nbsp; <b>Location:</b> Sports Hall and Rooms B12–B14</p>
<p>This rota allocates existing invigilators, who are already on the College's casual register, to the resit sessions below. It is not a recruitment notice and no new positions are being offered.</p>
<h2>Schedule</h2>
<table><tr><th>Date</th><th>Session</th><th>Room</th><th>Lead invigilator</th><th>Support</th></tr>
<tr><td>12 August 2035</td><td>AM 09:00–11:30</td><td>Sports Hall</td><td>P. Marsh</td><td>K. Doyle, S. Amin</td></tr>
<tr><td>12 August 2035</td><td>PM 13:30–15:00</td><td>B12</td><td>K. Doyle</td><td>L. Foster</td></tr>
<tr><td>14 August 2035</td><td>AM 09:00–12:00</td><td>Sports Hall</td><td>S. Amin</td><td>P. Marsh, T. Wren</td></tr>
<tr><td>15 August 2035</td><td>AM 09:00–10:30</td><td>B13–B14</td><td>L. Foster</td><td>T. Wren</td></tr></table>
<h2>Requirements for all invigilators</h2>
<ul><li>Arrive 30 minutes before the start of each session and sign in at the Exams Office.</li><li>Complete the annual invigilation refresher on the learning platform before your first session.</li><li>Mobile phones must be switched off and left in the staff locker.</li></ul>
<h2>Pay and claims</h2>
<p>Sessions are paid at the existing casual rate of £12.40 per hour. Timesheets must reach the Exams Office by the deadline of 22 August 2035 to be included in the September salary run.</p>
<p>If you cannot cover a session, tell the Exams Officer as soon as possible so that a swap can be arranged with another invigilator on the register.</p>
</body></html>"""


def entretien_html():
    return """<!doctype html><html lang=fr><head><meta charset=utf-8><title>Entretien annuel</title><style>
@page { size: A4; margin: 18mm } body { font: 10.5pt/1.45 'DejaVu Serif', serif }
.head { border-bottom: 2pt solid #7a1f5c; padding-bottom: 2mm; margin-bottom: 5mm } .head b { color:#7a1f5c; font-size: 13pt }
h1 { font-size: 14pt } h2 { font-size: 11pt; color:#7a1f5c } td { padding: 1mm 3mm; vertical-align: top }
</style></head><body>
<div class="head"><b>Clinique de Tréguennec</b><br>Direction des ressources humaines · 14, route de la Pointe, 29720 Tréguennec</div>
<p>Référence : DRH/EAE/2035-112<br>Tréguennec, le 30 juillet 2035</p>
<h1>Convocation à l'entretien annuel d'évaluation</h1>
<p>Madame, Monsieur,</p>
<p>Dans le cadre de la campagne 2035, vous êtes invité(e) à votre entretien annuel d'évaluation et de développement professionnel. Cet entretien concerne le poste que vous occupez actuellement ; il ne s'agit ni d'un recrutement ni d'une procédure de mobilité.</p>
<table><tr><td><b>Poste occupé</b></td><td>Infirmier(ère) en soins généraux – service de soins de suite</td></tr>
<tr><td><b>Lieu</b></td><td>Bureau de la cadre de santé, bâtiment B, 2e étage</td></tr>
<tr><td><b>Date et heure</b></td><td>le 9 septembre 2035 à 14 h 00 (durée prévue : une heure)</td></tr>
<tr><td><b>Évaluateur</b></td><td>la cadre de santé du service</td></tr></table>
<h2>Déroulement</h2>
<p>L'entretien portera sur le bilan de l'année écoulée, l'atteinte des objectifs, les compétences mobilisées (techniques, relationnelles et organisationnelles), les exigences du poste et vos souhaits de formation. Votre classement, votre coefficient et votre salaire ne sont pas fixés lors de cet entretien : ils relèvent de la convention collective.</p>
<h2>Préparation</h2>
<p>Merci de compléter la partie « auto-évaluation » du formulaire joint et de la retourner à la cadre de santé avant la date limite du 26 août 2035. Vous pourrez formuler vos observations écrites sur le compte rendu dans les huit jours suivant sa remise.</p>
<p>En cas d'empêchement, contactez le secrétariat des ressources humaines (poste 318) afin de convenir d'une autre date.</p>
<p>La directrice des ressources humaines</p>
</body></html>"""


def uniform_tex():
    return r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}\usepackage{textcomp}\usepackage[margin=2.2cm]{geometry}\usepackage{array}
\setlength{\parindent}{0pt}\setlength{\parskip}{6pt}\pagestyle{empty}
\begin{document}
{\Large\bfseries Crannoch Ferries Ltd}\hfill{\small Reference: OPS/UNI/2035-03}\par
{\large Uniform and safety kit issue schedule -- summer relief crew, August 2035}\par\medskip\hrule\medskip
This schedule is for seasonal crew who have \emph{already signed} their 2035 contracts. It tells you where and when to collect your uniform and safety equipment. It does not advertise any position and no applications are invited.

\textbf{Location.} Stores building, Linkspan Road, Crannoch Harbour (ground floor, door 3).

\textbf{Schedule.}

\begin{tabular}{>{\raggedright}p{3.2cm}>{\raggedright}p{4.8cm}p{5.5cm}}
\hline
\textbf{Date} & \textbf{Position on board} & \textbf{Items issued}\\\hline
4 August 2035 & Deck rating & two polo shirts, jacket, boots, lifejacket\\
5 August 2035 & Catering assistant & tunics, aprons, non-slip shoes\\
6 August 2035 & Purser's assistant & shirts, tie, jacket, name badge\\\hline
\end{tabular}

\textbf{Requirements.} Bring photographic identification and your signed contract. Sizes must be sent to the stores by the deadline of 31 July 2035; late requests may not be met from stock.

\textbf{Deposit.} A refundable deposit of £40 is deducted from your first salary payment and repaid when the kit is returned at the end of the season. Lost items are charged at cost.

\textbf{Questions.} Contact the Stores Supervisor on 01770 000000 between 08:00 and 16:00, Monday to Friday.
\end{document}
"""


def charte_tex():
    return r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}\usepackage{textcomp}\usepackage[margin=2.4cm]{geometry}
\setlength{\parindent}{0pt}\setlength{\parskip}{6pt}
\begin{document}
{\centering{\large\bfseries MAIRIE DE MERVAUX}\par{\small Direction des systèmes d'information}\par\bigskip
{\Large\bfseries Charte d'utilisation des ressources informatiques}\par
{\small Référence : DSI-CH-2035-01 \quad Adoptée par le comité social territorial du 3 juillet 2035}\par}
\bigskip
\textbf{Article 1 -- Objet.} La présente charte fixe les règles d'utilisation des postes de travail, de la messagerie et de l'accès à Internet mis à la disposition des agents. Elle s'applique à tous les utilisateurs, quel que soit leur grade ou leur poste, ainsi qu'aux stagiaires et prestataires. Elle ne crée aucun emploi et ne modifie pas la situation statutaire des agents.

\textbf{Article 2 -- Lieu d'application.} Hôtel de ville, services techniques, médiathèque et écoles de Mervaux, ainsi que le télétravail.

\textbf{Article 3 -- Exigences de sécurité.} Chaque utilisateur doit verrouiller son poste de travail en cas d'absence, choisir un mot de passe d'au moins douze caractères et ne jamais installer de logiciel sans l'accord de la direction des systèmes d'information.

\textbf{Article 4 -- Messagerie.} L'usage personnel de la messagerie est toléré s'il reste raisonnable et n'affecte pas le service. Les messages identifiés comme « personnel » ne sont pas consultés par l'employeur.

\textbf{Article 5 -- Contrôles.} Des contrôles techniques peuvent être réalisés pour assurer la sécurité du réseau, dans le respect de la vie privée.

\textbf{Article 6 -- Signature.} Chaque agent retourne l'accusé de réception signé à son responsable de service avant la date limite du 15 septembre 2035. Les nouveaux arrivants le signent le jour de leur prise de poste.

\bigskip
\hfill Le directeur général des services
\end{document}
"""


def build_tex(stem, src):
    p = os.path.join(SRC, stem + ".tex"); open(p, "w", encoding="utf-8").write(src)
    r = subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", stem + ".tex"], cwd=SRC, capture_output=True)
    if r.returncode: print(r.stdout[-1500:].decode("latin-1"))
    for ext in (".aux", ".log"):
        try: os.remove(os.path.join(SRC, stem + ext))
        except FileNotFoundError: pass


def main():
    os.makedirs(SRC, exist_ok=True)
    pay_award().save(os.path.join(SRC, "pay-award-letter-alderwick-borough-council.en.libreoffice.docx"))
    frais().save(os.path.join(SRC, "guide-notes-de-frais-belcastel-ingenierie.fr.libreoffice.docx"))
    open(os.path.join(SRC, "invigilation-rota-hollinsby-college.en.weasyprint.html"), "w", encoding="utf-8").write(invigilation_html())
    open(os.path.join(SRC, "entretien-annuel-evaluation-clinique-treguennec.fr.weasyprint.html"), "w", encoding="utf-8").write(entretien_html())
    build_tex("uniform-issue-schedule-crannoch-ferries.en.pdflatex", uniform_tex())
    build_tex("charte-informatique-mairie-de-mervaux.fr.pdflatex", charte_tex())


if __name__ == "__main__":
    main()
