from common import *

KEY = "agr34j-130882-000052"
REF = "AGR34J-130882-000052"
SPN = "34-AGR-PRA-EA-LET-06617"
T = lang2("Research Technician – Soil Microbiology", "Technicien ou technicienne de recherche – Microbiologie du sol")
ORG = lang2("Agriculture and Agri-Food Canada", "Agriculture et Agroalimentaire Canada")
LOC = lang2("Lethbridge (Alberta)", "Lethbridge (Alberta)")
EDU = lang2("A diploma from a recognized post-secondary institution in biological sciences, agricultural sciences, laboratory technology or another field relevant to the position.",
            "Un diplôme d'un établissement d'enseignement postsecondaire reconnu en sciences biologiques, en sciences agricoles, en technologie de laboratoire ou dans un autre domaine lié au poste.")
EXP = lang2([
    "Experience in performing molecular laboratory techniques such as DNA extraction, PCR and qPCR on soil or plant samples.",
    "Experience in collecting and processing soil samples from field plots.",
    "Experience in maintaining laboratory records and entering data in spreadsheets or databases.",
], [
    "Expérience de l'exécution de techniques de laboratoire moléculaires, comme l'extraction d'ADN, la PCR et la qPCR, sur des échantillons de sol ou de végétaux.",
    "Expérience du prélèvement et du traitement d'échantillons de sol provenant de parcelles expérimentales.",
    "Expérience de la tenue de registres de laboratoire et de la saisie de données dans des tableurs ou des bases de données.",
])
ASSET = lang2([
    "A bachelor's degree in microbiology, soil science or a related field.",
    "Experience in preparing libraries for high-throughput DNA sequencing.",
    "Experience in using R or Python to summarize laboratory data.",
    "Experience in running greenhouse or growth-chamber experiments.",
], [
    "Un baccalauréat en microbiologie, en science du sol ou dans un domaine connexe.",
    "Expérience de la préparation de banques pour le séquençage d'ADN à haut débit.",
    "Expérience de l'utilisation de R ou de Python pour résumer des données de laboratoire.",
    "Expérience de la conduite d'expériences en serre ou en chambre de croissance.",
])
ABIL = lang2(["Ability to follow detailed laboratory protocols", "Ability to plan and prioritize work", "Ability to communicate effectively in English"],
             ["Capacité à suivre des protocoles de laboratoire détaillés", "Capacité à planifier et à établir les priorités du travail", "Capacité à communiquer efficacement en anglais"])
PS = lang2(["Attention to detail", "Dependability", "Teamwork"], ["Souci du détail", "Fiabilité", "Travail d'équipe"])

expected(KEY, {
    "reference": REF, "post_number": None, "languages": ["en", "fr"],
    "title": T, "organisation": ORG, "location": LOC, "schedule": lang2(None, None),
    "deadline": "2034-11-14",
    "salary": {"amount": None, "min": 71456, "max": 77803, "currency": "CAD", "period": "year"},
    "grade": "EG-05", "clearance": "Reliability Status",
    "requirements": {"en": {"essential": [EDU["en"]] + EXP["en"], "desirable": ASSET["en"]},
                     "fr": {"essential": [EDU["fr"]] + EXP["fr"], "desirable": ASSET["fr"]}},
    "competencies": {"en": comp([(n, None) for n in ABIL["en"] + PS["en"]]),
                     "fr": comp([(n, None) for n in ABIL["fr"] + PS["fr"]])},
})

def ul(items):
    return "<ul>\n" + "".join(f"  <li>{i}</li>\n" for i in items) + "</ul>"

