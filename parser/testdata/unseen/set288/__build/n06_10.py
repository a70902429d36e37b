"""Notices 6-10: CFS Secretariat consultancy, GPE internship, OIT (French), ALSF (EN then FR),
SEforALL (tenth)."""
import subprocess
from common import *


# ---------------------------------------------------------------- 6. CFS consultancy (pdflatex ToR)
def n06():
    REF = "CFS/CONS/2041/06"
    KEY = "cfs-cons-2041-06"
    TITLE = "Consultant – Policy Convergence Monitoring"
    ORG = "Secretariat of the Committee on World Food Security"
    LOC = "Rome, Italy"
    E = ["Advanced university degree in agricultural economics, food policy, political science or a related field.",
         "At least seven years of experience in food security policy analysis or in monitoring intergovernmental commitments.",
         "Proven ability to design surveys and to synthesize qualitative evidence from many countries.",
         "Excellent drafting skills in English."]
    D = ["Previous work with the Committee, its Advisory Group or a Rome-based agency.",
         "Working knowledge of French or Spanish."]
    expected(KEY, reference=REF, languages=["en"], title=TITLE, organisation=ORG, location=LOC,
             deadline="2041-10-21", salary=sal(430, "EUR", "day"), requirements=req(E, D), competencies=[])
    tasks = ["Review how the Committee's policy products have been used in national food security strategies since 2036.",
             "Design and run an online survey of members and participants, in cooperation with the Secretariat.",
             "Conduct up to twenty-five key informant interviews.",
             "Draft the monitoring report and a two-page summary for the plenary session.",
             "Present the findings at the meeting of the Bureau and Advisory Group."]
    T = lambda s: s.replace("&", r"\&").replace("%", r"\%").replace("_", r"\_").replace("#", r"\#")
    tex = r"""\documentclass[10pt,a4paper]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}
\usepackage[margin=2.2cm]{geometry}\usepackage{array}
\hyphenpenalty=10000 \exhyphenpenalty=10000 \raggedright \pagestyle{plain}
\begin{document}
{\small COMMITTEE ON WORLD FOOD SECURITY \hfill Viale delle Terme di Caracalla, Rome}\\[-2pt]
\rule{\textwidth}{0.6pt}\\[6pt]
\begin{center}{\Large\bfseries TERMS OF REFERENCE}\\[3pt]{\large Individual consultant}\end{center}
\begin{tabular}{|>{\bfseries}p{4.3cm}|p{10.6cm}|}\hline
Reference & """ + T(REF) + r""" \\\hline
Title & """ + T(TITLE) + r""" \\\hline
Hiring unit & """ + T(ORG) + r""" (CFS), hosted by FAO \\\hline
Duty station & """ + T(LOC) + r""", with up to 20 days of remote work \\\hline
Duration & 55 working days between November 2041 and March 2042 \\\hline
Fee & Daily fee: EUR 430, paid on acceptance of deliverables \\\hline
Issued & 30 September 2041 \\\hline
Closing date & 21 October 2041, 17:00 Rome time \\\hline
\end{tabular}

\section*{1. Background}
The Committee on World Food Security is the foremost inclusive intergovernmental platform on food security and
nutrition. Every four years, its Secretariat prepares a report on how the Committee's policy recommendations are
taken up by members and stakeholders. The consultant will prepare the evidence base for the next report.

\section*{2. Tasks}
\renewcommand{\labelenumi}{\alph{enumi})}\begin{enumerate}
""" + "".join(r"\item " + T(t) + "\n" for t in tasks) + r"""\end{enumerate}

\section*{3. Deliverables and schedule}
\begin{tabular}{|p{9cm}|p{2.6cm}|p{2.4cm}|}\hline
\textbf{Deliverable} & \textbf{Due} & \textbf{Payment} \\\hline
Inception note and survey questionnaire & 28 November 2041 & 20\,\% \\\hline
Survey and interview results & 30 January 2042 & 40\,\% \\\hline
Final report and summary & 13 March 2042 & 40\,\% \\\hline
\end{tabular}

\section*{4. Qualifications}
\textbf{Minimum requirements}
\begin{itemize}
""" + "".join(r"\item " + T(x) + "\n" for x in E) + r"""\end{itemize}
\textbf{Assets}
\begin{itemize}
""" + "".join(r"\item " + T(x) + "\n" for x in D) + r"""\end{itemize}

\section*{5. How to apply}
Send a CV, a cover letter and an example of a policy report to the Secretariat, quoting the reference above.
Shortlisted candidates will be interviewed during the week of 3 November 2041. Consultants are not staff members;
the fee is all-inclusive, except for approved travel.
\end{document}
"""
    src(f"{KEY}-tor.tex", tex)
    latex_pdf(f"{KEY}-tor.tex", f"{KEY}-tor.pdflatex.pdf", KEY)

    dg = f"""From: food-policy-network digest <food-policy-network@dgroups.example>
To: food-policy-network@dgroups.example
Subject: [food-policy-network] Digest, Vol 212, Issue 9
Date: Thu, 2 Oct 2041 06:00:02 +0000

Today's Topics:

   1. Webinar recording: seed systems (A. Okafor)
   2. Consultancy - CFS Secretariat, Rome (M. Rinaldi)
   3. Re: Webinar recording: seed systems (P. Duarte)

----------------------------------------------------------------------

Message: 1
From: A. Okafor
Subject: Webinar recording: seed systems

The recording of last week's webinar is online. Next session on 16 October 2041.

------------------------------

Message: 2
From: M. Rinaldi
Subject: Consultancy - CFS Secretariat, Rome

Dear colleagues, please circulate.

  Title: {TITLE}
  Reference: {REF}
  Hiring unit: {ORG} (CFS)
  Duty station: {LOC}, with up to 20 days of remote work
  Duration: 55 working days, November 2041 - March 2042
  Daily fee: EUR 430
  Closing date: 21 October 2041

  Tasks
   a) {tasks[0]}
   b) {tasks[1]}
   c) {tasks[2]}
   d) {tasks[3]}
   e) {tasks[4]}

  Minimum requirements
   - {E[0]}
   - {E[1]}
   - {E[2]}
   - {E[3]}

  Assets
   - {D[0]}
   - {D[1]}

  Interviews: week of 3 November 2041. Full ToR attached (PDF, 2 pages).

------------------------------

Message: 3
From: P. Duarte
Subject: Re: Webinar recording: seed systems

Thanks! Slides as well, please?

------------------------------

End of food-policy-network Digest, Vol 212, Issue 9
**************************************************
To unsubscribe, write to food-policy-network-leave@dgroups.example
"""
    write(f"{KEY}-dgroups-digest.txt", dg, KEY)


