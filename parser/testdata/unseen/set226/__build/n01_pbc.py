from common import *
KEY = "pbc36j-140927-000014"
REF = "PBC36J-140927-000014"
SPN = "36-PBC-EA-NCR-5517"
T = {"en": "Record Suspension Analyst", "fr": "Analyste des suspensions du casier"}
O = {"en": "Parole Board of Canada", "fr": "Commission des libérations conditionnelles du Canada"}
L = {"en": "Ottawa (Ontario)", "fr": "Ottawa (Ontario)"}
ED = {"en": ["Successful completion of two years of a recognized post-secondary program in criminology, law, social sciences or a field relevant to the position."],
      "fr": ["Réussite de deux années d'un programme d'études postsecondaires reconnu en criminologie, en droit, en sciences sociales ou dans un domaine lié au poste."]}
EX = {"en": ["Experience in reviewing court records, police reports or criminal record information.",
             "Experience in preparing written analyses or recommendations for decision makers.",
             "Experience in applying legislation, regulations or policies in a case-management setting."],
      "fr": ["Expérience de l'examen de dossiers judiciaires, de rapports de police ou de renseignements sur les casiers judiciaires.",
             "Expérience de la rédaction d'analyses ou de recommandations écrites à l'intention de décideurs.",
             "Expérience de l'application de lois, de règlements ou de politiques dans un contexte de gestion de cas."]}
AS = {"en": ["Experience in using the Criminal Code or the Criminal Records Act in an operational setting.",
             "Experience in working with a case-management database such as a client tracking system."],
      "fr": ["Expérience de l'utilisation du Code criminel ou de la Loi sur le casier judiciaire dans un contexte opérationnel.",
             "Expérience du travail avec une base de données de gestion de cas, telle qu'un système de suivi des clients."]}
AB = {"en": ["Ability to analyse information and make recommendations", "Ability to communicate effectively in writing",
             "Ability to manage competing priorities"],
      "fr": ["Capacité à analyser de l'information et à formuler des recommandations", "Capacité à communiquer efficacement par écrit",
             "Capacité à gérer des priorités concurrentes"]}
PS = {"en": ["Judgement", "Attention to detail", "Integrity"], "fr": ["Jugement", "Souci du détail", "Intégrité"]}

expected(KEY, REF, ["en", "fr"], T, O, L, {"en": None, "fr": None}, "2036-08-07",
         sal(74836, 80946, "CAD", "year"), grade="PM-03", clearance="Secret",
         req={l: {"essential": ED[l] + EX[l], "desirable": AS[l]} for l in ("en", "fr")},
         comps={l: comp([(n, "") for n in AB[l] + PS[l]]) for l in ("en", "fr")})

def li(xs):
    return "".join(f"<li>{x}</li>" for x in xs)

