from common import *

KEY = "vrb39j-171406-000012"
REF = "VRB39J-171406-000012"
T_EN = "Hearings Scheduling Officer"
T_FR = "Agente ou agent de planification des audiences"
O_EN = "Veterans Review and Appeal Board"
O_FR = "Tribunal des anciens combattants (révision et appel)"
L_EN = "Charlottetown (Prince Edward Island)"
L_FR = "Charlottetown (Île-du-Prince-Édouard)"
GRADE = "AS-02"
CLR_EN = "Reliability Status"

ED_EN = "Secondary school diploma or employer-approved alternatives (see Note 1)."
EX_EN = [
    "Experience in scheduling meetings, hearings or appointments involving several participants and competing priorities.",
    "Experience in using a database or records management system to create, update and track files.",
    "Experience in responding to enquiries from the public by telephone and in writing.",
]
AS_EN = [
    "Experience in working for a tribunal, court or other adjudicative body.",
    "Experience in coordinating videoconference or telephone hearings.",
]
AB_EN = ["Ability to organize work and manage competing deadlines", "Ability to communicate effectively in writing",
         "Ability to communicate effectively orally"]
PS_EN = ["Discretion", "Client service orientation", "Reliability"]

ED_FR = "Un diplôme d'études secondaires ou une combinaison acceptable d'études, de formation et/ou d'expérience (voir la note 1)."
EX_FR = [
    "Expérience de la planification de réunions, d'audiences ou de rendez-vous réunissant plusieurs participants et des priorités concurrentes.",
    "Expérience de l'utilisation d'une base de données ou d'un système de gestion des dossiers pour créer, mettre à jour et suivre des dossiers.",
    "Expérience de la réponse aux demandes de renseignements du public par téléphone et par écrit.",
]
AS_FR = [
    "Expérience de travail au sein d'un tribunal, d'une cour ou d'un autre organisme juridictionnel.",
    "Expérience de la coordination d'audiences par vidéoconférence ou par téléphone.",
]
AB_FR = ["Capacité d'organiser son travail et de gérer des échéances concurrentes",
         "Capacité de communiquer efficacement par écrit", "Capacité de communiquer efficacement de vive voix"]
PS_FR = ["Discrétion", "Orientation vers le service à la clientèle", "Fiabilité"]


def half_en():
    return f"""
<section lang="en" class="poster">
<h1>{T_EN}</h1>
<p class="org">{O_EN} – Registry and Hearings Services</p>
<p>{L_EN}</p>
<p>{GRADE}</p>
<p>Indeterminate, Acting, Assignment, Deployment, Secondment</p>
<p>$62,748 to $67,516 (annual)</p>
<p>For further information on the organization, please visit <a href="#">{O_EN}</a></p>
<p><strong>Closing date: 6 July 2039 - 23:59, Pacific Time</strong></p>
<p><strong>Who can apply:</strong> Persons residing in Canada and Canadian citizens and permanent residents abroad.</p>
<p><a class="btn" href="#">Apply online</a></p>
<div class="ids">
<p>Reference number: <b>{REF}</b></p>
<p>Selection process number: <b>39-VRB-EA-CHA-2207</b></p>
</div>
<h2>Important messages</h2>
<p>We ask that you answer every screening question carefully: your answers are the main source of information used to
screen applications. Candidates screened in may be invited to an online written test, tentatively scheduled for the week of
20 July 2039, followed by an interview in August 2039.</p>
<h2>Work environment</h2>
<p>The Board hears reviews and appeals of disability decisions for Veterans, serving members and their families. The
scheduling team sets about 2,400 hearings a year, in person across the country and by videoconference, and is the first
contact for applicants, their representatives and Board members. The office is located on the waterfront in Charlottetown.</p>
<h2>Intent of the process</h2>
<p>A pool of qualified candidates may be established through this process and may be used to staff similar positions with
various tenures, language requirements and security requirements within the Board.</p>
<p>Positions to be filled: 2</p>
<h2>Information you must provide</h2>
<p>Your résumé.</p>
<p>A covering letter, in which you explain how you meet the experience criteria listed under the essential and asset
qualifications, using concrete examples.</p>
<h2>The essential qualifications</h2>
<h3>Education:</h3>
<p>{ED_EN}</p>
<h3>Experience:</h3>
{ul(EX_EN)}
<p>Note 1: The employer-approved alternatives to a secondary school diploma are a satisfactory score on the Public Service
Commission test approved as an alternative or an acceptable combination of education, training and/or experience.</p>
<p>Degree equivalency</p>
<p>Various language requirements: English essential, Bilingual imperative BBB/BBB.</p>
<p>Information on language requirements</p>
<h3>Abilities:</h3>
{ul(AB_EN)}
<h3>Personal suitability:</h3>
{ul(PS_EN)}
<h2>The following may be applied / assessed at a later date (may be needed for the job)</h2>
<h3>Asset qualifications:</h3>
{ul(AS_EN)}
<h2>Conditions of employment</h2>
<p>{CLR_EN} security clearance</p>
<p>Willingness and ability to work overtime, occasionally on short notice, during peak hearing periods.</p>
<p>Willingness and ability to travel occasionally within Prince Edward Island.</p>
<h2>Other information</h2>
<p>The Public Service of Canada is committed to building a skilled and diverse workforce that reflects the Canadians we
serve. Persons are entitled to participate in the appointment process in the official language of their choice.</p>
<p>Acknowledgement of receipt of applications will not be sent; we will contact candidates when the screening process is
completed.</p>
<p class="small">Date modified: 2039-06-19</p>
</section>
"""


