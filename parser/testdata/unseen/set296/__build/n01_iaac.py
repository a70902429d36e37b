from common import *

KEY = "iaa42j-196530-000014"
REF = "IAA42J-196530-000014"
T_EN = "Project Manager, Indigenous Consultation"
T_FR = "Gestionnaire de projet, consultation des Autochtones"
O_EN = "Impact Assessment Agency of Canada"
O_FR = "Agence d'évaluation d'impact du Canada"
L_EN = "Halifax (Nova Scotia)"
L_FR = "Halifax (Nouvelle-Écosse)"
GRADE = "EC-06"
ED_EN = "Graduation with a degree from a recognized post-secondary institution with acceptable specialization in economics, sociology, statistics, environmental studies or Indigenous studies."
ED_FR = "Un grade d'un établissement d'enseignement postsecondaire reconnu avec spécialisation acceptable en économie, en sociologie, en statistique, en études environnementales ou en études autochtones."
EX_EN = [
    "Experience in leading consultation activities with Indigenous communities or organizations on major projects.",
    "Experience in analyzing the potential effects of resource or infrastructure projects on Aboriginal and treaty rights.",
    "Experience in preparing written advice or recommendations for senior management.",
]
EX_FR = [
    "Expérience de la direction d'activités de consultation auprès de communautés ou d'organisations autochtones dans le cadre de grands projets.",
    "Expérience de l'analyse des effets potentiels de projets de ressources ou d'infrastructure sur les droits ancestraux ou issus de traités.",
    "Expérience de la préparation d'avis écrits ou de recommandations à l'intention de la haute direction.",
]
AS_EN = [
    "Experience working in or with a Mi'kmaw, Wolastoqey or Peskotomuhkati community.",
    "Experience in negotiating or implementing consultation protocols or agreements.",
]
AS_FR = [
    "Expérience de travail au sein ou auprès d'une communauté mi'kmaw, wolastoqey ou peskotomuhkati.",
    "Expérience de la négociation ou de la mise en œuvre de protocoles ou d'ententes de consultation.",
]
AB_EN = ["Ability to plan and manage a consultation process under tight timelines",
         "Ability to communicate effectively orally", "Ability to communicate effectively in writing"]
AB_FR = ["Capacité de planifier et de gérer un processus de consultation selon des échéances serrées",
         "Capacité de communiquer efficacement de vive voix", "Capacité de communiquer efficacement par écrit"]
PS_EN = ["Cultural awareness", "Judgement", "Building trust"]
PS_FR = ["Sensibilité culturelle", "Jugement", "Établir un climat de confiance"]


def lis(xs):
    return "\n".join(f"<li>{x}</li>" for x in xs)


