"""SUN Movement Secretariat (Geneva), English then French on one page; Chromium PDF."""
from common import *

KEY = "sunms-vn-2040-04"
REF = "SUNMS/VN/2040/04"
T = {"en": "Country Liaison Officer (Francophone Africa)",
     "fr": "Chargé(e) de liaison avec les pays (Afrique francophone)"}
O = {"en": "Scaling Up Nutrition Movement Secretariat",
     "fr": "Secrétariat du Mouvement pour le renforcement de la nutrition"}
L = {"en": "Geneva, Switzerland", "fr": "Genève (Suisse)"}
GRADE = "P-3"
REQ = {"en": (["Advanced university degree (Master's or equivalent) in nutrition, public health, development studies, economics or a related field.",
               "A minimum of five years of progressively responsible experience in nutrition policy, multisectoral coordination or development programming, including at country level.",
               "Experience in facilitating multi-stakeholder platforms involving governments, donors and civil society.",
               "Fluency in French and English."],
              ["Work experience in West or Central Africa.",
               "Experience with nutrition financing or budget tracking.",
               "Knowledge of Portuguese."]),
       "fr": (["Diplôme universitaire supérieur (master ou équivalent) en nutrition, en santé publique, en études du développement, en économie ou dans un domaine connexe.",
               "Au moins cinq années d'expérience à des niveaux de responsabilité croissants dans les politiques de nutrition, la coordination multisectorielle ou la programmation du développement, y compris au niveau des pays.",
               "Expérience de l'animation de plateformes multipartites associant gouvernements, bailleurs de fonds et société civile.",
               "Maîtrise du français et de l'anglais."],
              ["Expérience professionnelle en Afrique de l'Ouest ou en Afrique centrale.",
               "Expérience du financement de la nutrition ou du suivi budgétaire.",
               "Connaissance du portugais."])}
COMP = {"en": [("Partnership building", "Builds trust with government focal points and partners and keeps them engaged over time."),
               ("Communication", "Writes and presents clearly in both working languages and adapts the message to the audience."),
               ("Results orientation", "Plans work around agreed country priorities and follows up until results are delivered.")],
        "fr": [("Création de partenariats", "Instaure la confiance avec les points focaux gouvernementaux et les partenaires et maintient leur engagement dans la durée."),
               ("Communication", "Rédige et présente clairement dans les deux langues de travail et adapte le message au public."),
               ("Orientation vers les résultats", "Organise le travail autour des priorités convenues avec les pays et assure le suivi jusqu'à l'obtention des résultats.")]}


