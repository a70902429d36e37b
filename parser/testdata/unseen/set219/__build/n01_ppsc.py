from common import *
KEY = "pps35j-134562-000019"
REF = "PPS35J-134562-000019"
T_EN = "Paralegal (Disclosure and Trial Support)"
T_FR = "Parajuriste (Divulgation et soutien aux procès)"
O_EN = "Public Prosecution Service of Canada"
O_FR = "Service des poursuites pénales du Canada"
LOC = "Toronto (Ontario)"
EDU_EN = "Successful completion of a two-year post-secondary program in law clerk studies, paralegal studies or another field relevant to the position."
EXP_EN = ["Experience in preparing and organizing disclosure packages or court briefs for criminal or regulatory proceedings.",
          "Experience in using electronic case management or litigation support software.",
          "Experience in conducting legal research using online databases such as CanLII or Westlaw."]
ASSET_EN = ["Experience in working with digital evidence such as video, audio or telephone records.",
            "Experience in supporting a prosecutor or counsel in the courtroom during a trial."]
EDU_FR = "Réussite d'un programme d'études postsecondaires de deux ans en techniques juridiques, en études parajuridiques ou dans un autre domaine lié au poste."
EXP_FR = ["Expérience de la préparation et de l'organisation de trousses de divulgation ou de mémoires pour des instances criminelles ou réglementaires.",
          "Expérience de l'utilisation d'un logiciel de gestion électronique des dossiers ou de soutien aux litiges.",
          "Expérience de la recherche juridique au moyen de bases de données en ligne comme CanLII ou Westlaw."]
ASSET_FR = ["Expérience du travail avec des éléments de preuve numériques comme des enregistrements vidéo, audio ou téléphoniques.",
            "Expérience du soutien à un procureur ou à un avocat dans la salle d'audience pendant un procès."]
AB_EN = ["Ability to work under pressure and meet tight deadlines", "Ability to communicate effectively in writing", "Ability to communicate effectively orally"]
PS_EN = ["Discretion", "Attention to detail", "Teamwork"]
AB_FR = ["Capacité à travailler sous pression et à respecter des échéances serrées", "Capacité à communiquer efficacement par écrit", "Capacité à communiquer efficacement de vive voix"]
PS_FR = ["Discrétion", "Souci du détail", "Travail d'équipe"]

def ul(items):
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"