def half(lang):
    en = lang == "en"
    g = (lambda e, f: e if en else f)
    return f"""
<section lang="{lang}" class="{'' if en else 'fr-half'}">
<p class="crumbs">{g('Canada.ca &gt; Jobs &gt; Federal public service jobs &gt; GC Jobs', 'Canada.ca &gt; Emplois &gt; Emplois dans la fonction publique fédérale &gt; Emplois GC')}</p>
<h1>{g(T_EN, T_FR)}</h1>
<p class="hdr">{g(O_EN, O_FR)} - {g('Atlantic Regional Office', 'Bureau régional de l&#39;Atlantique')}<br>
{g(L_EN, L_FR)}<br>
{GRADE}<br>
{g('Indeterminate', 'Durée indéterminée')}<br>
{g('$97,342 to $104,980 (annual)', '97 342 $ à 104 980 $ (annuel)')}</p>
<p>{g('For further information on the organization, please visit', 'Pour de plus amples renseignements sur l&#39;organisation, veuillez visiter')} <a href="#">{g(O_EN, O_FR)}</a></p>
<p class="close"><strong>{g('Closing date: 5 June 2042 - 23:59, Pacific Time', 'Date de clôture : 5 juin 2042 - 23:59, heure du Pacifique')}</strong></p>
<p><strong>{g('Who can apply:', 'Qui peut postuler :')}</strong> {g('Persons residing in Canada and Canadian citizens and permanent residents abroad.', 'Personnes résidant au Canada, ainsi que citoyens canadiens et résidents permanents à l&#39;étranger.')}</p>
<p class="apply"><a href="#">{g('Apply online', 'Postuler en ligne')}</a></p>
<h2>{g('Important messages', 'Messages importants')}</h2>
<p>{g('Candidates who are screened in may be invited to a written test during the week of June 22, 2042. The written test will be held online and may be administered in the evening.',
      'Les personnes retenues pourraient être convoquées à un examen écrit pendant la semaine du 22 juin 2042. L&#39;examen se déroulera en ligne et pourrait avoir lieu en soirée.')}</p>
<h2>{g('Duties', 'Tâches')}</h2>
<p>{g('The Project Manager coordinates the Crown&#39;s consultation with Indigenous peoples on designated projects in the Atlantic provinces, from the planning phase to the decision statement. The incumbent plans consultation activities, chairs technical meetings with communities, reviews submissions and drafts the sections of assessment reports that deal with impacts on rights.',
      'La ou le gestionnaire de projet coordonne la consultation de la Couronne auprès des peuples autochtones sur des projets désignés dans les provinces de l&#39;Atlantique, de la phase de planification jusqu&#39;à la déclaration de décision. La personne titulaire planifie les activités de consultation, préside des réunions techniques avec les communautés, examine les observations reçues et rédige les sections des rapports d&#39;évaluation qui portent sur les répercussions sur les droits.')}</p>
<h2>{g('Work environment', 'Milieu de travail')}</h2>
<p>{g('The Atlantic Regional Office is a team of about 40 employees. Travel to communities, sometimes in remote areas and for several days, is required.',
      'Le Bureau régional de l&#39;Atlantique compte une quarantaine d&#39;employés. Des déplacements dans les communautés, parfois en région éloignée et pour plusieurs jours, sont requis.')}</p>
<h2>{g('Intent of the process', 'Intention du processus')}</h2>
<p>{g('A pool of qualified candidates may be established and used to staff similar positions with various tenures within the Agency.',
      'Un bassin de candidates et candidats qualifiés pourrait être établi et utilisé pour doter des postes semblables de durées variables au sein de l&#39;Agence.')}</p>
<p>{g('Positions to be filled: 2', 'Postes à pourvoir : 2')}</p>
<h2>{g('Information you must provide', 'Information que vous devez fournir')}</h2>
<p>{g('Your résumé.', 'Votre curriculum vitæ.')}</p>
<p>{g('In order to be considered, your application must clearly explain how you meet the following (essential qualifications)',
      'Afin d&#39;être pris en considération, votre candidature doit clairement démontrer de quelle façon vous satisfaites aux critères suivants (qualifications essentielles)')}</p>
<p><strong>{g('Education:', 'Études :')}</strong></p>
<p>{g(ED_EN, ED_FR)}</p>
<p><a href="#">{g('Degree equivalency', 'Équivalence des diplômes')}</a></p>
<p><strong>{g('Experience:', 'Expérience :')}</strong></p>
<ul>{lis(g(EX_EN, EX_FR))}</ul>
<p>{g('If you possess any of the following, your application must also clearly explain how you meet it (other qualifications)',
      'Si vous possédez l&#39;une ou l&#39;autre des qualifications suivantes, votre candidature doit également clairement démontrer de quelle façon vous y satisfaites (autres qualifications)')}</p>
<p><strong>{g('Asset qualifications:', 'Qualifications constituant un atout :')}</strong></p>
<ul>{lis(g(AS_EN, AS_FR))}</ul>
<p>{g('The following will be applied / assessed at a later date (essential for the job)', 'Les critères suivants seront appliqués / évalués à une date ultérieure (essentiels pour le poste)')}</p>
<p>{g('Various language requirements', 'Exigences linguistiques variées')}<br>
{g('Bilingual - Imperative (CBC/CBC)', 'Bilingue - Impératif (CBC/CBC)')}</p>
<p><strong>{g('Abilities:', 'Capacités :')}</strong></p>
<ul>{lis(g(AB_EN, AB_FR))}</ul>
<p><strong>{g('Personal suitability:', 'Qualités personnelles :')}</strong></p>
<ul>{lis(g(PS_EN, PS_FR))}</ul>
<h2>{g('Conditions of employment', 'Conditions d&#39;emploi')}</h2>
<p>{g('Secret security clearance', 'Cote de sécurité : Secret')}</p>
<p>{g('Willingness and ability to travel, including overnight stays in remote communities.', 'Être disposé et apte à voyager, y compris avec des séjours dans des communautés éloignées.')}</p>
<h2>{g('Other information', 'Autres informations')}</h2>
<table class="ids"><tr><td>{g('Reference number', 'Numéro de référence')}</td><td>{REF}</td></tr>
<tr><td>{g('Selection process number', 'Numéro du processus de sélection')}</td><td>42-IAA-EA-HFX-7725</td></tr></table>
<p>{g('The Public Service of Canada is committed to building a skilled and diverse workforce that reflects the Canadians we serve.',
      'La fonction publique du Canada s&#39;est engagée à bâtir une main-d&#39;œuvre qualifiée et diversifiée, représentative des Canadiennes et des Canadiens qu&#39;elle sert.')}</p>
<p><strong>{g('Preference', 'Préférence')}</strong></p>
<p>{g('Preference will be given to veterans and to Canadian citizens and permanent residents, in that order.', 'La préférence sera accordée aux anciens combattants, puis aux citoyens canadiens et aux résidents permanents.')}</p>
<p>{g('We thank all those who apply. Only those selected for further consideration will be contacted.', 'Nous remercions toutes les personnes qui ont posé leur candidature. Nous communiquerons uniquement avec celles qui seront retenues pour la suite du processus.')}</p>
<h2>{g('Contact information', 'Coordonnées')}</h2>
<p>{g('Staffing Team', 'Équipe de dotation')}<br>dotation-staffing@iaac-aeic.example</p>
<p class="mod">{g('Date modified:', 'Date de modification :')} 2042-05-19</p>
</section>"""


