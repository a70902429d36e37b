# -*- coding: utf-8 -*-
"""Non-notices: 3 EN, 3 FR; one per tool and language.
python3 r_neg.py html|tex  (WeasyPrint HTML and pdfTeX sources); /usr/bin/python3 r_neg.py docx."""
import os, sys
from data import HERE

SRC = os.path.join(HERE, "src"); TEX = os.path.join(HERE, "tex_out")

NEG = {
    "tpo": "tree-preservation-order-no-7-2042-welbourne-vale-borough-council.en",
    "red": "redundancy-pay-ready-reckoner-guidance-for-managers-ashlowe-college.en",
    "cal": "calibration-schedule-and-certificate-register-kestlecombe-water-laboratory.en",
    "ldg": "lignes-directrices-de-gestion-rh-2042-2047-communaute-de-communes-du-val-de-lizonne.fr",
    "tr": "note-dotation-vetements-de-travail-2042-syndicat-des-eaux-du-sermelle.fr",
    "bs": "synthese-bilan-social-2041-mairie-de-saint-aubrin-les-fontaines.fr",
}


def docx_tpo():
    from docx import Document
    from docx.shared import Pt
    doc = Document(); doc.styles["Normal"].font.name = "Liberation Serif"; doc.styles["Normal"].font.size = Pt(11)
    doc.add_heading("Welbourne Vale Borough Council", level=1)
    doc.add_paragraph("Town and Country Planning Act 1990 – Tree Preservation Order No. 7, 2042")
    doc.add_paragraph("Reference: TPO/07/2042 · Location: Land at Quarry Lane and Mill Close, Welbourne")
    doc.add_paragraph("The Welbourne Vale Borough Council, in exercise of the powers conferred on it, makes the following "
                      "Order. This Order takes effect provisionally on 4 August 2042. It protects trees; it is not a job "
                      "vacancy and does not advertise any post, position or salary.")
    doc.add_heading("1. Requirements of the Order", level=2)
    for t in ["No person shall cut down, top, lop, uproot, wilfully damage or destroy any tree specified in the Schedule without the written consent of the Council.",
              "Applications for consent must state the reference of this Order and the position of each tree on the map.",
              "Work to a dead tree requires five working days' notice, except in an emergency."]:
        doc.add_paragraph(t, style="List Number")
    doc.add_heading("Schedule – Specification of trees", level=2)
    t = doc.add_table(rows=1, cols=3); t.style = "Table Grid"
    for i, h in enumerate(["No. on map", "Description", "Position"]): t.rows[0].cells[i].text = h
    for row in [("T1", "English oak, mature", "North boundary of 4 Mill Close"),
                ("T2", "Common beech, grade A specimen", "Verge opposite the quarry gate"),
                ("G1", "Group of three limes", "Rear gardens of 12–16 Quarry Lane")]:
        cs = t.add_row().cells
        for i, v in enumerate(row): cs[i].text = v
    doc.add_heading("Objections and representations", level=2)
    doc.add_paragraph("Objections or other representations must be made in writing to the Head of Planning, Civic Offices, "
                      "Welbourne, by the deadline of 5 September 2042. The Council will decide whether to confirm the "
                      "Order within six months. Officers' working hours for inspection of the map are 9.00 am to 4.30 pm, "
                      "Monday to Friday.")
    doc.add_paragraph("Dated 4 August 2042 – Signed on behalf of the Council by the Head of Legal Services.")
    doc.save(os.path.join(SRC, NEG["tpo"] + ".docx"))


def docx_ldg():
    from docx import Document
    from docx.shared import Pt
    doc = Document(); doc.styles["Normal"].font.name = "Liberation Sans"; doc.styles["Normal"].font.size = Pt(10.5)
    doc.add_heading("Communauté de communes du Val de Lizonne", level=1)
    doc.add_paragraph("Lignes directrices de gestion des ressources humaines 2042-2047")
    doc.add_paragraph("Référence : RH/LDG/2042 · Lieu : siège communautaire, Lizonne · Avis du comité social territorial du 26 juin 2042")
    doc.add_paragraph("Le présent document fixe la stratégie pluriannuelle de pilotage des ressources humaines et les "
                      "orientations en matière de promotion et de valorisation des parcours. Il ne constitue pas une offre "
                      "d'emploi, ne crée aucun poste et ne vaut pas déclaration de vacance.")
    doc.add_heading("1. Recrutement et mobilité", level=2)
    for t in ["chaque poste vacant fait l'objet d'une déclaration de vacance et d'une publication distinctes ;",
              "la mobilité interne est examinée avant tout recrutement externe ;",
              "les rémunérations des agents contractuels sont fixées par référence à la grille du grade correspondant."]:
        doc.add_paragraph(t, style="List Bullet")
    doc.add_heading("2. Avancements de grade et promotion interne", level=2)
    t = doc.add_table(rows=1, cols=3); t.style = "Table Grid"
    for i, h in enumerate(["Critère", "Exigences", "Poids"]): t.rows[0].cells[i].text = h
    for row in [("Valeur professionnelle", "Entretien professionnel des trois dernières années", "50 %"),
                ("Acquis de l'expérience", "Diversité des postes occupés", "30 %"),
                ("Formation", "Formations suivies, dont préparation aux concours", "20 %")]:
        cs = t.add_row().cells
        for i, v in enumerate(row): cs[i].text = v
    doc.add_heading("3. Calendrier", level=2)
    doc.add_paragraph("Les propositions d'avancement sont transmises par les chefs de service avant la date limite du "
                      "30 septembre 2042 ; les tableaux annuels sont arrêtés en décembre. Les horaires et le temps de "
                      "travail restent régis par le règlement intérieur. Aucun salaire ni grade n'est modifié par le seul "
                      "effet de ces lignes directrices.")
    doc.save(os.path.join(SRC, NEG["ldg"] + ".docx"))


