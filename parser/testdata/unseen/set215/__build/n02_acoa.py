from common import *

KEY = "aco35j-052318-000041"
REF = "ACO35J-052318-000041"
SPN = "35-ACO-NB-EA-0117"
T = {"en": "Senior Development Officer", "fr": "Agent principal ou agente principale de développement"}
O = {"en": "Atlantic Canada Opportunities Agency", "fr": "Agence de promotion économique du Canada atlantique"}
L = {"en": "Moncton (New Brunswick)", "fr": "Moncton (Nouveau-Brunswick)"}
GRADE = "CO-02"
CLEAR = "Reliability Status"
ESS = {"en": [
    "Graduation with a degree from a recognized post-secondary institution with acceptable specialization in business administration, commerce, economics, engineering or a field relevant to the duties of the position.",
    "Experience in analyzing the financial statements and business plans of small and medium-sized enterprises.",
    "Experience in providing advice to entrepreneurs, not-for-profit organizations or community partners on funding options.",
    "Experience in preparing written recommendations on funding proposals for approval by senior management.",
    "Experience in building and maintaining working relationships with stakeholders in the private or public sector.",
], "fr": [
    "Un grade d'un établissement d'enseignement postsecondaire reconnu avec une spécialisation acceptable en administration des affaires, en commerce, en économie, en génie ou dans un domaine lié aux fonctions du poste.",
    "Expérience de l'analyse des états financiers et des plans d'affaires de petites et moyennes entreprises.",
    "Expérience de la prestation de conseils aux entrepreneurs, aux organismes sans but lucratif ou aux partenaires communautaires sur les options de financement.",
    "Expérience de la rédaction de recommandations écrites sur des propositions de financement soumises à l'approbation de la haute direction.",
    "Expérience de l'établissement et du maintien de relations de travail avec des intervenants du secteur privé ou public.",
]}
DES = {"en": [
    "Experience in working with Indigenous businesses or communities.",
    "Experience in assessing projects in the clean technology, ocean or agri-food sectors.",
    "A professional designation such as CPA or CFA.",
], "fr": [
    "Expérience de travail auprès d'entreprises ou de communautés autochtones.",
    "Expérience de l'évaluation de projets dans les secteurs des technologies propres, de l'océan ou de l'agroalimentaire.",
    "Un titre professionnel comme CPA ou CFA.",
]}
PS = {"en": ["Judgement", "Initiative", "Client service orientation", "Working effectively with others", "Reliability"],
      "fr": ["Jugement", "Initiative", "Orientation vers le service à la clientèle", "Travailler efficacement avec les autres", "Fiabilité"]}

E = dict(reference=REF, post_number=None, languages=["en", "fr"], title=T, organisation=O,
         location=L, schedule={"en": None, "fr": None}, deadline="2035-09-19",
         salary=salary(None, 92614, 108377, "CAD", "year"), grade=GRADE, clearance=CLEAR,
         requirements={l: {"essential": ESS[l], "desirable": DES[l]} for l in ("en", "fr")},
         competencies={l: [{"name": n, "description": None} for n in PS[l]] for l in ("en", "fr")})

