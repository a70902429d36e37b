"""CCASCOE-2044-06 - Climate Change and Security Centre of Excellence, Montréal. FR then EN.
Bilingual vacancy page (HTML, English half on a new printed page) + Chromium PDF + dump;
Quebec job-board copy."""
from common import *

KEY = "CCASCOE-2044-06"
T = {"fr": "Analyste principal(e), données climatiques et sécurité", "en": "Senior Analyst, Climate and Security Data"}
ORG = {"fr": "Centre d'excellence pour le changement climatique et la sécurité (CCASCOE)",
       "en": "Climate Change and Security Centre of Excellence (CCASCOE)"}
LOC = {"fr": "Montréal (Québec), Canada", "en": "Montréal, Quebec, Canada"}
SCH = {"fr": "Temps plein (37,5 heures par semaine)", "en": "Full-time (37.5 hours per week)"}
DL = "2044-08-19"
SAL = sal(None, "CAD", "year", 71380, 86390)
GRADE, CLR = None, "NATO SECRET"
DLT = {"fr": "19 août 2044 à 16 h (heure de l'Est)", "en": "August 19, 2044, 4:00 p.m. (Eastern Time)"}
SALT = {"fr": "de 71 380 $ à 86 390 $ par année, selon l'expérience", "en": "$71,380 to $86,390 per year, depending on experience"}

INTRO = {"fr": [
    "Le CCASCOE est un centre d'excellence de l'OTAN accrédité, établi à Montréal et financé par le Canada et les nations participantes. Il aide l'Alliance à comprendre les effets des changements climatiques sur la sécurité et à réduire l'empreinte environnementale des activités militaires.",
    "Au sein de la Section Analyse, l'analyste principal(e) construit et tient à jour les jeux de données climatiques utilisés par le Centre, produit les indicateurs de l'évaluation annuelle des incidences climatiques et appuie les chercheurs et chercheuses invités."],
  "en": [
    "CCASCOE is an accredited NATO Centre of Excellence based in Montréal and funded by Canada and the participating nations. It helps the Alliance understand the security effects of climate change and reduce the environmental footprint of military activities.",
    "In the Analysis Section, the Senior Analyst builds and maintains the climate datasets used by the Centre, produces the indicators of the annual climate impact assessment and supports visiting researchers."]}
TACHES = {"fr": [
    "concevoir et documenter les jeux de données climatiques, énergétiques et géographiques du Centre",
    "produire les indicateurs et les cartes de l'évaluation annuelle",
    "vérifier la qualité et la provenance des données reçues des nations",
    "automatiser les chaînes de traitement et la production des tableaux de bord",
    "former les collègues à l'utilisation des outils d'analyse"],
  "en": [
    "design and document the Centre's climate, energy and geographic datasets",
    "produce the indicators and maps of the annual assessment",
    "check the quality and provenance of data received from the nations",
    "automate processing pipelines and the production of dashboards",
    "train colleagues in the use of the analysis tools"]}
ESS = {"fr": [
    "Maîtrise en sciences de l'environnement, en géographie, en statistique ou dans un domaine connexe",
    "Au moins six ans d'expérience en analyse de données environnementales ou climatiques",
    "Maîtrise de Python ou de R et d'un système d'information géographique",
    "Excellente connaissance du français et de l'anglais, à l'écrit comme à l'oral",
    "Admissibilité à une habilitation de sécurité NATO SECRET"],
  "en": [
    "Master's degree in environmental science, geography, statistics or a related field",
    "At least six years of experience in environmental or climate data analysis",
    "Proficiency in Python or R and in a geographic information system",
    "Excellent knowledge of French and English, written and spoken",
    "Eligibility for a NATO SECRET security clearance"]}
DES = {"fr": [
    "Expérience au sein d'une organisation de défense ou de sécurité",
    "Connaissance des scénarios climatiques du GIEC",
    "Publications dans des revues à comité de lecture"],
  "en": [
    "Experience in a defence or security organisation",
    "Knowledge of the IPCC climate scenarios",
    "Publications in peer-reviewed journals"]}
COMP = {"fr": [
    ("Rigueur scientifique", "documente ses méthodes et ses sources."),
    ("Communication", "rend des résultats complexes accessibles à des publics militaires."),
    ("Collaboration", "travaille avec des équipes multinationales et multidisciplinaires."),
    ("Autonomie", "organise son travail et tient ses échéances.")],
  "en": [
    ("Scientific rigour", "documents methods and sources."),
    ("Communication", "makes complex results accessible to military audiences."),
    ("Collaboration", "works with multinational and multidisciplinary teams."),
    ("Autonomy", "organises own work and meets deadlines.")]}
COND = {"fr": f"Poste permanent à temps plein à Montréal. Le salaire annuel se situe {SALT['fr']}. Le Centre offre une assurance collective, un régime de retraite et quatre semaines de vacances. Les entrevues auront lieu en septembre 2044.",
        "en": f"Permanent full-time position in Montréal. The annual salary ranges from {SALT['en'][0:]}. The Centre offers group insurance, a pension plan and four weeks of vacation. Interviews will take place in September 2044."}
LAB = {"fr": ["Numéro de concours", "Titre du poste", "Employeur", "Lieu de travail", "Horaire", "Salaire", "Habilitation de sécurité", "Date limite"],
       "en": ["Competition number", "Position title", "Employer", "Work location", "Schedule", "Salary", "Security clearance", "Closing date"]}
HEAD = {"fr": ["Le Centre et le poste", "Tâches principales", "Exigences", "Atouts", "Compétences recherchées", "Conditions", "Pour postuler"],
        "en": ["The Centre and the position", "Main tasks", "Requirements", "Assets", "Competencies sought", "Conditions", "How to apply"]}