def half(l):
    ess, des = REQ[l]
    comp = "\n".join(f"<p><b>{n}</b>{' : ' if l == 'fr' else ': '}{d}</p>" for n, d in COMP[l])
    if l == "en":
        return f"""<section class="half">
<p class="banner">VACANCY NOTICE</p>
<h1>{T['en']}</h1>
<table class="facts">
<tr><th>Vacancy notice</th><td>{REF}</td></tr>
<tr><th>Post title</th><td>{T['en']}</td></tr>
<tr><th>Organization</th><td>{O['en']}</td></tr>
<tr><th>Grade</th><td>{GRADE}</td></tr>
<tr><th>Duty station</th><td>{L['en']}</td></tr>
<tr><th>Type of appointment</th><td>Fixed-term, two years (administered by UNOPS on behalf of the Secretariat)</td></tr>
<tr><th>Date of issue</th><td>24 July 2040</td></tr>
<tr><th>Deadline for applications</th><td>23 August 2040</td></tr>
</table>
<h2>Background</h2>
<p>The SUN Movement brings together more than sixty countries committed to ending malnutrition in all its forms. Its
Secretariat in Geneva supports national SUN focal points, networks and multi-stakeholder platforms. The Country
Liaison Officer supports the francophone countries of West and Central Africa and reports to the Head of Country
Engagement.</p>
<h2>Main duties</h2>
<ul><li>Provides day-to-day support to SUN government focal points in assigned countries;</li>
<li>Helps countries review their multisectoral nutrition plans and annual joint assessments;</li>
<li>Organizes regional exchanges and peer-learning visits;</li>
<li>Prepares country briefs and contributes to the Movement's annual progress report.</li></ul>
<h2>Competencies</h2>
{comp}
<h2>Required qualifications</h2>
<ul>{li(ess)}</ul>
<h2>Desirable qualifications</h2>
<ul>{li(des)}</ul>
<h2>Remuneration</h2>
<p>Annual net base salary of USD 74,960, plus a post adjustment (currently 86.3%) and benefits.</p>
</section>"""
    return f"""<section class="half fr">
<p class="banner">AVIS DE VACANCE DE POSTE</p>
<h1>{T['fr']}</h1>
<table class="facts">
<tr><th>Avis de vacance</th><td>{REF}</td></tr>
<tr><th>Intitulé du poste</th><td>{T['fr']}</td></tr>
<tr><th>Organisation</th><td>{O['fr']}</td></tr>
<tr><th>Classe</th><td>{GRADE}</td></tr>
<tr><th>Lieu d'affectation</th><td>{L['fr']}</td></tr>
<tr><th>Type d'engagement</th><td>Durée déterminée, deux ans (administré par l'UNOPS pour le compte du Secrétariat)</td></tr>
<tr><th>Date de publication</th><td>24 juillet 2040</td></tr>
<tr><th>Date limite de dépôt des candidatures</th><td>23 août 2040</td></tr>
</table>
<h2>Contexte</h2>
<p>Le Mouvement SUN réunit plus de soixante pays engagés à mettre fin à la malnutrition sous toutes ses formes. Son
Secrétariat à Genève appuie les points focaux SUN nationaux, les réseaux et les plateformes multipartites. Le ou la
titulaire appuie les pays francophones d'Afrique de l'Ouest et du Centre et relève du Chef de l'engagement pays.</p>
<h2>Principales fonctions</h2>
<ul><li>Apporte un appui quotidien aux points focaux gouvernementaux SUN des pays attribués ;</li>
<li>Aide les pays à examiner leurs plans multisectoriels de nutrition et leurs évaluations conjointes annuelles ;</li>
<li>Organise des échanges régionaux et des visites d'apprentissage entre pairs ;</li>
<li>Prépare des notes de pays et contribue au rapport annuel d'avancement du Mouvement.</li></ul>
<h2>Compétences</h2>
{comp}
<h2>Qualifications requises</h2>
<ul>{li(ess)}</ul>
<h2>Qualifications souhaitables</h2>
<ul>{li(des)}</ul>
<h2>Rémunération</h2>
<p>Traitement annuel net de base de 74 960 dollars des États-Unis, plus un ajustement de poste (actuellement 86,3 %) et des prestations.</p>
</section>"""


def html():
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{REF} – SUN Movement</title>
<style>
body{{font-family:"Liberation Sans",Arial,sans-serif;font-size:10pt;margin:18px 30px;color:#1d1d1d}}
nav{{font-size:9pt;border-bottom:2px solid #e87722;padding-bottom:4px}}
.banner{{letter-spacing:3px;color:#e87722;font-weight:bold;font-size:9pt;margin:14px 0 0}}
h1{{font-size:15pt;margin:2px 0 8px}}
table.facts{{border-collapse:collapse;width:100%}}
table.facts th,table.facts td{{border:1px solid #bbb;padding:3px 6px;text-align:left;vertical-align:top}}
table.facts th{{width:34%;background:#fbf1e8}}
h2{{font-size:11pt;color:#7a3d0c;margin:12px 0 4px}}
.fr{{page-break-before:always}}
footer{{font-size:8pt;color:#777;border-top:1px solid #ccc;margin-top:16px}}
</style></head><body>
<nav>SUN Movement · About · Countries · Networks · Resources · Careers · English | Français</nav>
<p><i>The French version of this notice follows the English version. / La version française suit la version anglaise.</i></p>
{half('en')}
<hr>
<p>Version française</p>
{half('fr')}
<footer>SUN Movement Secretariat · Geneva · Newsletter sign-up: next issue 5 September 2040</footer>
</body></html>
"""


def build():
    write(KEY + "-sun.html", html(), KEY)
    chromium(KEY + "-sun.html", KEY)
    expected(KEY, reference=REF, langs=["en", "fr"], title=T, organisation=O, location=L,
             deadline="2040-08-23", grade=GRADE, salary=(74960, None, None, "USD", "year"),
             req=REQ, comp=COMP)
