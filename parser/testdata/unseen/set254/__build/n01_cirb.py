from common import *
REF = "CIR38J-163052-000019"; KEY = REF.lower()
T = {"en": "Case Management Officer", "fr": "Agente ou agent de gestion des cas"}
O = {"en": "Canada Industrial Relations Board", "fr": "Conseil canadien des relations industrielles"}
LOC = "Ottawa (Ontario)"
ESS_EN = ["Successful completion of two years of post-secondary education in labour relations, law, public administration or another field relevant to the position.",
  "Experience in managing a caseload of files within prescribed timelines.",
  "Experience in interpreting and applying legislation, regulations or policies.",
  "Experience in drafting correspondence or summaries for a quasi-judicial or adjudicative body."]
DES_EN = ["Experience in using an electronic case management system.",
  "Experience in explaining a complaint, appeal or hearing process to members of the public."]
ESS_FR = ["Réussite de deux années d'études postsecondaires en relations de travail, en droit, en administration publique ou dans un autre domaine lié au poste.",
  "Expérience de la gestion d'une charge de dossiers selon des délais prescrits.",
  "Expérience de l'interprétation et de l'application de lois, de règlements ou de politiques.",
  "Expérience de la rédaction de correspondance ou de résumés pour un organisme quasi judiciaire ou juridictionnel."]
DES_FR = ["Expérience de l'utilisation d'un système électronique de gestion des cas.",
  "Expérience de l'explication d'un processus de plainte, d'appel ou d'audience aux membres du public."]
AB_EN = ["Ability to communicate effectively in writing", "Ability to communicate effectively orally", "Ability to prioritize work and meet deadlines"]
PS_EN = ["Judgement", "Tact", "Attention to detail"]
AB_FR = ["Capacité de communiquer efficacement par écrit", "Capacité de communiquer efficacement de vive voix", "Capacité d'établir des priorités et de respecter des échéances"]
PS_FR = ["Jugement", "Tact", "Souci du détail"]

def half(l):
    en = l == "en"
    ess, des = (ESS_EN, DES_EN) if en else (ESS_FR, DES_FR)
    ab, ps = (AB_EN, PS_EN) if en else (AB_FR, PS_FR)
    if en:
        return f"""<section lang="en" class="poster">
<h1>{T['en']}</h1>
<dl class="meta">
  <dt>Reference number:</dt><dd>{REF}</dd>
  <dt>Selection process number:</dt><dd>38-CIR-EA-NCR-7315</dd>
</dl>
<p class="hdr">{O['en']} - Registry Operations and Client Services<br>
{LOC}<br>
PM-05<br>
Indeterminate, Specified period (12 months)<br>
$80,352 to $86,971 (annual)</p>
<p class="hdr">For further information on the organization, please visit <a href="#">{O['en']}</a></p>
<p><strong>Closing date: 3 December 2038 - 23:59, Pacific Time</strong></p>
<p><strong>Who can apply:</strong> Persons residing in Canada and Canadian citizens and permanent residents abroad.</p>
<p><a class="btn" href="#">Apply online</a></p>
<h2>Important messages</h2>
<p>A written test is expected to take place during the week of December 13, 2038. Candidates will be asked to answer questions in the official language of their choice.</p>
<h2>Work environment</h2>
<p>The Board's registry receives applications, complaints and references under the Canada Labour Code every working day. As a member of the registry team, you will follow each file from its opening to its closure, keep parties informed of the next step and prepare the summaries that Board members use before a hearing.</p>
<h2>Intent of the process</h2>
<p>One position will be staffed on an indeterminate basis. A pool may be created and used for similar positions of various tenures.</p>
<h2>Positions to be filled: 1</h2>
<h2>Information you must provide</h2>
<p>Your résumé. A cover letter "Please explain in no more than 800 words how you meet the education and experience criteria."</p>
<h2>The following will be applied / assessed at a later date (essential for the job)</h2>
<p>English or French essential</p>
<h3>Education:</h3>
{ul(ess[:1])}
<h3>Experience:</h3>
{ul(ess[1:])}
<h2>The following may be applied / assessed at a later date (may be needed for the job)</h2>
<h3>Asset qualifications:</h3>
{ul(des)}
<h2>Information on language requirements</h2>
<p>Candidates may submit their application in either official language.</p>
<h3>Abilities:</h3>
{ul(ab)}
<h3>Personal suitability:</h3>
{ul(ps)}
<h2>Conditions of employment</h2>
<p>Reliability Status security clearance</p>
<p>Willingness and ability to work overtime on short notice during peak periods.</p>
<h2>Other information</h2>
<p>Interviews are planned for January 2039. The Public Service of Canada is committed to building a skilled and diverse workforce.</p>
<p class="mod">Date modified: 2038-11-19</p>
</section>"""
    return f"""<section lang="fr" class="poster fr">
<h1>{T['fr']}</h1>
<dl class="meta">
  <dt>Numéro de référence :</dt><dd>{REF}</dd>
  <dt>Numéro du processus de sélection :</dt><dd>38-CIR-EA-NCR-7315</dd>
</dl>
<p class="hdr">{O['fr']} - Opérations du greffe et services à la clientèle<br>
{LOC}<br>
PM-05<br>
Durée indéterminée, Durée déterminée (12 mois)<br>
80 352 $ à 86 971 $ (annuel)</p>
<p><strong>Date de clôture : 3 décembre 2038 - 23 h 59, heure du Pacifique</strong></p>
<p><strong>Qui est admissible :</strong> Personnes résidant au Canada, et citoyens canadiens et résidents permanents à l'étranger.</p>
<p><a class="btn" href="#">Postuler en ligne</a></p>
<h2>Messages importants</h2>
<p>Un examen écrit devrait avoir lieu pendant la semaine du 13 décembre 2038.</p>
<h2>Milieu de travail</h2>
<p>Le greffe du Conseil reçoit chaque jour ouvrable des demandes, des plaintes et des renvois présentés en vertu du Code canadien du travail. Au sein de l'équipe, vous suivrez chaque dossier de son ouverture à sa fermeture, tiendrez les parties informées de l'étape suivante et préparerez les résumés que les membres du Conseil consultent avant une audience.</p>
<h2>Intention du processus</h2>
<p>Un poste sera doté pour une période indéterminée. Un bassin pourrait être constitué.</p>
<h2>Postes à pourvoir : 1</h2>
<h2>Ce qui suit sera appliqué / évalué à une date ultérieure (essentiel pour le poste)</h2>
<p>Français ou anglais essentiel</p>
<h3>Études :</h3>
{ul(ess[:1])}
<h3>Expérience :</h3>
{ul(ess[1:])}
<h2>Ce qui suit peut être appliqué / évalué à une date ultérieure (peut être nécessaire pour le poste)</h2>
<h3>Qualifications constituant un atout :</h3>
{ul(des)}
<h3>Capacités :</h3>
{ul(ab)}
<h3>Qualités personnelles :</h3>
{ul(ps)}
<h2>Conditions d'emploi</h2>
<p>Cote de sécurité : Cote de fiabilité</p>
<p>Volonté et capacité de faire des heures supplémentaires à court préavis en période de pointe.</p>
<h2>Autres informations</h2>
<p>Les entrevues sont prévues en janvier 2039. La fonction publique du Canada s'est engagée à bâtir une main-d'œuvre compétente et diversifiée.</p>
<p class="mod">Date de modification : 2038-11-19</p>
</section>"""

