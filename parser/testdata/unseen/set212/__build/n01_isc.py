from common import *

KEY = "isc35j-131748-000052"
REF = "ISC35J-131748-000052"
T_EN = "Infrastructure Program Officer – First Nations Water and Wastewater"
T_FR = "Agent ou agente de programme en infrastructures – Eau potable et eaux usées des Premières Nations"
ORG_EN, ORG_FR = "Indigenous Services Canada", "Services aux Autochtones Canada"
LOC = "Québec (Québec)"
ESS_EN = [
    "Graduation with a degree from a recognized post-secondary institution in engineering, environmental science, public administration or a field related to the position.",
    "Experience in managing funding agreements or contribution programs for capital projects.",
    "Experience in analysing project proposals, budgets or technical reports related to municipal or community infrastructure.",
    "Experience in working with First Nations communities or Indigenous organizations.",
]
DES_EN = [
    "Experience in the operation or maintenance of drinking water or wastewater systems.",
    "Experience in using a project management information system to track capital projects.",
]
ABI_EN = ["Ability to analyse and synthesize information", "Ability to communicate effectively in writing",
          "Ability to communicate effectively orally"]
PS_EN = ["Relationship building", "Judgement", "Reliability"]
ESS_FR = [
    "Diplôme d'un établissement d'enseignement postsecondaire reconnu en génie, en sciences de l'environnement, en administration publique ou dans un domaine lié au poste.",
    "Expérience de la gestion d'accords de financement ou de programmes de contributions pour des projets d'immobilisations.",
    "Expérience de l'analyse de propositions de projets, de budgets ou de rapports techniques liés aux infrastructures municipales ou communautaires.",
    "Expérience du travail avec des communautés des Premières Nations ou des organisations autochtones.",
]
DES_FR = [
    "Expérience de l'exploitation ou de l'entretien de réseaux d'eau potable ou d'eaux usées.",
    "Expérience de l'utilisation d'un système d'information de gestion de projets pour le suivi des projets d'immobilisations.",
]
ABI_FR = ["Capacité à analyser et à synthétiser de l'information", "Capacité à communiquer efficacement par écrit",
          "Capacité à communiquer efficacement de vive voix"]
PS_FR = ["Établissement de relations", "Jugement", "Fiabilité"]

def li(items):
    return "\n".join(f"      <li>{x}</li>" for x in items)