TX = {
"en": dict(lang="en", home="Home", jobs="Jobs", search="Search jobs", poster="Job poster", refl="Reference number",
  spnl="Selection process number", branch="Clemency and Record Suspension Division", tenure="Indeterminate",
  pay="$74,836 to $80,946", info="For further information on the organization, please visit",
  close="Closing date: 7 August 2036 - 23:59, Pacific Time",
  who="Who can apply: Persons residing in Canada and Canadian citizens and permanent residents abroad.",
  apply="Apply online", imp="Important messages",
  impt="We pay attention to accessibility and accommodation. If you require an accommodation during any part of the assessment, please tell us. A written test may be administered during the week of 24 August 2036.",
  duties="Duties",
  dutiest="Record Suspension Analysts review applications submitted under the Criminal Records Act, gather information from police services and courts, prepare case summaries for Board members and answer enquiries from applicants and their representatives.",
  env="Work environment",
  envt="The Clemency and Record Suspension Division handles thousands of files every year. Our team of about forty employees works in a hybrid arrangement from the national office on Laurier Avenue West and values careful, fair and timely decisions.",
  intent="Intent of the process",
  intentt="A pool of qualified candidates may be established to staff similar positions with various tenures within the Parole Board of Canada.",
  pos="Positions to be filled: 3", must="Information you must provide", cv="Your résumé.",
  ess="In order to be considered, your application must clearly explain how you meet the following (essential qualifications)",
  edl="Education:", exl="Experience:",
  other="If you possess any of the following, your application must also clearly explain how you meet it (other qualifications)",
  asl="Asset qualifications:",
  later="The following will be applied / assessed at a later date (essential for the job)",
  langreq="English or French essential", abl="Abilities:", psl="Personal suitability:",
  cond="Conditions of employment",
  condt=["Secret security clearance", "Willingness and ability to work overtime during periods of high volume."],
  other2="Other information",
  other2t="Candidates will be contacted by e-mail. Interviews are planned for September 2036. Preference will be given to veterans and then to Canadian citizens and permanent residents.",
  mod="Date modified: 2036-07-15"),
"fr": dict(lang="fr", home="Accueil", jobs="Emplois", search="Rechercher des emplois", poster="Annonce d'emploi",
  refl="Numéro de référence", spnl="Numéro du processus de sélection",
  branch="Division de la clémence et de la suspension du casier", tenure="Durée indéterminée",
  pay="74 836 $ à 80 946 $", info="Pour de plus amples renseignements sur l'organisation, veuillez consulter",
  close="Date de clôture : 7 août 2036 - 23 h 59, heure du Pacifique",
  who="Qui est admissible : Personnes résidant au Canada et citoyens canadiens et résidents permanents à l'étranger.",
  apply="Postuler en ligne", imp="Messages importants",
  impt="Nous portons attention à l'accessibilité et aux mesures d'adaptation. Si vous avez besoin d'une mesure d'adaptation à une étape de l'évaluation, veuillez nous le faire savoir. Un examen écrit pourrait être administré pendant la semaine du 24 août 2036.",
  duties="Fonctions",
  dutiest="Les analystes des suspensions du casier examinent les demandes présentées en vertu de la Loi sur le casier judiciaire, recueillent l'information auprès des services de police et des tribunaux, préparent des sommaires de cas à l'intention des commissaires et répondent aux demandes de renseignements des demandeurs et de leurs représentants.",
  env="Milieu de travail",
  envt="La Division de la clémence et de la suspension du casier traite des milliers de dossiers chaque année. Notre équipe d'une quarantaine d'employés travaille en mode hybride à partir du bureau national de l'avenue Laurier Ouest et tient à des décisions rigoureuses, équitables et rapides.",
  intent="Intention du processus",
  intentt="Un bassin de candidats qualifiés pourrait être établi afin de doter des postes semblables de durées variées à la Commission des libérations conditionnelles du Canada.",
  pos="Postes à pourvoir : 3", must="Information à fournir", cv="Votre curriculum vitæ.",
  ess="Afin d'être pris en considération, votre demande doit expliquer clairement comment vous satisfaites aux critères suivants (qualifications essentielles)",
  edl="Études :", exl="Expérience :",
  other="Si vous possédez l'une des qualifications suivantes, votre demande doit aussi expliquer clairement comment vous y satisfaites (autres qualifications)",
  asl="Qualifications constituant un atout :",
  later="Les critères suivants seront appliqués / évalués à une date ultérieure (essentiels au poste)",
  langreq="Anglais ou français essentiel", abl="Capacités :", psl="Qualités personnelles :",
  cond="Conditions d'emploi",
  condt=["Cote de sécurité de niveau Secret", "Volonté et capacité de faire des heures supplémentaires pendant les périodes de pointe."],
  other2="Autres informations",
  other2t="Les candidats seront contactés par courriel. Les entrevues sont prévues en septembre 2036. La préférence sera accordée aux anciens combattants, puis aux citoyens canadiens et aux résidents permanents.",
  mod="Date de modification : 2036-07-15"),
}

