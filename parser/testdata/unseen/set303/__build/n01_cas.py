from common import *
KEY = "cas42j-211847-000009"
REF = "CAS42J-211847-000009"
T_EN = "Registry Officer, Federal Court of Appeal"
T_FR = "Agente ou agent du greffe, Cour d'appel fédérale"
O_EN = "Courts Administration Service"
O_FR = "Service administratif des tribunaux judiciaires"
LOC = "Montréal (Québec)"
ED_EN = "Successful completion of two years of post-secondary studies in law, paralegal studies, court administration or a related field, or an acceptable combination of education, training and experience."
EX_EN = ["Experience in processing legal documents filed in a court or an administrative tribunal.",
         "Experience in providing information on procedures to lawyers, litigants or members of the public.",
         "Experience in using a case management system or an electronic records database."]
AS_EN = ["Experience in working in the registry of an appellate court.",
         "Experience in organizing hearings held by videoconference."]
AB_EN = ["Ability to interpret and apply rules of court", "Ability to communicate effectively orally",
         "Ability to communicate effectively in writing", "Ability to manage competing priorities"]
PS_EN = ["Attention to detail", "Client service orientation", "Discretion"]
ED_FR = "Avoir réussi deux années d'études postsecondaires en droit, en techniques juridiques, en administration des tribunaux ou dans un domaine connexe, ou une combinaison acceptable d'études, de formation et d'expérience."
EX_FR = ["Expérience du traitement de documents juridiques déposés auprès d'une cour ou d'un tribunal administratif.",
         "Expérience de la communication de renseignements sur la procédure à des avocats, à des parties ou au public.",
         "Expérience de l'utilisation d'un système de gestion des instances ou d'une base de données de dossiers électroniques."]
AS_FR = ["Expérience de travail au greffe d'une cour d'appel.",
         "Expérience de l'organisation d'audiences tenues par vidéoconférence."]
AB_FR = ["Capacité d'interpréter et d'appliquer les règles de procédure", "Capacité de communiquer efficacement de vive voix",
         "Capacité de communiquer efficacement par écrit", "Capacité de gérer des priorités concurrentes"]
PS_FR = ["Souci du détail", "Orientation vers le service à la clientèle", "Discrétion"]

def ul(items):
    return "<ul>\n" + "\n".join(f"  <li>{i}</li>" for i in items) + "\n</ul>"