def build():
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{T_EN} - GC Jobs</title>
<style>
body {{ font-family: "Liberation Sans", Arial, sans-serif; font-size: 11pt; margin: 1.5em 2.5em; color: #333; }}
.cookie {{ background: #eee; padding: 6px; font-size: 9pt; }}
.gcbar {{ border-bottom: 4px solid #26374a; padding: 6px 0; font-weight: bold; }}
.gcbar a {{ float: right; font-weight: normal; }}
.crumbs {{ font-size: 9pt; color: #555; }}
h1 {{ font-size: 20pt; border-bottom: 2px solid #af3c43; padding-bottom: 4px; }}
h2 {{ font-size: 13pt; margin-top: 1.2em; }}
.close {{ color: #af3c43; }}
.apply a {{ background: #26374a; color: #fff; padding: 4px 12px; text-decoration: none; }}
table.ids td {{ border: 1px solid #999; padding: 3px 8px; }}
.fr-half {{ page-break-before: always; }}
.mod {{ font-size: 9pt; }}
</style></head><body>
<div class="cookie">We use cookies to improve your experience. / Nous utilisons des témoins pour améliorer votre expérience. <a href="#">OK</a></div>
<div class="gcbar">Government of Canada / Gouvernement du Canada <a href="#fr">Français</a></div>
{half("en")}
<a id="fr"></a>
{half("fr")}
<footer><p>Canada.ca · Terms and conditions / Avis · Privacy / Confidentialité</p></footer>
</body></html>
"""
    write(KEY + "-gcjobs.html", html, KEY)
    chromium(KEY + "-gcjobs.html", KEY)
    expected(KEY, reference=REF, languages=["en", "fr"],
             title={"en": T_EN, "fr": T_FR}, organisation={"en": O_EN, "fr": O_FR},
             location={"en": L_EN, "fr": L_FR}, schedule=None, deadline="2042-06-05",
             salary=sal(97342, 104980, "CAD", "year"), grade=GRADE, clearance="Secret",
             requirements={"en": {"essential": [ED_EN] + EX_EN, "desirable": AS_EN},
                           "fr": {"essential": [ED_FR] + EX_FR, "desirable": AS_FR}},
             competencies={"en": names([(n, "") for n in AB_EN + PS_EN]),
                           "fr": names([(n, "") for n in AB_FR + PS_FR])})
