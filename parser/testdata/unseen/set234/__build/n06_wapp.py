from common import *

N = dict(
    ref="EEEOA-WAPP/SG/VN/2037/03", post_number="WAPP-ICC-P4-07", langs=["en", "fr"],
    title={"en": "Grid Operations Planning Engineer", "fr": "Ingénieur planification de l'exploitation du réseau"},
    org={"en": "West African Power Pool (WAPP)", "fr": "Système d'Échanges d'Énergie Électrique Ouest Africain (EEEOA)"},
    loc={"en": "Cotonou, Republic of Benin", "fr": "Cotonou, République du Bénin"},
    sched={"en": "Full-time (40 hours per week), with on-call duty at the Information and Coordination Centre",
           "fr": "Temps plein (40 heures par semaine), avec astreintes au Centre d'Information et de Coordination"},
    deadline="2037-04-24",
    salary={"amount": 64380, "min": None, "max": None, "currency": "USD", "period": "year"},
    grade="P4",
    ess={"en": [
        "Nationality of an ECOWAS Member State.",
        "A Master's degree in electrical power engineering or an equivalent qualification.",
        "At least eight (8) years of experience in power system operation or operational planning, including four (4) in a transmission system operator or a dispatch centre.",
        "Proven command of load-flow and dynamic stability software.",
        "Fluency in English or French and a working knowledge of the other language.",
    ], "fr": [
        "Être ressortissant d'un État membre de la CEDEAO.",
        "Être titulaire d'un Master en génie électrique (réseaux) ou d'un diplôme équivalent.",
        "Justifier d'au moins huit (8) ans d'expérience dans l'exploitation ou la planification opérationnelle des réseaux électriques, dont quatre (4) chez un gestionnaire de réseau de transport ou dans un centre de conduite.",
        "Maîtriser les logiciels de calcul de répartition et de stabilité dynamique.",
        "Parler couramment l'anglais ou le français et avoir une bonne connaissance pratique de l'autre langue.",
    ]},
    des={"en": [
        "Experience with the synchronisation of interconnected networks.",
        "Knowledge of Portuguese.",
    ], "fr": [
        "Une expérience de la synchronisation de réseaux interconnectés.",
        "La connaissance du portugais.",
    ]},
    comp={"en": [
        ("Integrity", "acts impartially towards all Member utilities."),
        ("Planning and organising", "delivers outage programmes on schedule despite competing requests."),
        ("Communication", "writes clear operating instructions for control room staff in two languages."),
    ], "fr": [
        ("Intégrité", "agit en toute impartialité envers toutes les sociétés membres."),
        ("Planification et organisation", "livre les programmes d'indisponibilités à temps malgré des demandes concurrentes."),
        ("Communication", "rédige des consignes d'exploitation claires pour les opérateurs, dans les deux langues."),
    ]},
)
DUT = {"en": ["Prepare weekly and seasonal operational planning studies for the interconnected system.",
              "Coordinate planned outages of cross-border lines with the national control centres.",
              "Analyse major grid incidents and propose corrective measures.",
              "Contribute to the operation handbook and to the training of dispatchers."],
       "fr": ["Préparer les études de planification opérationnelle hebdomadaires et saisonnières du système interconnecté.",
              "Coordonner les indisponibilités programmées des lignes transfrontalières avec les centres de conduite nationaux.",
              "Analyser les incidents majeurs du réseau et proposer des mesures correctives.",
              "Contribuer au manuel d'exploitation et à la formation des dispatcheurs."]}
LAB = {"en": ["Vacancy notice", "Post number", "Position", "Organisation", "Department", "Duty station", "Grade",
              "Working hours", "Salary", "Closing date"],
       "fr": ["Avis de vacance", "Numéro du poste", "Poste", "Organisation", "Département", "Lieu d'affectation", "Grade",
              "Horaires de travail", "Rémunération", "Date limite"]}