# ---------------------------------------------------------------- 7. GPE internship
def n07():
    REF = "GPE-INT-2041-11"
    KEY = "gpe-int-2041-11"
    TITLE = "Intern – Education Financing Data"
    ORG = "Global Partnership for Education"
    LOC = "Washington, DC, United States"
    SCHED = "Full-time"
    E = ["be enrolled in a graduate programme, or have graduated within the past twelve months, in economics, "
         "public finance, statistics or education policy;",
         "have good command of Excel and of R, Stata or Python;",
         "be fluent in English;",
         "be available for at least ten weeks from 12 January 2042."]
    D = ["Coursework in public financial management or education economics.",
         "Knowledge of French, Portuguese or Arabic.",
         "Experience with data visualisation tools."]
    expected(KEY, reference=REF, languages=["en"], title=TITLE, organisation=ORG, location=LOC,
             deadline="2041-10-24", schedule=SCHED, salary=sal(23.15, "USD", "hour"),
             requirements=req(E, D), competencies=[])
    tasks = ["Clean and update the domestic education financing dataset for partner countries.",
             "Prepare country profiles on education budgets and their execution.",
             "Support the team in writing a note on aid to education.",
             "Check figures cited in GPE publications against sources."]
    md = f"""[GPE](/) · [Who we are](/who-we-are) · [What we do](/what-we-do) · [Results](/results) · [Careers](/careers) · [Donate](/donate)

[Home](/) › [Careers](/careers) › [Internships](/careers/internships)

# {TITLE}

*Published 29 September 2041*

**Reference:** {REF}  
**Organization:** {ORG} (GPE) Secretariat  
**Team:** Education Finance and Data  
**Location:** {LOC}  
**Hours:** {SCHED}  
**Stipend:** USD 23.15 per hour  
**Apply by:** 24 October 2041

## About GPE

The {ORG} is a multi-stakeholder partnership and fund dedicated to transforming education in lower-income
countries. Its Secretariat is hosted by the World Bank in Washington, DC.

## What you will do

{chr(10).join("- " + t for t in tasks)}

## Who can apply

To be eligible, candidates must:

{chr(10).join(f"{i}. {x}" for i, x in enumerate(E, 1))}

## Nice to have

{chr(10).join("- " + x for x in D)}

## Conditions

Interns are paid an hourly stipend and are responsible for their own visa, travel and health insurance. The
internship is not an expectation of employment. Interviews will take place on 4 and 5 November 2041.

> Questions? Write to internships@gpe.example. Please do not send applications by e-mail.

---
© Global Partnership for Education · Privacy · Terms
"""
    write(f"{KEY}-gpe.md", md, KEY)
    txt = f"""handshake
Jobs   Events   Career Fairs   Inbox   Career Center

< Back to search

{TITLE}
{ORG}
Washington, DC, United States · Internship · Paid · On-site

Apply externally      ☆ Save

Apply by October 24, 2041 at 11:59 PM
Posted 2 days ago

At a glance
$23.15/hr
Paid
{SCHED} · Internship
Jan 2042 - Mar 2042

Job description
Reference {REF}. The {ORG} Secretariat, hosted by the World Bank, is looking for a graduate intern for its Education Finance and Data team.
{chr(10).join("• " + t for t in tasks)}

To be eligible, candidates must:
{chr(10).join(E)}

Nice to have
{chr(10).join(D)}

Interviews: 4 and 5 November 2041. Stipend: USD 23.15 per hour.

About the employer
{ORG} · Non-profit - International · 201-500 employees

Similar jobs
Research Intern · Inter-American Dialogue · Apply by Oct 30
Data Analytics Intern · City Education Fund · Apply by Nov 15
"""
    write(f"{KEY}-handshake.txt", txt, KEY)


