from common import *

KEY = "fnr36j-074418-000029"
REF = "FNR36J-074418-000029"
SEL = "36-FNR-EA-SUD-0117"
T = {"en": "Economic Development Officer", "fr": "Agent(e) de développement économique"}
O = {"en": "Federal Economic Development Agency for Northern Ontario",
     "fr": "Agence fédérale de développement économique pour le Nord de l'Ontario"}
L = {"en": "Sudbury (Ontario)", "fr": "Sudbury (Ontario)"}
EDU = {"en": "Graduation with a degree from a recognized post-secondary institution with acceptable specialization in economics, sociology or statistics.",
       "fr": "Un grade d'un établissement d'enseignement postsecondaire reconnu avec spécialisation acceptable en économie, en sociologie ou en statistique."}
EXP = {"en": ["Experience analyzing economic or business data to support funding or policy recommendations.",
              "Experience working with community organizations, municipalities or Indigenous partners on regional development projects.",
              "Experience preparing briefing notes or reports for senior management."],
       "fr": ["Expérience de l'analyse de données économiques ou commerciales à l'appui de recommandations de financement ou de politiques.",
              "Expérience du travail avec des organismes communautaires, des municipalités ou des partenaires autochtones dans le cadre de projets de développement régional.",
              "Expérience de la rédaction de notes d'information ou de rapports destinés à la haute direction."]}
ASSET = {"en": ["Experience assessing the financial statements of small and medium-sized enterprises.",
                "Experience delivering a federal or provincial grants and contributions program.",
                "Knowledge of the economic sectors of Northern Ontario."],
         "fr": ["Expérience de l'évaluation des états financiers de petites et moyennes entreprises.",
                "Expérience de la prestation d'un programme fédéral ou provincial de subventions et de contributions.",
                "Connaissance des secteurs économiques du Nord de l'Ontario."]}
ABIL = {"en": ["Ability to communicate effectively in writing", "Ability to communicate effectively orally",
               "Ability to analyze and synthesize complex information"],
        "fr": ["Capacité à communiquer efficacement par écrit", "Capacité à communiquer efficacement de vive voix",
               "Capacité à analyser et à synthétiser de l'information complexe"]}
PS = {"en": ["Initiative", "Judgement", "Working effectively with others", "Dependability"],
      "fr": ["Initiative", "Jugement", "Travailler efficacement avec les autres", "Fiabilité"]}

expected(KEY, {
    "reference": REF, "post_number": None, "languages": ["en", "fr"],
    "title": T, "organisation": O, "location": L, "schedule": {"en": None, "fr": None},
    "deadline": "2036-11-10", "salary": sal(None, 83946, 98735, "CAD", "year"),
    "grade": "EC-05", "clearance": "Secret",
    "requirements": {l: {"essential": [EDU[l]] + EXP[l], "desirable": ASSET[l]} for l in ("en", "fr")},
    "competencies": {l: [{"name": n, "description": ""} for n in ABIL[l] + PS[l]] for l in ("en", "fr")},
})

