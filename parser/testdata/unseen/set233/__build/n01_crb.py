from common import *
REF = "CRB37J-158406-000011"; KEY = REF.lower()
T = {"en": "Tariff Analyst", "fr": "Analyste des tarifs"}
O = {"en": "Copyright Board of Canada", "fr": "Commission du droit d'auteur du Canada"}
L = {"en": "Ottawa (Ontario)", "fr": "Ottawa (Ontario)"}
EDU = {"en": "Graduation with a degree from a recognized post-secondary institution with acceptable specialization in economics, sociology or statistics.",
       "fr": "Un grade d'un établissement d'enseignement postsecondaire reconnu avec spécialisation acceptable en économie, en sociologie ou en statistique."}
EXP = {"en": ["Experience in conducting quantitative analysis of market or industry data to support regulatory or policy decisions.",
              "Experience in preparing written reports or briefing material for senior management or a decision-making body.",
              "Experience in using statistical software such as R, Stata or Python to build and maintain datasets."],
       "fr": ["Expérience de la réalisation d'analyses quantitatives de données de marché ou d'industrie à l'appui de décisions réglementaires ou stratégiques.",
              "Expérience de la rédaction de rapports ou de documents d'information destinés à la haute direction ou à un organisme décisionnel.",
              "Expérience de l'utilisation de logiciels statistiques comme R, Stata ou Python pour constituer et tenir à jour des ensembles de données."]}
ASSET = {"en": ["Experience in analysing licensing, royalty or pricing data in the cultural or media sectors.",
                "Experience in providing evidence or technical support in a quasi-judicial proceeding."],
         "fr": ["Expérience de l'analyse de données sur les licences, les redevances ou les prix dans les secteurs culturels ou médiatiques.",
                "Expérience de la présentation de preuves ou du soutien technique dans le cadre d'une instance quasi judiciaire."]}
ABIL = {"en": ["Ability to interpret economic data and explain its implications", "Ability to communicate effectively orally", "Ability to communicate effectively in writing"],
        "fr": ["Capacité à interpréter des données économiques et à en expliquer la portée", "Capacité à communiquer efficacement de vive voix", "Capacité à communiquer efficacement par écrit"]}
PERS = {"en": ["Effective interpersonal relationships", "Initiative", "Dependability"],
        "fr": ["Relations interpersonnelles efficaces", "Initiative", "Fiabilité"]}
DUT = {"en": ["Compile and clean royalty, usage and revenue data filed by collective societies and objectors.",
              "Model the financial impact of proposed tariffs on users and rights holders.",
              "Draft analytical notes for Board members and support the Secretariat during hearings."],
       "fr": ["Compiler et valider les données sur les redevances, l'utilisation et les revenus déposées par les sociétés de gestion et les opposants.",
              "Modéliser l'incidence financière des tarifs proposés sur les utilisateurs et les titulaires de droits.",
              "Rédiger des notes d'analyse à l'intention des commissaires et appuyer le Secrétariat pendant les audiences."]}