TXT = {
"en": dict(
 lang="English", other="Français", crumbs="Canada.ca > Jobs > Find a job > Jobs in the federal public service",
 sal="$92,614 to $108,377 (annual)", close="Closing date: 19 September 2035 - 23:59, Pacific Time",
 who="Who can apply: Persons residing in Canada and Canadian citizens and permanent residents abroad.",
 apply="Apply online",
 labels=["Reference number", "Selection process number", "Organization", "Location", "Classification", "Tenure", "Salary"],
 tenure="Indeterminate",
 intro=f"The {O['en']} works to create opportunities for economic growth in Atlantic Canada by helping businesses become more competitive, innovative and productive, and by working with communities to develop and diversify local economies.",
 h_imp="Important messages",
 imp="We encourage you to provide mailing and e-mail addresses that include your full name. Persons are entitled to participate in the appointment process in the official language of their choice.",
 h_duties="Duties",
 duties="As a Senior Development Officer in the Enterprise Development division, you will manage a portfolio of clients and projects in south-eastern New Brunswick, analyze applications for repayable and non-repayable contributions, negotiate contribution agreements, monitor project results and represent the Agency at regional economic development tables.",
 h_env="Work environment",
 env="Our Moncton head office is located downtown, a short walk from transit and bike paths. Employees work in a hybrid model, with at least three days a week on site. You will join a team of twelve development officers who value collaboration, learning and client service.",
 h_intent="Intent of the process",
 intent="Two indeterminate positions will be filled. A pool of qualified candidates may be created to staff similar positions with various tenures and linguistic profiles in Moncton.",
 ptf="Positions to be filled: 2",
 h_info="Information you must provide", info="Your résumé. A covering letter is not required.",
 h_ess="In order to be considered, your application must clearly explain how you meet the following (essential qualifications)",
 edu="Education:", exp="Experience:",
 h_later="The following will be applied / assessed at a later date (essential for the job)",
 lang_req="Various language requirements: Bilingual - Imperative (BBB/BBB), English or French essential (CBC/CBC)",
 ps_h="Personal suitability:",
 h_may="The following may be applied / assessed at a later date (may be needed for the job)",
 asset="Asset qualifications:",
 h_cond="Conditions of employment", cond=f"{CLEAR} security clearance",
 cond2="Willingness and ability to travel within the Atlantic provinces, occasionally overnight.",
 h_other="Other information",
 oth="Candidates who meet the essential qualifications may be invited to a written exam, tentatively scheduled for the week of October 15, 2035, and to an interview. Reference checks may be sought. Acknowledgement of receipt of applications will not be sent.",
 pref="Preference will be given to veterans and then to Canadian citizens and permanent residents.",
 thanks="We thank all those who apply. Only those selected for further consideration will be contacted.",
 contact="Contact information: Nathalie Cormier-Landry, staffing-dotation@acoa-apeca.example",
 date_mod="Date modified: 2035-08-22"),
"fr": dict(
 lang="Français", other="English", crumbs="Canada.ca > Emplois > Trouver un emploi > Emplois dans la fonction publique fédérale",
 sal="92 614 $ à 108 377 $ (annuel)", close="Date limite : 19 septembre 2035 - 23 h 59, heure du Pacifique",
 who="Qui est admissible : Personnes résidant au Canada et citoyens canadiens et résidents permanents à l'étranger.",
 apply="Postuler en ligne",
 labels=["Numéro de référence", "Numéro du processus de sélection", "Organisation", "Lieu", "Classification", "Durée d'emploi", "Salaire"],
 tenure="Indéterminée",
 intro=f"L'{O['fr']} crée des occasions de croissance économique au Canada atlantique en aidant les entreprises à devenir plus concurrentielles, novatrices et productives, et en travaillant avec les collectivités à développer et à diversifier les économies locales.",
 h_imp="Messages importants",
 imp="Nous vous encourageons à fournir des adresses postale et électronique qui comprennent votre nom complet. Les personnes ont le droit de participer au processus de nomination dans la langue officielle de leur choix.",
 h_duties="Tâches",
 duties="À titre d'agent principal ou d'agente principale de développement à la Division du développement des entreprises, vous gérerez un portefeuille de clients et de projets dans le sud-est du Nouveau-Brunswick, analyserez des demandes de contributions remboursables et non remboursables, négocierez des ententes de contribution, suivrez les résultats des projets et représenterez l'Agence aux tables régionales de développement économique.",
 h_env="Milieu de travail",
 env="Notre administration centrale de Moncton est située au centre-ville, à quelques pas du transport en commun et des pistes cyclables. Le personnel travaille en mode hybride, au moins trois jours par semaine sur place. Vous vous joindrez à une équipe de douze agents et agentes de développement qui valorisent la collaboration, l'apprentissage et le service à la clientèle.",
 h_intent="Intention du processus",
 intent="Deux postes pour une période indéterminée seront dotés. Un bassin de candidats et candidates qualifiés pourrait être établi pour doter des postes semblables de durées et de profils linguistiques variés à Moncton.",
 ptf="Postes à pourvoir : 2",
 h_info="Information à fournir", info="Votre curriculum vitæ. Une lettre de présentation n'est pas requise.",
 h_ess="Afin d'être pris en considération, votre candidature doit clairement démontrer que vous possédez les qualifications suivantes (qualifications essentielles)",
 edu="Études :", exp="Expérience :",
 h_later="Les critères suivants seront appliqués / évalués à une date ultérieure (essentiel pour le poste)",
 lang_req="Diverses exigences linguistiques : Bilingue - Impératif (BBB/BBB), Anglais ou français essentiel (CBC/CBC)",
 ps_h="Qualités personnelles :",
 h_may="Les critères suivants peuvent être appliqués / évalués à une date ultérieure (qui peuvent être nécessaires pour le poste)",
 asset="Qualifications constituant un atout :",
 h_cond="Conditions d'emploi", cond="Cote de fiabilité",
 cond2="Volonté et capacité de voyager dans les provinces de l'Atlantique, à l'occasion avec nuitée.",
 h_other="Autres informations",
 oth="Les personnes qui possèdent les qualifications essentielles pourraient être invitées à un examen écrit, prévu provisoirement la semaine du 15 octobre 2035, et à une entrevue. Des vérifications de références pourraient être effectuées. Aucun accusé de réception ne sera envoyé.",
 pref="La préférence sera accordée aux anciens combattants et ensuite aux citoyens canadiens et aux résidents permanents.",
 thanks="Nous remercions tous ceux et celles qui postulent. Nous communiquerons uniquement avec les personnes retenues pour la suite du processus.",
 contact="Coordonnées : Nathalie Cormier-Landry, staffing-dotation@acoa-apeca.example",
 date_mod="Date de modification : 2035-08-22"),
}


