from common import *

REF = "SSH38J-164093-000027"; KEY = REF.lower()
T = {"en": "Program Officer, Partnership Grants", "fr": "Agente ou agent de programme, subventions de partenariat"}
O = {"en": "Social Sciences and Humanities Research Council of Canada",
     "fr": "Conseil de recherches en sciences humaines du Canada"}
L = {"en": "Ottawa (Ontario)", "fr": "Ottawa (Ontario)"}
GRADE = "PM-04"
ED = {"en": "Graduation with a degree from a recognized post-secondary institution in the social sciences, the humanities or public administration.",
      "fr": "Un grade d'un établissement d'enseignement postsecondaire reconnu en sciences sociales, en sciences humaines ou en administration publique."}
EXP = {"en": ["Experience in administering grant or contribution programs, including the review of funding applications.",
              "Experience in organizing peer review or expert panel meetings.",
              "Experience in providing advice on program requirements to external clients such as researchers, universities or community organizations."],
       "fr": ["Expérience de l'administration de programmes de subventions ou de contributions, y compris l'examen de demandes de financement.",
              "Expérience de l'organisation de réunions d'évaluation par les pairs ou de comités d'experts.",
              "Expérience de la prestation de conseils sur les exigences d'un programme à des clients externes comme des chercheurs, des universités ou des organismes communautaires."]}
ASSET = {"en": ["Experience in conducting or supporting research in a post-secondary setting.",
                "Experience in using a grants management system to track files and payments."],
         "fr": ["Expérience de la réalisation ou du soutien de travaux de recherche en milieu postsecondaire.",
                "Expérience de l'utilisation d'un système de gestion des subventions pour le suivi des dossiers et des paiements."]}
ABIL = {"en": ["Ability to analyse and synthesize information from multiple sources", "Ability to communicate effectively orally", "Ability to communicate effectively in writing", "Ability to manage competing priorities"],
        "fr": ["Capacité d'analyser et de synthétiser de l'information provenant de sources multiples", "Capacité de communiquer efficacement de vive voix", "Capacité de communiquer efficacement par écrit", "Capacité de gérer des priorités concurrentes"]}
PERS = {"en": ["Judgement", "Client service orientation", "Working effectively with others"],
        "fr": ["Jugement", "Orientation vers le service à la clientèle", "Travailler efficacement avec les autres"]}
CLEAR = "Reliability Status"

LAB = {"en": dict(h="Jobs: opportunities for the public", box="Reference number", proc="Selection process number",
                  sal="$74,598 to $80,763 (annual)", close="Closing date: 7 May 2038 - 23:59, Pacific Time",
                  who="Who can apply: Persons residing in Canada and Canadian citizens residing abroad.",
                  ess="Essential qualifications", edu="Education:", exp="Experience:", assets="Asset qualifications",
                  abil="Abilities:", pers="Personal suitability:", cond="Conditions of employment",
                  lang="English or French essential", tenure="Indeterminate", posn="Positions to be filled: 2",
                  work="Work environment",
                  intro="The Research Partnerships division funds teams of researchers and partner organizations that work together on questions of social, cultural and economic importance. As a program officer, you will manage a portfolio of partnership grant files from the letter of intent to the final report, answer questions from applicants and research administrators, and organize the committees that assess applications.",
                  intent="Intent of the process: the immediate need is to staff two indeterminate positions. A pool of partially or fully qualified candidates may be created and used to staff similar positions at the PM-04 group and level with various tenures.",
                  apply="Applications must be submitted through the GC Jobs site. A written assessment will be administered on or about 21 May 2038, and interviews are planned for the weeks of 7 and 14 June 2038.",
                  condtxt=[f"{CLEAR} security clearance", "Willingness and ability to travel occasionally within Canada, including overnight stays.", "Willingness and ability to work overtime during peak competition periods."],
                  other="Other information", pref="Preference will be given to veterans and to Canadian citizens and permanent residents, in that order.",
                  mod="Date modified: 2038-04-16", contact="Contact information: Staffing Team, recrutement-staffing@sshrc-crsh.example"),
       "fr": dict(h="Emplois : possibilités pour le public", box="Numéro de référence", proc="Numéro du processus de sélection",
                  sal="74 598 $ à 80 763 $ (annuel)", close="Date limite : 7 mai 2038 - 23:59, heure du Pacifique",
                  who="Qui peut postuler : Les personnes résidant au Canada et les citoyens canadiens résidant à l'étranger.",
                  ess="Qualifications essentielles", edu="Études :", exp="Expérience :", assets="Qualifications constituant un atout",
                  abil="Capacités :", pers="Qualités personnelles :", cond="Conditions d'emploi",
                  lang="Anglais ou français essentiel", tenure="Durée indéterminée", posn="Postes à pourvoir : 2",
                  work="Milieu de travail",
                  intro="La Division des partenariats de recherche finance des équipes de chercheurs et d'organismes partenaires qui travaillent ensemble sur des questions d'importance sociale, culturelle et économique. À titre d'agente ou d'agent de programme, vous gérerez un portefeuille de dossiers de subventions de partenariat, de la lettre d'intention au rapport final, vous répondrez aux questions des candidats et des administrateurs de la recherche et vous organiserez les comités qui évaluent les demandes.",
                  intent="Intention du processus : le besoin immédiat est de doter deux postes pour une durée indéterminée. Un bassin de candidats partiellement ou entièrement qualifiés pourrait être établi et servir à doter des postes semblables au groupe et niveau PM-04 pour diverses durées.",
                  apply="Les candidatures doivent être présentées au moyen du site Emplois GC. Une évaluation écrite aura lieu vers le 21 mai 2038, et des entrevues sont prévues pendant les semaines du 7 et du 14 juin 2038.",
                  condtxt=["Cote de sécurité : cote de fiabilité", "Volonté et capacité de voyager à l'occasion au Canada, y compris des séjours d'une nuit.", "Volonté et capacité de faire des heures supplémentaires pendant les périodes de pointe des concours."],
                  other="Autres renseignements", pref="La préférence sera accordée aux anciens combattants, puis aux citoyens canadiens et aux résidents permanents, dans cet ordre.",
                  mod="Date de modification : 2038-04-16", contact="Coordonnées : Équipe de dotation, recrutement-staffing@sshrc-crsh.example")}


