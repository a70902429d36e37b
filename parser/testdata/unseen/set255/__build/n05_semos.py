"""SEMOS, Sadiola gold mine (Mali), English then French: Word-style notice through LibreOffice
(+ dump), and a recruitment agency's mining-jobs digest e-mail with ASCII-ruled tables."""
import os
from common import write, expected, key_of, soffice, BUILD

REF = "SEMOS/RH/VAC/38-071"
T = {"en": "Metallurgical Laboratory Superintendent", "fr": "Surintendant(e) du laboratoire métallurgique"}
O = {"en": "Société d'Exploitation des Mines d'Or de Sadiola S.A. (SEMOS)",
     "fr": "Société d'Exploitation des Mines d'Or de Sadiola S.A. (SEMOS)"}
L = {"en": "Sadiola mine site, Kayes region, Mali", "fr": "Site minier de Sadiola, région de Kayes, Mali"}
S = {"en": "Residential roster of 5 weeks on site and 2 weeks off",
     "fr": "Rotation résidentielle de 5 semaines sur site et 2 semaines de repos"}
GRADE = "E1"
SAL = {"en": "XOF 3,100,000 – 3,650,000 gross per month, plus site and housing allowances",
       "fr": "3 100 000 à 3 650 000 FCFA (XOF) bruts par mois, plus primes de site et de logement"}
DL = {"en": "Wednesday 19 January 2039, 17:00 GMT", "fr": "Mercredi 19 janvier 2039, 17 h 00 GMT"}
DEPT = {"en": "Processing Plant – Metallurgy", "fr": "Usine de traitement – Métallurgie"}
ESS = {
    "en": [
        "Degree in chemistry, chemical engineering or extractive metallurgy.",
        "At least eight years in a gold mine laboratory, including three as laboratory supervisor.",
        "Sound knowledge of fire assay, atomic absorption and bottle-roll leach testing.",
        "Experience of ISO/IEC 17025 quality systems.",
        "Working knowledge of English and French.",
    ],
    "fr": [
        "Diplôme en chimie, en génie chimique ou en métallurgie extractive.",
        "Au moins huit ans dans un laboratoire de mine d'or, dont trois comme superviseur de laboratoire.",
        "Solide connaissance de l'essai pyrognostique, de l'absorption atomique et des tests de lixiviation en bouteille.",
        "Expérience des systèmes qualité ISO/IEC 17025.",
        "Maîtrise pratique de l'anglais et du français.",
    ],
}
DES = {
    "en": [
        "Experience of commissioning a laboratory information management system (LIMS).",
        "Knowledge of cyanide management under the International Cyanide Management Code.",
    ],
    "fr": [
        "Expérience de la mise en service d'un système de gestion des données de laboratoire (LIMS).",
        "Connaissance de la gestion du cyanure selon le Code international de gestion du cyanure.",
    ],
}
COMP = {
    "en": [("Safety first", "never trades a control for a faster result."),
           ("Data integrity", "releases only results that pass the QA/QC checks."),
           ("Coaching", "develops Malian technicians into supervisors.")],
    "fr": [("La sécurité d'abord", "ne sacrifie jamais un contrôle pour un résultat plus rapide."),
           ("Intégrité des données", "ne publie que des résultats conformes aux contrôles AQ/CQ."),
           ("Accompagnement", "fait progresser les techniciens maliens vers des postes de superviseur.")],
}
DUTIES = {
    "en": ["Manage the assay, metallurgical test and environmental sample sections of the laboratory.",
           "Ensure turnaround times agreed with the mine geology and plant teams.",
           "Run the QA/QC programme, including blanks, duplicates and certified reference materials.",
           "Lead a team of 24 chemists and technicians and manage the laboratory budget."],
    "fr": ["Diriger les sections essais, tests métallurgiques et échantillons environnementaux du laboratoire.",
           "Garantir les délais de résultats convenus avec la géologie minière et l'usine.",
           "Conduire le programme AQ/CQ, y compris blancs, doublons et matériaux de référence certifiés.",
           "Encadrer une équipe de 24 chimistes et techniciens et gérer le budget du laboratoire."],
}
LAB = {
    "en": ["Position", "Company", "Department", "Location", "Grade", "Roster", "Salary", "Closing date", "Reference"],
    "fr": ["Intitulé du poste", "Société", "Département", "Lieu", "Grade", "Régime de travail", "Rémunération",
           "Date limite", "Référence"],
}
key = key_of(REF)


def vals(l):
    return [T[l], O[l], DEPT[l], L[l], GRADE, S[l], SAL[l], DL[l], REF]


