from common import *
KEY = "nor41j-174823-000005"
REF = "NOR41J-174823-000005"
T = both("Regional Development Officer", "Agente ou agent de développement régional")
O = both("Canadian Northern Economic Development Agency", "Agence canadienne de développement économique du Nord")
L = both("Iqaluit (Nunavut)", "Iqaluit (Nunavut)")
ESS = both([
 "A degree from a recognized post-secondary institution with acceptable specialization in economics, sociology or statistics.",
 "Experience in assessing funding proposals from businesses, communities or Indigenous organizations.",
 "Experience in preparing briefing notes or recommendations for senior management.",
 "Experience in building working relationships with community or industry partners in the North."],
 ["Un grade d'un établissement d'enseignement postsecondaire reconnu avec spécialisation acceptable en économie, en sociologie ou en statistique.",
 "Expérience de l'évaluation de propositions de financement présentées par des entreprises, des collectivités ou des organisations autochtones.",
 "Expérience de la rédaction de notes d'information ou de recommandations à l'intention de la haute direction.",
 "Expérience de l'établissement de relations de travail avec des partenaires communautaires ou industriels du Nord."])
DES = both([
 "Experience working with Inuit organizations or in an Inuit community.",
 "Experience in monitoring contribution agreements under the Policy on Transfer Payments."],
 ["Expérience de travail auprès d'organisations inuites ou dans une communauté inuite.",
 "Expérience de la surveillance d'accords de contribution en vertu de la Politique sur les paiements de transfert."])
ABI = both(["Ability to analyze and synthesize information", "Ability to communicate effectively orally",
            "Ability to communicate effectively in writing"],
           ["Capacité d'analyser et de synthétiser de l'information", "Capacité de communiquer efficacement de vive voix",
            "Capacité de communiquer efficacement par écrit"])
PS = both(["Judgement", "Cultural sensitivity", "Working effectively with others"],
          ["Jugement", "Sensibilité culturelle", "Travailler efficacement avec les autres"])

expected(KEY, {
 "reference": REF, "post_number": None, "languages": ["en", "fr"], "title": T, "organisation": O, "location": L,
 "schedule": both(None, None), "deadline": "2041-04-09", "salary": sal(88616, 95920, "CAD", "year"),
 "grade": "EC-05", "clearance": "Reliability Status",
 "requirements": {l: {"essential": ESS[l], "desirable": DES[l]} for l in ("en", "fr")},
 "competencies": {l: [C(n) for n in ABI[l] + PS[l]] for l in ("en", "fr")}})

LAB = {
 "en": dict(unit="Nunavut Regional Office", tenure="Indeterminate", sal="$88,616 to $95,920 (annual)",
   close="Closing date: 9 April 2041 - 23:59, Pacific Time", refn="Reference number", sel="Selection process number",
   who="Who can apply:", whot="Persons residing in Nunavut, and Canadian citizens and permanent residents residing in Canada who are willing to relocate to Iqaluit.",
   apply="Apply online", env="Work environment",
   envt="The Nunavut Regional Office delivers CanNor's business development and community readiness programs from Iqaluit. The officer reviews applications from entrepreneurs, hamlets and Inuit development corporations, negotiates contribution agreements and follows projects from approval to final report. Some travel to Kivalliq and Kitikmeot communities, by small aircraft and sometimes on short notice, is part of the job.",
   intent="Intent of the process", intentt="A pool of qualified candidates may be created and used to staff similar positions with various tenures at CanNor in Iqaluit.",
   pos="Positions to be filled: 1", info="Information you must provide", infot="Your résumé, and answers to the screening questions showing how you meet the education and experience criteria.",
   ess="Essential qualifications", edu="Education:", exp="Experience:",
   lang="English essential", langh="Official language proficiency",
   abi="Abilities:", ps="Personal suitability:", later="The following may be applied / assessed at a later date (may be needed for the job)",
   asset="Asset qualifications:", cond="Conditions of employment", clear="Reliability Status security clearance",
   condt="Willingness and ability to travel by small aircraft within Nunavut, up to 25 days a year.",
   other="Other information", othert="A written examination will be administered during the week of 21 April 2041 in Iqaluit and by videoconference. Reference checks may be sought.",
   mod="Date modified: 2041-03-18", pref="Preference", preft="Preference will be given to veterans, to Canadian citizens and to permanent residents, in that order. Under the Nunavut Agreement, preference may also be given to Nunavut Inuit enrolled under the Agreement."),
 "fr": dict(unit="Bureau régional du Nunavut", tenure="Durée indéterminée", sal="88 616 $ à 95 920 $ (annuel)",
   close="Date de clôture : 9 avril 2041 - 23:59, heure du Pacifique", refn="Numéro de référence", sel="Numéro du processus de sélection",
   who="Qui est admissible :", whot="Les personnes résidant au Nunavut, ainsi que les citoyens canadiens et résidents permanents résidant au Canada qui sont prêts à déménager à Iqaluit.",
   apply="Postuler en ligne", env="Milieu de travail",
   envt="Le Bureau régional du Nunavut offre depuis Iqaluit les programmes de CanNor en matière de développement des entreprises et de préparation des collectivités. L'agente ou l'agent examine les demandes d'entrepreneurs, de hameaux et de sociétés de développement inuites, négocie les accords de contribution et suit les projets de leur approbation au rapport final. Des déplacements vers les collectivités du Kivalliq et du Kitikmeot, en petit avion et parfois à court préavis, font partie du travail.",
   intent="Intention du processus", intentt="Un bassin de candidates et de candidats qualifiés pourrait être établi et utilisé pour doter des postes semblables de durées variées à CanNor à Iqaluit.",
   pos="Postes à pourvoir : 1", info="Information que vous devez fournir", infot="Votre curriculum vitæ et vos réponses aux questions de présélection démontrant que vous répondez aux critères d'études et d'expérience.",
   ess="Qualifications essentielles", edu="Études :", exp="Expérience :",
   lang="Anglais essentiel", langh="Exigences relatives aux langues officielles",
   abi="Capacités :", ps="Qualités personnelles :", later="Les critères suivants pourraient être appliqués / évalués à une date ultérieure (ils pourraient être nécessaires pour le poste)",
   asset="Qualifications constituant un atout :", cond="Conditions d'emploi", clear="Cote de sécurité : Cote de fiabilité",
   condt="Volonté et capacité de voyager en petit avion au Nunavut, jusqu'à 25 jours par année.",
   other="Autres informations", othert="Un examen écrit sera administré pendant la semaine du 21 avril 2041 à Iqaluit et par vidéoconférence. Des vérifications de références pourraient être effectuées.",
   mod="Date de modification : 2041-03-18", pref="Préférence", preft="La préférence sera accordée aux anciens combattants, aux citoyens canadiens et aux résidents permanents, dans cet ordre. En vertu de l'Accord du Nunavut, la préférence peut aussi être accordée aux Inuit du Nunavut inscrits aux termes de l'Accord."),
}

