"""Farm Products Council of Canada on GC Jobs: EN then FR poster, HTML + Chromium PDF."""
from common import *

KEY = "fpc44j-224517-000006"
REF = "FPC44J-224517-000006"
T_EN = "Senior Policy Analyst, Supply Management Oversight"
T_FR = "Analyste principal ou analyste principale des politiques, Surveillance de la gestion de l'offre"
O_EN = "Farm Products Council of Canada"
O_FR = "Conseil des produits agricoles du Canada"
LOC = "Ottawa (Ontario)"
EDU_EN = "A degree from a recognized post-secondary institution with an acceptable specialization in economics, agricultural economics, sociology or statistics."
EDU_FR = "Un grade d'un établissement d'enseignement postsecondaire reconnu avec une spécialisation acceptable en économie, en économie agricole, en sociologie ou en statistique."
EXP_EN = [
    "Significant experience in conducting policy research and analysis on agricultural or agri-food marketing issues.",
    "Experience in preparing briefing notes, decision documents or reports for senior management.",
    "Experience in working with industry associations, provincial boards or other levels of government on regulatory matters.",
]
EXP_FR = [
    "Expérience significative de la recherche et de l'analyse de politiques portant sur des questions de commercialisation agricole ou agroalimentaire.",
    "Expérience de la préparation de notes d'information, de documents décisionnels ou de rapports destinés à la haute direction.",
    "Expérience de la collaboration avec des associations de l'industrie, des offices provinciaux ou d'autres ordres de gouvernement sur des questions de réglementation.",
]
ASSET_EN = [
    "Experience in the analysis of supply-managed sectors such as dairy, poultry or eggs.",
    "Experience in conducting or reviewing cost-of-production studies.",
    "A graduate degree in economics, agricultural economics or public policy.",
]
ASSET_FR = [
    "Expérience de l'analyse de secteurs soumis à la gestion de l'offre comme les produits laitiers, la volaille ou les œufs.",
    "Expérience de la réalisation ou de l'examen d'études sur le coût de production.",
    "Un diplôme d'études supérieures en économie, en économie agricole ou en politiques publiques.",
]
ABIL_EN = ["Ability to analyze complex economic and regulatory information",
           "Ability to communicate effectively in writing",
           "Ability to communicate effectively orally"]
PERS_EN = ["Judgement", "Initiative", "Effective interpersonal relationships"]
ABIL_FR = ["Capacité d'analyser des renseignements économiques et réglementaires complexes",
           "Capacité de communiquer efficacement par écrit",
           "Capacité de communiquer efficacement oralement"]
PERS_FR = ["Jugement", "Initiative", "Relations interpersonnelles efficaces"]


def ul(items):
    return "<ul>\n" + "".join(f"<li>{i}</li>\n" for i in items) + "</ul>\n"


