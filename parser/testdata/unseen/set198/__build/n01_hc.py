from common import *
KEY = "shc34j-127593-000031"; STEM = KEY + "-healthcanada"
REF = "SHC34J-127593-000031"
L = {
 "en": dict(
  title="Evaluation Officer – Environmental Fate and Modelling",
  org="Health Canada", unit="Health Canada - Pest Management Regulatory Agency - Environmental Assessment Directorate",
  loc="Ottawa (Ontario)", grade="BI-03", tenure="Indeterminate", sal="$93,412 to $110,967 (annual)",
  close="Closing date: 16 April 2034 - 23:59, Pacific Time", proc="34-NHW-PMRA-EA-NCR-127593",
  ref_l="Reference number", proc_l="Selection process number",
  who="Who can apply: Persons residing in Canada, and Canadian citizens and permanent residents abroad.",
  apply="Apply online", imp="Important messages",
  impt="We are committed to providing an inclusive and barrier-free work environment, starting with the hiring process. If you need an accommodation during any phase of the evaluation process, use the contact information below.",
  intent="Intent of the process", intentt="One indeterminate position will be staffed. A pool of partially or fully qualified candidates may be created to staff similar positions with various tenures and language profiles within the Pest Management Regulatory Agency.",
  pos="Positions to be filled: 1",
  work="Work environment",
  workt="The Environmental Assessment Directorate reviews the data submitted by registrants to predict where a pesticide goes once it is applied: into soil, surface water, groundwater or the air. Our evaluators build exposure scenarios for Canadian crops and regions and write the science sections of regulatory decisions that are published for public consultation. The team of about forty scientists works at 2720 Riverside Drive with a hybrid arrangement.",
  must="Information you must provide", mustt="Your résumé. In order to be considered, your application must clearly explain how you meet the following (essential qualifications):",
  edu="Education:", exp="Experience:",
  edu_i=["Graduation with a degree from a recognized post-secondary institution with acceptable specialization in chemistry, environmental science, soil science, hydrology or another science relevant to the position."],
  equiv="Degree equivalency",
  exp_i=["Experience in interpreting laboratory or field studies on the behaviour of chemicals in soil, water or air.",
         "Experience in using environmental exposure models to estimate concentrations of chemicals in surface water or groundwater.",
         "Experience in writing scientific reports or regulatory documents."],
  later="The following will be applied / assessed at a later date (essential for the job)",
  lang="Bilingual - Imperative (BBB/BBB)", langl="Information on language requirements",
  ab="Abilities:", ab_i=["Ability to analyse complex scientific data", "Ability to communicate effectively in writing", "Ability to communicate effectively orally"],
  ps="Personal suitability:", ps_i=["Judgement", "Initiative", "Working effectively with others"],
  may="The following may be applied / assessed at a later date (may be needed for the job)",
  asset="Asset qualifications:",
  asset_i=["Graduate degree in environmental chemistry, hydrology or a related field.",
           "Experience in the regulatory review of pesticides or industrial chemicals.",
           "Experience with geographic information systems (GIS)."],
  cond="Conditions of employment", cond_i=["Reliability Status security clearance", "Willingness and ability to travel occasionally to field sites in Canada, including overnight stays."],
  other="Other information",
  othert="A written examination may be administered during the week of 1 May 2034. Interviews are expected to take place in the week of 22 May 2034. Acknowledgment of receipt of applications will not be sent; we will contact candidates when the screening process is completed.",
  pref="Preference", preft="Preference will be given to veterans and then to Canadian citizens and permanent residents.",
  mod="Date modified: 2034-03-27", crumbs="Canada.ca > Jobs > Find a job in the Government of Canada > Job poster",
  lng="Français", skip="Skip to main content", search="Search Canada.ca",
 ),
 "fr": dict(
  title="Agent ou agente d'évaluation – Devenir environnemental et modélisation",
  org="Santé Canada", unit="Santé Canada - Agence de réglementation de la lutte antiparasitaire - Direction de l'évaluation environnementale",
  loc="Ottawa (Ontario)", grade="BI-03", tenure="Durée indéterminée", sal="93 412 $ à 110 967 $ (annuel)",
  close="Date limite : 16 avril 2034 - 23 h 59, heure du Pacifique", proc="34-NHW-PMRA-EA-NCR-127593",
  ref_l="Numéro de référence", proc_l="Numéro du processus de sélection",
  who="Qui est admissible : Personnes résidant au Canada, et citoyens canadiens et résidents permanents à l'étranger.",
  apply="Postulez en ligne", imp="Messages importants",
  impt="Nous nous engageons à offrir un milieu de travail inclusif et exempt d'obstacles, dès le processus d'embauche. Si vous avez besoin de mesures d'adaptation à une étape de l'évaluation, écrivez-nous à l'adresse indiquée ci-dessous.",
  intent="Intention du processus", intentt="Un poste de durée indéterminée sera doté. Un bassin de candidats partiellement ou entièrement qualifiés pourrait être établi pour doter des postes semblables de durées et de profils linguistiques variés au sein de l'Agence de réglementation de la lutte antiparasitaire.",
  pos="Postes à pourvoir : 1",
  work="Milieu de travail",
  workt="La Direction de l'évaluation environnementale examine les données fournies par les titulaires d'homologation afin de prévoir où va un pesticide une fois appliqué : dans le sol, les eaux de surface, les eaux souterraines ou l'air. Nos évaluateurs construisent des scénarios d'exposition propres aux cultures et aux régions du Canada et rédigent les sections scientifiques des décisions publiées aux fins de consultation. L'équipe d'une quarantaine de scientifiques travaille au 2720, promenade Riverside, en mode hybride.",
  must="Renseignements à fournir", mustt="Votre curriculum vitæ. Pour être pris en considération, votre dossier doit démontrer clairement que vous possédez les qualifications essentielles suivantes :",
  edu="Études :", exp="Expérience :",
  edu_i=["Diplôme d'un établissement d'enseignement postsecondaire reconnu avec spécialisation acceptable en chimie, en sciences de l'environnement, en science du sol, en hydrologie ou dans une autre science liée au poste."],
  equiv="Équivalence des diplômes",
  exp_i=["Expérience de l'interprétation d'études en laboratoire ou sur le terrain portant sur le comportement des produits chimiques dans le sol, l'eau ou l'air.",
         "Expérience de l'utilisation de modèles d'exposition environnementale pour estimer les concentrations de produits chimiques dans les eaux de surface ou souterraines.",
         "Expérience de la rédaction de rapports scientifiques ou de documents réglementaires."],
  later="Les critères suivants seront appliqués / évalués à une date ultérieure (essentiels pour le poste)",
  lang="Bilingue - Impératif (BBB/BBB)", langl="Renseignements sur les exigences linguistiques",
  ab="Capacités :", ab_i=["Capacité à analyser des données scientifiques complexes", "Capacité à communiquer efficacement par écrit", "Capacité à communiquer efficacement de vive voix"],
  ps="Qualités personnelles :", ps_i=["Jugement", "Initiative", "Travailler efficacement avec les autres"],
  may="Les critères suivants pourraient être appliqués / évalués à une date ultérieure (pourraient être nécessaires pour le poste)",
  asset="Qualifications constituant un atout :",
  asset_i=["Diplôme d'études supérieures en chimie de l'environnement, en hydrologie ou dans un domaine connexe.",
           "Expérience de l'examen réglementaire de pesticides ou de produits chimiques industriels.",
           "Expérience des systèmes d'information géographique (SIG)."],
  cond="Conditions d'emploi", cond_i=["Cote de fiabilité", "Volonté et capacité de se déplacer à l'occasion vers des sites d'essai au Canada, y compris pour des séjours d'une nuit ou plus."],
  other="Autres informations",
  othert="Un examen écrit pourrait être administré au cours de la semaine du 1er mai 2034. Les entrevues devraient avoir lieu au cours de la semaine du 22 mai 2034. Aucun accusé de réception ne sera envoyé; nous communiquerons avec les candidats une fois la présélection terminée.",
  pref="Préférence", preft="La préférence sera accordée aux anciens combattants, puis aux citoyens canadiens et aux résidents permanents.",
  mod="Date de modification : 2034-03-27", crumbs="Canada.ca > Emplois > Trouver un emploi au gouvernement du Canada > Affiche d'emploi",
  lng="English", skip="Passer au contenu principal", search="Rechercher dans Canada.ca",
 )}