def half(l):
    a = LAB[l]
    return f"""
<section lang="{l}" class="poster" style="{'page-break-before:always' if l == 'fr' else ''}">
<div class="refbox" style="float:right;border:1px solid #999;padding:6px 10px;margin:0 0 10px 10px;white-space:nowrap">
  <div>{a['box']}: {REF}</div>
  <div>{a['proc']}: 38-SSH-EA-NCR-4573</div>
</div>
<h2>{T[l]}</h2>
<p>{O[l]} - {'Research Partnerships Division' if l == 'en' else 'Division des partenariats de recherche'}<br>
{L[l]}<br>
{GRADE}<br>
{a['tenure']}<br>
{a['sal']}</p>
<p><strong>{a['close']}</strong></p>
<p>{a['who']}</p>
<h3>{a['work']}</h3>
<p>{a['intro']}</p>
<p>{a['intent']}</p>
<p>{a['posn']}</p>
<h3>{a['ess']}</h3>
<p><strong>{a['edu']}</strong></p>
<p>{ED[l]}</p>
<p><strong>{a['exp']}</strong></p>
{ul(EXP[l])}
<p>{a['lang']}</p>
<p><a href="#">{'Information on language requirements' if l == 'en' else 'Renseignements sur les exigences linguistiques'}</a></p>
<p><strong>{a['abil']}</strong></p>
{ul(ABIL[l])}
<p><strong>{a['pers']}</strong></p>
{ul(PERS[l])}
<h3>{'The following will be applied / assessed at a later date (may be needed for the job)' if l == 'en' else 'Les critères suivants seront appliqués ou évalués ultérieurement (pourraient être nécessaires pour le poste)'}</h3>
<p><strong>{a['assets']}</strong></p>
{ul(ASSET[l])}
<h3>{a['cond']}</h3>
{ul(a['condtxt'])}
<h3>{a['other']}</h3>
<p>{a['apply']}</p>
<p>{a['pref']}</p>
<p>{a['contact']}</p>
<p class="mod">{a['mod']}</p>
</section>"""


html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{T['en']} - GC Jobs</title>
<style>body{{font-family:'Liberation Sans',Arial,sans-serif;font-size:10.5pt;margin:24px}}.gcbar{{background:#26374a;color:#fff;padding:6px}}h2{{font-size:15pt}}h3{{font-size:12pt;border-bottom:1px solid #ccc}}</style></head>
<body>
<div class="cookie">We use cookies to improve your experience. / Nous utilisons des témoins pour améliorer votre expérience. <a href="#">OK</a></div>
<div class="gcbar">Government of Canada / Gouvernement du Canada &nbsp;|&nbsp; <a href="#" style="color:#fff">Français</a></div>
<nav>Canada.ca &gt; Jobs &gt; Find a job in the public service &gt; {LAB['en']['h']}</nav>
{half('en')}
{half('fr')}
<footer><p>Terms and conditions / Avis · Privacy / Confidentialité · Top of page / Haut de la page</p></footer>
</body></html>
"""
name = KEY + "-gcjobs.html"
w(name, html, KEY)
chromium(name, KEY)

expected(KEY, REF, ["en", "fr"], T, O, L, {"en": None, "fr": None}, "2038-05-07",
         sal(74598, 80763, "CAD", "year"), GRADE, CLEAR,
         {l: {"essential": [ED[l]] + EXP[l], "desirable": ASSET[l]} for l in ("en", "fr")},
         {l: names(*(ABIL[l] + PERS[l])) for l in ("en", "fr")})
