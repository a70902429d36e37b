# -*- coding: utf-8 -*-
"""Non-notices (3 EN, 3 FR), each a PDF. Run with /usr/bin/python3 (python3-docx)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data import ROOT  # noqa: E402,F401
import r_docx as D  # noqa: E402
import r_tex as T  # noqa: E402
import r_weasy as W  # noqa: E402
from docx.shared import Pt  # noqa: E402


def regrading():
    doc = D.base()
    D.para(doc, "BRINDLECOMBE DISTRICT COUNCIL", bold=True, size=12)
    D.para(doc, "People Services · Civic Centre, Market Way, Brindlecombe BR4 2PL", size=8)
    D.para(doc, "Private and confidential", italic=True)
    D.para(doc, "Our reference: JE/APP/2034/118 · Date: 3 January 2035")
    D.para(doc, "Dear Ms Okafor,")
    D.heading(doc, "Outcome of your job evaluation appeal")
    D.para(doc, "Thank you for attending the appeal panel on 18 December 2034. This letter confirms the panel's "
                "decision on the appeal you lodged against the evaluation of your post.")
    rows = [("Post title", "Senior Licensing Officer"), ("Post number", "LIC-0042"),
            ("Location", "Civic Centre, Brindlecombe"), ("Hours", "Full-time, 37 hours per week"),
            ("Grade before appeal", "Grade 7 (£33,150 – £36,420 per annum)"),
            ("Grade after appeal", "Grade 8 (£36,980 – £40,310 per annum)"),
            ("Effective date", "1 April 2034")]
    tb = doc.add_table(rows=len(rows), cols=2)
    tb.style = "Table Grid"
    for i, (k, v) in enumerate(rows):
        D.cell_text(tb.rows[i].cells[0], k, bold=True, size=9)
        D.cell_text(tb.rows[i].cells[1], v, size=9)
    D.para(doc, "The panel agreed that the requirements of the post under the factors 'knowledge', 'responsibility "
                "for resources' and 'work demands' had been under-scored, and that the post now meets the "
                "requirements of Grade 8. Your salary will move to the first point of Grade 8 and arrears will be "
                "paid in your February salary.")
    D.para(doc, "This decision concerns your existing post only. It does not create a vacancy, and no other post in "
                "the team is affected. The duties in your job description remain unchanged.")
    D.heading(doc, "If you disagree")
    D.para(doc, "The panel's decision is final under the Council's job evaluation scheme. If you believe the "
                "procedure was not followed, you may ask for a procedural review in writing. The deadline for a "
                "request is 31 January 2035.")
    D.para(doc, "Yours sincerely,")
    D.para(doc, "Head of People Services")
    return D.convert(doc, "regrading-appeal-outcome-brindlecombe-council.en")


def frais():
    doc = D.base()
    D.para(doc, "COMMUNE DE VALLORGUE", bold=True, size=12)
    D.para(doc, "Direction des ressources humaines · Note de service", size=9)
    D.para(doc, "Référence : DRH/NS/2034-27 · Date : 19 décembre 2034")
    D.heading(doc, "Remboursement des frais de déplacement des agents – règles applicables au 1er janvier 2035")
    D.para(doc, "La présente note rappelle les conditions dans lesquelles les agents de la commune, titulaires ou "
                "contractuels, sont remboursés de leurs frais lorsqu'ils se déplacent pour les besoins du service "
                "hors de leur résidence administrative. Elle ne modifie ni les postes ni les horaires de travail.")
    D.heading(doc, "1. Conditions", size=11)
    D.bullets(doc, ["être muni d'un ordre de mission signé avant le départ ;",
                    "utiliser en priorité un véhicule de service ou les transports en commun ;",
                    "pour un véhicule personnel, avoir fourni la carte grise et l'attestation d'assurance."])
    D.heading(doc, "2. Barème", size=11)
    rows = [("Nature", "Montant"), ("Repas (midi ou soir)", "20 € par repas"),
            ("Nuitée – Vallorgue et communes limitrophes", "90 € petit déjeuner compris"),
            ("Nuitée – grandes villes", "120 € petit déjeuner compris"),
            ("Indemnité kilométrique – 5 CV et moins", "0,32 € par km jusqu'à 2 000 km"),
            ("Indemnité kilométrique – 6 CV et 7 CV", "0,41 € par km jusqu'à 2 000 km")]
    tb = doc.add_table(rows=len(rows), cols=2)
    tb.style = "Table Grid"
    for i, (k, v) in enumerate(rows):
        D.cell_text(tb.rows[i].cells[0], k, bold=(i == 0), size=9)
        D.cell_text(tb.rows[i].cells[1], v, bold=(i == 0), size=9)
    D.heading(doc, "3. Pièces à fournir", size=11)
    D.para(doc, "L'état de frais, signé par l'agent et visé par le chef de service, est accompagné des justificatifs "
                "originaux (billets, factures d'hôtel, tickets de péage et de stationnement).")
    D.heading(doc, "4. Délais", size=11)
    D.para(doc, "Les états de frais de l'année 2034 doivent parvenir au service paie au plus tard le 16 janvier 2035 "
                "(date limite). Passé ce délai, ils seront traités avec la paie de mars. Les frais sont remboursés "
                "avec le salaire du mois suivant leur réception.")
    D.para(doc, "Contact : service paie, poste 2214 · Lieu : Hôtel de ville, 1er étage, bureau 12.")
    return D.convert(doc, "remboursement-frais-deplacement-commune-de-vallorgue.fr")


def reference_request():
    doc = """<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: A4; margin: 18mm; @bottom-center { content: "QHT-HR-F09 · page " counter(page); font: 8pt sans-serif; } }