def html_half(d, first):
    brk = '' if first else ' style="page-break-before: always"'
    li = lambda xs: "<ul>" + "".join(f"<li>{e(x)}</li>" for x in xs) + "</ul>"
    return f"""<section lang="{'en' if first else 'fr'}"{brk}>
<div class="gcbar"><a href="#main">{e(d['skip'])}</a> <span>{e(d['search'])}</span> <a href="#">{e(d['lng'])}</a></div>
<nav class="crumbs">{e(d['crumbs'])}</nav>
<main id="main">
<h1>{e(d['title'])}</h1>
<div class="refbox"><div class="row"><div class="col-l">{e(d['ref_l'])}</div><div class="col-v">{REF}</div></div>
<div class="row"><div class="col-l">{e(d['proc_l'])}</div><div class="col-v">{d['proc']}</div></div></div>
<div class="hdr"><div>{e(d['unit'])}</div><div>{e(d['loc'])}</div><div>{d['grade']}</div><div>{e(d['tenure'])}</div><div>{e(d['sal'])}</div></div>
<p class="close"><strong>{e(d['close'])}</strong></p>
<p>{e(d['who'])}</p>
<p><a class="btn" href="#">{e(d['apply'])}</a></p>
<h2>{e(d['imp'])}</h2><p>{e(d['impt'])}</p>
<h2>{e(d['work'])}</h2><p>{e(d['workt'])}</p>
<h2>{e(d['intent'])}</h2><p>{e(d['intentt'])}</p><p>{e(d['pos'])}</p>
<h2>{e(d['must'])}</h2><p>{e(d['mustt'])}</p>
<h3>{e(d['edu'])}</h3>{li(d['edu_i'])}<p><a href="#">{e(d['equiv'])}</a></p>
<h3>{e(d['exp'])}</h3>{li(d['exp_i'])}
<h2>{e(d['later'])}</h2>
<p>{e(d['lang'])}</p><p><a href="#">{e(d['langl'])}</a></p>
<h3>{e(d['ab'])}</h3>{li(d['ab_i'])}
<h3>{e(d['ps'])}</h3>{li(d['ps_i'])}
<h2>{e(d['may'])}</h2>
<h3>{e(d['asset'])}</h3>{li(d['asset_i'])}
<h2>{e(d['cond'])}</h2>{li(d['cond_i'])}
<h2>{e(d['other'])}</h2><p>{e(d['othert'])}</p>
<h2>{e(d['pref'])}</h2><p>{e(d['preft'])}</p>
<p class="mod">{e(d['mod'])}</p>
</main></section>"""

