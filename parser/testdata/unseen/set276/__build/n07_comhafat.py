from common import *

KEY = "comhafat-se-av-2040-04"
REF = "COMHAFAT/SE/AV/2040-04"
PN = "ATL-SIH-P3-01"
T = {"fr": "Chargé(e) des systèmes d'information halieutique", "en": "Fisheries Information Systems Officer"}
ORG = {"fr": "Conférence Ministérielle sur la Coopération Halieutique entre les États Africains Riverains de l'Océan Atlantique (COMHAFAT)",
       "en": "Ministerial Conference on Fisheries Cooperation among African States Bordering the Atlantic Ocean (ATLAFCO)"}
LOC = {"fr": "Rabat, Maroc (Secrétariat exécutif)", "en": "Rabat, Morocco (Executive Secretariat)"}
SCH = {"fr": "Temps plein, 40 heures par semaine", "en": "Full time, 40 hours per week"}
SAL = {"fr": "58 900 USD par an (traitement net), plus ajustement de poste et allocation de logement",
       "en": "USD 58,900 per annum (net salary), plus post adjustment and housing allowance"}
GRADE = "P3"
ESS = {"fr": [
    "Être ressortissant(e) de l'un des États membres de la Conférence.",
    "Master en informatique, en statistique, en halieutique ou dans une discipline voisine.",
    "Au moins cinq ans d'expérience dans la conception ou l'administration de bases de données statistiques, dont trois dans le secteur des pêches.",
    "Expérience des systèmes de collecte des captures et de l'effort de pêche artisanale.",
    "Excellente maîtrise du français ou de l'anglais et bonne connaissance de l'autre langue.",
], "en": [
    "Be a national of one of the member States of the Conference.",
    "Master's degree in computer science, statistics, fisheries science or a related field.",
    "At least five years' experience in designing or administering statistical databases, three of them in the fisheries sector.",
    "Experience of catch and effort data collection systems for small-scale fisheries.",
    "Excellent command of French or English and good knowledge of the other language.",
]}
DES = {"fr": [
    "Connaissance de l'arabe ou du portugais.",
    "Pratique des outils de cartographie (SIG) appliqués aux zones de pêche.",
], "en": [
    "Knowledge of Arabic or Portuguese.",
    "Practice of mapping tools (GIS) applied to fishing grounds.",
]}
COMP = {"fr": [
    ("Esprit d'analyse", "transforme des données hétérogènes en indicateurs utiles aux décideurs."),
    ("Travail en réseau", "entretient des relations de confiance avec les points focaux des États membres."),
    ("Sens du service", "répond avec précision aux demandes des administrations et des partenaires."),
], "en": [
    ("Analytical thinking", "turns heterogeneous data into indicators that decision-makers can use."),
    ("Networking", "maintains relationships of trust with the focal points of member States."),
    ("Client orientation", "answers requests from administrations and partners with precision."),
]}
DUT = {"fr": [
    "Administrer la base de données régionale des captures et de l'effort de pêche.",
    "Appuyer les États membres dans l'harmonisation de leurs systèmes statistiques.",
    "Produire l'annuaire statistique et les notes d'analyse du Secrétariat.",
    "Organiser des formations à distance et en présentiel pour les points focaux nationaux.",
], "en": [
    "Administer the regional catch and fishing effort database.",
    "Support member States in harmonising their statistical systems.",
    "Produce the statistical yearbook and the Secretariat's analytical notes.",
    "Organise remote and on-site training for national focal points.",
]}

expected(KEY, reference=REF, post_number=PN, languages=["fr", "en"], title=T, organisation=ORG, location=LOC,
         schedule=SCH, deadline="2040-10-22", salary=salary(amount=58900, currency="USD", period="year"),
         grade=GRADE, requirements={l: {"essential": ESS[l], "desirable": DES[l]} for l in ("en", "fr")},
         competencies=COMP)

LAB = {"fr": ["Avis de vacance", "Numéro du poste", "Intitulé du poste", "Organisation", "Unité", "Lieu d'affectation",
              "Grade", "Temps de travail", "Rémunération", "Date de clôture"],
       "en": ["Vacancy notice", "Post number", "Position title", "Organization", "Unit", "Duty station",
              "Grade", "Working time", "Remuneration", "Closing date"]}