HTML = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{T_EN} - Job opportunity - GC Jobs</title>
<style>
body {{ font-family: "Liberation Sans", Arial, sans-serif; font-size: 10.5pt; margin: 1.6cm; color:#222 }}
.cookie {{ background:#eee; padding:4px 8px; font-size:8.5pt }}
.gcbar {{ border-bottom:3px solid #26374a; padding:6px 0; display:flex; justify-content:space-between }}
.crumb {{ font-size:9pt; color:#555 }}
.refbox {{ float:right; width:24em; border:1px solid #999; padding:6px; margin:0 0 8px 12px; font-size:9pt }}
.refbox table td {{ padding:2px 4px; vertical-align:top; white-space:nowrap }}
h1 {{ font-size:17pt; color:#26374a; margin-top:6px }}
h2 {{ font-size:12.5pt; color:#26374a; border-bottom:1px solid #ccc; margin-top:14px }}
.hdr p {{ margin:1px 0 }}
.newpage {{ page-break-before: always }}
.modified {{ font-size:8.5pt; color:#555; margin-top:18px }}
</style></head>
<body>
<div class="cookie">This site uses cookies to remember your session. <a href="#">Privacy notice</a> · <a href="#">Close</a></div>
<div class="gcbar"><span><b>Government of Canada</b> / Gouvernement du Canada</span><span><a href="#fr">Français</a></span></div>
<p class="crumb">Canada.ca &gt; Jobs &gt; Public Service jobs &gt; Job opportunities &gt; Search results</p>

<main>
<div class="refbox"><table>
<tr><td>Reference number:</td><td>{REF}</td></tr>
<tr><td>Selection process number:</td><td>35-ISC-QC-EA-2291</td></tr>
</table></div>
<p class="crumb">Job opportunity</p>
<h1>{T_EN}</h1>
<div class="hdr">
<p>{ORG_EN} - Regional Operations - Quebec Region, Community Infrastructure Directorate</p>
<p>{LOC}</p>
<p>PM-04</p>
<p>Indeterminate</p>
<p>$78,217 to $84,553 (annual)</p>
<p>For further information on the organization, please visit <a href="#">{ORG_EN}</a></p>
<p><b>Closing date: 13 June 2035 - 23:59, Pacific Time</b></p>
</div>

<h2>Who can apply</h2>
<p>Persons residing in Canada and Canadian citizens and permanent residents abroad.</p>
<p>Preference will be given to Indigenous persons who meet the essential qualifications, in accordance with the employment equity objectives of the department.</p>

<h2>Work environment</h2>
<p>The Community Infrastructure Directorate of the Quebec Region supports First Nations in Quebec as they plan, build and operate drinking water and wastewater systems. As a program officer you will follow about a dozen capital projects at once: reviewing feasibility studies, monitoring contribution agreements, visiting treatment plants with community operators and coordinating with engineering firms retained by the communities.</p>
<p>The team works in a hybrid arrangement from our office in Québec, with regular trips to communities across the province, some of which are accessible only by air.</p>

<h2>Intent of the process</h2>
<p>A pool of partially qualified candidates may be established and may be used to staff similar positions with various tenures in the Quebec Region. Positions to be filled: 2</p>

<h2>Positions to be filled: 2</h2>

<h2>Information you must provide</h2>
<p>Your résumé. Answers to the screening questions on how you meet the education and experience criteria.</p>

<h2>In order to be considered, your application must clearly explain how you meet the following (essential qualifications)</h2>
<p><b>Education:</b></p>
<ul>
{li(ESS_EN[:1])}
</ul>
<p><b>Experience:</b></p>
<ul>
{li(ESS_EN[1:])}
</ul>
<p>Degree equivalency</p>

<h2>The following will be applied / assessed at a later date (essential for the job)</h2>
<p>Various language requirements: English or French essential; Bilingual - Imperative (BBB/BBB)</p>
<p>Information on language requirements</p>
<p><b>Abilities:</b></p>
<ul>
{li(ABI_EN)}
</ul>
<p><b>Personal suitability:</b></p>
<ul>
{li(PS_EN)}
</ul>

<h2>The following may be applied / assessed at a later date (may be needed for the job)</h2>
<p><b>Asset qualifications:</b></p>
<ul>
{li(DES_EN)}
</ul>

<h2>Conditions of employment</h2>
<p>Reliability Status security clearance</p>
<p>Willingness and ability to travel, including by small aircraft, to communities across Quebec, up to ten times a year.</p>
<p>Possession of a valid driver's licence.</p>

<h2>Other information</h2>
<p>Candidates screened in will be invited to a written examination expected during the week of 30 June 2035, followed by interviews in July 2035.</p>
<p>The Public Service of Canada is committed to building a skilled and diverse workforce that reflects the Canadians we serve.</p>

<h2>Preference</h2>
<p>Preference will be given to veterans and to Canadian citizens and permanent residents, in the following order.</p>

<h2>Contact information</h2>
<p>Mélodie Gravel-Paquin, Staffing Advisor<br>rh-qc-staffing@isc-sac.example</p>

<p class="modified">Date modified: 2035-05-21</p>

<section class="newpage" id="fr" lang="fr">
<div class="gcbar"><span><b>Gouvernement du Canada</b> / Government of Canada</span><span><a href="#">English</a></span></div>
<p class="crumb">Canada.ca &gt; Emplois &gt; Emplois dans la fonction publique &gt; Possibilités d'emploi</p>
<div class="refbox"><table>
<tr><td>Numéro de référence :</td><td>{REF}</td></tr>
<tr><td>Numéro du processus de sélection :</td><td>35-ISC-QC-EA-2291</td></tr>
</table></div>
<p class="crumb">Possibilité d'emploi</p>
<h1>{T_FR}</h1>
<div class="hdr">
<p>{ORG_FR} - Opérations régionales - Région du Québec, Direction des infrastructures communautaires</p>
<p>{LOC}</p>
<p>PM-04</p>
<p>Durée indéterminée</p>
<p>78 217 $ à 84 553 $ (annuel)</p>
<p><b>Date limite : 13 juin 2035 - 23 h 59, heure du Pacifique</b></p>
</div>
<h2>Qui est admissible</h2>
<p>Personnes résidant au Canada, et citoyens canadiens et résidents permanents à l'étranger.</p>
<h2>Milieu de travail</h2>
<p>La Direction des infrastructures communautaires de la Région du Québec accompagne les Premières Nations du Québec dans la planification, la construction et l'exploitation de leurs réseaux d'eau potable et d'eaux usées. Vous suivrez une douzaine de projets d'immobilisations à la fois : examen d'études de faisabilité, suivi d'accords de contribution, visites d'usines de traitement avec les opérateurs communautaires et coordination avec les firmes de génie retenues par les communautés.</p>
<h2>Intention du processus</h2>
<p>Un bassin de candidates et candidats partiellement qualifiés pourrait être établi pour doter des postes semblables de durées variables dans la Région du Québec.</p>
<h2>Postes à pourvoir : 2</h2>
<h2>Afin d'être pris en considération, votre candidature doit clairement démontrer que vous possédez les qualifications suivantes (qualifications essentielles)</h2>
<p><b>Études :</b></p>
<ul>
{li(ESS_FR[:1])}
</ul>
<p><b>Expérience :</b></p>
<ul>
{li(ESS_FR[1:])}
</ul>
<p>Équivalence des diplômes</p>
<h2>Les exigences suivantes seront appliquées / évaluées à une date ultérieure (essentielles pour le poste)</h2>
<p>Exigences linguistiques variées : anglais ou français essentiel; Bilingue - Impératif (BBB/BBB)</p>
<p><b>Capacités :</b></p>
<ul>
{li(ABI_FR)}
</ul>
<p><b>Qualités personnelles :</b></p>
<ul>
{li(PS_FR)}
</ul>
<h2>Les exigences suivantes peuvent être appliquées / évaluées à une date ultérieure (pourraient être nécessaires pour le poste)</h2>
<p><b>Qualifications constituant un atout :</b></p>
<ul>
{li(DES_FR)}
</ul>
<h2>Conditions d'emploi</h2>
<p>Cote de fiabilité</p>
<p>Volonté et capacité de voyager, y compris en petit avion, dans les communautés du Québec, jusqu'à dix fois par année.</p>
<h2>Autres informations</h2>
<p>Un examen écrit devrait avoir lieu pendant la semaine du 30 juin 2035; les entrevues suivront en juillet 2035.</p>
<h2>Personne-ressource</h2>
<p>Mélodie Gravel-Paquin, conseillère en dotation<br>rh-qc-staffing@isc-sac.example</p>
<p class="modified">Date de modification : 2035-05-21</p>
</section>
</main>
</body></html>
"""

def plain(items):
    return "\n".join(items)

TXT = f"""Skip to main content
Skip to "About this site"
Language selection
Français
Government of Canada / Gouvernement du Canada
Search Canada.ca\tSearch
Menu
Canada.ca  Jobs  Public Service jobs  Job opportunities

Job opportunity
{T_EN}
Reference number: {REF}
Selection process number: 35-ISC-QC-EA-2291
{ORG_EN} - Regional Operations - Quebec Region, Community Infrastructure Directorate
{LOC}
PM-04
Indeterminate
$78,217 to $84,553 (annual)
For further information on the organization, please visit {ORG_EN}

Closing date: 13 June 2035 - 23:59, Pacific Time

Who can apply: Persons residing in Canada and Canadian citizens and permanent residents abroad.
Preference will be given to Indigenous persons who meet the essential qualifications, in accordance with the employment equity objectives of the department.

Apply online

Work environment
The Community Infrastructure Directorate of the Quebec Region supports First Nations in Quebec as they plan, build and operate drinking water and wastewater systems. As a program officer you will follow about a dozen capital projects at once: reviewing feasibility studies, monitoring contribution agreements, visiting treatment plants with community operators and coordinating with engineering firms retained by the communities.
The team works in a hybrid arrangement from our office in Québec, with regular trips to communities across the province, some of which are accessible only by air.

Intent of the process
A pool of partially qualified candidates may be established and may be used to staff similar positions with various tenures in the Quebec Region. Positions to be filled: 2

Positions to be filled: 2

Information you must provide
Your résumé.
Answers to the screening questions on how you meet the education and experience criteria.

In order to be considered, your application must clearly explain how you meet the following (essential qualifications)

Education:
{plain(ESS_EN[:1])}

Experience:
{plain(ESS_EN[1:])}

Degree equivalency

The following will be applied / assessed at a later date (essential for the job)

Various language requirements: English or French essential; Bilingual - Imperative (BBB/BBB)
Information on language requirements

Abilities:
{plain(ABI_EN)}

Personal suitability:
{plain(PS_EN)}

The following may be applied / assessed at a later date (may be needed for the job)

Asset qualifications:
{plain(DES_EN)}

Conditions of employment
Reliability Status security clearance
Willingness and ability to travel, including by small aircraft, to communities across Quebec, up to ten times a year.
Possession of a valid driver's licence.

Other information
Candidates screened in will be invited to a written examination expected during the week of 30 June 2035, followed by interviews in July 2035.
The Public Service of Canada is committed to building a skilled and diverse workforce that reflects the Canadians we serve.

Preference
Preference will be given to veterans and to Canadian citizens and permanent residents, in the following order.

Contact information
Mélodie Gravel-Paquin, Staffing Advisor
rh-qc-staffing@isc-sac.example

Date modified: 2035-05-21
Report a problem or mistake on this page
Share this page

________________________________________________________________________

Possibilité d'emploi
{T_FR}
Numéro de référence : {REF}
Numéro du processus de sélection : 35-ISC-QC-EA-2291
{ORG_FR} - Opérations régionales - Région du Québec, Direction des infrastructures communautaires
{LOC}
PM-04
Durée indéterminée
78 217 $ à 84 553 $ (annuel)

Date limite : 13 juin 2035 - 23 h 59, heure du Pacifique

Qui est admissible : Personnes résidant au Canada, et citoyens canadiens et résidents permanents à l'étranger.

Milieu de travail
La Direction des infrastructures communautaires de la Région du Québec accompagne les Premières Nations du Québec dans la planification, la construction et l'exploitation de leurs réseaux d'eau potable et d'eaux usées. Vous suivrez une douzaine de projets d'immobilisations à la fois : examen d'études de faisabilité, suivi d'accords de contribution, visites d'usines de traitement avec les opérateurs communautaires et coordination avec les firmes de génie retenues par les communautés.

Intention du processus
Un bassin de candidates et candidats partiellement qualifiés pourrait être établi pour doter des postes semblables de durées variables dans la Région du Québec.

Postes à pourvoir : 2

Afin d'être pris en considération, votre candidature doit clairement démontrer que vous possédez les qualifications suivantes (qualifications essentielles)

Études :
{plain(ESS_FR[:1])}

Expérience :
{plain(ESS_FR[1:])}

Équivalence des diplômes

Les exigences suivantes seront appliquées / évaluées à une date ultérieure (essentielles pour le poste)

Exigences linguistiques variées : anglais ou français essentiel; Bilingue - Impératif (BBB/BBB)

Capacités :
{plain(ABI_FR)}

Qualités personnelles :
{plain(PS_FR)}

Les exigences suivantes peuvent être appliquées / évaluées à une date ultérieure (pourraient être nécessaires pour le poste)

Qualifications constituant un atout :
{plain(DES_FR)}

Conditions d'emploi
Cote de fiabilité
Volonté et capacité de voyager, y compris en petit avion, dans les communautés du Québec, jusqu'à dix fois par année.

Autres informations
Un examen écrit devrait avoir lieu pendant la semaine du 30 juin 2035; les entrevues suivront en juillet 2035.

Personne-ressource
Mélodie Gravel-Paquin, conseillère en dotation
rh-qc-staffing@isc-sac.example

Date de modification : 2035-05-21
"""

def build(pdf=True):
    write(KEY + "-gcjobs.html", HTML, KEY)
    if pdf:
        chromium(KEY + "-gcjobs.html", KEY)
    write(KEY + "-browser.txt", TXT, KEY)
    expected(KEY, reference=REF, languages=["en", "fr"],
             title={"en": T_EN, "fr": T_FR}, organisation={"en": ORG_EN, "fr": ORG_FR},
             location={"en": LOC, "fr": LOC}, schedule={"en": None, "fr": None},
             deadline="2035-06-13", salary=sal(78217, 84553, currency="CAD", period="year"),
             grade="PM-04", clearance="Reliability Status",
             requirements={"en": {"essential": ESS_EN, "desirable": DES_EN},
                           "fr": {"essential": ESS_FR, "desirable": DES_FR}},
             competencies={"en": comp(*ABI_EN, *PS_EN), "fr": comp(*ABI_FR, *PS_FR)})