EN = dict(
    lang="en", other="Français", crumbs="Canada.ca &gt; Jobs &gt; Federal public service jobs &gt; Search jobs",
    kicker="Job opportunity", title=T["en"], ref_l="Reference number", spn_l="Selection process number",
    org="Agriculture and Agri-Food Canada - Science and Technology Branch - Lethbridge Research and Development Centre",
    loc=LOC["en"], tenure="Term appointment (18 months), Indeterminate", pay="$71,456 to $77,803 (annual)",
    visit="For further information on the organization, please visit <a href='#'>Agriculture and Agri-Food Canada</a>",
    closing="Closing date: 14 November 2034 - 23:59, Pacific Time",
    who="<strong>Who can apply:</strong> Persons residing in Canada and Canadian citizens and permanent residents abroad.",
    apply="Apply online",
    env_h="Work environment",
    env="<p>The soil biology laboratory at the Lethbridge centre studies how crop rotations, irrigation and manure management change the microbial communities of prairie soils. You will join a team of four scientists and six technicians who share a molecular laboratory, a sequencing preparation room and 120 hectares of field plots.</p><p>Field work runs from April to October; the rest of the year is spent in the laboratory processing archived samples.</p>",
    intent_h="Intent of the process",
    intent="<p>One term position of 18 months will be staffed immediately. A pool of qualified candidates may be created and used to staff similar positions of various tenures at the Lethbridge centre.</p>",
    ptbf="Positions to be filled: 2",
    info_h="Information you must provide",
    info="<p>Your résumé.</p><p>Answers to the screening questions about the education and experience criteria, with concrete examples of when, where and how you gained each qualification.</p>",
    ess_intro="In order to be considered, your application must clearly explain how you meet the following (essential qualifications)",
    edu_l="Education:", exp_l="Experience:",
    equiv="Degree equivalency",
    later_h="The following will be applied / assessed at a later date (essential for the job)",
    lang_req="English essential",
    lang_info="Information on language requirements",
    abil_l="Abilities:", ps_l="Personal suitability:",
    may_h="The following may be applied / assessed at a later date (may be needed for the job)",
    asset_l="Asset qualifications:",
    cond_h="Conditions of employment",
    cond=["Reliability Status security clearance", "Willingness and ability to travel to field sites in southern Alberta, sometimes for several consecutive days.", "Possession of a valid driver's licence."],
    oth_h="Other information",
    oth="<p>An online written exam is planned for the week of 27 November 2034. Interviews could be held in Lethbridge or by videoconference in December 2034.</p><p>The Public Service of Canada is committed to building a skilled and diverse workforce that reflects the Canadians we serve.</p>",
    pref_h="Preference",
    pref="<p>Preference will be given to veterans and then to Canadian citizens and permanent residents.</p>",
    contact_h="Contact information", contact="Selection board, soil biology<br>aafc.lethbridge.staffing@agr.example",
    modified="Date modified: 2034-10-24",
)
FR = dict(
    lang="fr", other="English", crumbs="Canada.ca &gt; Emplois &gt; Emplois dans la fonction publique fédérale &gt; Rechercher des emplois",
    kicker="Possibilité d'emploi", title=T["fr"], ref_l="Numéro de référence", spn_l="Numéro du processus de sélection",
    org="Agriculture et Agroalimentaire Canada - Direction générale des sciences et de la technologie - Centre de recherche et de développement de Lethbridge",
    loc=LOC["fr"], tenure="Nomination pour une période déterminée (18 mois), Nomination pour une période indéterminée", pay="71 456 $ à 77 803 $ (annuel)",
    visit="Pour de plus amples renseignements sur l'organisation, veuillez visiter <a href='#'>Agriculture et Agroalimentaire Canada</a>",
    closing="Date limite : 14 novembre 2034 - 23 h 59, heure du Pacifique",
    who="<strong>Qui est admissible :</strong> Personnes résidant au Canada ainsi que citoyens canadiens et résidents permanents à l'étranger.",
    apply="Postuler en ligne",
    env_h="Milieu de travail",
    env="<p>Le laboratoire de biologie des sols du centre de Lethbridge étudie l'effet des rotations de cultures, de l'irrigation et de la gestion du fumier sur les communautés microbiennes des sols des Prairies. Vous vous joindrez à une équipe de quatre scientifiques et de six techniciens qui partagent un laboratoire moléculaire, une salle de préparation au séquençage et 120 hectares de parcelles.</p><p>Le travail sur le terrain a lieu d'avril à octobre; le reste de l'année est consacré au traitement des échantillons archivés.</p>",
    intent_h="Intention du processus",
    intent="<p>Un poste d'une durée déterminée de 18 mois sera doté immédiatement. Un bassin de personnes qualifiées pourrait être constitué et utilisé pour doter des postes semblables de durées variées au centre de Lethbridge.</p>",
    ptbf="Postes à pourvoir : 2",
    info_h="Information à fournir",
    info="<p>Votre curriculum vitæ.</p><p>Des réponses aux questions de présélection portant sur les critères d'études et d'expérience, avec des exemples concrets indiquant quand, où et comment vous avez acquis chaque qualification.</p>",
    ess_intro="Afin d'être pris en considération, votre candidature doit clairement démontrer que vous possédez les qualifications suivantes (qualifications essentielles)",
    edu_l="Études :", exp_l="Expérience :",
    equiv="Équivalence des diplômes",
    later_h="Les critères suivants seront appliqués / évalués à une date ultérieure (essentielles pour le poste)",
    lang_req="Anglais essentiel",
    lang_info="Information sur les exigences linguistiques",
    abil_l="Capacités :", ps_l="Qualités personnelles :",
    may_h="Les critères suivants pourraient être appliqués / évalués à une date ultérieure (pourraient être nécessaires pour le poste)",
    asset_l="Qualifications constituant un atout :",
    cond_h="Conditions d'emploi",
    cond=["Cote de fiabilité", "Volonté et capacité de se déplacer vers des sites expérimentaux du sud de l'Alberta, parfois pendant plusieurs jours consécutifs.", "Posséder un permis de conduire valide."],
    oth_h="Autres informations",
    oth="<p>Un examen écrit en ligne est prévu au cours de la semaine du 27 novembre 2034. Des entrevues pourraient avoir lieu à Lethbridge ou par vidéoconférence en décembre 2034.</p><p>La fonction publique du Canada s'est engagée à bâtir un effectif compétent et diversifié, représentatif de la population qu'elle sert.</p>",
    pref_h="Préférence",
    pref="<p>La préférence sera accordée aux anciens combattants, puis aux citoyens canadiens et aux résidents permanents.</p>",
    contact_h="Coordonnées", contact="Comité de sélection, biologie des sols<br>aafc.lethbridge.staffing@agr.example",
    modified="Date de modification : 2034-10-24",
)

