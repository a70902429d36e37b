from common import *
KEY = "pra33j-118276-000031"
REF = "PRA33J-118276-000031"
SPN = "33-PRA-SK-EA-0207"
T = {"en": "Senior Economic Development Officer", "fr": "Agente principale ou agent principal de développement économique"}
ORG = {"en": "Prairies Economic Development Canada", "fr": "Développement économique Canada pour les Prairies"}
UNIT = {"en": "Saskatchewan Region, Community and Indigenous Economic Development", "fr": "Région de la Saskatchewan, Développement économique des collectivités et des Autochtones"}
LOC = {"en": "Saskatoon (Saskatchewan)", "fr": "Saskatoon (Saskatchewan)"}
SAL = {"en": "$94,818 to $109,215 (annual)", "fr": "94 818 $ à 109 215 $ (annuel)"}
CLOSE = {"en": "12 September 2033 - 23:59, Pacific Time", "fr": "12 septembre 2033 - 23 h 59, heure du Pacifique"}
EDU = {"en": ["A degree from a recognized post-secondary institution with an acceptable specialization in economics, commerce, business administration, public administration or regional development."],
       "fr": ["Un grade d'un établissement d'enseignement postsecondaire reconnu avec spécialisation acceptable en économie, en commerce, en administration des affaires, en administration publique ou en développement régional."]}
EXP = {"en": ["Significant experience assessing funding proposals from businesses, not-for-profit organizations or municipalities.",
              "Experience providing written advice or recommendations to senior management on economic or community development matters.",
              "Experience building and maintaining working relationships with Indigenous communities or organizations."],
       "fr": ["Expérience significative de l'évaluation de propositions de financement présentées par des entreprises, des organismes sans but lucratif ou des municipalités.",
              "Expérience de la prestation de conseils ou de recommandations écrits à la haute direction sur des questions de développement économique ou communautaire.",
              "Expérience de l'établissement et du maintien de relations de travail avec des communautés ou des organisations autochtones."]}
ASSET = {"en": ["Experience administering contribution agreements under the Policy on Transfer Payments.",
                "Knowledge of the economy of rural and northern Saskatchewan.",
                "Experience using Salesforce or another client relationship management system."],
         "fr": ["Expérience de l'administration d'accords de contribution en vertu de la Politique sur les paiements de transfert.",
                "Connaissance de l'économie des régions rurales et du nord de la Saskatchewan.",
                "Expérience de l'utilisation de Salesforce ou d'un autre système de gestion des relations avec la clientèle."]}
COMP = {"en": ["Demonstrating integrity and respect", "Thinking things through", "Working effectively with others", "Showing initiative and being action-oriented", "Written communication"],
        "fr": ["Faire preuve d'intégrité et de respect", "Réflexion approfondie", "Travailler efficacement avec les autres", "Faire preuve d'initiative et être orienté vers l'action", "Communication écrite"]}
expected(KEY, reference=REF, languages=["en", "fr"], title=T, organisation=ORG, location=LOC,
         schedule={}, deadline="2033-09-12", salary=sal(None, 94818, 109215, "CAD", "year"),
         grade="EC-06", clearance="Secret",
         requirements={l: {"essential": EDU[l] + EXP[l], "desirable": ASSET[l]} for l in ("en", "fr")},
         competencies={l: names(COMP[l]) for l in ("en", "fr")})