def values(l):
    return [REF, SPN, O[l], L[l], GRADE, TXT[l]["tenure"], TXT[l]["sal"]]


def html_half(l):
    t = TXT[l]
    rows = "\n".join(f'<div class="row"><span class="lbl">{a}</span> <span class="val">{b}</span></div>'
                     for a, b in zip(t["labels"], values(l)))
    return f"""<section lang="{l}" class="page">
<nav class="gcnav"><a href="#main-{l}">{'Skip to main content' if l=='en' else 'Passer au contenu principal'}</a> <a href="#">{t['other']}</a></nav>
<p class="crumbs">{t['crumbs']}</p>
<main id="main-{l}">
<h1>{T[l]}</h1>
<div class="refbox">{rows}</div>
<p><strong>{t['close']}</strong></p>
<p>{t['who']}</p>
<p><a class="btn" href="#">{t['apply']}</a></p>
<p>{t['intro']}</p>
<h2>{t['h_imp']}</h2><p>{t['imp']}</p>
<h2>{t['h_duties']}</h2><p>{t['duties']}</p>
<h2>{t['h_env']}</h2><p>{t['env']}</p>
<h2>{t['h_intent']}</h2><p>{t['intent']}</p>
<p>{t['ptf']}</p>
<h2>{t['h_info']}</h2><p>{t['info']}</p>
<h3>{t['h_ess']}</h3>
<p><strong>{t['edu']}</strong></p><p>{ESS[l][0]}</p>
<p><strong>{t['exp']}</strong></p><ul>{ul(ESS[l][1:])}</ul>
<h3>{t['h_later']}</h3>
<p>{t['lang_req']}</p>
<p><strong>{t['ps_h']}</strong></p><ul>{ul(PS[l])}</ul>
<h3>{t['h_may']}</h3>
<p><strong>{t['asset']}</strong></p><ul>{ul(DES[l])}</ul>
<h2>{t['h_cond']}</h2><p>{t['cond']}</p><p>{t['cond2']}</p>
<h2>{t["h_other"]}</h2><p>{t["oth"]}</p>
<p><strong>{t['pref']}</strong></p>
<p>{t['thanks']}</p>
<p>{t['contact']}</p>
</main>
<footer><p>{t['date_mod']}</p></footer>
</section>"""


def html():
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{T['en']} - {REF}</title>
<style>body{{font-family:Arial,sans-serif;max-width:960px;margin:auto}} .row{{display:flex;gap:1em}} .lbl{{font-weight:bold;min-width:16em}} .refbox{{border:1px solid #ccc;padding:.6em}} .crumbs{{font-size:.85em}} .btn{{background:#26374a;color:#fff;padding:.4em 1em}}</style>
</head><body>
<div id="cookie">This site uses cookies to improve your experience. <button>Accept</button></div>
<header><img alt="Government of Canada / Gouvernement du Canada" src="sig.svg"></header>
{html_half('en')}
<hr>
{html_half('fr')}
</body></html>
"""


def browser_half(l):
    t = TXT[l]
    facts = "\n".join(f"{a}\n{b}" for a, b in zip(t["labels"], values(l)))
    return f"""{'Skip to main content' if l=='en' else 'Passer au contenu principal'}
{'Skip to "About government"' if l=='en' else 'Passer à « Au sujet du gouvernement »'}
{t['other']}
Canada.ca
{'Search' if l=='en' else 'Rechercher'}
{'MENU' if l=='en' else 'MENU'}
{t['crumbs'].replace(' > ', chr(10))}
{T[l]}
{facts}
{t['close']}
{t['who']}
{t['apply']}
{t['intro']}
{t['h_imp']}
{t['imp']}
{t['h_duties']}
{t['duties']}
{t['h_env']}
{t['env']}
{t['h_intent']}
{t['intent']}
{t['ptf']}
{t['h_info']}
{t['info']}
{t['h_ess']}
{t['edu']}
{ESS[l][0]}
{t['exp']}
{chr(10).join(ESS[l][1:])}
{t['h_later']}
{t['lang_req']}
{t['ps_h']}
{chr(10).join(PS[l])}
{t['h_may']}
{t['asset']}
{chr(10).join(DES[l])}
{t['h_cond']}
{t['cond']}
{t['cond2']}
{t['h_other']}
{t['oth']}
{t['pref']}
{t['thanks']}
{t['contact']}
{t['date_mod']}
"""


def build():
    expected(KEY, E)
    write(KEY + "-gcjobs.html", html(), KEY)
    write(KEY + "-gcjobs-browser.txt", browser_half("en") + "\n" + browser_half("fr"), KEY)
