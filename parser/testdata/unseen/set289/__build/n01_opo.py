from common import *

KEY = "opo41j-208317-000012"
REF = "OPO41J-208317-000012"
T_EN = "Senior Procurement Review Officer"
T_FR = "Agente principale ou agent principal d'examen de l'approvisionnement"
O_EN = "Office of the Procurement Ombud"
O_FR = "Bureau de l'ombudsman de l'approvisionnement"
LOC = "Gatineau (Québec)"
ED_EN = "Graduation with a degree from a recognized post-secondary institution, or an acceptable combination of education, training and/or experience."
EX_EN = ["Experience in reviewing federal procurement files against contracting policies and regulations.",
         "Experience in writing review or investigation reports intended for senior management.",
         "Experience in explaining procurement rules to suppliers, departments or members of the public."]
AS_EN = ["Experience in conducting fact-finding interviews with complainants or witnesses.",
         "Professional certification in public procurement (for example, CPPB or CPPO)."]
ED_FR = "Un grade d'un établissement d'enseignement postsecondaire reconnu, ou une combinaison acceptable d'études, de formation et/ou d'expérience."
EX_FR = ["Expérience de l'examen de dossiers d'approvisionnement fédéraux au regard des politiques et règlements sur les marchés.",
         "Expérience de la rédaction de rapports d'examen ou d'enquête destinés à la haute direction.",
         "Expérience de l'explication des règles d'approvisionnement à des fournisseurs, à des ministères ou au public."]
AS_FR = ["Expérience de la conduite d'entrevues d'établissement des faits avec des plaignants ou des témoins.",
         "Titre professionnel en approvisionnement public (par exemple CPPB ou CPPO)."]
AB_EN = ["Ability to analyze complex information and draw conclusions", "Ability to communicate effectively in writing",
         "Ability to communicate effectively orally"]
PS_EN = ["Impartiality", "Attention to detail", "Tact"]
AB_FR = ["Capacité d'analyser des renseignements complexes et d'en tirer des conclusions",
         "Capacité de communiquer efficacement par écrit", "Capacité de communiquer efficacement de vive voix"]
PS_FR = ["Impartialité", "Souci du détail", "Tact"]

def ul(items):
    return "<ul>\n" + "\n".join(f"  <li>{i}</li>" for i in items) + "\n</ul>"

def half(lang):
    en = lang == "en"
    L = (lambda e, f: e if en else f)
    return f"""
<section class="poster" lang="{lang}"{'' if en else ' style="break-before: page"'}>
<h1>{L(T_EN, T_FR)}</h1>
<p class="hdr">{L(O_EN, O_FR)} - {L('Investigations and Procurement Practice Reviews', 'Enquêtes et examens des pratiques d’approvisionnement')}<br>
{LOC}<br>
PG-05<br>
{L('Indeterminate, Acting, Assignment, Deployment, Secondment', 'Durée indéterminée, Intérimaire, Affectation, Mutation, Détachement')}<br>
{L('$91,742 to $99,608 (annual)', '91 742 $ à 99 608 $ (annuel)')}</p>
<p class="close"><strong>{L('Closing date: 14 November 2041 - 23:59, Pacific Time', 'Date limite : 14 novembre 2041 - 23:59, Heure du Pacifique')}</strong></p>
<p><a class="btn" href="#apply">{L('Apply online', 'Postulez en ligne')}</a></p>
<div class="refs">
<p><b>{L('Reference number:', 'Numéro de référence :')}</b> {REF}</p>
<p><b>{L('Selection process number:', 'Numéro du processus de sélection :')}</b> 41-OPO-EA-GAT-2208</p>
</div>
<p><b>{L('Who can apply:', 'Qui est admissible :')}</b> {L('Persons residing in Canada and Canadian citizens residing abroad.', 'Personnes résidant au Canada et citoyens canadiens résidant à l’étranger.')}</p>
<h2>{L('Important messages', 'Messages importants')}</h2>
<p>{L('A written assessment is planned for the week of 24 November 2041. Candidates will be contacted by e-mail; please check your junk folder.',
     'Une évaluation écrite est prévue pendant la semaine du 24 novembre 2041. Les candidats seront joints par courriel; veuillez vérifier votre dossier de courrier indésirable.')}</p>
<h2>{L('Work environment', 'Milieu de travail')}</h2>
<p>{L('The Office reviews complaints from suppliers about the award and administration of federal contracts and reviews the procurement practices of departments. Our team of about thirty people works in a hybrid model, with two days a week at our office in Gatineau.',
     'Le Bureau examine les plaintes des fournisseurs portant sur l’attribution et l’administration de contrats fédéraux, ainsi que les pratiques d’approvisionnement des ministères. Notre équipe d’une trentaine de personnes travaille en mode hybride, deux jours par semaine au bureau de Gatineau.')}</p>
<h2>{L('Intent of the process', 'Intention du processus')}</h2>
<p>{L('Two positions will be staffed. A pool of qualified candidates may be created and used for similar positions at the PG-04 and PG-05 levels.',
     'Deux postes seront pourvus. Un bassin de candidats qualifiés pourrait être établi et utilisé pour doter des postes semblables aux niveaux PG-04 et PG-05.')}</p>
<p><b>{L('Positions to be filled:', 'Postes à pourvoir :')}</b> 2</p>
<h2>{L('Information you must provide', 'Information que vous devez fournir')}</h2>
<p>{L('Your résumé, and answers to the screening questions showing how you meet the education and experience criteria.', 'Votre curriculum vitæ, et des réponses aux questions de présélection démontrant comment vous satisfaites aux critères d’études et d’expérience.')}</p>
<h2>{L('The following will be applied / assessed at a later date (essential for the job)', 'Les critères suivants seront appliqués / évalués à une date ultérieure (essentiels pour le poste)')}</h2>
<h3>{L('Essential qualifications', 'Qualifications essentielles')}</h3>
<p><b>{L('Education:', 'Études :')}</b></p>
<p>{L(ED_EN, ED_FR)}</p>
<p><b>{L('Experience:', 'Expérience :')}</b></p>
{ul(L(EX_EN, EX_FR))}
<p>{L('English essential', 'Anglais essentiel')}</p>
<p>{L('Information on language requirements', 'Information sur les exigences linguistiques')}</p>
<p><b>{L('Abilities:', 'Capacités :')}</b></p>
{ul(L(AB_EN, AB_FR))}
<p><b>{L('Personal suitability:', 'Qualités personnelles :')}</b></p>
{ul(L(PS_EN, PS_FR))}
<h2>{L('The following may be applied / assessed at a later date (may be needed for the job)', 'Les critères suivants pourraient être appliqués / évalués à une date ultérieure (pourraient être nécessaires pour le poste)')}</h2>
<p><b>{L('Asset qualifications:', 'Qualifications constituant un atout :')}</b></p>
{ul(L(AS_EN, AS_FR))}
<h2>{L('Conditions of employment', 'Conditions d’emploi')}</h2>
<p>{L('Secret security clearance', 'Cote de sécurité : Secret')}</p>
<p>{L('Willingness to travel occasionally within Canada.', 'Volonté de voyager occasionnellement au Canada.')}</p>
<h2>{L('Other information', 'Autres informations')}</h2>
<p>{L('The Public Service of Canada is committed to building a skilled and diverse workforce. We encourage you to self-declare.', 'La fonction publique du Canada s’est engagée à se doter d’un effectif compétent et diversifié. Nous vous encourageons à vous auto-déclarer.')}</p>
<p><b>{L('Preference', 'Préférence')}</b></p>
<p>{L('Preference will be given to veterans and to Canadian citizens and permanent residents, in that order.', 'La préférence sera accordée aux anciens combattants et aux citoyens canadiens et résidents permanents, dans cet ordre.')}</p>
<p class="mod">{L('Date modified: 2041-10-29', 'Date de modification : 2041-10-29')}</p>
</section>"""