def half(lang):
    en = lang == "en"
    T, O = (T_EN, O_EN) if en else (T_FR, O_FR)
    p = []
    p.append(f'<section lang="{lang}" class="poster{"" if en else " fr"}">')
    p.append(f"<h1>{T}</h1>")
    if en:
        p.append('<div class="refbox"><table>'
                 f'<tr><th>Reference number:</th><td>{REF}</td></tr>'
                 '<tr><th>Selection process number:</th><td>44-FPC-EA-OTT-5120</td></tr></table></div>')
        p.append(f'<p class="hdr">{O} - Policy, Analysis and Oversight Directorate<br>\n{LOC}<br>\nEC-06<br>\n'
                 'Indeterminate, Acting, Assignment, Deployment, Secondment<br>\n$95,840 to $106,220 (annual)</p>')
        p.append("<p>For further information on the organization, please visit "
                 '<a href="#">Farm Products Council of Canada</a></p>')
        p.append("<p><strong>Closing date: 11 October 2044 - 23:59, Pacific Time</strong></p>")
        p.append("<p><strong>Who can apply:</strong> Persons residing in Canada and Canadian citizens residing abroad.</p>")
        p.append('<p class="apply"><a href="#">Apply online</a></p>')
        p.append("<h2>Important messages</h2>")
        p.append("<p>We will accept applications on-line only. Candidates who are screened in may be invited to a "
                 "written examination during the week of October 20, 2044. Results of the examination may be used "
                 "to assess other qualifications. Please identify your official language preference in your application.</p>")
        p.append("<h2>Duties</h2>")
        p.append("<p>The Council oversees the national marketing agencies for poultry and eggs and reports on their "
                 "operations to the Minister. The senior policy analyst reviews the agencies' quota allocation and "
                 "levy orders, prepares analyses of proposed amendments, follows price and production data across the "
                 "provinces, and drafts the Council's recommendations. The incumbent also represents the Council in "
                 "federal-provincial working groups and coordinates responses to complaints filed by producers.</p>")
        p.append("<h2>Work environment</h2>")
        p.append("<p>We are a small team of about twenty people with a national mandate, located at the Central "
                 "Experimental Farm. You will work closely with economists, lawyers and the Council's members, and "
                 "you will have the chance to see the results of your analysis reflected in decisions published in the "
                 "Canada Gazette.</p>")
        p.append("<h2>Intent of the process</h2>")
        p.append("<p>The immediate need is to staff one indeterminate position. A pool of partially or fully qualified "
                 "candidates may be established to staff similar positions within the Council with various tenures, "
                 "language requirements and security requirements.</p>")
        p.append("<p>Positions to be filled: 2</p>")
        p.append("<h2>Information you must provide</h2>")
        p.append("<p>Your résumé. In order to be considered, your application must clearly explain how you meet the "
                 "following (essential qualifications):</p>")
        p.append("<h3>Education:</h3>")
        p.append(f"<p>{EDU_EN}</p>")
        p.append("<h3>Experience:</h3>")
        p.append(ul(EXP_EN))
        p.append("<p>Significant experience is understood to mean depth and breadth of experience normally acquired "
                 "over a period of approximately three (3) years.</p>")
        p.append("<p>The following will be applied / assessed at a later date (essential for the job)</p>")
        p.append("<p>Various language requirements<br>\nBilingual - Imperative (CBC/CBC)</p>")
        p.append('<p>Information on language requirements</p>')
        p.append("<h3>Abilities:</h3>")
        p.append(ul(ABIL_EN))
        p.append("<h3>Personal suitability:</h3>")
        p.append(ul(PERS_EN))
        p.append("<p>The following may be applied / assessed at a later date (may be needed for the job)</p>")
        p.append("<h3>Asset qualifications:</h3>")
        p.append(ul(ASSET_EN))
        p.append("<h2>Conditions of employment</h2>")
        p.append("<p>Reliability Status security clearance</p>")
        p.append("<p>Willingness and ability to travel occasionally within Canada, mainly to provincial board meetings.</p>")
        p.append("<h2>Other information</h2>")
        p.append("<p>The Public Service of Canada is committed to building a skilled and diverse workforce that "
                 "reflects the Canadians we serve. Reference checks may be sought. An interview may be administered "
                 "in November 2044.</p>")
        p.append("<p>Preference will be given to veterans and then to Canadian citizens and permanent residents.</p>")
        p.append("<p>Contact information: Lise Tremblant, staffing-dotation@fpcc-cpac.example</p>")
        p.append('<p class="date">Date modified: 2044-09-23</p>')
    else:
        p.append('<div class="refbox"><table>'
                 f'<tr><th>Numéro de référence :</th><td>{REF}</td></tr>'
                 '<tr><th>Numéro du processus de sélection :</th><td>44-FPC-EA-OTT-5120</td></tr></table></div>')
        p.append(f'<p class="hdr">{O} - Direction des politiques, de l\'analyse et de la surveillance<br>\n{LOC}<br>\nEC-06<br>\n'
                 'Durée indéterminée, Intérim, Affectation, Mutation, Détachement<br>\n95 840 $ à 106 220 $ (annuel)</p>')
        p.append("<p><strong>Date limite : 11 octobre 2044 - 23:59, heure du Pacifique</strong></p>")
        p.append("<p><strong>Qui est admissible :</strong> Personnes résidant au Canada et citoyens canadiens résidant à l'étranger.</p>")
        p.append('<p class="apply"><a href="#">Postuler en ligne</a></p>')
        p.append("<h2>Messages importants</h2>")
        p.append("<p>Nous n'acceptons que les candidatures présentées en ligne. Les personnes retenues pourraient être "
                 "convoquées à un examen écrit au cours de la semaine du 20 octobre 2044. Veuillez indiquer votre langue "
                 "officielle de préférence dans votre candidature.</p>")
        p.append("<h2>Fonctions</h2>")
        p.append("<p>Le Conseil surveille les offices nationaux de commercialisation de la volaille et des œufs et rend "
                 "compte de leurs activités au ministre. L'analyste principal examine les ordonnances d'allocation de "
                 "contingents et de redevances des offices, analyse les modifications proposées, suit les données de prix "
                 "et de production dans les provinces et rédige les recommandations du Conseil. La personne titulaire "
                 "représente aussi le Conseil au sein de groupes de travail fédéraux-provinciaux et coordonne les réponses "
                 "aux plaintes déposées par des producteurs.</p>")
        p.append("<h2>Milieu de travail</h2>")
        p.append("<p>Nous sommes une petite équipe d'une vingtaine de personnes au mandat national, installée à la Ferme "
                 "expérimentale centrale. Vous travaillerez de près avec des économistes, des juristes et les membres du "
                 "Conseil, et vos analyses se refléteront dans des décisions publiées dans la Gazette du Canada.</p>")
        p.append("<h2>Intention du processus</h2>")
        p.append("<p>Le besoin immédiat est de doter un poste pour une durée indéterminée. Un bassin de candidats "
                 "partiellement ou entièrement qualifiés pourrait être établi pour doter des postes semblables au sein du "
                 "Conseil.</p>")
        p.append("<p>Postes à pourvoir : 2</p>")
        p.append("<h2>Information à fournir</h2>")
        p.append("<p>Votre curriculum vitæ. Afin d'être pris en considération, votre candidature doit clairement "
                 "démontrer comment vous satisfaites aux critères suivants (qualifications essentielles) :</p>")
        p.append("<h3>Études :</h3>")
        p.append(f"<p>{EDU_FR}</p>")
        p.append("<h3>Expérience :</h3>")
        p.append(ul(EXP_FR))
        p.append("<p>On entend par expérience significative l'étendue et la profondeur de l'expérience normalement "
                 "acquise sur une période d'environ trois (3) ans.</p>")
        p.append("<p>Les critères suivants seront appliqués / évalués ultérieurement (essentielles pour le poste)</p>")
        p.append("<p>Exigences linguistiques variées<br>\nBilingue - Impératif (CBC/CBC)</p>")
        p.append("<h3>Capacités :</h3>")
        p.append(ul(ABIL_FR))
        p.append("<h3>Qualités personnelles :</h3>")
        p.append(ul(PERS_FR))
        p.append("<p>Les critères suivants peuvent être appliqués / évalués ultérieurement (pourraient être nécessaires pour le poste)</p>")
        p.append("<h3>Qualifications constituant un atout :</h3>")
        p.append(ul(ASSET_FR))
        p.append("<h2>Conditions d'emploi</h2>")
        p.append("<p>Cote de sécurité : Fiabilité</p>")
        p.append("<p>Volonté et capacité de voyager à l'occasion au Canada, principalement pour assister aux réunions des offices provinciaux.</p>")
        p.append("<h2>Autres informations</h2>")
        p.append("<p>La fonction publique du Canada s'est engagée à bâtir un effectif compétent et diversifié, "
                 "représentatif des Canadiens qu'elle sert. Une entrevue pourrait avoir lieu en novembre 2044.</p>")
        p.append("<p>La préférence sera accordée aux anciens combattants, puis aux citoyens canadiens et aux résidents permanents.</p>")
        p.append("<p>Renseignements : Lise Tremblant, staffing-dotation@fpcc-cpac.example</p>")
        p.append('<p class="date">Date de modification : 2044-09-23</p>')
    p.append("</section>")
    return "\n".join(p)


