from common import *
KEY = "sci39j-171206-000008"
REF = "SCI39J-171206-000008"
EN = dict(
 title="Conference Services Officer",
 org="Canadian Intergovernmental Conference Secretariat",
 loc="Ottawa (Ontario)",
 ess=["Secondary school diploma or employer-approved alternatives (see Other information).",
      "Experience in coordinating the logistics of meetings or events involving senior officials.",
      "Experience in preparing and tracking budgets, contracts or purchase orders.",
      "Experience in dealing with clients, suppliers or partners from outside the organization."],
 des=["Experience in organizing meetings that use simultaneous interpretation.",
      "Experience in organizing hybrid or virtual meetings for more than 50 participants."],
 comp=["Ability to plan and organize work under tight timelines", "Ability to communicate effectively orally",
       "Ability to communicate effectively in writing", "Discretion", "Initiative", "Client service orientation"],
)
FR = dict(
 title="Agente ou agent des services de conférence",
 org="Secrétariat des conférences intergouvernementales canadiennes",
 loc="Ottawa (Ontario)",
 ess=["Un diplôme d'études secondaires ou une combinaison acceptable d'études, de formation et/ou d'expérience (voir Autres informations).",
      "Expérience de la coordination de la logistique de réunions ou d'événements auxquels participent des cadres supérieurs.",
      "Expérience de la préparation et du suivi de budgets, de contrats ou de bons de commande.",
      "Expérience des relations avec des clients, des fournisseurs ou des partenaires de l'extérieur de l'organisation."],
 des=["Expérience de l'organisation de réunions avec interprétation simultanée.",
      "Expérience de l'organisation de réunions hybrides ou virtuelles de plus de 50 participants."],
 comp=["Capacité de planifier et d'organiser son travail dans des délais serrés", "Capacité de communiquer efficacement de vive voix",
       "Capacité de communiquer efficacement par écrit", "Discrétion", "Initiative", "Orientation vers le service à la clientèle"],
)

def ul(items):
    return "<ul>\n" + "\n".join(f"  <li>{i}</li>" for i in items) + "\n</ul>"