# ---------------------------------------------------------------- 8. OIT, French
def n08():
    REF = "OIT/YDE/AV/2041/05"
    KEY = "oit-yde-av-2041-05"
    TITLE = "Assistant(e) de programme (travail décent en milieu rural)"
    ORG = "Organisation internationale du Travail"
    LOC = "Yaoundé (Cameroun)"
    E = ["Diplôme d'études secondaires complètes ; un diplôme universitaire en gestion, en économie ou en sciences "
         "sociales serait un atout.",
         "Au moins six années d'expérience dans l'appui administratif ou financier à des programmes de développement.",
         "Très bonne maîtrise de la suite Office et des systèmes informatisés de gestion.",
         "Excellente connaissance du français et bonne connaissance pratique de l'anglais."]
    D = ["Expérience au sein d'une organisation du système des Nations Unies.",
         "Connaissance des organisations d'employeurs et de travailleurs du Cameroun."]
    C = [("Intégrité et transparence", "Respecte les normes de conduite de la fonction publique internationale et "
          "agit de manière impartiale."),
         ("Orientation client", "Répond avec courtoisie et diligence aux demandes des mandants, des partenaires et des "
          "collègues du bureau."),
         ("Travail d'équipe", "Collabore avec l'équipe du projet et partage l'information utile en temps voulu.")]
    expected(KEY, reference=REF, languages=["fr"], title=TITLE, organisation=ORG, location=LOC,
             deadline="2041-10-27", grade="G-6", salary=sal(9846000, "XAF", "year"),
             requirements=req(E, D), competencies=comp(*C))
    taches = ["Assurer le suivi administratif et financier du projet d'appui au travail décent dans les zones rurales ;",
              "Préparer les contrats de collaboration extérieure et les accords de mise en œuvre ;",
              "Tenir à jour les tableaux de suivi budgétaire et signaler les écarts ;",
              "Organiser les ateliers, missions et réunions tripartites ;",
              "Accomplir toute autre tâche connexe confiée par le superviseur."]
    html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Avis de vacance {esc(REF)}</title>