html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{T_EN} - GC Jobs</title>
<style>
body {{ font-family: "Liberation Sans", Arial, sans-serif; font-size: 10.5pt; margin: 1.5cm; color: #222; }}
.gcbar {{ border-bottom: 4px solid #26374a; padding-bottom: 4px; }}
.cookie {{ background: #eee; font-size: 9pt; padding: 4px; }}
h1 {{ font-size: 17pt; border-bottom: 1px solid #af3c43; }}
h2 {{ font-size: 12pt; margin-top: 14px; }}
h3 {{ font-size: 11pt; }}
.refs {{ border: 1px solid #999; padding: 4px 10px; width: 70%; }}
.refs p {{ margin: 3px 0; }}
.btn {{ background: #26374a; color: #fff; padding: 3px 8px; text-decoration: none; }}
.mod {{ font-size: 9pt; color: #555; }}
</style></head>
<body>
<p class="cookie">We use cookies to improve your experience. / Nous utilisons des témoins pour améliorer votre expérience. <a href="#">OK</a></p>
<div class="gcbar"><b>Government of Canada / Gouvernement du Canada</b> &nbsp; <a href="#fr">Français</a> &nbsp; Search jobs</div>
<nav><p><a href="#">Canada.ca</a> &gt; <a href="#">Jobs</a> &gt; <a href="#">GC Jobs</a> &gt; Job advertisement</p></nav>
<main>
{half('en')}
<p id="fr"></p>
{half('fr')}
</main>
<footer><p>Terms and conditions / Avis · Privacy / Confidentialité · Report a problem on this page</p></footer>
</body></html>
"""

def build():
    write(KEY + "-gcjobs.html", html, KEY)
    chromium(KEY + "-gcjobs.html", KEY)
    expected(KEY, reference=REF, languages=["en", "fr"],
             title={"en": T_EN, "fr": T_FR}, organisation={"en": O_EN, "fr": O_FR},
             location={"en": LOC, "fr": LOC}, schedule={}, deadline="2041-11-14",
             salary=(91742, 99608, "CAD", "year"), grade="PG-05", clearance="Secret",
             requirements={"en": ([ED_EN] + EX_EN, AS_EN), "fr": ([ED_FR] + EX_FR, AS_FR)},
             competencies={"en": [(n, "") for n in AB_EN + PS_EN], "fr": [(n, "") for n in AB_FR + PS_FR]})