HTML = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{T_EN} - GC Jobs</title>
<style>
body{{font-family:"Liberation Sans",Arial,sans-serif;font-size:11pt;margin:28px;color:#222}}
.cookie{{font-size:9pt;background:#eee;padding:4px 8px}}
.gcbar{{border-bottom:3px solid #26374a;padding:6px 0;font-size:10pt}}
.crumbs{{font-size:9pt;color:#555}}
.refbox{{float:right;border:1px solid #999;padding:6px 10px;font-size:9.5pt;margin:0 0 8px 12px;white-space:nowrap}}
h1{{font-size:17pt;color:#26374a;margin:10px 0}}
h2{{font-size:13pt;color:#26374a;border-bottom:1px solid #ccc;margin-top:18px}}
.hdr p{{margin:2px 0}}
.fr{{page-break-before:always}}
footer{{font-size:8.5pt;color:#666;margin-top:24px;border-top:1px solid #ccc}}
</style></head><body>
<div class="cookie">This site uses cookies to improve your experience. / Ce site utilise des témoins. <a href="#">OK</a></div>
<div class="gcbar">Government of Canada / Gouvernement du Canada &nbsp;|&nbsp; <a href="#fr">Français</a> &nbsp;|&nbsp; Sign in</div>
<div class="crumbs">Canada.ca &gt; Jobs &gt; Public Service Jobs &gt; Job search &gt; Job poster</div>
<section id="en">
<div class="refbox">Reference number: {REF}<br>Selection process number: 35-PPS-ON-EA-TOR-2207</div>
<p style="font-size:9pt;text-transform:uppercase;color:#555">Job opportunity</p>
<h1>{T_EN}</h1>
<div class="hdr">
<p>{O_EN} - Ontario Regional Office - Criminal Prosecutions Section</p>
<p>{LOC}</p>
<p>EC-03</p>
<p>Indeterminate</p>
<p>$72,468 to $79,005 (annual)</p>
<p><b>For further information on the organization, please visit <a href="#">{O_EN}</a></b></p>
<p><b>Closing date: 9 January 2036 - 23:59, Pacific Time</b></p>
</div>
<p><b>Who can apply:</b> Persons residing in Canada and Canadian citizens and permanent residents abroad.</p>
<p><a href="#">Apply online</a></p>
<h2>Important messages</h2>
<p>We are committed to providing an inclusive and barrier-free work environment, starting with the hiring process. If you need to be accommodated during any phase of the evaluation process, please use the Contact information below to request specialized accommodation.</p>
<p>A written examination may be administered during the week of 26 January 2036. Candidates retained after the examination may be invited to an interview in February 2036.</p>
<h2>Work environment</h2>
<p>The Toronto office of the Ontario Regional Office prosecutes drug, organized crime and regulatory offences in the courts of the Greater Toronto Area. Paralegals work in small trial teams with prosecutors and are the first point of contact for police agencies on the assembly and vetting of disclosure. The pace follows the court calendar: some weeks are quiet, others are driven by trial dates and bail hearings.</p>
<h2>Intent of the process</h2>
<p>The intent of this process is to staff one indeterminate position. A pool of partially or fully qualified candidates may be created and may be used to staff similar positions with various tenures, language requirements and security levels within the Public Prosecution Service of Canada.</p>
<p>Positions to be filled: 1</p>
<h2>Information you must provide</h2>
<p>Your résumé.</p>
<p>In order to be considered, your application must clearly explain how you meet the following (essential qualifications)</p>
<p><b>Education:</b></p>
{ul([EDU_EN])}
<p><b>Experience:</b></p>
{ul(EXP_EN)}
<p>The following will be applied / assessed at a later date (essential for the job)</p>
<p>English essential</p>
<p>Information on language requirements</p>
<p><b>Abilities:</b></p>
{ul(AB_EN)}
<p><b>Personal suitability:</b></p>
{ul(PS_EN)}
<p>The following may be applied / assessed at a later date (may be needed for the job)</p>
<p><b>Asset qualifications:</b></p>
{ul(ASSET_EN)}
<h2>Conditions of employment</h2>
<p>Secret security clearance</p>
<p>Willingness and ability to work overtime on short notice during trials.</p>
<p>Willingness and ability to travel occasionally to courthouses in Oshawa, Newmarket and Brampton.</p>
<h2>Other information</h2>
<p>The Public Service of Canada is committed to building a skilled and diverse workforce that reflects the Canadians we serve. Acknowledgement of receipt of applications will not be sent; we will contact candidates when the screening process is completed.</p>
<h2>Preference</h2>
<p>Preference will be given to veterans and to Canadian citizens and permanent residents, in that order.</p>
<h2>Contact information</h2>
<p>Marisol Tennant, Staffing Advisor<br>ppsc.staffing-dotation.sppc@example.gc.ca</p>
</section>
<section id="fr" class="fr" lang="fr">
<div class="refbox">Numéro de référence : {REF}<br>Numéro du processus de sélection : 35-PPS-ON-EA-TOR-2207</div>
<p style="font-size:9pt;text-transform:uppercase;color:#555">Possibilité d'emploi</p>
<h1>{T_FR}</h1>
<div class="hdr">
<p>{O_FR} - Bureau régional de l'Ontario - Section des poursuites criminelles</p>
<p>{LOC}</p>
<p>EC-03</p>
<p>Durée indéterminée</p>
<p>72 468 $ à 79 005 $ (annuel)</p>
<p><b>Pour plus d'information sur l'organisation, veuillez consulter <a href="#">{O_FR}</a></b></p>
<p><b>Date limite : 9 janvier 2036 - 23 h 59, heure du Pacifique</b></p>
</div>
<p><b>Qui est admissible :</b> Personnes résidant au Canada, ainsi que citoyens canadiens et résidents permanents à l'étranger.</p>
<p><a href="#">Postuler en ligne</a></p>
<h2>Messages importants</h2>
<p>Nous nous engageons à offrir un milieu de travail inclusif et exempt d'obstacles, dès le processus de dotation. Si vous avez besoin de mesures d'adaptation à une étape de l'évaluation, veuillez utiliser les coordonnées ci-dessous.</p>
<p>Un examen écrit pourrait avoir lieu pendant la semaine du 26 janvier 2036. Les personnes retenues pourraient être convoquées à une entrevue en février 2036.</p>
<h2>Milieu de travail</h2>
<p>Le bureau de Toronto du Bureau régional de l'Ontario mène les poursuites en matière de drogues, de crime organisé et d'infractions réglementaires devant les tribunaux de la région du grand Toronto. Les parajuristes travaillent en petites équipes de procès avec les procureurs et sont le premier contact des corps policiers pour la préparation et la vérification de la divulgation.</p>
<h2>Intention du processus</h2>
<p>Ce processus vise à doter un poste pour une durée indéterminée. Un bassin de personnes qualifiées pourrait être constitué et utilisé pour doter des postes semblables au sein du Service des poursuites pénales du Canada.</p>
<p>Postes à pourvoir : 1</p>
<h2>Information que vous devez fournir</h2>
<p>Votre curriculum vitæ.</p>
<p>Afin d'être pris en considération, votre candidature doit clairement démontrer que vous possédez les critères suivants (qualifications essentielles)</p>
<p><b>Études :</b></p>
{ul([EDU_FR])}
<p><b>Expérience :</b></p>
{ul(EXP_FR)}
<p>Les critères suivants seront appliqués / évalués à une date ultérieure (essentiel pour le poste)</p>
<p>Anglais essentiel</p>
<p>Information sur les exigences linguistiques</p>
<p><b>Capacités :</b></p>
{ul(AB_FR)}
<p><b>Qualités personnelles :</b></p>
{ul(PS_FR)}
<p>Les critères suivants pourraient être appliqués / évalués à une date ultérieure (pourraient être nécessaires pour le poste)</p>
<p><b>Qualifications constituant un atout :</b></p>
{ul(ASSET_FR)}
<h2>Conditions d'emploi</h2>
<p>Cote de sécurité de niveau Secret</p>
<p>Volonté et capacité de faire des heures supplémentaires à court préavis pendant les procès.</p>
<p>Volonté et capacité de se déplacer à l'occasion vers les palais de justice d'Oshawa, de Newmarket et de Brampton.</p>
<h2>Préférence</h2>
<p>La préférence sera accordée aux anciens combattants, puis aux citoyens canadiens et aux résidents permanents.</p>
<h2>Coordonnées</h2>
<p>Marisol Tennant, conseillère en dotation<br>ppsc.staffing-dotation.sppc@example.gc.ca</p>
</section>
<footer>Date modified: 2035-12-15</footer>
</body></html>
"""

def lines(items):
    return "\n".join(items)

BROWSER = f"""
Skip to main content
Skip to "About government"
Language selection
Français
Government of Canada
Search Canada.ca	Search
Menu
Canada.ca
Jobs
Public Service Jobs
Job search
Job poster
Reference number: {REF}
Selection process number: 35-PPS-ON-EA-TOR-2207
JOB OPPORTUNITY
{T_EN}
{O_EN} - Ontario Regional Office - Criminal Prosecutions Section
{LOC}
EC-03
Indeterminate
$72,468 to $79,005 (annual)
For further information on the organization, please visit {O_EN}

Closing date: 9 January 2036 - 23:59, Pacific Time

Who can apply: Persons residing in Canada and Canadian citizens and permanent residents abroad.

Apply online
Important messages
We are committed to providing an inclusive and barrier-free work environment, starting with the hiring process. If you need to be accommodated during any phase of the evaluation process, please use the Contact information below.

A written examination may be administered during the week of 26 January 2036. Candidates retained after the examination may be invited to an interview in February 2036.

Work environment
The Toronto office of the Ontario Regional Office prosecutes drug, organized crime and regulatory offences in the courts of the Greater Toronto Area. Paralegals work in small trial teams with prosecutors and are the first point of contact for police agencies on the assembly and vetting of disclosure. The pace follows the court calendar.

Intent of the process
The intent of this process is to staff one indeterminate position. A pool of partially or fully qualified candidates may be created and may be used to staff similar positions within the Public Prosecution Service of Canada.

Positions to be filled: 1

Information you must provide
Your résumé.

In order to be considered, your application must clearly explain how you meet the following (essential qualifications)

Education:
{EDU_EN}

Experience:
{lines(EXP_EN)}

The following will be applied / assessed at a later date (essential for the job)

English essential

Information on language requirements

Abilities:
{lines(AB_EN)}

Personal suitability:
{lines(PS_EN)}

The following may be applied / assessed at a later date (may be needed for the job)

Asset qualifications:
{lines(ASSET_EN)}

Conditions of employment
Secret security clearance

Willingness and ability to work overtime on short notice during trials.

Willingness and ability to travel occasionally to courthouses in Oshawa, Newmarket and Brampton.

Preference
Preference will be given to veterans and to Canadian citizens and permanent residents, in that order.

Contact information
Marisol Tennant, Staffing Advisor
ppsc.staffing-dotation.sppc@example.gc.ca

________________________________________

Numéro de référence : {REF}
Numéro du processus de sélection : 35-PPS-ON-EA-TOR-2207
POSSIBILITÉ D'EMPLOI
{T_FR}
{O_FR} - Bureau régional de l'Ontario - Section des poursuites criminelles
{LOC}
EC-03
Durée indéterminée
72 468 $ à 79 005 $ (annuel)

Date limite : 9 janvier 2036 - 23 h 59, heure du Pacifique

Qui est admissible : Personnes résidant au Canada, ainsi que citoyens canadiens et résidents permanents à l'étranger.

Messages importants
Un examen écrit pourrait avoir lieu pendant la semaine du 26 janvier 2036. Les personnes retenues pourraient être convoquées à une entrevue en février 2036.

Milieu de travail
Le bureau de Toronto du Bureau régional de l'Ontario mène les poursuites en matière de drogues, de crime organisé et d'infractions réglementaires devant les tribunaux de la région du grand Toronto. Les parajuristes travaillent en petites équipes de procès avec les procureurs.

Intention du processus
Ce processus vise à doter un poste pour une durée indéterminée. Un bassin de personnes qualifiées pourrait être constitué.

Postes à pourvoir : 1

Information que vous devez fournir
Votre curriculum vitæ.

Afin d'être pris en considération, votre candidature doit clairement démontrer que vous possédez les critères suivants (qualifications essentielles)

Études :
{EDU_FR}

Expérience :
{lines(EXP_FR)}

Les critères suivants seront appliqués / évalués à une date ultérieure (essentiel pour le poste)

Anglais essentiel

Capacités :
{lines(AB_FR)}

Qualités personnelles :
{lines(PS_FR)}

Les critères suivants pourraient être appliqués / évalués à une date ultérieure (pourraient être nécessaires pour le poste)

Qualifications constituant un atout :
{lines(ASSET_FR)}

Conditions d'emploi
Cote de sécurité de niveau Secret

Volonté et capacité de faire des heures supplémentaires à court préavis pendant les procès.

Coordonnées
Marisol Tennant, conseillère en dotation
ppsc.staffing-dotation.sppc@example.gc.ca

Date modified: 2035-12-15
Terms and conditions	Privacy
"""

def build():
    w(KEY + "-gcjobs.html", HTML, KEY)
    chromium(KEY + "-gcjobs.html", KEY + "-gcjobs.chromium.pdf", KEY)
    w(KEY + "-browser.txt", BROWSER, KEY)
    expected(KEY, REF, ["en", "fr"], {"en": T_EN, "fr": T_FR}, {"en": O_EN, "fr": O_FR},
             {"en": LOC, "fr": LOC}, {}, "2036-01-09", sal(72468, 79005, "CAD", "year"),
             "EC-03", "Secret",
             {"en": {"essential": [EDU_EN] + EXP_EN, "desirable": ASSET_EN},
              "fr": {"essential": [EDU_FR] + EXP_FR, "desirable": ASSET_FR}},
             {"en": comp(AB_EN + PS_EN), "fr": comp(AB_FR + PS_FR)})