def build():
    e, f = EN, FR
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{e['title']} - GC Jobs</title>
<style>
body{{font-family:"Liberation Sans",Arial,sans-serif;font-size:10.5pt;margin:0 28px;color:#333}}
.cookie{{background:#eaebed;font-size:8.5pt;padding:4px 8px}}
.gcbar{{border-bottom:4px solid #26374a;padding:6px 0;font-weight:bold}}
.crumbs{{font-size:8.5pt;color:#284162}}
table.refs{{border:1px solid #aaa;border-collapse:collapse;margin:6px 0;font-size:9.5pt}}
table.refs th{{text-align:left;background:#f1f1f1;padding:3px 8px;font-weight:normal}}
table.refs td{{padding:3px 8px}}
h1{{font-size:17pt;color:#26374a;margin:10px 0 4px}}
h2{{font-size:12pt;color:#26374a;border-bottom:1px solid #ccc}}
.hdr p{{margin:1px 0}}
.closing{{background:#fcf8e3;padding:4px 8px;font-weight:bold}}
.fr{{page-break-before:always}}
footer{{font-size:8pt;color:#555;border-top:1px solid #ccc;margin-top:14px}}
</style></head><body>
<div class="cookie">We use cookies to improve your experience on GC Jobs. / Nous utilisons des témoins pour améliorer votre expérience d'Emplois GC. <a href="#">OK</a></div>
<div class="gcbar">Government of Canada / Gouvernement du Canada &nbsp;&nbsp; <a href="#">Français</a></div>
<div class="crumbs">Canada.ca &gt; Jobs &gt; Find a job in the public service &gt; Job search</div>

<section lang="en">
<h1>{e['title']}</h1>
<table class="refs">
<tr><th>Reference number</th><td>{REF}</td></tr>
<tr><th>Selection process number</th><td>39-SCI-EA-NCR-7481</td></tr>
</table>
<div class="hdr">
<p>{e['org']} - Conference Services Division</p>
<p>{e['loc']}</p>
<p>AS-03</p>
<p>Indeterminate</p>
<p>$71,204 to $76,868 (annual)</p>
</div>
<p>For further information on the organization, please visit <a href="#">{e['org']}</a></p>
<p class="closing">Closing date: 6 February 2040 - 23:59, Pacific Time</p>
<p><b>Who can apply:</b> Persons residing in Canada and Canadian citizens residing abroad.</p>
<p><a href="#">Apply online</a></p>
<h2>Important messages</h2>
<p>You must provide proof of your education credentials at the interview stage. A written assessment may be administered during the week of 20 February 2040; dates are subject to change.</p>
<h2>Work environment</h2>
<p>The Secretariat plans and serves federal-provincial-territorial meetings of first ministers, ministers and deputy ministers across Canada. As a member of a small team, you will book venues, manage interpretation and document services, handle supplier contracts and travel to meeting sites several times a year. No two conferences look alike, and every one of them is a public event that must run on time.</p>
<h2>Intent of the process</h2>
<p>A pool of qualified candidates may be established to staff similar positions with various tenures and language profiles within the Secretariat.</p>
<p>Positions to be filled: 1</p>
<h2>Information you must provide</h2>
<p>Your résumé.</p>
<p>In order to be considered, your application must clearly explain how you meet the following (essential qualifications)</p>
<p><b>Education:</b></p>
{ul(e['ess'][:1])}
<p><b>Experience:</b></p>
{ul(e['ess'][1:])}
<p>Degree equivalency</p>
<h2>The following will be applied / assessed at a later date (essential for the job)</h2>
<p>Various language requirements: English essential, Bilingual - Imperative (BBB/BBB)</p>
<p><b>Abilities:</b></p>
{ul(e['comp'][:3])}
<p><b>Personal suitability:</b></p>
{ul(e['comp'][3:])}
<h2>The following may be applied / assessed at a later date (may be needed for the job)</h2>
<p><b>Asset qualifications:</b></p>
{ul(e['des'])}
<h2>Conditions of employment</h2>
<ul><li>Secret security clearance</li>
<li>Willingness and ability to travel in Canada, sometimes on short notice, for up to five days at a time.</li>
<li>Willingness and ability to work overtime during conferences, including on weekends.</li></ul>
<h2>Other information</h2>
<p>The Public Service of Canada is committed to building a skilled and diverse workforce that reflects the Canadians we serve. Candidates who do not hold a secondary school diploma may still qualify through an acceptable combination of education, training and experience. Acknowledgment of receipt of applications will not be sent; we will contact candidates when the screening process is completed.</p>
<h2>Preference</h2>
<p>Preference will be given to veterans and then to Canadian citizens and permanent residents.</p>
<p>We thank all those who apply. Only those selected for further consideration will be contacted.</p>
<h2>Contact information</h2>
<p>Staffing Team<br>staffing-dotation@scics.example</p>
</section>

<section lang="fr" class="fr">
<div class="crumbs">Canada.ca &gt; Emplois &gt; Trouver un emploi dans la fonction publique &gt; Recherche d'emplois</div>
<h1>{f['title']}</h1>
<table class="refs">
<tr><th>Numéro de référence</th><td>{REF}</td></tr>
<tr><th>Numéro du processus de sélection</th><td>39-SCI-EA-NCR-7481</td></tr>
</table>
<div class="hdr">
<p>{f['org']} - Division des services de conférence</p>
<p>{f['loc']}</p>
<p>AS-03</p>
<p>Durée indéterminée</p>
<p>71 204 $ à 76 868 $ (annuel)</p>
</div>
<p>Pour de plus amples renseignements sur l'organisation, veuillez visiter <a href="#">{f['org']}</a></p>
<p class="closing">Date de clôture : 6 février 2040 - 23h59, Heure du Pacifique</p>
<p><b>Qui est admissible :</b> Personnes résidant au Canada et citoyens canadiens résidant à l'étranger.</p>
<p><a href="#">Postulez en ligne</a></p>
<h2>Messages importants</h2>
<p>Vous devrez présenter une preuve de vos études lors de l'entrevue. Une évaluation écrite pourrait avoir lieu pendant la semaine du 20 février 2040; les dates peuvent changer.</p>
<h2>Milieu de travail</h2>
<p>Le Secrétariat planifie et sert les réunions fédérales-provinciales-territoriales des premiers ministres, des ministres et des sous-ministres partout au Canada. Au sein d'une petite équipe, vous réserverez des lieux, gérerez les services d'interprétation et de documents, administrerez les contrats de fournisseurs et vous déplacerez vers les lieux de réunion plusieurs fois par année. Aucune conférence ne ressemble à une autre, et chacune est un événement public qui doit commencer à l'heure.</p>
<h2>Intention du processus</h2>
<p>Un bassin de candidates et candidats qualifiés pourrait être établi afin de doter des postes semblables de durées et de profils linguistiques variés au sein du Secrétariat.</p>
<p>Postes à pourvoir : 1</p>
<h2>Information que vous devez fournir</h2>
<p>Votre curriculum vitæ.</p>
<p>Afin d'être pris en considération, votre demande doit clairement démontrer comment vous satisfaites aux critères suivants (qualifications essentielles)</p>
<p><b>Études :</b></p>
{ul(f['ess'][:1])}
<p><b>Expérience :</b></p>
{ul(f['ess'][1:])}
<p>Équivalence des diplômes</p>
<h2>Les critères suivants seront appliqués / évalués à une date ultérieure (essentiels pour le poste)</h2>
<p>Exigences linguistiques variées : Anglais essentiel, Bilingue - Impératif (BBB/BBB)</p>
<p><b>Capacités :</b></p>
{ul(f['comp'][:3])}
<p><b>Qualités personnelles :</b></p>
{ul(f['comp'][3:])}
<h2>Les critères suivants peuvent être appliqués / évalués à une date ultérieure (peuvent être nécessaires pour le poste)</h2>
<p><b>Qualifications constituant un atout :</b></p>
{ul(f['des'])}
<h2>Conditions d'emploi</h2>
<ul><li>Cote de sécurité : Secret</li>
<li>Volonté et capacité de voyager au Canada, parfois à court préavis, pour une durée maximale de cinq jours à la fois.</li>
<li>Volonté et capacité de faire des heures supplémentaires pendant les conférences, y compris les fins de semaine.</li></ul>
<h2>Autres informations</h2>
<p>La fonction publique du Canada s'est engagée à bâtir un effectif compétent et diversifié, à l'image des Canadiens qu'elle sert. Les personnes qui ne détiennent pas de diplôme d'études secondaires peuvent se qualifier grâce à une combinaison acceptable d'études, de formation et d'expérience. Aucun accusé de réception ne sera envoyé; nous communiquerons avec les candidats une fois la présélection terminée.</p>
<h2>Préférence</h2>
<p>La préférence sera accordée aux anciens combattants, puis aux citoyens canadiens et aux résidents permanents.</p>
<p>Nous remercions tous ceux et celles qui postulent. Nous communiquerons uniquement avec les personnes retenues pour la suite du processus.</p>
<h2>Coordonnées</h2>
<p>Équipe de dotation<br>staffing-dotation@scics.example</p>
</section>
<footer>Date modified: 2040-01-17 / Date de modification : 2040-01-17</footer>
</body></html>
"""
    name = KEY + "-gcjobs.html"
    write(name, html, KEY)
    chromium(name, KEY)
    expected(KEY, dict(reference=REF, languages=["en", "fr"],
        title={"en": e["title"], "fr": f["title"]}, organisation={"en": e["org"], "fr": f["org"]},
        location={"en": e["loc"], "fr": f["loc"]}, schedule={"en": None, "fr": None},
        deadline="2040-02-06", salary=sal(71204, 76868, "CAD", "year"), grade="AS-03", clearance="Secret",
        requirements={"en": {"essential": e["ess"], "desirable": e["des"]}, "fr": {"essential": f["ess"], "desirable": f["des"]}},
        competencies={"en": comp(*[(c, "") for c in e["comp"]]), "fr": comp(*[(c, "") for c in f["comp"]])}))