HEAD = {"en": ("VACANCY NOTICE", "Duties", "Qualifications and experience", "Candidates must have:",
               "Desirable", "Competencies",
               "Send a CV, a cover letter and copies of certificates to recrutement@semos.example, quoting the "
               "reference in the subject line. Only shortlisted candidates will be contacted; interviews are planned "
               "for the week of 7 February 2039. Women are strongly encouraged to apply."),
        "fr": ("AVIS DE VACANCE DE POSTE", "Attributions", "Qualifications et expérience", "Les candidat(e)s doivent avoir :",
               "Souhaité", "Compétences",
               "Adresser un CV, une lettre de motivation et les copies des diplômes à recrutement@semos.example en "
               "rappelant la référence dans l'objet. Seul(e)s les candidat(e)s présélectionné(e)s seront contacté(e)s ; "
               "les entretiens sont prévus la semaine du 7 février 2039. Les candidatures féminines sont vivement encouragées.")}


def half(l, lang):
    h = HEAD[l]
    rows = "".join(f"<tr><td width=\"30%\"><b>{a}</b></td><td>{b}</td></tr>" for a, b in zip(LAB[l], vals(l)))
    return f"""
<div lang="{lang}">
<p align="center"><font size="4"><b>{h[0]}</b></font></p>
<table border="1" cellpadding="4" cellspacing="0" width="100%">{rows}</table>
<h3>{h[1]}</h3>
<ul>{"".join(f"<li>{x}</li>" for x in DUTIES[l])}</ul>
<h3>{h[2]}</h3>
<p>{h[3]}</p>
<ol>{"".join(f"<li>{x}</li>" for x in ESS[l])}</ol>
<h3>{h[4]}</h3>
<ul>{"".join(f"<li>{x}</li>" for x in DES[l])}</ul>
<h3>{h[5]}</h3>
{"".join(f"<p><b>{n}:</b> {d}</p>" if l == "en" else f"<p><b>{n} :</b> {d}</p>" for n, d in COMP[l])}
<p><i>{h[6]}</i></p>
</div>"""


html = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>SEMOS {REF}</title></head>
<body style="font-family: Liberation Sans, Arial, sans-serif; font-size: 10pt">
<p align="center"><b>SOCIÉTÉ D'EXPLOITATION DES MINES D'OR DE SADIOLA S.A.</b><br>
Human Resources Department / Direction des Ressources Humaines<br>BP 1 (fictitious), Sadiola – Kayes – Mali</p>
<p align="center">Safety is our first value – La sécurité est notre première valeur</p>
{half("en", "en")}
<p style="page-break-before: always"></p>
{half("fr", "fr")}
</body></html>
"""
src = os.path.join(BUILD, "semos-notice.html")
with open(src, "w", encoding="utf-8") as f:
    f.write(html)
soffice(src, f"{key}-sadiola.libreoffice.pdf")


def table(labels, values, w1=18, w2=92):
    rule = "+" + "-" * (w1 + 2) + "+" + "-" * (w2 + 2) + "+"
    out = [rule]
    for a, b in zip(labels, values):
        out.append(f"| {a:<{w1}} | {b:<{w2}} |")
    out.append(rule)
    return "\n".join(out)


def block(l, title):
    h = HEAD[l]
    bul = "\n".join
    return f"""{title}

{table(LAB[l], vals(l))}

{h[1]}
{bul("  * " + x for x in DUTIES[l])}

{h[2]}
{h[3]}
{bul(f"  {i}. {x}" for i, x in enumerate(ESS[l], 1))}

{h[4]}
{bul("  * " + x for x in DES[l])}

{h[5]}
{bul(f"  {n}: {d}" if l == "en" else f"  {n} : {d}" for n, d in COMP[l])}

{h[6]}
"""


mail = f"""
From: Sahel Mining Talent <digest@sahelminingtalent.example>
Sent: Friday, December 17, 2038 7:05 AM
To: subscribers@sahelminingtalent.example
Subject: Mining Jobs Digest #238 – West Africa – 3 new positions

Mining Jobs Digest #238 | Bulletin des emplois miniers n° 238
View in browser | Unsubscribe | Update preferences

This week: a laboratory superintendent in Mali, plus two positions closing soon (see the end of this
e-mail). Our next webinar on safety leadership takes place on 12 January 2039.

======================================================================================================
FEATURED / À LA UNE
======================================================================================================

{block("en", "ENGLISH")}
------------------------------------------------------------------------------------------------------

{block("fr", "FRANÇAIS")}
======================================================================================================
CLOSING SOON / BIENTÔT CLOS
  - Mill Maintenance Planner – Burkina Faso – closes 03 January 2039
  - Chef(fe) de quart mine – Guinée – clôture le 10 janvier 2039

You receive this digest because you subscribed at sahelminingtalent.example.
"""
write(f"{key}-digest.txt", mail)

expected(REF, ["en", "fr"], T, O, L, S, "2039-01-19", (None, 3100000, 3650000, "XOF", "month"), GRADE,
         {l: (ESS[l], DES[l]) for l in ("en", "fr")}, COMP)
