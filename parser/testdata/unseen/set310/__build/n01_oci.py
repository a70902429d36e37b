from common import *

KEY = "oci43j-211406-000009"
REF = "OCI43J-211406-000009"
T_EN = "Senior Investigator, Systemic Investigations"
T_FR = "Enquêteur principal ou enquêteuse principale, Enquêtes systémiques"
O_EN = "Office of the Correctional Investigator"
O_FR = "Bureau de l'enquêteur correctionnel"
L_EN = "Ottawa (Ontario)"
L_FR = "Ottawa (Ontario)"
ED_EN = "Graduation with a degree from a recognized post-secondary institution in criminology, law, social sciences, public administration or another field relevant to the position."
EX_EN = ["Significant experience in conducting investigations, reviews or audits of the programs or operations of a public institution.",
         "Experience in analyzing complex information from several sources and writing reports containing findings and recommendations.",
         "Experience in interviewing individuals in a correctional, police, health care or other secure setting."]
AS_EN = ["Experience working with incarcerated or formerly incarcerated persons or their advocacy organizations.",
         "Experience in investigating matters involving the use of force, segregation or health care in custody."]
ED_FR = "Un grade d'un établissement d'enseignement postsecondaire reconnu en criminologie, en droit, en sciences sociales, en administration publique ou dans un autre domaine lié au poste."
EX_FR = ["Expérience significative de la conduite d'enquêtes, d'examens ou de vérifications portant sur les programmes ou les activités d'une institution publique.",
         "Expérience de l'analyse d'information complexe provenant de plusieurs sources et de la rédaction de rapports comportant des constatations et des recommandations.",
         "Expérience de la conduite d'entrevues auprès de personnes dans un milieu correctionnel, policier, de soins de santé ou un autre milieu sécurisé."]
AS_FR = ["Expérience de travail auprès de personnes incarcérées ou anciennement incarcérées ou de leurs organismes de défense.",
         "Expérience des enquêtes portant sur le recours à la force, l'isolement ou les soins de santé en détention."]
AB_EN = ["Ability to plan and lead an investigation from intake to final report",
         "Ability to communicate effectively orally", "Ability to communicate effectively in writing",
         "Integrity and respect", "Judgement", "Tact and discretion"]
AB_FR = ["Capacité de planifier et de diriger une enquête, de la réception de la plainte au rapport final",
         "Capacité de communiquer efficacement de vive voix", "Capacité de communiquer efficacement par écrit",
         "Intégrité et respect", "Jugement", "Tact et discrétion"]

EXP = base(["en", "fr"], dict(
    reference=REF, deadline="2043-08-07", grade="PM-06", clearance="Reliability Status",
    salary=sal(96214, 104037, "CAD", "year"),
    title={"en": T_EN, "fr": T_FR}, organisation={"en": O_EN, "fr": O_FR},
    location={"en": L_EN, "fr": L_FR}, schedule={"en": None, "fr": None},
    requirements={"en": ([ED_EN] + EX_EN, AS_EN), "fr": ([ED_FR] + EX_FR, AS_FR)},
    competencies={"en": [(a, "") for a in AB_EN], "fr": [(a, "") for a in AB_FR]}))