def build():
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{T['en']} - {REF} | {T['fr']}</title>
<style>
body{{font-family:"Liberation Sans",Arial,sans-serif;font-size:10.5pt;margin:1.5em 2.5em;color:#333}}
.cookie{{background:#eee;padding:.4em;font-size:9pt}} .gcbar{{border-bottom:4px solid #26374a;padding:.3em 0}}
.crumbs{{font-size:9pt;color:#555}} h1{{font-size:18pt;color:#26374a}} h2{{font-size:12pt;border-bottom:1px solid #af3c43}}
h3{{font-size:11pt}} dl.meta{{display:grid;grid-template-columns:14em auto;background:#f5f5f5;padding:.5em;width:32em}}
dt{{font-weight:bold}} dd{{margin:0}} .hdr{{line-height:1.5}} .btn{{background:#26374a;color:#fff;padding:.3em .8em;text-decoration:none}}
.fr{{page-break-before:always}} .mod{{font-size:9pt;color:#666}}
</style></head><body>
<div class="cookie">This site uses cookies / Ce site utilise des témoins — <a href="#">OK</a></div>
<div class="gcbar">Government of Canada / Gouvernement du Canada &nbsp; <a href="#">Français</a></div>
<div class="crumbs">Canada.ca &gt; Jobs &gt; Government of Canada jobs &gt; Job search</div>
{half("en")}
{half("fr")}
<footer><p>Terms and conditions · Privacy / Avis · Confidentialité</p></footer>
</body></html>
"""
    w(f"{KEY}-gcjobs.html", html, KEY)
    chromium(f"{KEY}-gcjobs.html", f"{KEY}-gcjobs.chromium.pdf")
    dump(f"{KEY}-gcjobs.chromium.pdf", KEY)
    exp(KEY, ["en", "fr"], T, O, {"en": LOC, "fr": LOC}, {}, "2038-12-03",
        sal(80352, 86971, "CAD", "year"), "PM-05", "Reliability Status",
        {"en": {"essential": ESS_EN, "desirable": DES_EN}, "fr": {"essential": ESS_FR, "desirable": DES_FR}},
        {"en": names(*AB_EN, *PS_EN), "fr": names(*AB_FR, *PS_FR)}, REF)