def page(d, brk):
    L = d["lang"]
    return f"""<section class="page{' brk' if brk else ''}" lang="{L}">
<div class="gcbar"><span class="sig">Government of Canada / Gouvernement du Canada</span> <a href="#">{d['other']}</a></div>
<nav class="crumbs">{d['crumbs']}</nav>
<p class="kicker">{d['kicker']}</p>
<h1>{d['title']}</h1>
<table class="refbox"><tr><th>{d['ref_l']}</th><td>{REF}</td></tr><tr><th>{d['spn_l']}</th><td>{SPN}</td></tr></table>
<div class="hdr">
<p>{d['org']}</p>
<p>{d['loc']}</p>
<p>EG-05</p>
<p>{d['tenure']}</p>
<p>{d['pay']}</p>
</div>
<p>{d['visit']}</p>
<p class="closing">{d['closing']}</p>
<p>{d['who']}</p>
<p class="btn"><a href="#">{d['apply']}</a></p>
<h2>{d['env_h']}</h2>
{d['env']}
<h2>{d['intent_h']}</h2>
{d['intent']}
<p>{d['ptbf']}</p>
<h2>{d['info_h']}</h2>
{d['info']}
<h2>{d['ess_intro']}</h2>
<h3>{d['edu_l']}</h3>
<p>{EDU[L]}</p>
<p><a href="#">{d['equiv']}</a></p>
<h3>{d['exp_l']}</h3>
{ul(EXP[L])}
<h2>{d['later_h']}</h2>
<p>{d['lang_req']}</p>
<p><a href="#">{d['lang_info']}</a></p>
<h3>{d['abil_l']}</h3>
{ul(ABIL[L])}
<h3>{d['ps_l']}</h3>
{ul(PS[L])}
<h2>{d['may_h']}</h2>
<h3>{d['asset_l']}</h3>
{ul(ASSET[L])}
<h2>{d['cond_h']}</h2>
{ul(d['cond'])}
<h2>{d["oth_h"]}</h2>
{d["oth"]}
<h2>{d['pref_h']}</h2>
{d['pref']}
<h2>{d['contact_h']}</h2>
<p>{d['contact']}</p>
<p class="mod">{d['modified']}</p>
</section>
"""

