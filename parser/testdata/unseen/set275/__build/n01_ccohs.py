from common import *

REF = "COH40J-188412-000031"
KEY = REF.lower()
T = {"en": "Occupational Health and Safety Technical Specialist",
     "fr": "Spécialiste technique en santé et sécurité au travail"}
O = {"en": "Canadian Centre for Occupational Health and Safety",
     "fr": "Centre canadien d'hygiène et de sécurité au travail"}
L = {"en": "Hamilton (Ontario)", "fr": "Hamilton (Ontario)"}
EDU = {"en": "Graduation with a degree from a recognized post-secondary institution with acceptable specialization in occupational health and safety, industrial hygiene, chemistry, engineering or another field relevant to the position.",
       "fr": "Un grade d'un établissement d'enseignement postsecondaire reconnu avec spécialisation acceptable en santé et sécurité au travail, en hygiène industrielle, en chimie, en génie ou dans un autre domaine lié aux fonctions du poste."}
EXP = {"en": ["Experience in assessing chemical, physical or ergonomic hazards in a workplace and recommending control measures.",
              "Experience in interpreting occupational health and safety legislation, standards or codes of practice.",
              "Experience in writing technical guidance, fact sheets or training material for a non-specialist audience."],
       "fr": ["Expérience de l'évaluation des dangers chimiques, physiques ou ergonomiques en milieu de travail et de la recommandation de mesures de contrôle.",
              "Expérience de l'interprétation des lois, des normes ou des codes de pratique en matière de santé et de sécurité au travail.",
              "Expérience de la rédaction de documents d'orientation technique, de fiches d'information ou de matériel de formation destinés à un public non spécialisé."]}
ASSET = {"en": ["Experience in answering inquiries from workers, employers or the public on workplace hazards.",
                "Certification as a Canadian Registered Safety Professional (CRSP) or a Registered Occupational Hygienist (ROH)."],
         "fr": ["Expérience des réponses aux demandes de renseignements des travailleurs, des employeurs ou du public sur les dangers en milieu de travail.",
                "Titre de professionnel en sécurité agréé du Canada (PSAC) ou d'hygiéniste du travail agréé (ROH)."]}
AB = {"en": ["Ability to analyze and synthesize technical information", "Ability to communicate effectively in writing",
             "Ability to communicate effectively orally"],
      "fr": ["Capacité d'analyser et de synthétiser de l'information technique", "Capacité de communiquer efficacement par écrit",
             "Capacité de communiquer efficacement de vive voix"]}
PS = {"en": ["Judgement", "Attention to detail", "Working effectively with others"],
      "fr": ["Jugement", "Souci du détail", "Travailler efficacement avec les autres"]}