def txt_half(d):
    lines = [d['skip'], d['search'] + "\t" + d['lng'], d['crumbs'], "", d['title'], "",
             d['ref_l'] + ": " + REF, d['proc_l'] + ": " + d['proc'],
             d['unit'], d['loc'], d['grade'], d['tenure'], d['sal'], "", d['close'], "", d['who'], "",
             d['apply'], "", d['imp'], d['impt'], "", d['work'], d['workt'], "", d['intent'], d['intentt'], "",
             d['pos'], "", d['must'], "", d['mustt'], "", d['edu'], *d['edu_i'], "", d['equiv'], "", d['exp'], *d['exp_i'], "",
             d['later'], "", d['lang'], d['langl'], "", d['ab'], "", *d['ab_i'], "", d['ps'], "", *d['ps_i'], "",
             d['may'], "", d['asset'], "", *d['asset_i'], "", d['cond'], *d['cond_i'], "",
             d['other'], d['othert'], "", d['pref'], d['preft'], "", d['mod']]
    return "\n".join(lines) + "\n"

css = """body{font-family:'Liberation Sans',Arial,sans-serif;font-size:11pt;margin:1.5em;color:#333}
.gcbar{border-bottom:3px solid #26374a;padding:4px 0;font-size:9pt}.crumbs{font-size:9pt;margin:6px 0}
h1{color:#26374a;font-size:18pt;border-bottom:2px solid #af3c43}.refbox{background:#f5f5f5;padding:6px}
.row{display:flex}.col-l{width:16em;font-weight:bold}.hdr div{margin:2px 0}.btn{background:#26374a;color:#fff;padding:4px 10px;text-decoration:none}
h2{font-size:13pt;color:#26374a}h3{font-size:11pt}.mod{font-size:9pt;color:#666}
#cookies{background:#eee;font-size:9pt;padding:4px}"""
page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{e(L['en']['title'])} - Job poster</title><style>{css}</style></head><body>
<div id="cookies">Canada.ca uses cookies to improve your experience. <button>OK</button></div>
{html_half(L['en'], True)}
{html_half(L['fr'], False)}
</body></html>
"""
out(STEM + ".html", page)
chromium(STEM + ".html")
out(KEY + "-gcjobs-browser.txt", txt_half(L['en']) + "\n" + txt_half(L['fr']))
expected(KEY, dict(reference=REF, post_number=None, languages=["en", "fr"],
  title=bi(L['en']['title'], L['fr']['title']), organisation=bi("Health Canada", "Santé Canada"),
  location=bi("Ottawa (Ontario)", "Ottawa (Ontario)"), schedule=bi(None, None), deadline="2034-04-16",
  salary=dict(amount=None, min=93412, max=110967, currency="CAD", period="year"), grade="BI-03",
  clearance="Reliability Status",
  requirements={l: {"essential": L[l]['edu_i'] + L[l]['exp_i'], "desirable": L[l]['asset_i']} for l in ("en", "fr")},
  competencies={l: comps(L[l]['ab_i'] + L[l]['ps_i']) for l in ("en", "fr")}))