html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{T['en']} - {REF} - Job opportunity / Possibilité d'emploi</title>
<style>
body{{font-family:"Liberation Sans",Arial,sans-serif;font-size:10.5pt;margin:1.6cm;color:#222}}
.cookie{{background:#eee;padding:6px;font-size:9pt}}
.gcbar{{border-bottom:3px solid #26374a;padding:4px 0;font-size:9pt}}
.crumbs{{font-size:9pt;color:#555;margin:6px 0}}
.kicker{{text-transform:uppercase;color:#555;font-size:9pt;margin:0}}
h1{{font-size:18pt;margin:4px 0 10px}}
.refbox{{float:right;border:1px solid #999;font-size:9pt;margin:0 0 8px 12px;border-collapse:collapse}}
.refbox th,.refbox td{{padding:3px 6px;text-align:left;border-bottom:1px solid #ccc}}
.hdr p{{margin:2px 0}}
.closing{{font-weight:bold}}
h2{{font-size:12.5pt;margin:14px 0 4px;clear:both}}
h3{{font-size:11pt;margin:8px 0 2px}}
.brk{{page-break-before:always}}
.mod{{font-size:8.5pt;color:#666}}
</style></head><body>
<div class="cookie">This site uses cookies to improve your experience. / Ce site utilise des témoins. <a href="#">OK</a></div>
{page(EN, False)}{page(FR, True)}
</body></html>
"""
out(KEY + "-gcjobs.html", html)
chromium(KEY + "-gcjobs.html", KEY + "-gcjobs.chromium.pdf")

# browser copy (select-all of the English page, then of the French page)
def bl(items):
    return "\n".join(items)

def browser(d):
    L = d["lang"]
    import re
    strip = lambda s: re.sub(r"<[^>]+>", "", s.replace("</p><p>", "\n\n")).replace("&gt;", ">")
    return f"""Skip to main content
{'Skip to "About government"' if L == 'en' else 'Passer à « Au sujet du gouvernement »'}
{'Language selection' if L == 'en' else 'Sélection de la langue'}
{d["other"]}
{'Search Canada.ca' if L == 'en' else 'Rechercher dans Canada.ca'}\t{'Search' if L == 'en' else 'Rechercher'}
{strip(d['crumbs'])}
{d['kicker']}
{d['title']}
{d['ref_l']}:{' ' if L=='en' else ' '}{REF}
{d['spn_l']}:{' '}{SPN}
{d['org']}
{d['loc']}
EG-05
{d['tenure']}
{d['pay']}

{strip(d['visit'])}

{d['closing']}

{strip(d['who'])}

{d['apply']}

{d['env_h']}
{strip(d['env'])}

{d['intent_h']}
{strip(d['intent'])}

{d['ptbf']}

{d['info_h']}
{strip(d['info'])}

{d['ess_intro']}

{d['edu_l']}
{EDU[L]}

{d['equiv']}

{d['exp_l']}
{bl(EXP[L])}

{d['later_h']}

{d['lang_req']}

{d['lang_info']}

{d['abil_l']}
{bl(ABIL[L])}

{d['ps_l']}
{bl(PS[L])}

{d['may_h']}

{d['asset_l']}
{bl(ASSET[L])}

{d['cond_h']}
{bl(d['cond'])}

{d["oth_h"]}
{strip(d['oth'])}

{d['pref_h']}
{strip(d['pref'])}

{d['contact_h']}
{strip(d['contact'].replace('<br>', chr(10)))}

{d['modified']}
"""

out(KEY + "-browser.txt", browser(EN) + "\n" + "_" * 60 + "\n\n" + browser(FR))
