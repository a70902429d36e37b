from common import *
REF = "PMP37J-152384-000031"; KEY = REF.lower()
T_EN = "Pricing Compliance Analyst"; T_FR = "Analyste de la conformité des prix"
O_EN = "Patented Medicine Prices Review Board"; O_FR = "Conseil d'examen du prix des médicaments brevetés"
LOC = "Ottawa (Ontario)"
ESS_EN = ["Graduation with a degree from a recognized post-secondary institution with acceptable specialization in economics, sociology or statistics.",
          "Experience in analysing pricing, sales or market data to assess compliance with a regulatory requirement.",
          "Experience in drafting briefing notes, reports or correspondence for senior management.",
          "Experience in using spreadsheet or statistical software to build and validate large data sets."]
DES_EN = ["Experience in working with pharmaceutical industry data or drug formularies.",
          "Experience in conducting investigations or compliance reviews in a federal regulatory body."]
ESS_FR = ["Un diplôme d'un établissement d'enseignement postsecondaire reconnu avec spécialisation acceptable en économie, en sociologie ou en statistique.",
          "Expérience de l'analyse de données sur les prix, les ventes ou les marchés afin d'évaluer la conformité à une exigence réglementaire.",
          "Expérience de la rédaction de notes d'information, de rapports ou de correspondance à l'intention de la haute direction.",
          "Expérience de l'utilisation d'un tableur ou d'un logiciel statistique pour constituer et valider de grands ensembles de données."]
DES_FR = ["Expérience du travail avec des données de l'industrie pharmaceutique ou des listes de médicaments assurés.",
          "Expérience de la conduite d'enquêtes ou d'examens de conformité au sein d'un organisme de réglementation fédéral."]
COMP_EN = ["Ability to analyse complex quantitative information", "Ability to communicate effectively orally", "Ability to communicate effectively in writing", "Initiative", "Effective interpersonal relationships", "Dependability"]
COMP_FR = ["Capacité d'analyser de l'information quantitative complexe", "Capacité de communiquer efficacement de vive voix", "Capacité de communiquer efficacement par écrit", "Initiative", "Relations interpersonnelles efficaces", "Fiabilité"]

def ul(items): return "<ul>\n" + "\n".join(f"  <li>{i}</li>" for i in items) + "\n</ul>"