def page(l):
    t = TX[l]
    return f"""<section class="page" lang="{l}">
<div class="gcbar"><span class="sig">Government of Canada / Gouvernement du Canada</span><a class="lang" href="#">{'Français' if l=='en' else 'English'}</a></div>
<nav class="crumbs">{t['home']} &gt; {t['jobs']} &gt; {t['search']} &gt; {t['poster']}</nav>
<h1>{T[l]}</h1>
<div class="refbox"><p><b>{t['refl']}:</b> <span class="nw">{REF}</span></p><p><b>{t['spnl']}:</b> <span class="nw">{SPN}</span></p></div>
<p class="hdr">{O[l]} - {t['branch']}</p>
<p class="hdr">{L[l]}</p>
<p class="hdr">PM-03</p>
<p class="hdr">{t['tenure']}</p>
<p class="hdr">{t['pay']}</p>
<p>{t['info']} <a href="#">{O[l]}</a></p>
<p class="close">{t['close']}</p>
<p>{t['who']}</p>
<p><a class="btn" href="#">{t['apply']}</a></p>
<h2>{t['imp']}</h2><p>{t['impt']}</p>
<h2>{t['duties']}</h2><p>{t['dutiest']}</p>
<h2>{t['env']}</h2><p>{t['envt']}</p>
<h2>{t['intent']}</h2><p>{t['intentt']}</p>
<p>{t['pos']}</p>
<h2>{t['must']}</h2><p>{t['cv']}</p>
<p>{t['ess']}</p>
<h3>{t['edl']}</h3><ul>{li(ED[l])}</ul>
<h3>{t['exl']}</h3><ul>{li(EX[l])}</ul>
<p>{t['other']}</p>
<h3>{t['asl']}</h3><ul>{li(AS[l])}</ul>
<p>{t['later']}</p>
<p>{t["langreq"]}</p>
<h3>{t['abl']}</h3><ul>{li(AB[l])}</ul>
<h3>{t['psl']}</h3><ul>{li(PS[l])}</ul>
<h2>{t['cond']}</h2><ul>{li(t['condt'])}</ul>
<h2>{t['other2']}</h2><p>{t['other2t']}</p>
<p class="mod">{t['mod']}</p>
</section>"""

html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{T['en']} - {REF}</title>
<style>
body{{font-family:"Liberation Sans",Arial,sans-serif;font-size:10.5pt;color:#222;margin:0 2em}}
.cookie{{background:#eee;padding:.4em;font-size:9pt}}
.gcbar{{border-bottom:3px solid #26374a;padding:.3em 0;display:flex;justify-content:space-between}}
.crumbs{{font-size:9pt;color:#555;margin:.4em 0}}
h1{{font-size:17pt;border-bottom:2px solid #af3c43;padding-bottom:.2em}}
h2{{font-size:12.5pt;margin-top:1em}} h3{{font-size:11pt;margin-bottom:.2em}}
.refbox{{float:right;border:1px solid #999;padding:.3em .8em;margin-left:1em;font-size:9.5pt}}
.nw{{white-space:nowrap}} .hdr{{margin:.1em 0}} .close{{font-weight:bold}}
.btn{{background:#26374a;color:#fff;padding:.3em 1em;text-decoration:none}}
.page+.page{{page-break-before:always}} .mod{{font-size:9pt;color:#555}}
</style></head><body>
<div class="cookie">This site uses cookies to remember your language choice. / Ce site utilise des témoins pour mémoriser votre choix de langue.</div>
{page('en')}
{page('fr')}
</body></html>
"""
w(KEY + "-gcjobs.html", html, KEY)
chromium(KEY + "-gcjobs.html", KEY + "-gcjobs.chromium.pdf")
dump(KEY + "-gcjobs.chromium.pdf", KEY)

def browser(l):
    t = TX[l]
    out = [f"Skip to main content\nSkip to \"About government\"\n\n{'Français' if l=='en' else 'English'}\nGovernment of Canada / Gouvernement du Canada\n{t['search']}\t\U0001F50D\n",
           f"{t['home']}\n{t['jobs']}\n{t['search']}\n{t['poster']}\n",
           T[l], f"{t['refl']}: {REF}", f"{t['spnl']}: {SPN}", "",
           f"{O[l]} - {t['branch']}", L[l], "PM-03", t['tenure'], t['pay'], "",
           f"{t['info']} {O[l]}", "", t['close'], "", t['who'], "", t['apply'], "",
           t['imp'], t['impt'], "", t['duties'], t['dutiest'], "", t['env'], t['envt'], "",
           t['intent'], t['intentt'], "", t['pos'], "", t['must'], t['cv'], "", t['ess'], "",
           t['edl'].upper()] + ED[l] + ["", t['exl'].upper()] + EX[l] + ["", t['other'], "", t['asl'].upper()] + AS[l] + \
          ["", t['later'], "", t["langreq"], "", t["abl"].upper()] + AB[l] + ["", t['psl'].upper()] + PS[l] + \
          ["", t['cond']] + t['condt'] + ["", t['other2'], t['other2t'], "", t['mod'], "", "Report a problem or mistake on this page" if l == 'en' else "Signaler un problème ou une erreur sur cette page"]
    return "\n".join(out)

txt = browser("en") + "\n\n________________________________________\n\n" + browser("fr") + "\n"
w(KEY + "-browser.txt", txt, KEY)