VAL = {"fr": [REF, PN, T["fr"], ORG["fr"], "Département Statistiques et systèmes d'information", LOC["fr"], GRADE, SCH["fr"],
              SAL["fr"], "lundi 22 octobre 2040, 23 h 59 (heure de Rabat)"],
       "en": [REF, PN, T["en"], ORG["en"], "Statistics and Information Systems Department", LOC["en"], GRADE, SCH["en"],
              SAL["en"], "Monday 22 October 2040, 23:59 (Rabat time)"]}
TXT = {"fr": ("Version française", "Contexte",
              "La Conférence réunit les États africains riverains de l'Atlantique, du Maroc à la Namibie, autour de la gestion durable des pêches. Son Secrétariat exécutif, installé à Rabat, renforce son unité statistique.",
              "Fonctions", "Qualifications requises", "Atouts", "Compétences",
              "Les candidatures (formulaire de la Conférence, CV, lettre de motivation) sont reçues en ligne jusqu'à la date de clôture. Un test écrit sera organisé pour les candidat(e)s présélectionné(e)s le 8 novembre 2040. Seul(e)s les candidat(e)s retenu(e)s seront contacté(e)s."),
       "en": ("English version", "Background",
              "The Conference brings together the African States on the Atlantic coast, from Morocco to Namibia, for the sustainable management of fisheries. Its Executive Secretariat in Rabat is strengthening its statistics unit.",
              "Duties", "Required qualifications", "Assets", "Competencies",
              "Applications (the Conference's form, a CV and a cover letter) are received online until the closing date. A written test will be held for shortlisted candidates on 8 November 2040. Only candidates under consideration will be contacted.")}

def half(l):
    t = TXT[l]
    facts = "\n".join(f"<li><b>{a}{' :' if l == 'fr' else ':'}</b> {b}</li>" for a, b in zip(LAB[l], VAL[l]))
    sep = " :" if l == "fr" else ":"
    comp = "\n".join(f"<p class='c'><u>{n}</u>{sep} {d}</p>" for n, d in COMP[l])
    return f"""<section lang="{l}">
<p class="ver">{t[0]}</p>
<h1>{'AVIS DE VACANCE DE POSTE' if l == 'fr' else 'VACANCY ANNOUNCEMENT'}</h1>
<h2>{t[1]}</h2><p>{t[2]}</p>
<ul class="facts">
{facts}
</ul>
<h2>{t[3]}</h2><ul>{li(DUT[l])}</ul>
<h2>{t[4]}</h2><ol>{li(ESS[l])}</ol>
<h2>{t[5]}</h2><ul>{li(DES[l])}</ul>
<h2>{t[6]}</h2>
{comp}
<p>{t[7]}</p>
</section>"""

html = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{REF} – COMHAFAT / ATLAFCO</title>
<style>body{{font-family:'Liberation Sans',Arial,sans-serif;font-size:10.5pt;margin:24px;color:#1b1b1b}}
.brand{{border-bottom:3px solid #0a5e8a;padding-bottom:6px;font-weight:bold;color:#0a5e8a}}
.brand span{{display:block;font-weight:normal;font-size:9pt;color:#444}}
nav{{font-size:9pt;margin:6px 0 14px}} nav a{{margin-right:10px}}
ul.facts{{list-style:none;padding:8px;border:1px solid #b9cdd8;background:#f4f8fa}}
.ver{{font-size:9pt;text-transform:uppercase;color:#0a5e8a}} h1{{font-size:14pt}} h2{{font-size:11pt;margin-bottom:3px}}
section[lang=en]{{break-before:page}} footer{{font-size:8pt;border-top:1px solid #ccc;margin-top:18px}}</style></head><body>
<div class="brand">COMHAFAT · ATLAFCO · كومهافات<span>Conférence Ministérielle sur la Coopération Halieutique entre les États Africains Riverains de l'Océan Atlantique</span></div>
<nav><a href="#">Accueil</a><a href="#">La Conférence</a><a href="#">Programmes</a><a href="#">Publications</a><a href="#">Avis de vacance</a><a href="#">FR | EN | عربي</a></nav>
{half('fr')}
{half('en')}
<footer>Secrétariat exécutif – Rabat – Maroc · Executive Secretariat – Rabat – Morocco · Publié le 24/09/2040 · Posted 24/09/2040</footer>
</body></html>"""
write(KEY + "-comhafat.html", html)
chromium(KEY + "-comhafat.html")