W = {
 "en": dict(ref="Reference number", sel="Selection process number", org="Organization", loc="Location",
   cls="Classification", ten="Tenure", tenv="Indeterminate", sal="Salary", salv="$83,946 to $98,735 (annual)",
   close="Closing date: 10 November 2036 - 23:59, Pacific Time",
   who="Who can apply: Persons residing in Canada and Canadian citizens and permanent residents abroad.",
   apply="Apply online", imp="Important messages",
   impv="We will only accept applications submitted through the GC Jobs website. Please make sure your résumé is up to date.",
   duties="Duties", dutiesv="As an Economic Development Officer in the Sudbury office, you will assess proposals from businesses and not-for-profit organizations, negotiate contribution agreements, monitor funded projects and provide advice on the economic priorities of communities in the northeast of the province.",
   env="Work environment", envv="Our regional office works closely with municipalities, First Nations, community futures organizations and post-secondary institutions. Occasional travel to communities across Northern Ontario is required, including fly-in communities.",
   intent="Intent of the process", intentv="A pool of qualified candidates may be created and used to staff similar positions with various tenures. Positions to be filled: 2",
   ess="Information you must provide", essv="Your résumé. In order to be considered, your candidature must clearly demonstrate how you meet the following:",
   edu="Education:", exp="Experience:", dec="Degree equivalency",
   lang="English and French essential", langh="Various language requirements",
   langv="Bilingual - Imperative (CBC/CBC)",
   other="Information on language requirements", nhave="The following will be applied / assessed at a later date (essential for the job)",
   abil="Abilities:", ps="Personal suitability:",
   asset="The following may be applied / assessed at a later date (may be needed for the job)",
   assh="Asset qualifications:", cond="Conditions of employment",
   condv=["Secret security clearance", "Willingness and ability to travel, including by small aircraft, for periods of up to three days."],
   oth="Other information", othv="An online written exam is planned for the week of 24 November 2036. Preference will be given to veterans and to Canadian citizens and permanent residents, in that order.",
   mod="Date modified: 2036-10-15", crumbs=["Canada.ca", "Jobs", "Working for the Government of Canada", "GC Jobs"],
   lang_link="Français", h="Federal Economic Development Agency for Northern Ontario - " + T["en"]),
 "fr": dict(ref="Numéro de référence", sel="Numéro du processus de sélection", org="Organisation", loc="Endroit",
   cls="Classification", ten="Durée d'emploi", tenv="Période indéterminée", sal="Salaire", salv="83 946 $ à 98 735 $ (annuel)",
   close="Date limite : 10 novembre 2036 - 23 h 59, heure du Pacifique",
   who="Qui est admissible : Personnes résidant au Canada et citoyens canadiens et résidents permanents à l'étranger.",
   apply="Postuler en ligne", imp="Messages importants",
   impv="Nous acceptons uniquement les candidatures présentées au moyen du site Emplois GC. Veuillez vous assurer que votre curriculum vitæ est à jour.",
   duties="Fonctions", dutiesv="À titre d'agent(e) de développement économique au bureau de Sudbury, vous évaluerez les propositions d'entreprises et d'organismes sans but lucratif, négocierez des accords de contribution, ferez le suivi des projets financés et conseillerez les collectivités du nord-est de la province sur leurs priorités économiques.",
   env="Milieu de travail", envv="Notre bureau régional collabore étroitement avec les municipalités, les Premières Nations, les sociétés d'aide au développement des collectivités et les établissements postsecondaires. Des déplacements occasionnels dans les collectivités du Nord de l'Ontario sont nécessaires, y compris dans des collectivités accessibles par avion seulement.",
   intent="Intention du processus", intentv="Un bassin de candidat(e)s qualifié(e)s pourrait être établi et utilisé pour doter des postes similaires de durées variables. Postes à pourvoir : 2",
   ess="Information que vous devez fournir", essv="Votre curriculum vitæ. Afin d'être pris en considération, votre candidature doit démontrer clairement que vous possédez les qualifications suivantes :",
   edu="Études :", exp="Expérience :", dec="Équivalence des diplômes",
   lang="Anglais et français essentiels", langh="Exigences linguistiques variées",
   langv="Bilingue - Impératif (CBC/CBC)",
   other="Information sur les exigences linguistiques", nhave="Les critères suivants seront appliqués / évalués à une date ultérieure (essentiels pour le poste)",
   abil="Capacités :", ps="Qualités personnelles :",
   asset="Les critères suivants pourraient être appliqués / évalués à une date ultérieure (pourraient être requis pour le poste)",
   assh="Qualifications constituant un atout :", cond="Conditions d'emploi",
   condv=["Cote de sécurité Secret", "Volonté et capacité de voyager, y compris en petit aéronef, pour des périodes allant jusqu'à trois jours."],
   oth="Autres informations", othv="Un examen écrit en ligne est prévu au cours de la semaine du 24 novembre 2036. La préférence sera accordée aux anciens combattants, puis aux citoyens canadiens et aux résidents permanents.",
   mod="Date de modification : 2036-10-15", crumbs=["Canada.ca", "Emplois", "Travailler au gouvernement du Canada", "Emplois GC"],
   lang_link="English", h="Agence fédérale de développement économique pour le Nord de l'Ontario - " + T["fr"]),
}


def page(l):
    w = W[l]
    rows = [(w["ref"], REF), (w["sel"], SEL), (w["org"], O[l]), (w["loc"], L[l]), (w["cls"], "EC-05"),
            (w["ten"], w["tenv"]), (w["sal"], w["salv"])]
    return f"""<section lang="{l}">
<nav class="crumbs"><ol>{''.join('<li>%s</li>' % esc(c) for c in w['crumbs'])}</ol></nav>
<p class="lang"><a href="#{'fr' if l=='en' else 'en'}">{w['lang_link']}</a></p>
<h1>{esc(T[l])}</h1>
<table class="ref">{''.join('<tr><th>%s</th><td>%s</td></tr>' % (esc(a), esc(b)) for a, b in rows)}</table>
<p><strong>{esc(w['close'])}</strong></p>
<p>{esc(w['who'])}</p>
<p><a class="btn" href="#">{w['apply']}</a></p>
<h2>{w['imp']}</h2><p>{esc(w['impv'])}</p>
<h2>{w['duties']}</h2><p>{esc(w['dutiesv'])}</p>
<h2>{w['env']}</h2><p>{esc(w['envv'])}</p>
<h2>{w['intent']}</h2><p>{esc(w['intentv'])}</p>
<h2>{w['ess']}</h2><p>{esc(w['essv'])}</p>
<p><strong>{w['edu']}</strong></p><ul><li>{esc(EDU[l])}</li></ul>
<p><a href="#">{w['dec']}</a></p>
<p><strong>{w['exp']}</strong></p><ul>{li(EXP[l])}</ul>
<p>{w['lang']}</p>
<h2>{w['langh']}</h2><p>{w['langv']}</p><p><a href="#">{w['other']}</a></p>
<h2>{w['nhave']}</h2>
<p><strong>{w['abil']}</strong></p><ul>{li(ABIL[l])}</ul>
<p><strong>{w['ps']}</strong></p><ul>{li(PS[l])}</ul>
<h2>{w['asset']}</h2>
<p><strong>{w['assh']}</strong></p><ul>{li(ASSET[l])}</ul>
<h2>{w['cond']}</h2><ul>{li(w['condv'])}</ul>
<h2>{w['oth']}</h2><p>{esc(w['othv'])}</p>
<p class="mod">{w['mod']}</p>
</section>"""