def build():
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{T_EN} - {REF} - GC Jobs</title>
<style>
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 11pt; margin: 1.5em 2.5em; color: #333; }}
.gcbar {{ background: #26374a; color: #fff; padding: .4em 1em; font-weight: bold; }}
.cookie {{ background: #f1f2f3; border: 1px solid #ccc; padding: .5em; font-size: 9pt; }}
.crumbs {{ font-size: 9pt; color: #555; }}
h1 {{ border-bottom: 2px solid #af3c43; padding-bottom: .2em; font-size: 18pt; }}
.refbox {{ border: 1px solid #999; background: #f8f8f8; padding: .3em .6em; margin: .5em 0; width: 70%; }}
.refbox th {{ text-align: left; padding-right: 1em; font-weight: bold; }}
.hdr {{ line-height: 1.5; }}
.fr {{ page-break-before: always; }}
.apply a {{ background: #284162; color: #fff; padding: .3em .8em; text-decoration: none; }}
</style></head>
<body>
<div class="cookie">This site uses cookies to remember your language choice. / Ce site utilise des témoins pour mémoriser votre choix de langue. <b>OK</b></div>
<div class="gcbar">Government of Canada / Gouvernement du Canada &nbsp; | &nbsp; Français</div>
<p class="crumbs">Canada.ca &gt; Jobs &gt; GC Jobs &gt; Search jobs &gt; Job advertisement</p>
{half("en")}
{half("fr")}
<footer><p class="crumbs">Terms and conditions · Privacy · Avis · Confidentialité</p></footer>
</body></html>
"""
    name = KEY + "-gcjobs.html"
    write(name, html, KEY)
    chromium(name, KEY)
    expected(KEY, reference=REF, languages=["en", "fr"], title=L(T_EN, T_FR), organisation=L(O_EN, O_FR),
             location=L(LOC, LOC), schedule=L(), deadline="2044-10-11", salary=sal(95840, 106220, "CAD", "year"),
             grade="EC-06", clearance="Reliability Status",
             requirements=L(req([EDU_EN] + EXP_EN, ASSET_EN), req([EDU_FR] + EXP_FR, ASSET_FR)),
             competencies=L(names(ABIL_EN + PERS_EN), names(ABIL_FR + PERS_FR)))