def half(l):
    en = l == "en"
    lab = (lambda a, b: a if en else b)
    sal_line = "$78,906 to $92,517 (annual)" if en else "78 906 $ à 92 517 $ (annuel)"
    close = ("Closing date: 11 September 2040 - 23:59, Pacific Time" if en
             else "Date limite : 11 septembre 2040 - 23 h 59, heure du Pacifique")
    return f"""
<section lang="{l}" class="{'first' if en else 'second'}">
<p class="crumb">{lab('Canada.ca &gt; Jobs &gt; Public service jobs &gt; Job search', 'Canada.ca &gt; Emplois &gt; Emplois dans la fonction publique &gt; Recherche')}</p>
<h1>{T[l]}</h1>
<p class="head">{O[l]} - {lab('Chemical and Physical Hazards Information Service', 'Service d’information sur les dangers chimiques et physiques')}<br>
{L[l]}<br>
EG-06<br>
{lab('Indeterminate', 'Durée indéterminée')}<br>
{sal_line}</p>
<p class="box">{lab('For further information on the organization, please visit', "Pour de plus amples renseignements sur l'organisation, veuillez consulter")} <a href="#">{O[l]}</a></p>
<p><strong>{close}</strong></p>
<div class="refbox">
<span>{lab('Reference number:', 'Numéro de référence :')} <b>{REF}</b></span>
<span>{lab('Selection process number:', 'Numéro du processus de sélection :')} 40-COH-EA-HAM-6093</span>
</div>
<p><strong>{lab('Who can apply:', 'Qui est admissible :')}</strong> {lab('Persons residing in Canada and Canadian citizens and permanent residents abroad.', 'Personnes résidant au Canada et citoyens canadiens et résidents permanents à l’étranger.')}</p>
<p><a class="btn" href="#">{lab('Apply online', 'Postuler en ligne')}</a></p>
<h2>{lab('Important messages', 'Messages importants')}</h2>
<p>{lab('Candidates invited to the written examination will write it online during the week of September 21, 2040. Reference checks may follow in October.',
        'Les personnes invitées à l’examen écrit le passeront en ligne au cours de la semaine du 21 septembre 2040. Une vérification des références pourrait suivre en octobre.')}</p>
<h2>{lab('Work environment', 'Milieu de travail')}</h2>
<p>{lab('Our service answers about 9,000 questions a year from workers, employers and health and safety committees across the country. The specialist researches chemical, physical and ergonomic hazards, drafts plain-language answers and keeps our fact sheets current. The office is in downtown Hamilton; a hybrid arrangement of at least three days a week on site is in place.',
        'Notre service répond chaque année à quelque 9 000 questions de travailleurs, d’employeurs et de comités de santé et de sécurité de tout le pays. La ou le spécialiste fait des recherches sur les dangers chimiques, physiques et ergonomiques, rédige des réponses en langage clair et tient nos fiches d’information à jour. Le bureau se trouve au centre-ville de Hamilton; une formule hybride d’au moins trois jours par semaine sur place est en vigueur.')}</p>
<h2>{lab('Intent of the process', 'Intention du processus')}</h2>
<p>{lab('One indeterminate position will be filled. A pool of qualified candidates may be created and used for similar positions of various tenures.',
        'Un poste d’une durée indéterminée sera doté. Un bassin de candidates et de candidats qualifiés pourrait être constitué et utilisé pour doter des postes semblables de diverses durées.')}</p>
<p>{lab('Positions to be filled: 1', 'Postes à pourvoir : 1')}</p>
<h2>{lab('Information you must provide', 'Information que vous devez fournir')}</h2>
<p>{lab('Your résumé, and answers to the screening questions showing how you meet the education and experience criteria.', 'Votre curriculum vitæ et des réponses aux questions de présélection démontrant comment vous répondez aux critères d’études et d’expérience.')}</p>
<h2>{lab('The following will be applied / assessed at a later date (essential for the job)', 'Les critères suivants seront appliqués / évalués à une date ultérieure (essentiel pour le poste)')}</h2>
<h3>{lab('Essential qualifications', 'Qualifications essentielles')}</h3>
<p><strong>{lab('Education:', 'Études :')}</strong><br>{EDU[l]}</p>
<p><strong>{lab('Experience:', 'Expérience :')}</strong></p>
<ul>
{ul(EXP[l])}
</ul>
<p>{lab('English essential', 'Anglais essentiel')}</p>
<p>{lab('Information on language requirements', 'Renseignements sur les exigences linguistiques')}</p>
<p><strong>{lab('Abilities:', 'Capacités :')}</strong></p>
<ul>
{ul(AB[l])}
</ul>
<p><strong>{lab('Personal suitability:', 'Qualités personnelles :')}</strong></p>
<ul>
{ul(PS[l])}
</ul>
<h3>{lab('The following may be applied / assessed at a later date (may be needed for the job)', 'Les critères suivants peuvent être appliqués / évalués à une date ultérieure (peuvent être nécessaires pour le poste)')}</h3>
<p><strong>{lab('Asset qualifications:', 'Qualifications constituant un atout :')}</strong></p>
<ul>
{ul(ASSET[l])}
</ul>
<p><strong>{lab('Conditions of employment:', "Conditions d'emploi :")}</strong><br>
{lab('Reliability Status security clearance', 'Cote de sécurité : Cote de fiabilité (Reliability Status)')}<br>
{lab('Willingness and ability to travel occasionally, including overnight stays.', 'Volonté et capacité de voyager à l’occasion, y compris des séjours d’une nuit.')}</p>
<h2>{lab('Other information', 'Autres informations')}</h2>
<p>{lab('The Public Service of Canada is committed to building a skilled and diverse workforce. Acknowledgement of receipt of applications will not be sent; we will contact candidates when the screening process is completed.',
        'La fonction publique du Canada s’engage à bâtir une main-d’œuvre compétente et diversifiée. Nous n’accuserons pas réception des candidatures; nous communiquerons avec les candidates et candidats une fois la présélection terminée.')}</p>
<h2>{lab('Preference', 'Préférence')}</h2>
<p>{lab('Preference will be given to veterans and to Canadian citizens and permanent residents, in that order.', 'La préférence sera accordée aux anciens combattants, puis aux citoyens canadiens et aux résidents permanents, dans cet ordre.')}</p>
<p class="mod">{lab('Date modified: 2040-08-28', 'Date de modification : 2040-08-28')}</p>
</section>"""


def build():
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{T['en']} - GC Jobs</title>
<style>
body{{font-family:"Liberation Sans",Arial,sans-serif;font-size:11pt;margin:0 2em;}}
.gcbar{{border-bottom:4px solid #26374a;padding:.4em 0;}}
.cookie{{background:#eee;font-size:9pt;padding:.3em;}}
h1{{color:#333;border-bottom:2px solid #af3c43;}}
.refbox{{border:1px solid #888;padding:.4em;margin:.6em 0;}}
.refbox span{{display:block;}}
.btn{{background:#26374a;color:#fff;padding:.3em .8em;text-decoration:none;}}
section.second{{break-before:page;}}
.mod{{font-size:9pt;color:#555;}}
</style></head><body>
<p class="cookie">This site uses cookies. / Ce site utilise des témoins. <a href="#">OK</a></p>
<div class="gcbar">Government of Canada / Gouvernement du Canada &nbsp; <a href="#">Français</a> &nbsp; <a href="#">Sign in / Connexion</a></div>
{half('en')}
{half('fr')}
<footer><p>Terms and conditions / Avis &nbsp; Privacy / Confidentialité</p></footer>
</body></html>
"""
    name = KEY + "-gcjobs.html"
    w(name, html, KEY)
    chromium(name, KEY)
    expected(KEY, REF, ["en", "fr"], T, O, L, {"en": None, "fr": None}, "2040-09-11",
             sal(78906, 92517, "CAD", "year"), "EG-06", "Reliability Status",
             {l: {"essential": [EDU[l]] + EXP[l], "desirable": ASSET[l]} for l in ("en", "fr")},
             {l: [(n, "") for n in AB[l] + PS[l]] for l in ("en", "fr")})
