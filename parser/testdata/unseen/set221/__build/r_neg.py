# -*- coding: utf-8 -*-
"""Six non-notices (3 EN, 3 FR): a .docx for LibreOffice, an .html for WeasyPrint, a .tex for pdfTeX per language."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docx import Document
from docx.shared import Pt
from r_docx import borders, shade, cell_first, para, base
from r_tex import PRE

SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "src")
os.makedirs(SRC, exist_ok=True)


# ----------------------------------------------------------------- EN 1: statutory noise abatement notice (Word)
def noise():
    doc = Document(); base(doc, font="Liberation Serif", size=10.5)
    para(doc, "MARLCOMBE DISTRICT COUNCIL", bold=True, size=13)
    para(doc, "Environmental Health – Pollution Control Team", size=9)
    para(doc, "ABATEMENT NOTICE", bold=True, size=15, space_after=2)
    para(doc, "Environmental Protection Act 1990, section 80 – statutory nuisance (noise)", italic=True)
    t = doc.add_table(rows=0, cols=2); borders(t)
    for a, b in [("Reference", "EH/NS/2036/0117"), ("Served on", "The occupier, Ormsby Fabrications Ltd"),
                 ("Location of premises", "Unit 4, Kiln Lane Trading Estate, Marlcombe"),
                 ("Date of service", "9 February 2036"),
                 ("Deadline for compliance", "16 March 2036"),
                 ("Officer", "Senior Environmental Health Officer, Pollution Control")]:
        r = t.add_row().cells; shade(r[0], "E6E6E6"); cell_first(r[0], a, bold=True); cell_first(r[1], b)
    para(doc, "")
    para(doc, "Marlcombe District Council is satisfied that a statutory nuisance exists at the premises named above, "
         "arising from the operation of an extraction fan and of metal-cutting equipment outside permitted hours. "
         "The Council therefore requires you to abate the nuisance and to carry out the works set out in the Schedule.")
    para(doc, "Requirements", bold=True, size=11.5)
    for s in ["Stop all metal cutting in the yard between 19:00 and 07:00 on any day.",
              "Fit an acoustic enclosure to the roof-mounted extraction fan.",
              "Keep the loading door closed while grinding or cutting takes place inside the building."]:
        para(doc, "• " + s, space_after=2)
    para(doc, "Schedule of works", bold=True, size=11.5)
    t = doc.add_table(rows=1, cols=3); borders(t)
    for i, h in enumerate(["Item", "Work required", "Complete by"]):
        shade(t.rows[0].cells[i], "E6E6E6"); cell_first(t.rows[0].cells[i], h, bold=True)
    for a, b, c in [("1", "Acoustic enclosure to extraction fan", "16 March 2036"),
                    ("2", "Written noise management plan sent to the Council", "2 March 2036"),
                    ("3", "Measurement report by a competent acoustician", "30 March 2036")]:
        r = t.add_row().cells; cell_first(r[0], a); cell_first(r[1], b); cell_first(r[2], c)
    para(doc, "")
    para(doc, "If you fail, without reasonable excuse, to comply with any requirement of this notice you will commit "
         "an offence and may be liable on conviction to an unlimited fine in the case of industrial premises. "
         "You may appeal to the magistrates' court within 21 days of the date of service. This notice does not "
         "concern any post, salary or employment at the premises and invites no application of any kind.")
    out = os.path.join(SRC, "noise-abatement-notice-marlcombe-district-council.en.docx"); doc.save(out); return out


# ----------------------------------------------------------------- FR 1: avis aux créanciers (Word)
def creanciers():
    doc = Document(); base(doc, font="Liberation Serif", size=10.5)
    para(doc, "TRIBUNAL DE COMMERCE DE QUIMPER", bold=True, size=12)
    para(doc, "Avis aux créanciers – liquidation judiciaire", bold=True, size=15)
    t = doc.add_table(rows=0, cols=2); borders(t)
    for a, b in [("Référence", "RG 2036/00412 – LJ"), ("Débiteur", "SARL Menuiseries Kervalec"),
                 ("Activité", "fabrication et pose de menuiseries bois et aluminium"),
                 ("Lieu du siège", "ZA de Kerlouarn, 29000 Quimper"),
                 ("Jugement d'ouverture", "29 janvier 2036"),
                 ("Mandataire judiciaire", "SELARL Le Goff & Associés, liquidateur"),
                 ("Date limite de déclaration des créances", "deux mois à compter de la publication au BODACC, soit le 3 avril 2036")]:
        r = t.add_row().cells; shade(r[0], "EDEDED"); cell_first(r[0], a, bold=True); cell_first(r[1], b)
    para(doc, "")
    para(doc, "Par jugement du 29 janvier 2036, le tribunal de commerce a prononcé la liquidation judiciaire de la "
         "société désignée ci-dessus et fixé la date de cessation des paiements au 15 décembre 2035. Les créanciers "
         "sont invités à déclarer leurs créances auprès du liquidateur, par lettre recommandée ou sur le portail "
         "électronique des mandataires, avant la date limite indiquée.")
    para(doc, "Pièces exigées", bold=True, size=11.5)
    for s in ["le montant de la créance due au jour du jugement, avec l'indication des sommes à échoir ;",
              "les documents justificatifs (factures, contrats, relevés) ;",
              "la nature du privilège ou de la sûreté dont la créance est éventuellement assortie."]:
        para(doc, "– " + s, space_after=2)
    para(doc, "Salariés", bold=True, size=11.5)
    para(doc, "Les douze salariés de l'entreprise n'ont pas à déclarer leurs créances de salaire : le relevé est "
         "établi par le liquidateur et transmis à l'AGS. Les contrats de travail ont été rompus ; aucun poste "
         "n'est à pourvoir et le présent avis n'est pas une offre d'emploi.")
    para(doc, "Lieu de consultation : greffe du tribunal de commerce, aux heures d'ouverture du public (9 h – 12 h).", size=9)
    out = os.path.join(SRC, "avis-aux-creanciers-liquidation-menuiseries-kervalec.fr.docx"); doc.save(out); return out


# ----------------------------------------------------------------- EN 2: staff ID photo sessions (WeasyPrint)
def photo():
    html = """<!doctype html><html lang="en"><head><meta charset="utf-8"><style>