HTML = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{T_EN} - {O_EN} - GC Jobs</title>
<style>
body{{font-family:"Liberation Sans",Arial,sans-serif;font-size:10.5pt;margin:0 28px;color:#333}}
.gcbar{{border-bottom:4px solid #26374a;padding:6px 0;display:flex;justify-content:space-between}}
.cookie{{background:#eaebed;font-size:9pt;padding:4px}}
h1{{font-size:18pt;color:#26374a;border-bottom:1px solid #af3c43;padding-bottom:4px}}
h2{{font-size:13pt;margin-top:18px}} h3{{font-size:11pt}}
.refbox{{border:1px solid #999;padding:6px 10px;background:#f5f5f5;width:60%}}
.refbox p{{margin:2px 0}} .fr{{page-break-before:always}}
.btn{{display:inline-block;background:#26374a;color:#fff;padding:4px 12px}}
footer{{font-size:9pt;border-top:1px solid #ccc;margin-top:20px}}
</style></head>
<body>
<div class="cookie">This site uses cookies to remember your language choice. / Ce site utilise des témoins pour mémoriser votre choix de langue.</div>
<div class="gcbar"><span>Government of Canada / Gouvernement du Canada</span><span><a href="#fr">Français</a></span></div>
<nav>Canada.ca &gt; Jobs &gt; Public service jobs &gt; Job advertisement</nav>
<main>
<h1>{T_EN}</h1>
<p>{O_EN} - Judicial and Registry Services Branch<br>
{LOC}<br>
CR-05<br>
Indeterminate, Acting, Deployment<br>
$61,457 to $66,513 (annual)</p>
<div class="refbox">
<p><strong>Reference number:</strong> {REF}</p>
<p><strong>Selection process number:</strong> 42-CAS-EA-MTL-3391</p>
</div>
<p><a href="#">{O_EN}</a></p>
<p><strong>Closing date: 12 January 2043 - 23:59, Pacific Time</strong></p>
<p><strong>Who can apply:</strong> Persons residing in Canada and Canadian citizens and permanent residents abroad.</p>
<p><span class="btn">Apply online</span></p>
<h2>Important messages</h2>
<p>Candidates screened in will be invited to an unsupervised online written test, expected during the week of January 25, 2043. Accommodation measures are available on request at every step of the process.</p>
<h2>Duties</h2>
<p>The Registry Officer receives, reviews and records the documents filed in appeals before the Federal Court of Appeal, advises counsel and self-represented litigants on the Federal Courts Rules, prepares hearing files for judges, attends hearings as court registrar and issues judgments and orders once they are signed.</p>
<h2>Work environment</h2>
<p>The Montréal local office of the registry serves the Federal Court, the Federal Court of Appeal and the Court Martial Appeal Court. Our team of fourteen works in both official languages in a fast-paced setting where accuracy matters.</p>
<h2>Intent of the process</h2>
<p>A pool of qualified candidates may be created and used to staff similar positions at the CR-05 group and level in Montréal and Québec City.</p>
<p>Positions to be filled: Number not available</p>
<h2>Information you must provide</h2>
<p>Your résumé, and answers to the screening questions on education and experience.</p>
<h2>In order to be considered, your application must clearly explain how you meet the following (essential qualifications)</h2>
<p><strong>Education:</strong><br>{ED_EN}</p>
<p><strong>Experience:</strong></p>
{ul(EX_EN)}
<p><strong>Various language requirements</strong><br>Bilingual - Imperative (BBB/BBB)</p>
<h3>Abilities:</h3>
{ul(AB_EN)}
<h3>Personal suitability:</h3>
{ul(PS_EN)}
<h2>The following will be applied / assessed at a later date (may be needed for the job)</h2>
<p><strong>Asset qualifications:</strong></p>
{ul(AS_EN)}
<h2>Conditions of employment</h2>
<p>Reliability Status security clearance</p>
<p>Willingness and ability to work overtime on short notice when a hearing runs late.</p>
<h2>Other information</h2>
<p>The Public Service of Canada is committed to building a skilled and diverse workforce that reflects the Canadians we serve.</p>
<h2>Preference</h2>
<p>Preference will be given to veterans and to Canadian citizens and permanent residents, in that order.</p>
<p>Contact information: Nathalie Ouellet-Brisebois, registry-staffing@cas-satj.example</p>

<section class="fr" id="fr" lang="fr">
<h1>{T_FR}</h1>
<p>{O_FR} - Direction générale des services judiciaires et du greffe<br>
{LOC}<br>
CR-05<br>
Durée indéterminée, Intérimaire, Mutation<br>
61 457 $ à 66 513 $ (annuel)</p>
<div class="refbox">
<p><strong>Numéro de référence :</strong> {REF}</p>
<p><strong>Numéro du processus de sélection :</strong> 42-CAS-EA-MTL-3391</p>
</div>
<p><strong>Date limite : 12 janvier 2043 - 23 h 59, heure du Pacifique</strong></p>
<p><strong>Qui est admissible :</strong> Personnes résidant au Canada, ainsi que citoyens canadiens et résidents permanents à l'étranger.</p>
<h2>Messages importants</h2>
<p>Les personnes retenues seront invitées à un examen écrit en ligne non supervisé, prévu pendant la semaine du 25 janvier 2043.</p>
<h2>Tâches</h2>
<p>L'agente ou l'agent du greffe reçoit, examine et enregistre les documents déposés dans les appels devant la Cour d'appel fédérale, renseigne les avocats et les parties non représentées sur les Règles des Cours fédérales, prépare les dossiers d'audience des juges, agit comme greffière ou greffier d'audience et délivre les jugements et ordonnances une fois signés.</p>
<h2>Milieu de travail</h2>
<p>Le bureau local de Montréal dessert la Cour fédérale, la Cour d'appel fédérale et la Cour d'appel de la cour martiale. L'équipe de quatorze personnes travaille dans les deux langues officielles.</p>
<h2>Intention du processus</h2>
<p>Un bassin de candidates et candidats qualifiés pourrait être établi pour doter des postes semblables de groupe et niveau CR-05 à Montréal et à Québec.</p>
<p>Postes à pourvoir : Nombre indéterminé</p>
<h2>Afin d'être pris en considération, votre candidature doit clairement démontrer que vous possédez les qualifications suivantes (qualifications essentielles)</h2>
<p><strong>Études :</strong><br>{ED_FR}</p>
<p><strong>Expérience :</strong></p>
{ul(EX_FR)}
<p><strong>Exigences linguistiques variées</strong><br>Bilingue - Impératif (BBB/BBB)</p>
<h3>Capacités :</h3>
{ul(AB_FR)}
<h3>Qualités personnelles :</h3>
{ul(PS_FR)}
<h2>Les qualifications suivantes seront évaluées ultérieurement (pourraient être nécessaires pour le poste)</h2>
<p><strong>Qualifications constituant un atout :</strong></p>
{ul(AS_FR)}
<h2>Conditions d'emploi</h2>
<p>Cote de sécurité : Fiabilité</p>
<p>Volonté et capacité de faire des heures supplémentaires à court préavis lorsqu'une audience se prolonge.</p>
<h2>Préférence</h2>
<p>La préférence sera accordée aux anciens combattants, puis aux citoyens canadiens et aux résidents permanents.</p>
<p>Personne-ressource : Nathalie Ouellet-Brisebois, registry-staffing@cas-satj.example</p>
</section>
</main>
<footer>Date modified: 2042-12-21</footer>
</body></html>
"""

def build():
    write(KEY + "-gcjobs.html", HTML, KEY)
    chromium(KEY + "-gcjobs.html", KEY)
    expected(KEY, REF, ["en", "fr"], {"en": T_EN, "fr": T_FR}, {"en": O_EN, "fr": O_FR}, LOC, None,
             "2043-01-12", (None, 61457, 66513, "CAD", "year"), grade="CR-05", clearance="Reliability Status",
             requirements={"en": ([ED_EN] + EX_EN, AS_EN), "fr": ([ED_FR] + EX_FR, AS_FR)},
             competencies={"en": [(n, "") for n in AB_EN + PS_EN], "fr": [(n, "") for n in AB_FR + PS_FR]})