def half(en):
    if en:
        return f"""
<section lang="en" class="poster">
<p class="crumbs"><a href="#">Canada.ca</a> &gt; <a href="#">Jobs</a> &gt; <a href="#">GC Jobs</a> &gt; Job poster</p>
<h1>{T_EN}</h1>
<p>{O_EN} - Systemic Investigations Branch<br>
{L_EN}<br>
PM-06<br>
Indeterminate, Acting, Assignment, Deployment, Secondment<br>
$96,214 to $104,037 (annual)</p>
<p>For further information on the organization, please visit <a href="#">{O_EN}</a></p>
<p><strong>Closing date: 7 August 2043 - 23:59, Pacific Time</strong></p>
<p><strong>Who can apply:</strong> Persons residing in Canada and Canadian citizens and permanent residents abroad.</p>
<p><a class="btn" href="#">Apply online</a></p>
<table class="ref"><tr><td><strong>Reference number:</strong> {REF}</td><td><strong>Selection process number:</strong> 43-OCI-EA-OTT-4417</td></tr></table>
<h2>Important messages</h2>
<p>We pay attention to your preferred official language: indicate it in your application. Candidates who are screened in may be invited to a written exercise expected during the week of August 25, 2043; the exercise will be administered online and unsupervised.</p>
<h2>Duties</h2>
<p>The Senior Investigator leads investigations into systemic issues affecting federally sentenced persons, visits penitentiaries across the country, interviews persons in custody and staff, reviews Correctional Service records and drafts findings and recommendations for the Correctional Investigator's annual and special reports.</p>
<h2>Work environment</h2>
<p>The Office is a small ombudsperson organization. Its investigators travel regularly to federal institutions, sometimes for a full week at a time, and work in a setting where confidentiality and independence come first.</p>
<h2>Intent of the process</h2>
<p>The immediate need is to staff one indeterminate position. A pool of qualified candidates may be created and used to staff similar positions with various tenures.</p>
<p>Positions to be filled: 1</p>
<h2>Information you must provide</h2>
<p>Your résumé. A covering letter that shows how you meet the education and experience criteria listed below.</p>
<h2>In order to be considered, your application must clearly explain how you meet the following (essential qualifications)</h2>
<p><strong>Education:</strong></p>
<p>{ED_EN}</p>
<p><strong>Experience:</strong></p>
{ul(EX_EN)}
<p>Degree is defined as a baccalaureate or a master's degree.</p>
<p><strong>Various language requirements</strong><br>Bilingual - Imperative (BBB/BBB)</p>
<p>Information on language requirements</p>
<h3>Abilities:</h3>
{ul(AB_EN[:3])}
<h3>Personal suitability:</h3>
{ul(AB_EN[3:])}
<h2>The following will be applied / assessed at a later date (essential for the job)</h2>
<p>The following may be applied / assessed at a later date (may be needed for the job)</p>
<p><strong>Asset qualifications:</strong></p>
{ul(AS_EN)}
<h2>Conditions of employment</h2>
<p>Reliability Status security clearance</p>
<p>Willingness and ability to travel up to 12 times a year, including overnight stays of up to five days.</p>
<p>Possession of a valid driver's licence or personal mobility to the degree normally associated with possession of a valid driver's licence.</p>
<h2>Other information</h2>
<p>The Public Service of Canada is committed to building a skilled and diverse workforce that reflects the Canadians we serve. Acknowledgement of receipt of applications will not be sent; we will contact candidates when the screening process is completed.</p>
<h2>Preference</h2>
<p>Preference will be given to veterans and then to Canadian citizens and permanent residents.</p>
<p>Contact information: Marielle Thibodeau, oci-recruitment@oci-bec.example</p>
<p class="mod">Date modified: 2043-07-21</p>
</section>
"""
    return f"""
<section lang="fr" class="poster newpage">
<p class="crumbs"><a href="#">Canada.ca</a> &gt; <a href="#">Emplois</a> &gt; <a href="#">Emplois GC</a> &gt; Affiche d'emploi</p>
<h1>{T_FR}</h1>
<p>{O_FR} - Direction des enquêtes systémiques<br>
{L_FR}<br>
PM-06<br>
Durée indéterminée, Intérimaire, Affectation, Mutation, Détachement<br>
96 214 $ à 104 037 $ (annuel)</p>
<p>Pour plus d'information sur l'organisation, veuillez consulter <a href="#">{O_FR}</a></p>
<p><strong>Date de clôture : 7 août 2043 - 23 h 59, heure du Pacifique</strong></p>
<p><strong>Qui est admissible :</strong> Personnes résidant au Canada, et citoyens canadiens et résidents permanents résidant à l'étranger.</p>
<p><a class="btn" href="#">Postuler en ligne</a></p>
<table class="ref"><tr><td><strong>Numéro de référence :</strong> {REF}</td><td><strong>Numéro du processus de sélection :</strong> 43-OCI-EA-OTT-4417</td></tr></table>
<h2>Messages importants</h2>
<p>Nous portons attention à votre langue officielle de préférence : indiquez-la dans votre demande. Les personnes retenues pourraient être invitées à un exercice écrit prévu pendant la semaine du 25 août 2043, en ligne et sans surveillance.</p>
<h2>Tâches</h2>
<p>L'enquêteur principal ou l'enquêteuse principale mène des enquêtes sur des problèmes systémiques touchant les personnes purgeant une peine de ressort fédéral, visite des pénitenciers partout au pays, s'entretient avec des personnes détenues et avec le personnel, examine des dossiers et rédige des constatations et des recommandations pour les rapports annuels et spéciaux.</p>
<h2>Milieu de travail</h2>
<p>Le Bureau est une petite organisation d'ombudsman. Ses enquêteurs se déplacent régulièrement dans les établissements fédéraux, parfois une semaine entière, dans un milieu où la confidentialité et l'indépendance priment.</p>
<h2>Intention du processus</h2>
<p>Le besoin immédiat est de doter un poste pour une durée indéterminée. Un bassin de candidats qualifiés pourrait être établi et utilisé pour doter des postes semblables de durées variées.</p>
<p>Postes à pourvoir : 1</p>
<h2>Afin d'être pris en considération, votre candidature doit clairement démontrer que vous possédez les qualifications suivantes (qualifications essentielles)</h2>
<p><strong>Études :</strong></p>
<p>{ED_FR}</p>
<p><strong>Expérience :</strong></p>
{ul(EX_FR)}
<p><strong>Exigences linguistiques variées</strong><br>Bilingue - Impératif (BBB/BBB)</p>
<h3>Capacités :</h3>
{ul(AB_FR[:3])}
<h3>Qualités personnelles :</h3>
{ul(AB_FR[3:])}
<h2>Les éléments suivants pourraient être appliqués / évalués à une date ultérieure (pourraient être nécessaires pour le poste)</h2>
<p><strong>Qualifications constituant un atout :</strong></p>
{ul(AS_FR)}
<h2>Conditions d'emploi</h2>
<p>Cote de fiabilité</p>
<p>Volonté et capacité de voyager jusqu'à 12 fois par année, y compris des séjours de nuit d'une durée maximale de cinq jours.</p>
<h2>Autres informations</h2>
<p>La fonction publique du Canada s'est engagée à bâtir une main-d'œuvre compétente et diversifiée, à l'image des Canadiens qu'elle sert. Aucun accusé de réception ne sera envoyé.</p>
<h2>Préférence</h2>
<p>La préférence sera accordée aux anciens combattants, puis aux citoyens canadiens et aux résidents permanents.</p>
<p>Renseignements : Marielle Thibodeau, oci-recruitment@oci-bec.example</p>
<p class="mod">Date de modification : 2043-07-21</p>
</section>
"""