body { font: 10pt/1.4 "DejaVu Sans", sans-serif; }
h1 { font-size: 14pt; color: #2e5e4e; margin: 0; } .org { font-size: 9pt; color: #555; }
table { width: 100%; border-collapse: collapse; margin: 6px 0; }
td, th { border: 1px solid #8aa; padding: 4px 6px; vertical-align: top; text-align: left; }
th { background: #e4efe9; width: 38%; font-weight: normal; font-size: 8.5pt; text-transform: uppercase; }
h2 { font-size: 10.5pt; background: #2e5e4e; color: white; padding: 2px 6px; margin: 10px 0 4px; }
</style></head><body>
<div class="org">Quarrybank Housing Trust · Human Resources · 14 Mill Lane, Quarrybank QB2 7HS</div>
<h1>Employment reference request</h1>
<p>Reference: QHT/REF/2035/014 · Sent: 6 January 2035</p>
<p>The person named below has accepted a conditional offer with us and has given your organisation as a previous
employer. We would be grateful if you could confirm the details below. This form is not a job advertisement and
does not relate to any vacancy at your organisation.</p>
<h2>Section 1 – Details given by the candidate</h2>
<table><tr><th>Name</th><td>Daniel Ashworth</td></tr>
<tr><th>Job title held</th><td>Repairs Scheduler</td></tr>
<tr><th>Location</th><td>Northfield depot</td></tr>
<tr><th>Dates of employment</th><td>March 2029 – November 2034</td></tr>
<tr><th>Salary on leaving</th><td>£27,640 per annum</td></tr>
<tr><th>Hours</th><td>Full-time, 37 hours per week</td></tr>
<tr><th>Reason for leaving</th><td>Relocation</td></tr></table>
<h2>Section 2 – To be completed by the referee</h2>
<table><tr><th>Are the details above correct?</th><td>☐ Yes &nbsp; ☐ No (please give correct details)</td></tr>
<tr><th>Days of sickness absence in the last two years</th><td>&nbsp;</td></tr>
<tr><th>Did the candidate meet the requirements of the post?</th><td>☐ Yes &nbsp; ☐ Partly &nbsp; ☐ No</td></tr>
<tr><th>Any disciplinary warnings still live?</th><td>☐ Yes &nbsp; ☐ No</td></tr>
<tr><th>Would you re-employ?</th><td>☐ Yes &nbsp; ☐ No</td></tr>
<tr><th>Referee name, position and signature</th><td>&nbsp;</td></tr></table>
<h2>Section 3 – Return</h2>
<p>Please return the completed form to hr.references@quarrybank-trust.example by the deadline of 20 January 2035.
Under data protection law the candidate may ask to see this reference. Thank you for your help.</p>
</body></html>"""
    return W.weasy(doc, "reference-request-form-quarrybank-housing-trust.en")


def paie():
    doc = """<!doctype html><html lang="fr"><head><meta charset="utf-8"><style>
@page { size: A4; margin: 16mm; @top-right { content: "Guide RH n° 6"; font: 8pt sans-serif; color: #666; } }
body { font: 9.8pt/1.4 "DejaVu Sans", sans-serif; }
h1 { font-size: 15pt; color: #8b2f3c; } h2 { font-size: 11pt; color: #8b2f3c; margin: 10px 0 3px; }
table { width: 100%; border-collapse: collapse; } td, th { border: 1px solid #bbb; padding: 3px 5px; text-align: left; }
th { background: #f5e8ea; }
</style></head><body>
<p>Communauté de communes de Cormeilhan · Service commun des ressources humaines</p>
<h1>Comprendre votre bulletin de paie</h1>
<p>Référence : RH/GUIDE/06 – édition janvier 2035. Ce guide explique, ligne par ligne, le bulletin que vous recevez
chaque mois. Il ne s'agit ni d'une offre d'emploi ni d'un avis de vacance.</p>
<h2>1. L'en-tête</h2>
<table><tr><th>Rubrique</th><th>Ce qu'elle indique</th><th>Exemple</th></tr>
<tr><td>Emploi</td><td>l'intitulé de votre poste tel qu'il figure dans l'arrêté ou le contrat</td><td>Agent d'entretien des espaces verts</td></tr>
<tr><td>Grade</td><td>votre grade dans le cadre d'emplois</td><td>Adjoint technique principal de 2e classe</td></tr>
<tr><td>Échelon / indice</td><td>votre position dans la grille et l'indice majoré</td><td>5e échelon, IM 382</td></tr>
<tr><td>Lieu d'affectation</td><td>le service ou le site où vous travaillez</td><td>Centre technique de Cormeilhan</td></tr>
<tr><td>Temps de travail</td><td>votre quotité : temps complet, temps partiel ou non complet</td><td>Temps complet</td></tr></table>
<h2>2. La rémunération brute</h2>
<p>Le traitement de base est calculé à partir de l'indice majoré et de la valeur du point. Dans l'exemple ci-dessus,
il s'élève à 1 790,42 € bruts. S'y ajoutent, le cas échéant, la nouvelle bonification indiciaire, le régime
indemnitaire (IFSE) et le supplément familial de traitement.</p>
<h2>3. Les cotisations</h2>
<p>Les cotisations de retraite (CNRACL ou IRCANTEC selon votre statut), la CSG et la CRDS sont retenues sur le brut.
Le net à payer avant impôt figure en bas du bulletin, suivi du prélèvement à la source.</p>
<h2>4. En cas d'erreur</h2>
<p>Signalez toute anomalie au service commun des ressources humaines avec une copie du bulletin. La date limite pour
les réclamations portant sur la paie de décembre 2034 est fixée au 23 janvier 2035. Les exigences de justificatifs
sont rappelées sur l'intranet.</p>
</body></html>"""
    return W.weasy(doc, "guide-lecture-bulletin-de-paie-cc-cormeilhan.fr")


def honorarium():
    tex = r"""\documentclass[10pt,a4paper]{article}
""" + T.PRE + r"""\usepackage[margin=20mm]{geometry}
\usepackage{array}
\pagestyle{empty}
\setlength{\parskip}{4pt}
\begin{document}
{\Large\bfseries Ravenshaw College}\hfill{\small Finance Office \textbullet{} Form FIN-HC3}\par
\medskip\hrule\medskip
{\large\bfseries Honorarium claim form for visiting speakers and examiners}\par
\smallskip
Use this form to claim a one-off honorarium for a guest lecture, an external examination or a short workshop. An
honorarium is not a salary and does not make you an employee of the College. This form does not advertise any post.

\textbf{Reference:} FIN/HON/2035/031 \qquad \textbf{Department:} School of Music and Performance

\medskip
\begin{tabular}{|>{\bfseries}p{55mm}|p{100mm}|}\hline
Role & Guest lecturer \\\hline
Title of session & Recording the string quartet: a practical morning \\\hline
Location & Britten Room, Ravenshaw College \\\hline
Date and schedule & 14 January 2035, 09:30 -- 12:30 \\\hline
Rate & \pounds150 per half-day session \\\hline
Travel & Standard-class rail fare, receipts required \\\hline
\end{tabular}

\medskip
\textbf{Requirements before payment.} The Finance Office needs: proof of identity; proof of the right to work in
the United Kingdom; bank details on the College supplier form; and, if you invoice through a company, its VAT
number.

\textbf{Deadline.} Claims must reach the Finance Office within four weeks of the session, and in any case by
13 February 2035. Late claims will be paid in the following financial year.

\textbf{Declaration.} I confirm that the session took place as described and that I have not claimed this
honorarium elsewhere.

\bigskip
Signature of claimant: \rule{60mm}{0.4pt}\qquad Date: \rule{30mm}{0.4pt}

\medskip
Approved by head of department: \rule{50mm}{0.4pt}\qquad Cost code: \rule{30mm}{0.4pt}
\end{document}
"""
    return T.build(tex, "honorarium-claim-form-ravenshaw-college.en")


def interessement():
    tex = r"""\documentclass[10pt,a4paper]{article}
""" + T.PRE + r"""\usepackage[margin=22mm]{geometry}
\usepackage{fancyhdr}
\pagestyle{fancy}\fancyhf{}
\lhead{\small Maison Berthomier SAS}\rhead{\small Accord d'intéressement 2035-2037}
\cfoot{\small\thepage}
\setlength{\parskip}{4pt}
\begin{document}
\begin{center}{\Large\bfseries Accord d'intéressement}\\[2pt]{\small Référence : ACC-INT-2035-01 -- Maison Berthomier SAS, Cognac (Charente)}\end{center}

Entre la société Maison Berthomier SAS, représentée par sa présidente, d'une part, et le comité social et économique,
d'autre part, il a été convenu ce qui suit. Le présent accord n'a pas pour objet de créer ou de pourvoir un poste.

\textbf{Article 1 -- Objet.} Le présent accord associe les salariés aux performances de l'entreprise pour les
exercices 2035, 2036 et 2037.

\textbf{Article 2 -- Bénéficiaires.} Tous les salariés, quel que soit leur poste, leur lieu de travail (chais de
Cognac ou boutique de Jarnac) ou leur temps de travail, comptant au moins trois mois d'ancienneté.

\textbf{Article 3 -- Calcul.} L'intéressement est égal à 5~\% du résultat d'exploitation au-delà de 400 000 \texteuro{}
et est plafonné à 20~\% de la masse salariale brute.

\textbf{Article 4 -- Répartition.} Une moitié est répartie proportionnellement au salaire brut perçu, l'autre moitié
à parts égales, au prorata du temps de présence.

\textbf{Article 5 -- Exigences d'information.} Chaque salarié reçoit une fiche distincte du bulletin de paie
indiquant le montant de sa prime.

\textbf{Article 6 -- Choix du salarié.} Le salarié peut percevoir sa prime ou la placer sur le plan d'épargne
d'entreprise. La date limite pour exprimer son choix est fixée au 15 janvier de chaque année ; pour l'exercice 2034
versé en 2035, au 15 janvier 2035.

\textbf{Article 7 -- Durée et dépôt.} L'accord est conclu pour trois ans et déposé sur la plateforme de
téléprocédure du ministère du travail.

\bigskip
Fait à Cognac, le 20 décembre 2034.\hfill Pour la société \qquad Pour le CSE
\end{document}
"""
    return T.build(tex, "accord-interessement-maison-berthomier.fr")


if __name__ == "__main__":
    for f in (regrading, frais, reference_request, paie, honorarium, interessement):
        print(f())