def half_fr():
    return f"""
<section lang="fr" class="poster newpage">
<h1>{T_FR}</h1>
<p class="org">{O_FR} – Services du greffe et des audiences</p>
<p>{L_FR}</p>
<p>{GRADE}</p>
<p>Durée indéterminée, intérimaire, affectation, mutation, détachement</p>
<p>62 748 $ à 67 516 $ (annuel)</p>
<p>Pour de plus amples renseignements sur l'organisation, veuillez visiter <a href="#">{O_FR}</a></p>
<p><strong>Date limite : 6 juillet 2039 - 23 h 59, heure du Pacifique</strong></p>
<p><strong>Qui est admissible :</strong> Personnes résidant au Canada et citoyens canadiens et résidents permanents à l'étranger.</p>
<p><a class="btn" href="#">Postuler en ligne</a></p>
<div class="ids">
<p>Numéro de référence : <b>{REF}</b></p>
<p>Numéro du processus de sélection : <b>39-VRB-EA-CHA-2207</b></p>
</div>
<h2>Messages importants</h2>
<p>Nous vous demandons de répondre avec soin à chacune des questions de présélection : vos réponses sont la principale
source d'information utilisée pour la présélection. Les personnes retenues pourraient être convoquées à un examen écrit en
ligne prévu provisoirement la semaine du 20 juillet 2039, puis à une entrevue en août 2039.</p>
<h2>Milieu de travail</h2>
<p>Le Tribunal entend les demandes de révision et les appels des décisions d'invalidité visant les vétérans, les membres des
Forces et leurs familles. L'équipe de planification fixe environ 2 400 audiences par année, en personne partout au pays et
par vidéoconférence, et constitue le premier point de contact des demandeurs, de leurs représentants et des membres du
Tribunal. Le bureau est situé sur le front de mer de Charlottetown.</p>
<h2>Intention du processus</h2>
<p>Un bassin de candidates et de candidats qualifiés pourrait être établi et utilisé pour doter des postes semblables
assortis de durées, d'exigences linguistiques et d'exigences de sécurité variées au sein du Tribunal.</p>
<p>Postes à pourvoir : 2</p>
<h2>Information à fournir</h2>
<p>Votre curriculum vitæ.</p>
<p>Une lettre de présentation expliquant, à l'aide d'exemples concrets, comment vous répondez aux critères d'expérience
essentiels et constituant un atout.</p>
<h2>Qualifications essentielles</h2>
<h3>Études :</h3>
<p>{ED_FR}</p>
<h3>Expérience :</h3>
{ul(EX_FR)}
<p>Note 1 : Les autres options approuvées par l'employeur sont un résultat satisfaisant à l'examen de la Commission de la
fonction publique approuvé comme équivalence ou une combinaison acceptable d'études, de formation et/ou d'expérience.</p>
<p>Équivalence des diplômes</p>
<p>Exigences linguistiques variées : anglais essentiel, bilingue impératif BBB/BBB.</p>
<p>Information sur les exigences linguistiques</p>
<h3>Capacités :</h3>
{ul(AB_FR)}
<h3>Qualités personnelles :</h3>
{ul(PS_FR)}
<h2>Les qualifications suivantes pourraient être appliquées / évaluées à une date ultérieure (pourraient être requises pour le poste)</h2>
<h3>Qualifications constituant un atout :</h3>
{ul(AS_FR)}
<h2>Conditions d'emploi</h2>
<p>Cote de sécurité : Cote de fiabilité</p>
<p>Volonté et capacité de faire des heures supplémentaires, parfois à court préavis, pendant les périodes de pointe des audiences.</p>
<p>Volonté et capacité de voyager à l'occasion à l'Île-du-Prince-Édouard.</p>
<h2>Autres informations</h2>
<p>La fonction publique du Canada s'est engagée à bâtir un effectif compétent et diversifié, à l'image de la population
qu'elle sert. Les personnes ont le droit de participer au processus de nomination dans la langue officielle de leur choix.</p>
<p>Nous n'enverrons pas d'accusé de réception; nous communiquerons avec les candidates et candidats une fois la
présélection terminée.</p>
<p class="small">Date de modification : 2039-06-19</p>
</section>
"""