L = {
 "en": dict(lang="en", other="Français", crumbs="Canada.ca &gt; Jobs &gt; Public service jobs &gt; GC Jobs", refl="Reference number", spnl="Selection process number",
   close="Closing date", who="Who can apply: Persons residing in Canada and Canadian citizens and permanent residents abroad.",
   intro="Prairies Economic Development Canada (PrairiesCan) helps businesses and communities in Alberta, Saskatchewan and Manitoba grow and diversify. The Saskatchewan Region is looking for an officer to manage a portfolio of community and Indigenous economic development projects.",
   pos="Positions to be filled: 2", info="Information you must provide", info2="Your résumé, and answers to the screening questions on education and experience.",
   crit="In order to be considered, your application must clearly explain how you meet the following (essential qualifications)",
   edu="Education:", exp="Experience:", deg="Degree equivalency",
   lang_h="English essential", comp_h="Competencies:",
   asset_h="The following will be applied / assessed at a later date (essential for the job)", asset_h2="Asset qualifications",
   cond="Conditions of employment", condl=["Secret security clearance", "Willingness and ability to travel in Saskatchewan, sometimes on short notice, including overnight stays in rural and northern communities."],
   other_h="Other information", otherl=["A written assessment is expected to take place during the week of September 26, 2033. Candidates will be contacted by e-mail.", "The Public Service of Canada is committed to building a skilled and diverse workforce that reflects the Canadians we serve."],
   pref_h="Preference", pref="Preference will be given to veterans and to Canadian citizens and permanent residents, in that order.",
   mod="Date modified: 2033-08-22", apply="Apply online", job="Job opportunity"),
 "fr": dict(lang="fr", other="English", crumbs="Canada.ca &gt; Emplois &gt; Emplois dans la fonction publique &gt; Emplois GC", refl="Numéro de référence", spnl="Numéro du processus de sélection",
   close="Date limite", who="Qui est admissible : Personnes résidant au Canada et citoyens canadiens et résidents permanents à l'étranger.",
   intro="Développement économique Canada pour les Prairies (PrairiesCan) aide les entreprises et les collectivités de l'Alberta, de la Saskatchewan et du Manitoba à croître et à se diversifier. La Région de la Saskatchewan cherche une personne pour gérer un portefeuille de projets de développement économique des collectivités et des Autochtones.",
   pos="Postes à pourvoir : 2", info="Renseignements que vous devez fournir", info2="Votre curriculum vitæ, et les réponses aux questions de présélection sur les études et l'expérience.",
   crit="Afin d'être pris en considération, votre candidature doit clairement démontrer que vous possédez les qualifications suivantes (qualifications essentielles)",
   edu="Études :", exp="Expérience :", deg="Équivalence des diplômes",
   lang_h="Anglais essentiel", comp_h="Compétences :",
   asset_h="Les critères suivants seront appliqués / évalués plus tard (essentiels pour le poste)", asset_h2="Qualifications constituant un atout",
   cond="Conditions d'emploi", condl=["Cote de sécurité : Secret", "Volonté et capacité de voyager en Saskatchewan, parfois à court préavis, y compris des nuitées dans des collectivités rurales et du Nord."],
   other_h="Autres informations", otherl=["Une évaluation écrite devrait avoir lieu au cours de la semaine du 26 septembre 2033. Les personnes candidates seront jointes par courriel.", "La fonction publique du Canada s'est engagée à établir un effectif compétent et diversifié, représentatif de la population canadienne qu'elle sert."],
   pref_h="Préférence", pref="La préférence sera accordée aux anciens combattants et aux citoyens canadiens et résidents permanents, dans cet ordre.",
   mod="Date de modification : 2033-08-22", apply="Postuler en ligne", job="Possibilité d'emploi"),
}