def build():
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{T_EN} - GC Jobs</title>
<style>
body{{font-family:"Liberation Sans",Arial,sans-serif;font-size:11pt;margin:2em;color:#222}}
.gcbar{{background:#26374a;color:#fff;padding:.5em 1em}} .gcbar a{{color:#fff}}
.cookie{{border:1px solid #999;padding:.4em;font-size:9pt}}
h1{{border-bottom:3px solid #af3c43;padding-bottom:.2em}}
table.ref{{border-collapse:collapse;margin:1em 0}} table.ref td{{border:1px solid #666;padding:.5em}}
.btn{{background:#284162;color:#fff;padding:.3em 1em;text-decoration:none}}
.newpage{{page-break-before:always}} .crumbs,.mod{{font-size:9pt;color:#555}}
</style></head><body>
<div class="cookie">This site uses cookies to remember your choices. / Ce site utilise des témoins pour mémoriser vos choix. <a href="#">OK</a></div>
<div class="gcbar">Government of Canada / Gouvernement du Canada &nbsp; <a href="#">Français</a> &nbsp; Menu &nbsp; Search Canada.ca</div>
{half(True)}
{half(False)}
<footer><p>About this site · Terms and conditions · Privacy</p><p>Canada.ca</p></footer>
</body></html>
"""
    write(f"{KEY}-gcjobs.html", html, KEY)
    chromium(f"{KEY}-gcjobs.html", KEY)
    expected(KEY, EXP)
