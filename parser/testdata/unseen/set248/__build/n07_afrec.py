from common import *
REF = "AFREC/HRM/VA/2038/04"
K = key(REF)
PN = "AFREC-P3-011"
T = {"fr": "Statisticien(ne) principal(e) de l'énergie", "en": "Senior Energy Statistician"}
ORG = {"fr": "Commission Africaine de l'Énergie (AFREC)", "en": "African Energy Commission (AFREC)"}
LOC = {"fr": "Alger, Algérie", "en": "Algiers, Algeria"}
SCH = {"fr": "Temps plein, 40 heures par semaine", "en": "Full time, 40 hours per week"}
GR = "P3"
SAL = {"fr": "Salaire de base indicatif de 50 746,00 dollars des États-Unis (USD) par an (P3 échelon 1), plus les indemnités applicables",
       "en": "Indicative basic salary of USD 50,746.00 per annum (P3 Step 1), plus applicable allowances"}
DL = {"fr": "30 juin 2038 à 23 h 59 (heure d'Alger)", "en": "30 June 2038, 23:59 Algiers time"}
ESS = {"fr": ["Être ressortissant(e) d'un État membre de l'Union africaine.",
              "Master en statistique, économie de l'énergie, économétrie ou dans un domaine connexe.",
              "Au moins sept ans d'expérience dans l'établissement de bilans énergétiques nationaux ou régionaux, dont trois au niveau international.",
              "Connaissance approfondie des Recommandations internationales sur les statistiques de l'énergie (RISE).",
              "Maîtrise de l'une des langues de travail de l'Union africaine ; la connaissance d'une deuxième langue est un atout."],
       "en": ["Be a national of a Member State of the African Union.",
              "Master's degree in statistics, energy economics, econometrics or a related field.",
              "At least seven years of experience in compiling national or regional energy balances, three of them at international level.",
              "In-depth knowledge of the International Recommendations for Energy Statistics (IRES).",
              "Proficiency in one of the working languages of the African Union; knowledge of a second is an asset."]}
DES = {"fr": ["Expérience des bases de données énergétiques en ligne.", "Certification en gestion de projets."],
       "en": ["Experience with online energy databases.", "Project management certification."]}
COMP = {"fr": [("Établir des relations", ""), ("Culture de la responsabilité", ""), ("Apprentissage continu", ""), ("Communication avec influence", "")],
        "en": [("Building relationships", ""), ("Fostering accountability culture", ""), ("Learning orientation", ""), ("Communicating with influence", "")]}
DUT = {"fr": ["Coordonner la collecte annuelle des données énergétiques auprès des États membres.",
              "Tenir la base de données énergétiques africaine et en contrôler la qualité.",
              "Former les points focaux nationaux aux méthodes de bilan énergétique.",
              "Rédiger la publication annuelle des statistiques de l'énergie en Afrique."],
       "en": ["Coordinate the annual collection of energy data from Member States.",
              "Maintain the African energy database and control its quality.",
              "Train national focal points in energy balance methods.",
              "Draft the annual African energy statistics publication."]}
LAB = {"fr": ["Intitulé du poste", "Grade", "Numéro du poste", "Référence de l'avis", "Organe", "Département", "Lieu d'affectation", "Horaires de travail", "Rémunération", "Date limite"],
       "en": ["Job title", "Grade", "Post number", "Vacancy reference", "Organ", "Department", "Duty station", "Working hours", "Remuneration", "Closing date"]}
DEP = {"fr": "Infrastructures et Énergie (Commission de l'UA)", "en": "Infrastructure and Energy (AU Commission)"}
HD = {"fr": ["AVIS DE VACANCE DE POSTE", "Principales fonctions", "Formation et expérience requises", "Atouts", "Compétences de base", "Candidature",
             "Les candidatures se font exclusivement sur le portail de recrutement de l'Union africaine. Seul(e)s les candidat(e)s présélectionné(e)s seront invité(e)s à une épreuve écrite prévue le 20 juillet 2038. Les femmes qualifiées sont vivement encouragées à postuler."],
      "en": ["VACANCY ANNOUNCEMENT", "Main functions", "Academic requirements and relevant experience", "Desirable", "Core competencies", "Application",
             "Applications are accepted only through the African Union recruitment portal. Only shortlisted candidates will be invited to a written test planned for 20 July 2038. Qualified women are strongly encouraged to apply."]}

def half(l):
    vals = [T[l], GR, PN, REF, ORG[l], DEP[l], LOC[l], SCH[l], SAL[l], DL[l]]
    dl = "".join(f"<dt>{a}</dt><dd>{b}</dd>" for a, b in zip(LAB[l], vals))
    return f"""<section lang="{l}"><h2>{HD[l][0]}</h2><dl class="grid">{dl}</dl>
<h3>{HD[l][1]}</h3><ol>{''.join(f'<li>{x}</li>' for x in DUT[l])}</ol>
<h3>{HD[l][2]}</h3><ol>{''.join(f'<li>{x}</li>' for x in ESS[l])}</ol>
<h3>{HD[l][3]}</h3><ul>{''.join(f'<li>{x}</li>' for x in DES[l])}</ul>
<h3>{HD[l][4]}</h3><ul>{''.join(f'<li>{n}</li>' for n, _ in COMP[l])}</ul>
<h3>{HD[l][5]}</h3><p>{HD[l][6]}</p></section>"""
html = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{REF} – AFREC</title><style>
body {{ font-family: 'Liberation Sans', sans-serif; font-size: 10.5pt; margin: 1.5cm }}
.grid {{ display: grid; grid-template-columns: 13em 1fr; gap: 2pt 8pt }} dt {{ font-weight: bold }} dd {{ margin: 0 }}
section[lang=en] {{ break-before: page }} .bar {{ background: #0a5f38; color: #fff; padding: 4pt }}
</style></head><body>
<div class="bar">UNION AFRICAINE · AFRICAN UNION — Commission Africaine de l'Énergie · African Energy Commission</div>
<p><a href="#">Accueil / Home</a> | <a href="#">Publications</a> | <a href="#">Base de données / Database</a> | <a href="#">Carrières / Careers</a> | <a href="#">English</a></p>
{half('fr')}
{half('en')}
<footer><p>AFREC, Alger (exemple fictif). © 2038</p></footer>
</body></html>"""
w(K + "-afrec.html", html, K)
chromium_pdf(K + "-afrec.html", K)
expected(REF, ["fr", "en"], T, ORG, LOC, SCH, "2038-06-30",
         {"amount": 50746, "currency": "USD", "period": "year"}, GR,
         {l: (ESS[l], DES[l]) for l in ("en", "fr")}, COMP, post_number=PN)