def build():
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{T_EN} - {REF} - GC Jobs / Emplois GC</title>
<style>
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 11pt; margin: 0 1.6cm; color: #222; }}
.cookie {{ background: #eaebed; padding: 6px; font-size: 9pt; }}
.gcbar {{ border-bottom: 4px solid #26374a; padding: 6px 0; }}
.crumbs {{ font-size: 9pt; }}
h1 {{ font-size: 17pt; border-bottom: 1px solid #af3c43; padding-bottom: 4px; }}
h2 {{ font-size: 13pt; margin-top: 14px; }}
h3 {{ font-size: 11pt; margin-bottom: 2px; }}
.ids {{ border: 1px solid #999; padding: 4px 10px; width: 60%; }}
.ids p {{ margin: 2px 0; }}
.btn {{ background: #26374a; color: #fff; padding: 3px 8px; text-decoration: none; }}
.newpage {{ break-before: page; }}
.small {{ font-size: 9pt; }}
footer {{ font-size: 8pt; border-top: 1px solid #ccc; margin-top: 20px; }}
</style></head>
<body>
<div class="cookie">This website uses cookies to improve your experience. / Ce site Web utilise des témoins pour améliorer votre expérience. <button>Accept / Accepter</button></div>
<div class="gcbar">Government of Canada / Gouvernement du Canada &nbsp; | &nbsp; <a href="#">Français</a> &nbsp; Search Canada.ca</div>
<p class="crumbs">Canada.ca &gt; Jobs &gt; Public service jobs &gt; Job search &gt; Job advertisement</p>
{half_en()}
{half_fr()}
<footer>
<p>Terms and conditions &nbsp;·&nbsp; Privacy &nbsp;·&nbsp; Avis &nbsp;·&nbsp; Confidentialité</p>
<p>Canada.ca</p>
</footer>
</body></html>
"""
    name = KEY + "-gcjobs.html"
    write(name, html, KEY)
    chromium(name, KEY)
    expected(KEY, REF, ["en", "fr"], {"en": T_EN, "fr": T_FR}, {"en": O_EN, "fr": O_FR}, {"en": L_EN, "fr": L_FR},
             None, "2039-07-06", salary(62748, 67516, "CAD", "year"), grade=GRADE, clearance=CLR_EN,
             requirements={"en": {"essential": [ED_EN] + EX_EN, "desirable": AS_EN},
                           "fr": {"essential": [ED_FR] + EX_FR, "desirable": AS_FR}},
             competencies={"en": names(*(AB_EN + PS_EN)), "fr": names(*(AB_FR + PS_FR))})


if __name__ == "__main__":
    build()