VAL = {l: [N["ref"], N["post_number"], N["title"][l], N["org"][l],
           "Information and Coordination Centre (ICC)" if l == "en" else "Centre d'Information et de Coordination (CIC)",
           N["loc"][l], N["grade"], N["sched"][l],
           "USD 64,380 per annum (net base salary), plus post adjustment and allowances" if l == "en"
           else "64 380 USD par an (traitement de base net), plus ajustement de poste et indemnités",
           "Friday, 24 April 2037, 17:00 (Cotonou time)" if l == "en" else "Vendredi 24 avril 2037, 17 h 00 (heure de Cotonou)"]
       for l in ("en", "fr")}
key = expected(N)
H = {"en": ["VACANCY ANNOUNCEMENT", "Duties and responsibilities", "Qualifications and experience", "Desirable",
            "Competencies", "How to apply",
            "Applications, with a motivation letter, a detailed CV and the WAPP personal history form, must be submitted through the recruitment portal. Only shortlisted candidates will be contacted; written tests are planned for 18 May 2037. Women are strongly encouraged to apply."],
     "fr": ["AVIS DE VACANCE DE POSTE", "Fonctions et responsabilités", "Qualifications et expérience", "Souhaitable",
            "Compétences", "Modalités de candidature",
            "Les candidatures, comprenant une lettre de motivation, un CV détaillé et la notice personnelle de l'EEEOA, sont soumises via le portail de recrutement. Seuls les candidats présélectionnés seront contactés ; les tests écrits sont prévus le 18 mai 2037. Les candidatures féminines sont vivement encouragées."]}
def sec(l):
    h = H[l]
    grid = "\n".join(f"  <dt>{e(a)}</dt><dd>{e(b)}</dd>" for a, b in zip(LAB[l], VAL[l]))
    return f"""<section lang="{l}" class="half">
<h2>{h[0]}</h2>
<dl class="grid">
{grid}
</dl>
<h3>{h[1]}</h3><ul>{''.join(f'<li>{e(x)}</li>' for x in DUT[l])}</ul>
<h3>{h[2]}</h3><ol>{''.join(f'<li>{e(x)}</li>' for x in N['ess'][l])}</ol>
<h3>{h[3]}</h3><ul>{''.join(f'<li>{e(x)}</li>' for x in N['des'][l])}</ul>
<h3>{h[4]}</h3>{''.join(f'<p><strong>{e(n)}{":" if l == "en" else " :"}</strong> {e(d)}</p>' for n, d in N['comp'][l])}
<h3>{h[5]}</h3><p>{e(h[6])}</p>
</section>"""
page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Vacancy – WAPP / EEEOA</title>
<style>body{{font-family:'Liberation Sans',Arial,sans-serif;font-size:10.5pt;margin:24px}}
.brand{{display:flex;justify-content:space-between;border-bottom:3px solid #f39200;padding-bottom:6px}}
dl.grid{{display:grid;grid-template-columns:190px 1fr;row-gap:4px}} dl.grid dt{{font-weight:bold}} dl.grid dd{{margin:0}}
section.half + section.half{{break-before:page}} nav{{font-size:9pt;color:#555}}</style></head><body>
<div class="brand"><div><b>WEST AFRICAN POWER POOL</b><br>General Secretariat</div>
<div style="text-align:right"><b>SYSTÈME D'ÉCHANGES D'ÉNERGIE ÉLECTRIQUE OUEST AFRICAIN</b><br>Secrétariat Général</div></div>
<nav>Home · About WAPP · Projects · Market · Procurement · <b>Careers</b> · EN | FR</nav>
{sec('en')}
{sec('fr')}
<footer><small>PK 6 Zone des Ambassades, Cotonou (fictitious address) · WAPP does not charge any fee at any stage of recruitment.</small></footer>
</body></html>"""
name = f"{key}-wapp.html"
write(name, page, N["ref"], "html")
pdf = chromium(name)
row(pdf, N["ref"], "pdf"); row(dump(pdf), N["ref"], "txt")