CSS = """@page { size: A4; margin: 18mm; } body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; }
h1 { font-size: 15pt; color: #264653; } h2 { font-size: 11pt; color: #264653; }
table { border-collapse: collapse; width: 100%; } td, th { border: 1px solid #999; padding: 3px 5px; text-align: left; }
.box { background: #f1f5f6; padding: 6px 9px; border-left: 4px solid #264653; }"""


def html_red():
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><style>{CSS}</style></head><body>
<p>Ashlowe College · Human Resources · Guidance for managers</p>
<h1>Redundancy pay: ready reckoner and guidance for managers</h1>
<p class="box">Reference: HR/GUI/22 · Location: HR intranet, Policies &gt; Organisational change · Review date: August 2042.
This guidance explains how statutory and enhanced redundancy pay is calculated. It is not a vacancy notice and
offers no position.</p>
<h2>1. Requirements before any calculation</h2>
<ul><li>Confirm continuous service (at least two years) from the HR record, whatever the employee's grade or post.</li>
<li>Use the weekly salary at the calculation date, capped at the statutory limit.</li>
<li>Check the consultation schedule has been completed before notices are issued.</li></ul>
<h2>2. Ready reckoner (weeks' pay per year of service)</h2>
<table><tr><th>Age during year of service</th><th>Statutory weeks</th><th>College enhancement</th></tr>
<tr><td>Under 22</td><td>0.5</td><td>x 1.5</td></tr>
<tr><td>22 to 40</td><td>1</td><td>x 1.5</td></tr>
<tr><td>41 and over</td><td>1.5</td><td>x 1.5</td></tr></table>
<h2>3. Worked example</h2>
<p>An employee aged 45 with ten years' service on a salary of £31,200 a year (£600 a week) receives 12 weeks'
statutory pay, £7,200, and an enhanced total of £10,800. Redeployment to a suitable alternative post is always
explored first through the redeployment register.</p>
<h2>4. Deadlines</h2>
<p>Managers send calculation requests to HR by the deadline of 15 August 2042 for the current restructure. Payroll
processes payments in the month after the end of employment.</p>
</body></html>"""


def html_tr():
    return f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><style>{CSS}</style></head><body>
<p>Syndicat des eaux du Sermelle · Service logistique et prévention</p>
<h1>Note de service – dotation 2042 en vêtements de travail et EPI</h1>
<p class="box">Référence : LOG/NS/2042-09 · Lieu de retrait : magasin central de l'usine de traitement.
La dotation dépend du poste occupé, non du grade. Cette note ne constitue pas une offre d'emploi et ne crée aucun
poste.</p>
<h2>1. Exigences</h2>
<ul><li>chaque agent de terrain porte la tenue haute visibilité sur la voie publique ;</li>
<li>les chaussures de sécurité sont obligatoires dans l'usine et sur les chantiers ;</li>
<li>les vêtements usés sont rendus au magasin lors de chaque échange.</li></ul>
<h2>2. Dotation annuelle par métier</h2>
<table><tr><th>Métier</th><th>Dotation</th><th>Valeur indicative</th></tr>
<tr><td>Agent·e de réseau</td><td>2 pantalons, 2 vestes, 1 parka, 1 paire de chaussures</td><td>310 €</td></tr>
<tr><td>Agent·e d'usine</td><td>3 combinaisons, 1 paire de chaussures, gants</td><td>240 €</td></tr>
<tr><td>Personnel administratif en visite de site</td><td>1 gilet, 1 casque en prêt</td><td>35 €</td></tr></table>
<h2>3. Calendrier et horaires</h2>
<p>Les bons de commande (tailles et pointures) sont remis au chef d'équipe avant la date limite du 22 août 2042 ;
la distribution a lieu la semaine du 6 octobre 2042. Horaires du magasin : du lundi au vendredi, de 7 h 30 à
11 h 30. La dotation n'a aucune incidence sur le salaire et n'est pas un avantage en nature.</p>
</body></html>"""


def tex_cal():
    return r"""\documentclass[11pt]{article}
\usepackage[utf8]{inputenc}\usepackage[T1]{fontenc}\usepackage{lmodern}\usepackage[a4paper,margin=2.2cm]{geometry}
\begin{document}
\noindent{\Large\bfseries Kestlecombe Water Laboratory}\\[2pt]
{\large Calibration schedule and certificate register -- instruments of the chemistry section}\par\medskip
\noindent Reference: QA/CAL/09 \quad Location: Chemistry laboratory, Block B \quad Issue 6, July 2042\par\medskip
This register records the calibration status of measuring equipment. It lists instruments, not people: it offers no
post and is not a vacancy notice. The responsible position for keeping it is the Quality Manager.
\section*{1. Requirements}
\begin{enumerate}
\item Every instrument carries a label showing its reference and the date of its next calibration.
\item Instruments whose deadline has passed are taken out of use and tagged ``Do not use''.
\item Certificates from external laboratories must be UKAS-accredited and filed within five working days.
\end{enumerate}
\section*{2. Schedule}
\begin{tabular}{|l|l|l|l|}\hline
Instrument & Accuracy grade & Interval & Next due \\\hline
Analytical balance AB-2 & Class I & 12 months & 30/09/2042 \\\hline
pH meter PH-4 & $\pm$0.01 pH & 3 months & 21/08/2042 \\\hline
Thermometer set T-10 & Grade A & 24 months & 14/03/2043 \\\hline
Pipette set P-7 & ISO 8655 & 6 months & 02/10/2042 \\\hline
\end{tabular}
\section*{3. Certificates received}
Certificate C-2042-117 (balance AB-2) was received on 12 July 2042 and certificate C-2042-121 (pH meter) on
18 July 2042. The cost of external calibration, GBP 1,480 this year, is charged to the quality budget, not to
salary or staffing lines. Working hours for handing in equipment: 8.30 am to 4.00 pm.
\end{document}
"""


def tex_bs():
    return r"""\documentclass[11pt]{article}
\usepackage[utf8]{inputenc}\usepackage[T1]{fontenc}\usepackage{lmodern}\usepackage[a4paper,margin=2.2cm]{geometry}
\begin{document}
\noindent{\Large\bfseries Mairie de Saint-Aubrin-les-Fontaines}\\[2pt]
{\large Synthèse du bilan social 2041 (rapport social unique)}\par\medskip
\noindent Référence : RH/RSU/2041 \quad Lieu : hôtel de ville \quad Présentée au comité social territorial le 3 juillet 2042\par\medskip
Ce document présente les effectifs et les rémunérations de l'année écoulée. Il ne constitue pas une offre d'emploi,
n'annonce aucun poste vacant et ne comporte aucune date limite de candidature.
\section*{1. Effectifs au 31 décembre 2041}
\begin{tabular}{|l|r|r|r|}\hline
Catégorie & Titulaires & Contractuels & Total \\\hline
A & 4 & 1 & 5 \\\hline
B & 9 & 2 & 11 \\\hline
C & 38 & 6 & 44 \\\hline
\end{tabular}
\section*{2. Rémunérations}
La masse salariale s'élève à 2\,310\,000 € ; le salaire brut moyen mensuel est de 2\,540 € pour un agent à temps
complet. Onze avancements de grade et deux promotions internes ont été prononcés en 2041.
\section*{3. Mouvements}
Six recrutements (dont quatre sur des postes d'adjoint technique) et cinq départs à la retraite ont eu lieu en
2041 ; ces postes sont aujourd'hui pourvus. Le temps de travail annuel reste fixé à 1\,607 heures et les horaires
d'ouverture des services sont inchangés.
\section*{4. Exigences réglementaires}
Les données doivent être saisies sur le portail national avant le 30 septembre 2042.
\end{document}
"""


if __name__ == "__main__":
    what = sys.argv[1]
    os.makedirs(SRC, exist_ok=True); os.makedirs(TEX, exist_ok=True)
    if what == "docx":
        docx_tpo(); docx_ldg()
    elif what == "html":
        open(os.path.join(SRC, NEG["red"] + ".html"), "w", encoding="utf-8").write(html_red())
        open(os.path.join(SRC, NEG["tr"] + ".html"), "w", encoding="utf-8").write(html_tr())
    elif what == "tex":
        for k, f in [("cal", tex_cal), ("bs", tex_bs)]:
            p = os.path.join(TEX, NEG[k] + ".tex"); open(p, "w", encoding="utf-8").write(f())
            os.system(f"cd {TEX} && pdflatex -interaction=nonstopmode {NEG[k]}.tex > {NEG[k]}.log.txt 2>&1")