<style>body{{font-family:"Liberation Serif",serif;font-size:11pt;margin:2cm}} h1{{font-size:14pt;text-align:center}}
.ent{{text-align:center;font-weight:bold}} table{{border-collapse:collapse;width:100%}}
th,td{{border:1px solid #444;padding:3px 6px;text-align:left;vertical-align:top}} th{{width:35%;background:#eef}}
h2{{font-size:11.5pt;text-transform:uppercase;border-bottom:1px solid #444}}</style></head>
<body>
<p class="ent">{esc(ORG).upper()}<br>Bureau de pays de l'OIT pour l'Afrique centrale</p>
<h1>AVIS DE VACANCE DE POSTE<br>(recrutement local)</h1>
<table>
<tr><th>Avis de vacance n°</th><td>{esc(REF)}</td></tr>
<tr><th>Intitulé du poste</th><td>{esc(TITLE)}</td></tr>
<tr><th>Organisation</th><td>{esc(ORG)} (OIT)</td></tr>
<tr><th>Classe</th><td>G-6</td></tr>
<tr><th>Lieu d'affectation</th><td>{esc(LOC)}</td></tr>
<tr><th>Type de contrat</th><td>Durée déterminée, un an, renouvelable selon les fonds disponibles</td></tr>
<tr><th>Date de publication</th><td>29 septembre 2041</td></tr>
<tr><th>Date limite de dépôt des candidatures</th><td>27 octobre 2041 (minuit, heure de Yaoundé)</td></tr>
</table>
<p>Seules les candidatures des ressortissants camerounais ou des personnes titulaires d'un titre de séjour valide au
Cameroun seront prises en considération.</p>
<h2>Contexte</h2>
<p>Le Bureau de pays de l'OIT à Yaoundé couvre huit pays d'Afrique centrale. Il met en œuvre un projet de promotion
du travail décent dans l'économie rurale, financé par un partenaire bilatéral.</p>
<h2>Attributions principales</h2>
<ol>{"".join(f"<li>{esc(t)}</li>" for t in taches)}</ol>
<h2>Compétences</h2>
{"".join(f"<p><b>{esc(n)}</b> : {esc(d)}</p>" for n, d in C)}
<h2>Qualifications requises</h2>
<p><u>Formation</u> : {esc(E[0])}</p>
<p><u>Expérience</u> : {esc(E[1])}</p>
<p><u>Connaissances techniques</u> : {esc(E[2])}</p>
<p><u>Langues</u> : {esc(E[3])}</p>
<h2>Atouts</h2>
<ul>{"".join(f"<li>{esc(x)}</li>" for x in D)}</ul>
<h2>Conditions d'emploi</h2>
<p>Traitement annuel net : 9 846 000 FCFA, auquel s'ajoutent les prestations prévues par le Statut du personnel.
Les candidat(e)s présélectionné(e)s passeront un test écrit prévu le 10 novembre 2041.</p>
<p><b>L'OIT NE PERÇOIT AUCUN FRAIS À AUCUN STADE DU PROCESSUS DE RECRUTEMENT.</b></p>
</body></html>
"""
    write(f"{KEY}-avis.fr.html", html, KEY)
    src(f"{KEY}-avis.fr.html", html)
    libreoffice_pdf(f"{KEY}-avis.fr.html", f"{KEY}-avis.fr.libreoffice.pdf", KEY, "writer_web_pdf_Export")

    txt = f"""MinaJobs Cameroun | Offres d'emploi | Concours | Stages | Publier une offre | Connexion

Accueil > Offres d'emploi > Organisations internationales > {TITLE}

{TITLE.upper()}
Publiée le 30/09/2041 · Expire le 27/10/2041 · Yaoundé · 1 312 vues

Employeur : {ORG} (OIT)
Lieu : {LOC}
Classe : G-6
Référence : {REF}
Contrat : CDD d'un an renouvelable

CONTEXTE
Le Bureau de pays de l'OIT à Yaoundé met en œuvre un projet de promotion du travail décent dans l'économie rurale.

ATTRIBUTIONS
{chr(10).join("- " + t for t in taches)}

COMPÉTENCES
{chr(10).join(f"* {n} : {d}" for n, d in C)}

PROFIL RECHERCHÉ
Formation : {E[0]}
Expérience : {E[1]}
Connaissances techniques : {E[2]}
Langues : {E[3]}

ATOUTS
{chr(10).join("- " + x for x in D)}

SALAIRE : 9 846 000 FCFA net par an.
Test écrit : 10 novembre 2041.

Postuler sur le site de l'OIT. MinaJobs n'est pas l'employeur et ne demande jamais d'argent.

Offres similaires
> Chargé(e) de communication – PNUD – Douala – expire le 15/10/2041
> Chauffeur – UNFPA – Bertoua – expire le 20/10/2041
"""
    write(f"{KEY}-minajobs.fr.txt", txt, KEY)


# ---------------------------------------------------------------- 9. ALSF, EN then FR (WeasyPrint)
def n09():
    REF = "ALSF/VN/2041/03"
    KEY = "alsf-vn-2041-03"
    T = {"en": "Legal Counsel (Sovereign Debt Advisory)", "fr": "Conseiller(ère) juridique (dette souveraine)"}
    O = {"en": "African Legal Support Facility", "fr": "Facilité africaine de soutien juridique"}
    L = {"en": "Abidjan, Côte d'Ivoire", "fr": "Abidjan (Côte d'Ivoire)"}
    E = {"en": ["Master's degree in law, with a focus on public international law, finance or commercial law.",
                "At least seven years of legal experience in sovereign debt, project finance or investment disputes, in a law firm, government or international institution.",
                "Experience in negotiating complex financing agreements.",
                "Fluency in English or French, with a working knowledge of the other language."],
         "fr": ["Master en droit, avec une spécialisation en droit international public, en droit financier ou en droit commercial.",
                "Au moins sept années d'expérience juridique en dette souveraine, en financement de projets ou en différends liés aux investissements, dans un cabinet, une administration ou une institution internationale.",
                "Expérience de la négociation d'accords de financement complexes.",
                "Maîtrise de l'anglais ou du français, avec une connaissance pratique de l'autre langue."]}
    D = {"en": ["Admission to a bar in an African jurisdiction.",
                "Knowledge of Portuguese or Arabic."],
         "fr": ["Inscription à un barreau d'un pays africain.",
                "Connaissance du portugais ou de l'arabe."]}
    C = {"en": [("Legal judgement", "Identifies the decisive issues in a file and gives clear, well-founded advice."),
                ("Client focus", "Understands the needs of beneficiary governments and responds to them promptly."),
                ("Teamwork", "Works across disciplines with economists, external counsel and partner institutions.")],
         "fr": [("Jugement juridique", "Dégage les questions déterminantes d'un dossier et donne des avis clairs et fondés."),
                ("Sens du service", "Comprend les besoins des gouvernements bénéficiaires et y répond avec diligence."),
                ("Travail d'équipe", "Travaille avec des économistes, des conseils externes et des institutions partenaires.")]}
    expected(KEY, reference=REF, languages=["en", "fr"], title=T, organisation=O, location=L,
             deadline="2041-10-29", grade="PL4",
             requirements={l: req(E[l], D[l]) for l in ("en", "fr")},
             competencies={l: comp(*C[l]) for l in ("en", "fr")})
    duty = {"en": ["Advise member governments on the restructuring of sovereign debt and on new borrowing.",
                   "Manage external counsel retained by the Facility and review their work.",
                   "Draft legal opinions, term sheets and training material.",
                   "Contribute to the Facility's knowledge products on debt transparency."],
            "fr": ["Conseiller les gouvernements membres sur la restructuration de la dette souveraine et les nouveaux emprunts.",
                   "Gérer les conseils externes retenus par la Facilité et examiner leurs travaux.",
                   "Rédiger des avis juridiques, des notes de termes et des supports de formation.",
                   "Contribuer aux produits de connaissance de la Facilité sur la transparence de la dette."]}
    lab = {"en": dict(banner="VACANCY NOTICE", ref="Vacancy notice", title="Position title", org="Organization",
                      grade="Grade", loc="Duty station", issue="Date of issue", issue_v="1 October 2041",
                      dl="Deadline for applications", dl_v="29 October 2041", bg="Background",
                      bg_t=f"The {O['en']} (ALSF) is a public international institution hosted by the African Development Bank. It provides legal advice and technical assistance to African governments in complex commercial negotiations and creditor litigation.",
                      duties="Duties", comp="Competencies", th=("Competency", "What it looks like"),
                      req="Minimum requirements", des="Desirable", cond="Conditions",
                      cond_t="The Facility offers an internationally competitive salary and benefits in line with the rules of the African Development Bank. Interviews are planned for late November 2041."),
           "fr": dict(banner="AVIS DE VACANCE DE POSTE", ref="Avis de vacance", title="Intitulé du poste",
                      org="Organisation", grade="Classe", loc="Lieu d'affectation", issue="Date de publication",
                      issue_v="1er octobre 2041", dl="Date limite de dépôt des candidatures", dl_v="29 octobre 2041",
                      bg="Contexte",
                      bg_t=f"La {O['fr']} (ALSF) est une institution publique internationale hébergée par la Banque africaine de développement. Elle fournit des conseils juridiques et une assistance technique aux gouvernements africains dans les négociations commerciales complexes et les litiges avec les créanciers.",
                      duties="Fonctions", comp="Compétences", th=("Compétence", "Comportements attendus"),
                      req="Conditions minimales", des="Atouts", cond="Conditions d'emploi",
                      cond_t="La Facilité offre un traitement et des prestations compétitifs sur le plan international, conformément aux règles de la Banque africaine de développement. Les entretiens sont prévus fin novembre 2041.")}

    def half(l, extra=""):
        b = lab[l]
        return f"""<section lang="{l}"{extra}>
<p class="banner">{b['banner']}</p>
<h1>{esc(T[l])}</h1>
<table class="facts">
<tr><th>{b['ref']}</th><td>{esc(REF)}</td></tr>
<tr><th>{b['title']}</th><td>{esc(T[l])}</td></tr>
<tr><th>{b['org']}</th><td>{esc(O[l])}</td></tr>
<tr><th>{b['grade']}</th><td>PL4</td></tr>
<tr><th>{esc(b['loc'])}</th><td>{esc(L[l])}</td></tr>
<tr><th>{b['issue']}</th><td>{b['issue_v']}</td></tr>
<tr><th>{b['dl']}</th><td>{b['dl_v']}</td></tr>
</table>
<h2>{b['bg']}</h2><p>{esc(b['bg_t'])}</p>
<h2>{b['duties']}</h2><ul>{"".join(f"<li>{esc(x)}</li>" for x in duty[l])}</ul>
<h2>{b['comp']}</h2>
<table class="comp"><tr><th>{b['th'][0]}</th><th>{esc(b['th'][1])}</th></tr>
{"".join(f"<tr><td>{esc(n)}</td><td>{esc(d)}</td></tr>" for n, d in C[l])}</table>
<h2>{b['req']}</h2><ul>{"".join(f"<li>{esc(x)}</li>" for x in E[l])}</ul>
<h2>{b['des']}</h2><ul>{"".join(f"<li>{esc(x)}</li>" for x in D[l])}</ul>
<h2>{esc(b['cond'])}</h2><p>{esc(b['cond_t'])}</p>
</section>"""
    css = """@page{size:A4;margin:2cm 2cm 2.2cm;@bottom-center{content:"ALSF/VN/2041/03 · " counter(page) "/" counter(pages);font-size:8pt}}
body{font-family:"DejaVu Sans",sans-serif;font-size:9.5pt}
.banner{letter-spacing:3px;color:#7a5c00;font-weight:bold;border-bottom:2px solid #7a5c00}
h1{font-size:14pt} h2{font-size:11pt;color:#7a5c00}
table{border-collapse:collapse;width:100%} th,td{border:1px solid #999;padding:3px 5px;text-align:left;vertical-align:top}
table.facts th{width:38%;background:#f4efe0} table.comp th{background:#f4efe0}
tr{break-inside:avoid}"""
    page = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>ALSF – {esc(REF)}</title><style>{css}</style></head><body>
<p><small>ALSF · Immeuble CCIA, Abidjan-Plateau · <a>English</a> | <a>Français</a></small></p>
<p><i>The French version follows the English version. / La version française suit la version anglaise.</i></p>
{half("en")}
<hr>
{half("fr", ' style="break-before:page"')}
<p><small>ALSF does not charge any fee in its recruitment process. / L'ALSF ne perçoit aucun frais de recrutement.</small></p>
</body></html>
"""
    write(f"{KEY}-alsf.html", page, KEY)
    src(f"{KEY}-alsf.html", page)
    weasy_pdf(f"{KEY}-alsf.html", f"{KEY}-alsf.weasyprint.pdf", KEY)


# ---------------------------------------------------------------- 10. SEforALL
def n10():
    REF = "SEforALL/VA/2041/09"
    KEY = "seforall-va-2041-09"
    TITLE = "Programme Officer, Clean Cooking"
    ORG = "Sustainable Energy for All"
    LOC = "Vienna, Austria"
    E = ["A master's degree in energy policy, engineering, economics, public health or a related field.",
         "At least five years of professional experience in energy access or clean cooking programmes, including in sub-Saharan Africa or South Asia.",
         "A track record of convening partners from government, finance and industry.",
         "Excellent writing skills in English."]
    D = ["Experience with results-based financing or carbon markets for cooking solutions.",
         "Knowledge of French or Hindi."]
    C = [("Partnering", "You build coalitions and keep partners engaged over time."),
         ("Delivering results", "You plan realistically, meet deadlines and track progress against targets."),
         ("Communicating with impact", "You turn technical evidence into clear messages for decision makers.")]
    expected(KEY, reference=REF, languages=["en"], title=TITLE, organisation=ORG, location=LOC,
             deadline="2041-10-03", grade="P-3", salary=sal(74410, "USD", "year"),
             requirements=req(E, D), competencies=comp(*C))
    resp = ["Coordinate the Clean Cooking Compact workstream and its country engagement plans.",
            "Track financing commitments and prepare the annual progress brief.",
            "Organize the clean cooking track of the SEforALL Global Forum.",
            "Draft speeches, blogs and talking points for senior management."]
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(TITLE)} — SEforALL</title>
<style>body{{font-family:Helvetica,Arial,sans-serif;max-width:900px;margin:auto;color:#1d1d1b}}
.hero{{background:#ffd500;padding:18px}} .pill{{display:inline-block;background:#1d1d1b;color:#fff;padding:2px 8px;margin:2px;border-radius:10px;font-size:12px}}
dt{{font-weight:bold;margin-top:8px}} dd{{margin-left:0}}</style></head>
<body>
<nav>SEforALL &nbsp; Our work · Knowledge hub · News · Events · <b>Careers</b> · Contact &nbsp; 🔍</nav>
<div class="hero"><p>Careers / Open positions</p>
<h1>{esc(TITLE)}</h1>
<span class="pill">Vienna</span><span class="pill">Fixed-term</span><span class="pill">Level P-3</span><span class="pill">Closes 3 Oct 2041</span></div>
<table>
<tr><td>Reference</td><td>{esc(REF)}</td></tr>
<tr><td>Organization</td><td>{esc(ORG)}</td></tr>
<tr><td>Location</td><td>{esc(LOC)}</td></tr>
<tr><td>Level</td><td>P-3</td></tr>
<tr><td>Contract</td><td>Fixed-term appointment, two years, administered by UNOPS on behalf of SEforALL</td></tr>
<tr><td>Opened</td><td>12 September 2041</td></tr>
<tr><td>Closing date</td><td>3 October 2041, 23:59 CET</td></tr>
</table>
<h2>Who we are</h2>
<p>{esc(ORG)} is an international organization that works with leaders in government, the private sector and
civil society to accelerate action on universal access to modern energy. Our headquarters are in Vienna.</p>
<h2>What you will do</h2>
<ul>{"".join(f"<li>{esc(x)}</li>" for x in resp)}</ul>
<h2>What you will bring</h2>
<ul>{"".join(f"<li>{esc(x)}</li>" for x in E)}</ul>
<h2>It would be great if you also have</h2>
<ul>{"".join(f"<li>{esc(x)}</li>" for x in D)}</ul>
<h2>How we work</h2>
<dl>{"".join(f"<dt>{esc(n)}</dt><dd>{esc(d)}</dd>" for n, d in C)}</dl>
<h2>What we offer</h2>
<p>An annual net salary of USD 74,410, plus post adjustment for Vienna, dependency allowances where applicable,
30 days of annual leave and a pension scheme. Interviews are planned for 20–24 October 2041.</p>
<p><a>Apply now</a></p>
<aside><h3>More openings</h3><p>Finance Associate · Vienna · closes 10 Oct 2041<br>Communications Intern · Remote · closes 17 Oct 2041</p></aside>
<footer>Sustainable Energy for All · Andromeda Tower, Vienna · Newsletter · Privacy</footer>
</body></html>
"""
    write(f"{KEY}-seforall.html", html, KEY)
    txt = f"""Microsoft Teams — Energy Access Partners / #jobs-and-opportunities

Ines Wagner  9/24 10:42 AM
Sharing this one from SEforALL, closes 3 October 2041! 👇

{TITLE}
{ORG} · {LOC}
Ref {REF} · Level P-3 · Fixed-term, 2 years
Net salary USD 74,410 per year + post adjustment

What you will do
{chr(10).join("• " + x for x in resp)}

What you will bring
{chr(10).join("• " + x for x in E)}

It would be great if you also have
{chr(10).join("• " + x for x in D)}

How we work
{chr(10).join(f"{n}{chr(10)}{d}" for n, d in C)}

Interviews 20–24 October.
👍 6   🎉 2

  Kwame Asante  9/24 11:05 AM
  Thanks Ines – is it open to non-EU nationals?

  Ines Wagner  9/24 11:09 AM
  Yes, it's an international post, no nationality restriction as far as I know.

  Seen by 34
"""
    write(f"{KEY}-teams-paste.txt", txt, KEY)