def half(l):
    a = LAB[l]
    lid = 'lang="%s"' % l
    return f"""
<section {lid} id="{l}">
<h1>{T[l]}</h1>
<p class="hdr">{O[l]} - {a['unit']}<br>
{L[l]}<br>
EC-05<br>
{a['tenure']}<br>
{a['sal']}</p>
<p class="close"><strong>{a['close']}</strong></p>
<dl class="refs">
  <dt>{a['refn']}</dt><dd>{REF}</dd>
  <dt>{a['sel']}</dt><dd>41-NOR-EA-IQA-3192</dd>
</dl>
<p><strong>{a['who']}</strong> {a['whot']}</p>
<p><a class="btn" href="#">{a['apply']}</a></p>
<h2>{a['env']}</h2>
<p>{a['envt']}</p>
<h2>{a['intent']}</h2>
<p>{a['intentt']}</p>
<p><strong>{a['pos']}</strong></p>
<h2>{a['info']}</h2>
<p>{a['infot']}</p>
<h2>{a['ess']}</h2>
<p><strong>{a['edu']}</strong><br>{ESS[l][0]}</p>
<p><strong>{a['exp']}</strong></p>
{ul(ESS[l][1:])}
<h3>{a['langh']}</h3>
<p>{a['lang']}</p>
<p><strong>{a['abi']}</strong></p>
{ul(ABI[l])}
<p><strong>{a['ps']}</strong></p>
{ul(PS[l])}
<h2>{a['later']}</h2>
<p><strong>{a['asset']}</strong></p>
{ul(DES[l])}
<h2>{a['cond']}</h2>
<p>{a['clear']}</p>
<p>{a['condt']}</p>
<h2>{a['other']}</h2>
<p>{a['othert']}</p>
<h2>{a['pref']}</h2>
<p>{a['preft']}</p>
<p class="mod">{a['mod']}</p>
</section>"""

html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{T['en']} - GC Jobs</title>
<style>body{{font-family:"Liberation Sans",Arial,sans-serif;font-size:11pt;margin:1.5em 3em;color:#333}}
.gcbar{{background:#26374a;color:#fff;padding:.4em 1em}} .cookie{{font-size:9pt;border:1px solid #ccc;padding:.3em}}
dl.refs{{border:1px solid #999;padding:.5em 1em;display:grid;grid-template-columns:14em auto}} dt{{font-weight:bold}}
.btn{{background:#284162;color:#fff;padding:.2em .8em;text-decoration:none}} section#fr{{page-break-before:always}}
.mod{{font-size:9pt;color:#666}}</style></head><body>
<p class="cookie">This site uses cookies to remember your language preference. / Ce site utilise des témoins pour mémoriser votre langue de préférence. <a href="#">OK</a></p>
<div class="gcbar">Government of Canada / Gouvernement du Canada &nbsp; <a href="#fr" style="color:#fff">Français</a></div>
<nav><a href="#">Canada.ca</a> &gt; <a href="#">Jobs</a> &gt; <a href="#">Find a job in the public service</a> &gt; GC Jobs</nav>
{half('en')}
{half('fr')}
<footer><p>Terms and conditions | Privacy / Avis | Confidentialité</p></footer>
</body></html>
"""
write(KEY + "-gcjobs.html", html, KEY, "html")
chromium(KEY + "-gcjobs.html", KEY + "-gcjobs.chromium.pdf", KEY)