html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(W['en']['h'])}</title>
<style>body{{font-family:sans-serif;max-width:60em;margin:auto}} .crumbs ol{{list-style:none;display:flex;gap:1em;padding:0}} table.ref th{{text-align:left;padding-right:2em}} .cookie{{background:#eee;padding:.5em}}</style></head>
<body>
<div class="cookie">We use cookies to improve your experience on our websites. / Nous utilisons des témoins pour améliorer votre expérience sur nos sites Web. <button>OK</button></div>
<p><a href="#main">Skip to main content</a></p>
<header><p>Government of Canada / Gouvernement du Canada</p><p>Search Canada.ca</p></header>
<main id="main">
{page('en')}
<hr id="fr">
{page('fr')}
</main>
<footer><p>Terms and conditions · Privacy · Avis · Confidentialité</p></footer>
</body></html>
"""
write(KEY + "-gcjobs.html", html, KEY)


def plain(l, wrap_items="  - "):
    w = W[l]
    out = [w["h"], "", f"{w['ref']}: {REF}" if l == "en" else f"{w['ref']} : {REF}",
           f"{w['sel']}: {SEL}" if l == "en" else f"{w['sel']} : {SEL}",
           f"{w['org']}: {O[l]}" if l == "en" else f"{w['org']} : {O[l]}",
           f"{w['loc']}: {L[l]}" if l == "en" else f"{w['loc']} : {L[l]}",
           f"{w['cls']}: EC-05" if l == "en" else f"{w['cls']} : EC-05",
           f"{w['ten']}: {w['tenv']}" if l == "en" else f"{w['ten']} : {w['tenv']}",
           f"{w['sal']}: {w['salv']}" if l == "en" else f"{w['sal']} : {w['salv']}",
           w["close"], "", w["who"], "", w["duties"].upper(), w["dutiesv"], "", w["env"].upper(), w["envv"], "",
           w["intent"].upper(), w["intentv"], "", w["essv"], "", w["edu"], wrap_items + EDU[l], "", w["exp"]]
    out += [wrap_items + x for x in EXP[l]]
    out += ["", w["langv"], "", w["abil"]] + [wrap_items + x for x in ABIL[l]]
    out += ["", w["ps"]] + [wrap_items + x for x in PS[l]]
    out += ["", w["assh"]] + [wrap_items + x for x in ASSET[l]]
    out += ["", w["cond"].upper()] + [wrap_items + x for x in w["condv"]]
    out += ["", w["othv"]]
    return "\n".join(out)


mail = f"""From: Carrefour Emploi Grand Sudbury <offres@carrefouremploi-sudbury.example>
Sent: Thursday, October 16, 2036 9:12 AM
To: Liste de diffusion - Chercheurs d'emploi bilingues
Subject: FW: Federal posting / Affichage fédéral - Economic Development Officer (EC-05), Sudbury

Bonjour / Hello,

Please see the federal posting below, copied from GC Jobs. Our next résumé
clinic is on Tuesday, October 28, 2036 at 1:30 p.m. at our Elm Street office
if you would like help with your application.

Veuillez trouver ci-dessous l'affichage fédéral copié depuis Emplois GC. Notre
prochaine clinique de CV aura lieu le mardi 28 octobre 2036 à 13 h 30.

Marie-Josée Lalonde
Conseillère en emploi / Employment Counsellor

-----Original Message-----
From: GC Jobs job alert <no-reply@jobs-emplois.example>
Sent: Wednesday, October 15, 2036 6:00 PM
Subject: Job alert: 1 new job matches your criteria

{plain('en')}

---------------------------------------------------------------------------

{plain('fr')}

---------------------------------------------------------------------------
You are receiving this message because you subscribed to our mailing list.
To unsubscribe, reply with UNSUBSCRIBE / Pour vous désabonner, répondez DÉSABONNER.
"""
write(KEY + "-courriel.txt", mail, KEY)