APPLY = {"fr": "Envoyez votre curriculum vitæ et une lettre de présentation par le formulaire en ligne du Centre. Seules les personnes retenues pour une entrevue seront contactées.",
         "en": "Send your résumé and a cover letter through the Centre's online form. Only those selected for an interview will be contacted."}


def vals(l):
    return [KEY, T[l], ORG[l], LOC[l], SCH[l], SALT[l], CLR, DLT[l]]


def sec_html(l, newpage):
    dl = "\n".join(f"<dt>{k}</dt><dd>{html_escape(v)}</dd>" for k, v in zip(LAB[l], vals(l)))
    h = HEAD[l]
    return f"""<section lang="{l}"{' class="np"' if newpage else ''}>
<h1>{html_escape(T[l])}</h1>
<dl class="facts">
{dl}
</dl>
<h2>{h[0]}</h2>
{''.join(f'<p>{html_escape(p)}</p>' for p in INTRO[l])}
<h2>{h[1]}</h2>
{ul(TACHES[l])}
<h2>{h[2]}</h2>
{ul(ESS[l])}
<h2>{h[3]}</h2>
{ul(DES[l])}
<h2>{h[4]}</h2>
<ul class="comp">{''.join(f'<li><strong>{html_escape(n)}{" :" if l == "fr" else ":"}</strong> {html_escape(d)}</li>' for n, d in COMP[l])}</ul>
<h2>{h[5]}</h2>
<p>{html_escape(COND[l])}</p>
<h2>{h[6]}</h2>
<p>{html_escape(APPLY[l])}</p>
</section>"""


def html():
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{KEY} – CCASCOE</title>
<style>
@page {{ size: Letter; margin: 18mm 16mm; }}
body {{ font-family: "Liberation Sans", Arial, sans-serif; font-size: 10.5pt; color: #12312b; hyphens: manual; }}
.top {{ font-size: 9pt; border-bottom: 3px solid #2d8a6e; padding-bottom: 4px; }}
.np {{ break-before: page; }}
h1 {{ font-size: 16pt; color: #2d8a6e; }} h2 {{ font-size: 11.5pt; border-bottom: 1px solid #b7d8cd; }}
dl.facts {{ display: grid; grid-template-columns: 11em 1fr; gap: 2px 10px; background: #eef7f3; padding: 8px; }}
dl.facts dt {{ font-weight: bold; }} dl.facts dd {{ margin: 0; }}
</style></head><body>
<div class="top">CCASCOE · Centre d'excellence de l'OTAN / NATO Centre of Excellence · Montréal · <a href="#fr">Français</a> | <a href="#en">English</a></div>
<p><em>Offre d'emploi / Job offer · publiée le 22 juillet 2044 / posted July 22, 2044</em></p>
{sec_html('fr', False)}
{sec_html('en', True)}
<p class="foot">CCASCOE, 1250 boulevard René-Lévesque Ouest, Montréal · Le Centre souscrit au principe d'équité en emploi. / The Centre is an equal opportunity employer.</p>
</body></html>
"""


def board():
    def half(l):
        h = HEAD[l]
        return f"""{T[l]}
{chr(10).join(f'{k} : {v}' if l == 'fr' else f'{k}: {v}' for k, v in zip(LAB[l], vals(l)))}

{h[0].upper()}
{chr(10).join(INTRO[l])}

{h[1].upper()}
{bullets(TACHES[l], '► ')}

{h[2].upper()}
{bullets(ESS[l], '► ')}

{h[3].upper()}
{bullets(DES[l], '► ')}

{h[4].upper()}
{comps(COMP[l], ' : ' if l == 'fr' else ': ')}

{h[5].upper()}
{COND[l]}

{h[6].upper()}
{APPLY[l]}"""
    return f"""Aller au contenu principal
emploisQC    Trouver un emploi    Employeurs    Conseils carrière    EN
Connexion

Accueil > Emplois > Montréal > Analyse de données

{T['fr']}
CCASCOE - Centre d'excellence de l'OTAN
Montréal, QC
Salaire : 71 380 $ - 86 390 $ par année
Permanent · Temps plein · Jour
Publiée il y a 4 jours · 63 vues
Date de fin d'affichage : 2044-08-19

Postuler maintenant    Sauvegarder    Partager

Description du poste

{half('fr')}

------------------------------

ENGLISH VERSION

{half('en')}

Exigences
Niveau d'études : Universitaire 2e cycle
Années d'expérience : 6-10 années
Langues : Français et anglais parlés et écrits

Numéro de l'offre : EQC-10448217

Emplois similaires
Analyste en données environnementales - Laval - 68 000 $ - 80 000 $ par année - il y a 2 jours
Conseiller(ère) en adaptation climatique - Montréal - 2044-08-26
Géomaticien(ne) principal(e) - Longueuil - il y a 1 semaine

Conditions d'utilisation · Confidentialité · Accessibilité
"""


def build():
    write(f"{KEY}-ccascoe.html", html(), KEY)
    chromium(f"{KEY}-ccascoe.html", f"{KEY}-ccascoe.chromium.pdf")
    dump(f"{KEY}-ccascoe.chromium.pdf", KEY)
    write(f"{KEY}-emploisqc.txt", board(), KEY)
    req = {l: (ESS[l], DES[l]) for l in ("fr", "en")}
    expected(KEY, ["fr", "en"], T, ORG, LOC, SCH, DL, SAL, GRADE, CLR, req, COMP)