def page_html(l):
    d = L[l]
    li = lambda xs: "<ul>" + "".join(f"<li>{esc(x)}</li>" for x in xs) + "</ul>"
    return f"""<section lang="{l}" class="poster{' newpage' if l == 'fr' else ''}">
<div class="gcbar"><span class="sig">Government of Canada / Gouvernement du Canada</span> <a href="#">{d['other']}</a></div>
<nav class="crumbs">{d['crumbs']}</nav>
<p class="kicker">{d['job']}</p>
<h1>{esc(T[l])}</h1>
<div class="refbox"><div class="row"><span class="lab">{d['refl']}:</span> <span>{REF}</span></div>
<div class="row"><span class="lab">{d['spnl']}:</span> <span>{SPN}</span></div></div>
<div class="head">
<div>{esc(ORG[l])} - {esc(UNIT[l])}</div>
<div>{esc(LOC[l])}</div>
<div>EC-06</div>
<div>{'Indeterminate' if l == 'en' else 'Durée indéterminée'}</div>
<div>{esc(SAL[l])}</div>
</div>
<p class="close"><strong>{d['close']}: {esc(CLOSE[l])}</strong></p>
<p>{esc(d['who'])}</p>
<p class="apply"><a href="#">{d['apply']}</a></p>
<p>{esc(d['intro'])}</p>
<p>{esc(d['pos'])}</p>
<h2>{esc(d['info'])}</h2><p>{esc(d['info2'])}</p>
<h2>{esc(d['crit'])}</h2>
<h3>{esc(d['edu'])}</h3>{li(EDU[l])}
<p class="link"><a href="#">{esc(d['deg'])}</a></p>
<h3>{esc(d['exp'])}</h3>{li(EXP[l])}
<h2>{esc(d['asset_h'])}</h2>
<p>{esc(d['lang_h'])}</p>
<h3>{esc(d['comp_h'])}</h3>{li(COMP[l])}
<h2>{esc(d['asset_h2'])}</h2>{li(ASSET[l])}
<h2>{esc(d['cond'])}</h2>{li(d['condl'])}
<h2>{esc(d['other_h'])}</h2>{''.join(f'<p>{esc(x)}</p>' for x in d["otherl"])}
<h2>{esc(d['pref_h'])}</h2><p>{esc(d['pref'])}</p>
<p class="mod">{esc(d['mod'])}</p>
</section>"""

HTML = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(T['en'])} - GC Jobs</title>
<style>
body {{ font-family: "Liberation Sans", Arial, sans-serif; font-size: 11pt; margin: 0 2em; color: #333; }}
.cookie {{ background: #eee; padding: .5em; font-size: 9pt; }}
.gcbar {{ border-bottom: 3px solid #26374a; padding: .4em 0; display: flex; justify-content: space-between; }}
.crumbs {{ font-size: 9pt; margin: .5em 0; }}
.kicker {{ color: #666; margin-bottom: 0; }}
h1 {{ margin-top: .2em; border-bottom: 2px solid #af3c43; }}
.refbox {{ float: right; border: 1px solid #ccc; padding: .4em; font-size: 9pt; margin-left: 1em; }}
.lab {{ font-weight: bold; }}
.head div {{ margin: .1em 0; }}
.newpage {{ break-before: page; }}
h2 {{ font-size: 13pt; margin-top: 1.1em; }} h3 {{ font-size: 11pt; }}
.mod {{ font-size: 9pt; color: #555; }}
</style></head>
<body>
<div class="cookie">This site uses cookies to measure traffic. <a href="#">Accept</a> <a href="#">Decline</a></div>
{page_html('en')}
{page_html('fr')}
<footer><p>Terms and conditions · Privacy · Avis · Confidentialité</p></footer>
</body></html>
"""
write(KEY + "-gcjobs.html", HTML)

def page_txt(l):
    d = L[l]
    out = [("Skip to main content" if l == "en" else "Passer au contenu principal"), "Skip to \"About government\"" if l == "en" else "Passer à « Au sujet du gouvernement »",
           "", d['other'], "Canada.ca", "", d['crumbs'].replace("&gt;", ">"), "", d['job'], T[l], "",
           d['refl'], REF, d['spnl'], SPN, "",
           f"{ORG[l]} - {UNIT[l]}", LOC[l], "EC-06", "Indeterminate" if l == "en" else "Durée indéterminée", SAL[l], "",
           f"{d['close']}: {CLOSE[l]}", d['who'], "", d['apply'], "", d['intro'], "", d['pos'], "",
           d['info'], d['info2'], "", d['crit'], "", d['edu']] + EDU[l] + ["", d['deg'], "", d['exp']] + EXP[l] + [
           "", d['asset_h'], "", d['lang_h'], "", d['comp_h']] + COMP[l] + ["", d['asset_h2']] + ASSET[l] + [
           "", d['cond']] + d['condl'] + ["", d["other_h"]] + d["otherl"] + ["", d['pref_h'], d['pref'], "", d['mod'], ""]
    return "\n".join(out)
write(KEY + "-browser.txt", page_txt("en") + "\n" + "_" * 40 + "\n\n" + page_txt("fr"))