@page { size: A4; margin: 18mm; @bottom-center { content: "Estates & Security · Staff ID cards"; font: 8pt 'Liberation Sans'; color: #666; } }
body { font: 10.5pt/1.45 'Liberation Sans'; } h1 { color: #6a1b4d; font-size: 18pt; margin: 0; }
table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #bbb; padding: 3px 6px; text-align: left; }
th { background: #f1e4ec; } h2 { color: #6a1b4d; font-size: 12pt; margin: 6mm 0 2mm; }
</style></head><body>
<p>BRACKENMOOR UNIVERSITY · Estates &amp; Security</p>
<h1>Staff ID photo sessions – spring 2036</h1>
<p><b>Reference:</b> ES/ID/2036-02 &nbsp; <b>Location:</b> Student Hub, Room G.14, Main Campus</p>
<p>All staff cards issued before 2031 expire on 31 May 2036. To receive a new card, every member of staff,
whatever their position or grade, must have a new photograph taken by the Security Office. Sessions are organised by
faculty; you may attend another slot if yours is not convenient.</p>
<h2>Schedule</h2>
<table><tr><th>Date</th><th>Time</th><th>Faculty / service</th></tr>
<tr><td>9 March 2036</td><td>09:30 – 12:30</td><td>Arts and Humanities</td></tr>
<tr><td>10 March 2036</td><td>13:30 – 16:30</td><td>Science and Engineering</td></tr>
<tr><td>12 March 2036</td><td>09:30 – 16:00</td><td>Professional services</td></tr>
<tr><td>17 March 2036</td><td>10:00 – 15:00</td><td>Health and Life Sciences</td></tr></table>
<h2>Requirements</h2>
<ul><li>Bring your current card or a photographic identity document.</li>
<li>Plain background provided; no hats or sunglasses unless worn for religious or medical reasons.</li>
<li>Book a slot in the staff portal before the deadline of 6 March 2036.</li></ul>
<h2>Charges</h2>
<p>The first card is free. A replacement card for a lost or damaged card costs £15, deducted from salary
in the following month unless paid at the Security Office.</p>
<p>This notice concerns staff already employed by the University. It does not advertise a post.</p>
</body></html>"""
    out = os.path.join(SRC, "staff-id-photo-sessions-brackenmoor-university.en.html")
    open(out, "w", encoding="utf-8").write(html); return out


# ----------------------------------------------------------------- FR 2: fiche réflexe canicule (WeasyPrint)
def canicule():
    html = """<!doctype html><html lang="fr"><head><meta charset="utf-8"><style>
@page { size: A4; margin: 16mm; }
body { font: 10.5pt/1.45 'DejaVu Sans'; } .band { background: #d9480f; color: #fff; padding: 3mm 5mm; font-weight: bold; }
.box { border: 1.5px solid #d9480f; padding: 3mm 5mm; margin-top: 4mm; } h2 { font-size: 11.5pt; color: #d9480f; margin: 0 0 2mm; }
</style></head><body>
<p>COMMUNAUTÉ DE COMMUNES DU VAL DE SÉRÈNE · Service prévention et santé au travail</p>
<div class="band">FICHE RÉFLEXE – CANICULE · Référence : PREV-FR-2036-04</div>
<div class="box"><h2>Quand s'applique cette fiche ?</h2>
<p>Dès le déclenchement de la vigilance orange canicule par le préfet, pour tous les agents, quel que soit leur
grade ou leur poste, et pour tous les lieux de travail : déchetteries, ateliers, crèches, piscine et bureaux.
Elle reste en vigueur jusqu'à la fin de l'épisode.</p></div>
<div class="box"><h2>Horaires aménagés</h2>
<p>Les services techniques passent en horaire continu de 6 h à 13 h. Les travaux extérieurs pénibles sont
suspendus entre 12 h et 16 h. Le temps de travail hebdomadaire n'est pas modifié et le salaire est maintenu.</p></div>
<div class="box"><h2>Exigences pour chaque poste de travail</h2>
<ul><li>eau fraîche à disposition, au moins trois litres par agent et par jour ;</li>
<li>pauses de quinze minutes à l'ombre toutes les heures pour les travaux extérieurs ;</li>
<li>travail isolé interdit sur les chantiers ;</li>
<li>signalement immédiat de tout malaise au responsable et au 15.</li></ul></div>
<div class="box"><h2>Rôle des encadrants</h2>
<p>Les encadrants vérifient chaque matin l'application de la fiche et remontent les difficultés au service
prévention. Le bilan de l'été est à transmettre avant la date limite du 30 septembre 2036.</p></div>
<p style="font-size:8.5pt">Document interne – ne constitue ni une offre d'emploi ni un appel à candidatures.
Lieu d'affichage : tous les sites de la communauté de communes.</p>
</body></html>"""
    out = os.path.join(SRC, "fiche-reflexe-canicule-cc-val-de-serene.fr.html")
    open(out, "w", encoding="utf-8").write(html); return out


# ----------------------------------------------------------------- EN 3: cycle-to-work scheme guide (pdfTeX)
def cycle():
    src = PRE + r"""\usepackage[margin=24mm]{geometry}
\pagestyle{plain}
\begin{document}\raggedright
{\small TARNSIDE WATER · People Services\par}
{\LARGE\bfseries Cycle to Work scheme: a guide for employees\par}
\vspace{2mm}{\small Reference: PS/BEN/2036/03 \quad|\quad Scheme window: 2 -- 27 March 2036\par}

\section*{What the scheme is}
The Cycle to Work scheme lets you hire a bicycle and safety equipment from Tarnside Water through a salary
sacrifice arrangement. Your gross salary is reduced by the hire cost over twelve months, so you pay less income
tax and National Insurance on that part of your pay. At the end of the hire period you may buy the bicycle for a
small fee.

\section*{Who can join}
Every employee on a permanent or fixed-term contract, whatever their position, grade or location, provided that:
\begin{itemize}
\item the sacrifice does not bring your salary below the National Minimum Wage;
\item you are not on probation and your contract runs beyond the hire period;
\item you will use the bicycle mainly for journeys to and from work.
\end{itemize}

\section*{Limits and schedule}
The maximum package is £2,500. Deductions start with the April 2036 salary payment. Applications must be
made in the benefits portal before the deadline of 27 March 2036; vouchers are issued within ten working days.

\section*{Requirements}
You must sign the hire agreement, keep the bicycle insured and in good repair, and tell People Services if you
leave the company, as any outstanding balance will be deducted from your final salary.

\section*{Questions}
Contact the benefits team on extension 4410. This guide describes a staff benefit; it does not offer a job or
change anyone's position.
\end{document}
"""
    out = os.path.join(SRC, "cycle-to-work-scheme-guide-tarnside-water.en.tex")
    open(out, "w", encoding="utf-8").write(src); return out


# ----------------------------------------------------------------- FR 3: règlement du fonds de solidarité (pdfTeX)
def solidarite():
    src = PRE + r"""\usepackage[margin=24mm]{geometry}
\pagestyle{plain}
\begin{document}\raggedright
{\small VILLE DE MONTCLARET · Direction des ressources humaines · Action sociale\par}
{\LARGE\bfseries Règlement du fonds de solidarité des agents\par}
\vspace{2mm}{\small Référence : DRH-AS-2036-02 \quad|\quad Adopté par le comité social territorial le 4 février 2036\par}

\section*{Article 1 -- Objet}
Le fonds de solidarité accorde des aides financières ponctuelles aux agents de la ville confrontés à une
difficulté imprévue : accident de la vie, frais de santé non remboursés, sinistre au logement.

\section*{Article 2 -- Bénéficiaires}
Peuvent solliciter le fonds tous les agents titulaires et contractuels comptant au moins six mois d'ancienneté,
quel que soit leur grade, leur poste ou leur lieu d'affectation, dès lors que leur salaire net mensuel ne dépasse
pas 2 400 €.

\section*{Article 3 -- Montant des aides}
L'aide ne peut excéder 800 € par agent et par an. Elle peut prendre la forme d'un secours non remboursable ou
d'un prêt sans intérêt remboursable sur douze mois.

\section*{Article 4 -- Pièces exigées}
\begin{itemize}
\item[--] le formulaire de demande signé ;
\item[--] le dernier avis d'imposition et les trois derniers bulletins de salaire ;
\item[--] tout justificatif de la dépense ou de la difficulté invoquée.
\end{itemize}

\section*{Article 5 -- Calendrier}
La commission d'attribution se réunit chaque trimestre. Pour la session de printemps, la date limite de dépôt
des dossiers est fixée au 13 mars 2036 ; la commission se réunira le 26 mars 2036.

\section*{Article 6 -- Confidentialité}
Les dossiers sont instruits par l'assistante sociale du personnel et examinés de façon anonyme. Le présent
règlement ne crée aucun poste et ne constitue pas une offre d'emploi.
\end{document}
"""
    out = os.path.join(SRC, "reglement-fonds-solidarite-agents-ville-de-montclaret.fr.tex")
    open(out, "w", encoding="utf-8").write(src); return out


if __name__ == "__main__":
    for f in (noise, creanciers, photo, canicule, cycle, solidarite):
        print(f())