html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{T_EN} - GC Jobs</title>
<style>
body{{font-family:"Liberation Sans",Arial,sans-serif;font-size:10.5pt;margin:0 28px;color:#222}}
.cookie{{background:#eee;padding:4px 8px;font-size:8.5pt}}
.gcbar{{border-bottom:4px solid #26374a;padding:6px 0;display:flex;justify-content:space-between}}
.crumbs{{font-size:8.5pt;color:#555}}
.refbox{{float:right;border:1px solid #999;padding:6px 10px;margin:0 0 8px 14px;font-size:9pt;white-space:nowrap}}
h1{{font-size:17pt;color:#26374a;margin:10px 0}}
h2{{font-size:12pt;border-bottom:1px solid #ccc;margin-top:16px}}
.fr{{page-break-before:always}}
.foot{{font-size:8pt;color:#555;border-top:1px solid #ccc;margin-top:20px}}
</style></head><body>
<div class="cookie">This site uses cookies to improve your experience. / Ce site utilise des témoins pour améliorer votre expérience. <a href="#">OK</a></div>
<div class="gcbar"><span>Government of Canada / Gouvernement du Canada</span><span><a href="#fr">Français</a></span></div>
<div class="crumbs">Canada.ca &gt; Jobs &gt; Public service jobs &gt; GC Jobs &gt; Search jobs</div>
<section id="en">
<div class="refbox">Reference number: {REF}<br>Selection process number: 37-PMP-EA-NCR-8804</div>
<h1>{T_EN}</h1>
<p>{O_EN} - Regulatory and Licensing Branch, Compliance and Enforcement Directorate<br>
{LOC}<br>
EC-05<br>
Indeterminate<br>
$88,412 to $95,760 (annual)</p>
<p><strong>For further information on the organization, please visit</strong> <a href="#">{O_EN}</a></p>
<p><strong>Closing date: 6 October 2037 - 23:59, Pacific Time</strong></p>
<p><strong>Who can apply:</strong> Persons residing in Canada and Canadian citizens and permanent residents abroad.</p>
<p>A written assessment is planned for the week of 26 October 2037. Candidates must be available during that week.</p>
<h2>Duties</h2>
<p>The {O_EN} protects and informs Canadians by ensuring that the prices of patented medicines sold in Canada are not excessive. As an analyst in the Compliance and Enforcement Directorate, you will review the price and sales reports filed by patentees every six months, identify products whose prices appear to exceed the applicable ceilings, open and document compliance files, and prepare the analyses that support voluntary compliance undertakings or referrals to a hearing.</p>
<h2>Work environment</h2>
<p>You will join a team of twelve economists and analysts who work with confidential commercial data. The Board offers a hybrid work model: three days per month in the Ottawa office (Standard Life Centre) and the rest of the time at home. Training in the Board's pricing guidelines and in the secure data environment is provided in the first months.</p>
<h2>Intent of the process</h2>
<p>One indeterminate position will be staffed. A pool of qualified candidates may be created and used to staff similar positions with various tenures and language requirements in the Board.</p>
<p>Positions to be filled: 1</p>
<h2>Information you must provide</h2>
<p>Your résumé. A covering letter of no more than two pages that shows how you meet the education and experience criteria, with concrete examples.</p>
<h2>In order to be considered, your application must clearly explain how you meet the following (essential qualifications)</h2>
<p><strong>Education:</strong></p>
{ul(ESS_EN[:1])}
<p><strong>Experience:</strong></p>
{ul(ESS_EN[1:])}
<p>Degree equivalency</p>
<h2>If you possess any of the following, your application must also clearly explain how you meet it (other qualifications)</h2>
<p><strong>Asset qualifications:</strong></p>
{ul(DES_EN)}
<h2>The following will be applied / assessed at a later date (essential for the job)</h2>
<p>Various language requirements<br>Bilingual - Imperative (CBC/CBC)</p>
<p><strong>Abilities:</strong></p>
{ul(COMP_EN[:3])}
<p><strong>Personal suitability:</strong></p>
{ul(COMP_EN[3:])}
<h2>Conditions of employment</h2>
<p>Reliability Status security clearance</p>
<p>Willingness to work overtime during the semi-annual reporting periods (January and July).</p>
<h2>Other information</h2>
<p>Interviews are expected to take place in the weeks of 9 and 16 November 2037. Acknowledgement of receipt of applications will not be sent; we will contact candidates when the screening process is completed.</p>
<p><strong>Preference</strong> will be given to veterans and then to Canadian citizens and permanent residents.</p>
</section>
<section id="fr" class="fr">
<div class="refbox">Numéro de référence : {REF}<br>Numéro du processus de sélection : 37-PMP-EA-NCR-8804</div>
<h1>{T_FR}</h1>
<p>{O_FR} - Direction générale de la réglementation et des permis, Direction de la conformité et de l'application<br>
{LOC}<br>
EC-05<br>
Durée indéterminée<br>
88 412 $ à 95 760 $ (annuel)</p>
<p><strong>Date limite : 6 octobre 2037 - 23 h 59, heure du Pacifique</strong></p>
<p><strong>Qui est admissible :</strong> Personnes résidant au Canada, et citoyens canadiens et résidents permanents à l'étranger.</p>
<p>Une évaluation écrite est prévue pendant la semaine du 26 octobre 2037.</p>
<h2>Tâches</h2>
<p>Le {O_FR} protège et informe les Canadiens en veillant à ce que les prix des médicaments brevetés vendus au Canada ne soient pas excessifs. À titre d'analyste au sein de la Direction de la conformité et de l'application, vous examinerez les rapports sur les prix et les ventes déposés tous les six mois par les brevetés, repérerez les produits dont le prix semble dépasser les plafonds applicables, ouvrirez et documenterez des dossiers de conformité et préparerez les analyses qui appuient les engagements de conformité volontaire ou les renvois à une audience.</p>
<h2>Milieu de travail</h2>
<p>Vous vous joindrez à une équipe de douze économistes et analystes qui travaillent avec des données commerciales confidentielles. Le Conseil offre un modèle de travail hybride : trois jours par mois au bureau d'Ottawa et le reste du temps à domicile.</p>
<h2>Intention du processus</h2>
<p>Un poste pour une durée indéterminée sera doté. Un bassin de candidats qualifiés pourrait être établi.</p>
<p>Postes à pourvoir : 1</p>
<h2>Afin d'être pris en considération, votre candidature doit démontrer clairement que vous possédez les qualifications suivantes (qualifications essentielles)</h2>
<p><strong>Études :</strong></p>
{ul(ESS_FR[:1])}
<p><strong>Expérience :</strong></p>
{ul(ESS_FR[1:])}
<h2>Si vous possédez une ou plusieurs des qualifications suivantes, votre candidature doit aussi le démontrer (autres qualifications)</h2>
<p><strong>Qualifications constituant un atout :</strong></p>
{ul(DES_FR)}
<h2>Les éléments suivants seront appliqués / évalués ultérieurement (essentiels pour le poste)</h2>
<p>Exigences linguistiques variées<br>Bilingue - Impératif (CBC/CBC)</p>
<p><strong>Capacités :</strong></p>
{ul(COMP_FR[:3])}
<p><strong>Qualités personnelles :</strong></p>
{ul(COMP_FR[3:])}
<h2>Conditions d'emploi</h2>
<p>Cote de fiabilité</p>
<p>Volonté de faire des heures supplémentaires pendant les périodes de rapport semestrielles (janvier et juillet).</p>
<h2>Autres informations</h2>
<p>Les entrevues devraient avoir lieu pendant les semaines du 9 et du 16 novembre 2037.</p>
<p>La <strong>préférence</strong> sera accordée aux anciens combattants, puis aux citoyens canadiens et aux résidents permanents.</p>
</section>
<div class="foot">Date modified: 2037-09-15 / Date de modification : 2037-09-15</div>
</body></html>
"""
name = KEY + "-gcjobs.html"
w(name, html, KEY)
chromium(name, KEY)

expected(KEY, reference=REF, languages=["en", "fr"], title={"en": T_EN, "fr": T_FR},
         organisation={"en": O_EN, "fr": O_FR}, location=LOC, schedule=None, deadline="2037-10-06",
         salary=sal("CAD", "year", mn=88412, mx=95760), grade="EC-05", clearance="Reliability Status",
         requirements={"en": {"essential": ESS_EN, "desirable": DES_EN}, "fr": {"essential": ESS_FR, "desirable": DES_FR}},
         competencies={"en": [(c, "") for c in COMP_EN], "fr": [(c, "") for c in COMP_FR]})