H = {"en": dict(org_line="Copyright Board of Canada - Secretariat, Economic Analysis", tenure="Indeterminate", pay="$79,214 to $88,476",
                close="Closing date: 5 March 2037 - 23:59, Pacific Time", who="Who can apply: Persons residing in Canada and Canadian citizens and permanent residents abroad.",
                apply="Apply online", dut="Duties", env="Work environment",
                envp="The Board is a small independent administrative tribunal. You will join a team of four economists and work closely with legal counsel.",
                intent="Intent of the process", intentp="One indeterminate position will be staffed. A pool may be created for similar positions with various tenures.",
                pos="Positions to be filled: 1", info="Information you must provide", infop="Your résumé, and answers to the screening questions.",
                ess="The following will be applied / assessed at a later date (essential for the job)", edu="Education:", exp="Experience:",
                lang="English or French essential", other="Abilities:", pers="Personal suitability:",
                asset="The following may be applied / assessed at a later date (may be needed for the job)", assetl="Asset qualifications:",
                cond="Conditions of employment", condl=["Reliability Status security clearance", "Willingness to work overtime during hearing periods"],
                other2="Other information", otherp="A written examination will be held during the week of 22 March 2037. Interviews are planned for April 2037.",
                pref="Preference", prefp="Preference will be given to veterans and then to Canadian citizens and permanent residents.",
                ref="Reference number", sel="Selection process number", modified="Date modified: 2037-02-12"),
     "fr": dict(org_line="Commission du droit d'auteur du Canada - Secrétariat, Analyse économique", tenure="Durée indéterminée", pay="79 214 $ à 88 476 $",
                close="Date de clôture : 5 mars 2037 - 23 h 59, heure du Pacifique", who="Qui est admissible : Personnes résidant au Canada et citoyens canadiens et résidents permanents à l'étranger.",
                apply="Postuler en ligne", dut="Tâches", env="Milieu de travail",
                envp="La Commission est un petit tribunal administratif indépendant. Vous vous joindrez à une équipe de quatre économistes et travaillerez de près avec les conseillers juridiques.",
                intent="Intention du processus", intentp="Un poste d'une durée indéterminée sera doté. Un bassin pourrait être constitué pour des postes semblables de durées variées.",
                pos="Postes à pourvoir : 1", info="Information que vous devez fournir", infop="Votre curriculum vitæ et vos réponses aux questions de présélection.",
                ess="Les critères suivants seront appliqués / évalués ultérieurement (essentiels pour le poste)", edu="Études :", exp="Expérience :",
                lang="Anglais ou français essentiel", other="Capacités :", pers="Qualités personnelles :",
                asset="Les critères suivants pourraient être appliqués / évalués ultérieurement (pourraient être nécessaires pour le poste)", assetl="Qualifications constituant un atout :",
                cond="Conditions d'emploi", condl=["Cote de sécurité : Statut de fiabilité", "Volonté de faire des heures supplémentaires pendant les périodes d'audience"],
                other2="Autres informations", otherp="Un examen écrit aura lieu pendant la semaine du 22 mars 2037. Les entrevues sont prévues en avril 2037.",
                pref="Préférence", prefp="La préférence sera accordée aux anciens combattants, puis aux citoyens canadiens et aux résidents permanents.",
                ref="Numéro de référence", sel="Numéro du processus de sélection", modified="Date de modification : 2037-02-12")}
SEL = "37-CRB-EA-NCR-6021"

def half(l):
    h = H[l]
    return f"""<section lang="{l}" class="poster{' fr' if l == 'fr' else ''}">
<div class="refbox"><p>{h['ref']}<br><strong>{REF}</strong></p><p>{h['sel']}<br>{SEL}</p></div>
<h1>{T[l]}</h1>
<p class="hdr">{h['org_line']}<br>{L[l]}<br>EC-04<br>{h['tenure']}<br>{h['pay']}</p>
<p>{h['who']}</p>
<p class="close"><strong>{h['close']}</strong></p>
<p><a class="btn" href="#">{h['apply']}</a></p>
<h2>{h['dut']}</h2>
{ul(DUT[l])}
<h2>{h['env']}</h2>
<p>{h['envp']}</p>
<h2>{h['intent']}</h2>
<p>{h['intentp']}</p>
<p>{h['pos']}</p>
<h2>{h['info']}</h2>
<p>{h['infop']}</p>
<h2>{h['ess'].split(' (')[0]}</h2>
<p><em>({h['ess'].split(' (')[1]}</em></p>
<p><strong>{h['edu']}</strong><br>{EDU[l]}</p>
<p><strong>{h['exp']}</strong></p>
{ul(EXP[l])}
<p>{h['lang']}</p>
<p><strong>{h['other']}</strong></p>
{ul(ABIL[l])}
<p><strong>{h['pers']}</strong></p>
{ul(PERS[l])}
<h2>{h['asset'].split(' (')[0]}</h2>
<p><strong>{h['assetl']}</strong></p>
{ul(ASSET[l])}
<h2>{h['cond']}</h2>
{ul(h['condl'])}
<h2>{h['other2']}</h2>
<p>{h['otherp']}</p>
<h2>{h['pref']}</h2>
<p>{h['prefp']}</p>
<p class="mod">{h['modified']}</p>
</section>"""

HTML = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{T['en']} - {REF} - GC Jobs</title>
<style>
body{{font-family:"Liberation Sans",Arial,sans-serif;font-size:13px;margin:24px;color:#333}}
.gc{{border-bottom:4px solid #26374a;padding-bottom:6px;margin-bottom:10px}}
.crumb{{font-size:12px;color:#555}} .refbox{{float:right;border:1px solid #ccc;padding:6px 10px;margin:0 0 8px 12px;white-space:nowrap;font-size:12px}}
h1{{font-size:22px;color:#26374a}} h2{{font-size:16px;border-bottom:1px solid #af3c43;color:#26374a}}
.hdr{{line-height:1.5}} .btn{{background:#26374a;color:#fff;padding:4px 10px;text-decoration:none}}
section.fr{{page-break-before:always}} .cookie{{background:#eee;font-size:11px;padding:4px}} .mod{{font-size:11px;color:#666}}
</style></head><body>
<div class="cookie">This site uses cookies. / Ce site utilise des témoins.</div>
<div class="gc"><strong>Government of Canada / Gouvernement du Canada</strong> &nbsp; <a href="#fr">Français</a></div>
<p class="crumb">Canada.ca &gt; Jobs &gt; Public service jobs &gt; GC Jobs &gt; Job search</p>
{half('en')}
<a id="fr"></a>
{half('fr')}
<footer><p class="mod">Public Service Commission of Canada / Commission de la fonction publique du Canada · Terms and conditions · Privacy</p></footer>
</body></html>
"""

def bullets(items):
    return "\n".join(items)

def browser_half(l):
    h = H[l]
    return f"""{T[l]}
{h['ref']}: {REF}
{h['sel']}: {SEL}
{h['org_line']}
{L[l]}
EC-04
{h['tenure']}
{h['pay']}

{h['who']}

{h['close']}

{h['apply']}

{h['dut'].upper()}
{bullets(DUT[l])}

{h['env'].upper()}
{h['envp']}

{h['intent'].upper()}
{h['intentp']}

{h['pos']}

{h['info'].upper()}
{h['infop']}

{h['ess'].upper()}

{h['edu']}
{EDU[l]}

{h['exp']}
{bullets(EXP[l])}

{h['lang']}

{h['other']}
{bullets(ABIL[l])}

{h['pers']}
{bullets(PERS[l])}

{h['asset'].upper()}

{h['assetl']}
{bullets(ASSET[l])}

{h['cond'].upper()}
{bullets(h['condl'])}

{h['other2'].upper()}
{h['otherp']}

{h['pref'].upper()}
{h['prefp']}

{h['modified']}
"""

BROWSER = f"""Skip to main content
Skip to "About government"
Language selection
Français
Search Canada.ca\tSearch
Canada.ca Jobs Public service jobs GC Jobs

{browser_half('en')}
________________________________________

{browser_half('fr')}
Report a problem or mistake on this page
Terms and conditions   Privacy
"""

def build():
    write(f"{KEY}-gcjobs.html", HTML, KEY)
    chromium(f"{KEY}-gcjobs.html", KEY)
    write(f"{KEY}-browser.txt", BROWSER, KEY)
    expected(KEY, REF, ["en", "fr"], T, O, L, {}, "2037-03-05", sal(79214, 88476, cur="CAD"), "EC-04", "Reliability Status",
             {l: ([EDU[l]] + EXP[l], ASSET[l]) for l in ("en", "fr")},
             {l: [(n, "") for n in ABIL[l] + PERS[l]] for l in ("en", "fr")})
