from common import *

# ---------------------------------------------------------------- N6 UN-REDD consultancy
def n06():
    ref = "UNREDD/IC/2041/03"; key = "unredd-ic-2041-03"
    title = "Consultant – Forest Reference Level Technical Assessment"
    org = "UN-REDD Programme Secretariat"; loc = "Home-based"
    ess = ["Advanced university degree in forestry, environmental science, remote sensing or a related field.",
           "At least eight years of experience in forest monitoring, greenhouse gas inventories or forest reference levels.",
           "Demonstrated experience in reviewing national submissions under the UNFCCC.",
           "Excellent drafting skills in English."]
    des = ["Experience as a member of a UNFCCC technical assessment or review team.",
           "Working knowledge of French or Spanish."]
    tasks = ["Review the draft forest reference levels of up to four partner countries against UNFCCC guidance;",
             "Prepare a written technical assessment for each country, with recommendations;",
             "Hold virtual clinics with national teams to discuss the findings;",
             "Draft a synthesis note on recurring methodological issues for the Programme's knowledge series."]
    tex = r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}
\usepackage[margin=2.3cm]{geometry}\usepackage{array}
\hyphenpenalty=10000 \exhyphenpenalty=10000 \raggedright
\pagestyle{empty}
\begin{document}
{\large\bfseries UN-REDD Programme}\hfill Geneva, 14 February 2041\par
\vspace{1em}
\begin{center}{\Large\bfseries TERMS OF REFERENCE}\\[2pt]Individual consultancy\end{center}
\begin{tabular}{|p{4.3cm}|p{10.6cm}|}\hline
Reference & """ + ref + r""" \\ \hline
Title of assignment & """ + title + r""" \\ \hline
Hiring unit & """ + org + r""", Measurement, Reporting and Verification team \\ \hline
Duty station & """ + loc + r""", no travel foreseen \\ \hline
Duration & 45 working days over April--August 2041 \\ \hline
Remuneration & Daily fee of USD 520 per working day \\ \hline
Date of issue & 14 February 2041 \\ \hline
Deadline for applications & 16 March 2041 \\ \hline
\end{tabular}

\section*{1. Background}
The UN-REDD Programme supports partner countries in reducing emissions from deforestation and forest degradation. Countries that submit forest reference levels to the UNFCCC often request an independent technical review beforehand. The Secretariat is building a small pool of reviewers for the 2041 cycle.

\section*{2. Tasks}
\begin{enumerate}
""" + "".join(r"\item " + t + "\n" for t in tasks) + r"""\end{enumerate}

\section*{3. Deliverables and payment}
\begin{tabular}{|p{8cm}|p{3cm}|p{2.5cm}|}\hline
Deliverable & Due & Payment \\ \hline
Inception note and review plan & 30 April 2041 & 20\% \\ \hline
Four technical assessments & 15 July 2041 & 50\% \\ \hline
Synthesis note & 29 August 2041 & 30\% \\ \hline
\end{tabular}

\section*{4. Qualifications}
\textbf{Minimum qualifications}
\begin{itemize}
""" + "".join(r"\item " + e + "\n" for e in ess) + r"""\end{itemize}
\textbf{Desirable qualifications}
\begin{itemize}
""" + "".join(r"\item " + d + "\n" for d in des) + r"""\end{itemize}

\section*{5. Application}
Send a CV, a one-page note on your approach and your daily fee expectations to the Secretariat, quoting the reference. Interviews of shortlisted consultants will take place in the week of 24 March 2041.
\end{document}
"""
    pdflatex(f"{key}-tor", tex, key)
    mail = f"""From: UN-REDD Secretariat <unredd.consultancies@un-redd.example>
Date: Tue, 14 Feb 2041 15:06:44 +0100
To: mrv-roster@un-redd.example
Subject: [MRV roster] New consultancy: {title} ({ref})

Dear roster member,

You are receiving this message because you joined the UN-REDD roster of MRV experts. We have opened the consultancy below and would welcome your application, or a referral of qualified colleagues. If you no longer wish to receive these messages, reply with UNSUBSCRIBE by 1 March 2041.

==================================================
{title}
Reference: {ref}
Hiring unit: {org}
Location: {loc}
Duration: 45 working days (April-August 2041)
Fee: USD 520 per working day
Closing date: 16 March 2041
==================================================

What you would do
""" + "\n".join(f"  {i}) {t}" for i, t in enumerate(tasks, 1)) + "\n\nMinimum qualifications\n" + "\n".join("  o " + e for e in ess) + "\n\nDesirable qualifications\n" + "\n".join("  o " + d for d in des) + f"""

Deliverables are due on 30 April, 15 July and 29 August 2041; payment follows each accepted deliverable. The full terms of reference are attached (PDF).

Kind regards,
MRV team, UN-REDD Programme Secretariat
--
You are subscribed to mrv-roster. Manage your subscription: https://lists.un-redd.example/mrv-roster
"""
    w(f"{key}-roster-email.txt", mail, key)
    expected(key, ref, ["en"], title, org, loc, "2041-03-16", salary=sal(520, "USD", "day"),
             req={"en": {"essential": ess, "desirable": des}}, comp={"en": []})

# ---------------------------------------------------------------- N7 IVI internship
def n07():
    ref = "IVI-INT-2041-02"; key = "ivi-int-2041-02"
    title = "Intern – Epidemiology and Data Science"
    org = "International Vaccine Institute"; loc = "Seoul, Republic of Korea"; sched = "Full-time"
    ess = ["Be enrolled in, or have graduated within the past year from, a master's or doctoral programme in epidemiology, biostatistics, public health or data science;",
           "Have completed coursework in statistical methods and be able to use R or Stata;",
           "Be fluent in English;",
           "Be available for six months from 2 May 2041."]
    des = ["Experience with surveillance data on typhoid, cholera or other enteric diseases.",
           "Knowledge of Korean, French or an Asian language other than Korean.",
           "Experience with data visualization tools."]
    tasks = ["Clean, document and analyse data from multi-country disease surveillance studies;",
             "Prepare tables, figures and maps for study reports and manuscripts;",
             "Support literature reviews on vaccine effectiveness;",
             "Take part in the weekly meetings of the Epidemiology, Public Health, Impact unit."]
    tr = lambda a, b: f"<tr><th scope='row'>{a}</th><td>{b}</td></tr>"
    html = f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title} – IVI Careers</title>
<style>body{{font-family:'Noto Sans',Arial;max-width:960px;margin:auto}} table{{border-collapse:collapse}} th,td{{border-bottom:1px solid #ccc;padding:4px 10px;text-align:left}} .box{{background:#f3f7fb;padding:8px;float:right;width:28%}}</style></head><body>
<nav><a href="#">IVI</a> | <a href="#">About</a> | <a href="#">Research</a> | <a href="#">Careers</a> | <a href="#">한국어</a></nav>
<p><a href="#">Careers</a> &gt; <a href="#">Internships</a> &gt; {title}</p>
<div class="box"><b>Other openings</b><br>Research Scientist (Immunology) – closes 28 Feb 2041<br>Finance Associate – closes 13 Mar 2041</div>
<h1>{title}</h1>
<table>
{tr("Reference", ref)}
{tr("Organization", org + " (IVI)")}
{tr("Department", "Epidemiology, Public Health, Impact")}
{tr("Location", loc)}
{tr("Type", "Internship, 6 months")}
{tr("Working time", sched)}
{tr("Stipend", "KRW 1,800,000 per month")}
{tr("Posted", "13 February 2041")}
{tr("Application deadline", "20 March 2041, 18:00 KST")}
</table>
<h2>About IVI</h2>
<p>IVI is an international organization established by treaty and headquartered on the Seoul National University research park. It develops and evaluates vaccines for people in low- and middle-income countries.</p>
<h2>What you will do</h2>{ul(tasks)}
<h2>Eligibility</h2>
<p>To be considered, applicants must:</p>{ul(ess)}
<h2>Preferred</h2>{ul(des)}
<h2>Conditions</h2>
<p>The stipend covers living costs; IVI provides accident insurance. Interns arrange their own visa (D-10 or D-2), with a support letter from IVI. Online interviews will take place between 31 March and 4 April 2041.</p>
<p>IVI does not charge any application or processing fee.</p>
<footer>© International Vaccine Institute · 1 Gwanak-ro, Gwanak-gu, Seoul</footer></body></html>"""
    w(f"{key}-ivi.html", html, key)
    chat = f"""KakaoTalk Chat: [Open Chat] Global Health Careers Korea 🌏 (412)
Date Saved : 2041-02-15 22:03:11

--------------- Monday, February 13, 2041 ---------------
[Minji Park] [8:41 PM] Hi all, IVI just posted an internship 👇
[Minji Park] [8:42 PM] 📌 {title}
Org: {org}
Ref: {ref}
Location: {loc}
Working time: {sched}
Stipend: KRW 1,800,000 per month
Deadline: 20 March 2041 (6 pm KST)

Tasks:
""" + "\n".join("• " + t for t in tasks) + "\n\nEligibility - applicants must:\n" + "\n".join("✔ " + e for e in ess) + "\n\nPreferred:\n" + "\n".join("➕ " + d for d in des) + f"""
[Minji Park] [8:42 PM] link: https://careers.ivi.example/internships/{ref}
[Jae-won Lee] [9:05 PM] is it paid?? 🙏
[Minji Park] [9:06 PM] yes, the stipend above, plus insurance
[Sophie Martin] [9:30 PM] thanks! do they accept students graduating in August?
[Minji Park] [9:33 PM] I think so if you're enrolled now. interviews are 31 March to 4 April btw
--------------- Tuesday, February 14, 2041 ---------------
[Jae-won Lee] [7:12 AM] IVI info webinar for interns on 6 March, registration in the group notice 📎
"""
    w(f"{key}-kakaotalk.txt", chat, key)
    expected(key, ref, ["en"], title, org, loc, "2041-03-20", sched=sched, salary=sal(1800000, "KRW", "month"),
             req={"en": {"essential": ess, "desirable": des}}, comp={"en": []})

# ---------------------------------------------------------------- N8 ONU-Habitat (FR)
def n08():
    ref = "ONU-HABITAT/RDC/AV/2041/04"; key = "onu-habitat-rdc-av-2041-04"
    title = "Assistant(e) aux achats et à la logistique"
    org = "Programme des Nations Unies pour les établissements humains"
    loc = "Kinshasa (République démocratique du Congo)"; grade = "G-6"
    ess = ["Diplôme d'études secondaires ou équivalent ;",
           "Au moins six années d'expérience progressive dans les achats, la logistique ou l'administration ;",
           "Maîtrise des logiciels de bureautique et d'un progiciel de gestion intégré ;",
           "Excellente maîtrise du français et bonne connaissance pratique de l'anglais."]
    des = ["Diplôme universitaire en gestion, en logistique ou dans un domaine connexe ;",
           "Certification en achats publics (niveau 2 du CIPS ou équivalent) ;",
           "Connaissance du lingala ou du swahili."]
    comps = [("Professionnalisme", "Maîtrise les règles et procédures d'achat des Nations Unies ; fait preuve de rigueur et d'exactitude dans la tenue des dossiers."),
             ("Souci du client", "Cerne les besoins des équipes de projet et y répond avec diligence ; tient les demandeurs informés de l'avancement des commandes."),
             ("Travail d'équipe", "Collabore avec les collègues des finances et des programmes pour atteindre les objectifs communs ; partage l'information.")]
    taches = ["Préparer les dossiers d'appel d'offres et de demande de prix, et assurer le secrétariat des comités d'évaluation ;",
              "Tenir à jour le plan d'achats du bureau et la base de données des fournisseurs ;",
              "Organiser le transport, le stockage et la distribution des équipements destinés aux projets de reconstruction de quartiers à Kinshasa et à Goma ;",
              "Gérer le parc de véhicules et les contrats de maintenance ;",
              "Accomplir toute autre tâche connexe à la demande du Chef des opérations."]
    tr = lambda a, b: f"<tr><th>{a}</th><td>{b}</td></tr>"
    html = f"""<!doctype html><html lang="fr"><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 2cm 2cm 2.2cm; @bottom-center {{ content: "{ref} – page " counter(page) " sur " counter(pages); font-size: 8pt }} }}
body{{font-family:'DejaVu Sans',sans-serif;font-size:9.5pt}} table{{border-collapse:collapse;width:100%}} th,td{{border:1px solid #555;padding:3px 6px;text-align:left;vertical-align:top}} th{{width:35%;background:#e6f0f7}}
h2{{font-size:10.5pt;color:#0b5394;text-transform:uppercase;margin-top:14px}} .head{{border-bottom:3px solid #0b5394;padding-bottom:4px}}</style></head><body>
<div class="head"><b>ONU-Habitat</b> – Pour un meilleur avenir urbain<br>Bureau de pays en République démocratique du Congo</div>
<p style="text-align:center;font-size:13pt"><b>AVIS DE VACANCE DE POSTE</b><br>(recrutement local)</p>
<table>
{tr("Avis de vacance n°", ref)}
{tr("Intitulé du poste", title)}
{tr("Classe", grade)}
{tr("Organisation", org + " (ONU-Habitat)")}
{tr("Lieu d'affectation", loc)}
{tr("Type de contrat", "Engagement de durée déterminée, un an renouvelable")}
{tr("Ouvert aux", "Ressortissant(e)s de la RDC et titulaires d'un titre de séjour valide")}
{tr("Date de publication", "20 février 2041")}
{tr("Date limite de candidature", "23 mars 2041")}
</table>
<h2>Cadre organisationnel</h2>
<p>Le bureau de pays d'ONU-Habitat appuie le Gouvernement et les provinces dans la planification urbaine, l'accès au logement et la réhabilitation des quartiers précaires. Le ou la titulaire relève du Chef des opérations.</p>
<h2>Attributions</h2>{ul(taches, "ol")}
<h2>Compétences</h2>
""" + "".join(f"<p><b>{n}</b> : {d}</p>" for n, d in comps) + f"""
<h2>Qualifications exigées</h2>{ul(ess)}
<h2>Qualifications souhaitées</h2>{ul(des)}
<h2>Rémunération</h2>
<p>Traitement annuel net : 29 764 USD, auquel s'ajoutent les prestations prévues pour le personnel recruté localement.</p>
<h2>Évaluation</h2>
<p>Les candidat(e)s présélectionné(e)s seront convoqué(e)s à un test écrit prévu le 6 avril 2041, puis à un entretien.</p>
<p><b>L'ORGANISATION DES NATIONS UNIES NE PERÇOIT AUCUN FRAIS À QUELQUE STADE QUE CE SOIT DU PROCESSUS DE RECRUTEMENT.</b></p>
</body></html>"""
    weasy(f"{key}-avis.fr", html, key)
    fb = f"""ONU-Habitat RDC
20 février à 11:02 · 🌍

📢 AVIS DE RECRUTEMENT | ONU-Habitat recrute un(e) {title} pour son bureau de Kinshasa !

🔖 Réf. : {ref}
🏢 {org}
📍 Lieu d'affectation : {loc}
🎚️ Classe : {grade}
💵 Traitement annuel net : 29 764 USD
⏳ Date limite : 23/03/2041

Ce que vous ferez :
""" + "\n".join("▪️ " + t for t in taches) + "\n\nCompétences :\n" + "\n".join(f"🔹 {n} : {d}" for n, d in comps) + "\n\n✅ Qualifications exigées :\n" + "\n".join("• " + e for e in ess) + "\n\n➕ Qualifications souhaitées :\n" + "\n".join("• " + d for d in des) + f"""

👉 Postulez en ligne (lien en commentaire). Test écrit prévu le 6 avril 2041.
#ONUHabitat #Kinshasa #Emploi #RDC

👍❤️ 214 · 37 commentaires · 58 partages

Afficher plus de commentaires
Patrick M. · Est-ce que les candidatures par courriel sont acceptées ? · 2 j
ONU-Habitat RDC · Bonjour Patrick, uniquement en ligne. Séance d'information le 3 mars à 10 h au bureau de la Gombe. · 2 j
"""
    w(f"{key}-facebook.fr.txt", fb, key)
    expected(key, ref, ["fr"], title, org, loc, "2041-03-23", grade=grade, salary=sal(29764, "USD", "year"),
             req={"fr": {"essential": ess, "desirable": des}},
             comp={"fr": [{"name": n, "description": d} for n, d in comps]})

# ---------------------------------------------------------------- N9 ITSO (EN then FR)
def n09():
    ref = "ITSO-VN-2041-01"; key = "itso-vn-2041-01"
    t_en = "Legal Officer (Satellite Regulatory Affairs)"
    t_fr = "Juriste (affaires réglementaires relatives aux satellites)"
    o_en = "International Telecommunications Satellite Organization"
    o_fr = "Organisation internationale des télécommunications par satellites"
    l_en = "Washington, D.C., United States"; l_fr = "Washington (États-Unis)"
    grade = "P-4"
    e_en = ["Advanced university degree in law, with specialization in international law, space law or telecommunications law.",
            "At least seven years of progressively responsible legal experience, including work on satellite or spectrum regulation.",
            "Experience in drafting and interpreting international agreements.",
            "Excellent command of English and a good working knowledge of French or Spanish."]
    d_en = ["Experience with ITU Radio Regulations procedures.", "Knowledge of Arabic, Chinese or Russian."]
    e_fr = ["Diplôme universitaire supérieur en droit, avec une spécialisation en droit international, en droit de l'espace ou en droit des télécommunications.",
            "Au moins sept années d'expérience juridique à des niveaux de responsabilité croissants, notamment en réglementation des satellites ou du spectre.",
            "Expérience de la rédaction et de l'interprétation d'accords internationaux.",
            "Excellente maîtrise de l'anglais et bonne connaissance pratique du français ou de l'espagnol."]
    d_fr = ["Expérience des procédures du Règlement des radiocommunications de l'UIT.", "Connaissance de l'arabe, du chinois ou du russe."]
    c_en = [("Integrity", "Upholds the Organization's values in daily work and decisions, and acts without consideration of personal gain."),
            ("Communication", "Writes and speaks clearly, listens to others and tailors legal advice to its audience."),
            ("Judgement", "Identifies the key issues in complex matters and proposes sound, timely solutions.")]
    c_fr = [("Intégrité", "Respecte les valeurs de l'Organisation dans son travail et ses décisions, et agit sans considération de gain personnel."),
            ("Communication", "S'exprime clairement par écrit et oralement, écoute autrui et adapte ses avis juridiques à son public."),
            ("Jugement", "Dégage les éléments essentiels de questions complexes et propose des solutions judicieuses en temps voulu.")]
    du_en = ["Advise the Director General on the implementation of the ITSO Agreement and the Public Services Agreement;",
             "Monitor the satellite operator's compliance with its global connectivity and non-discrimination obligations;",
             "Represent the Organization at ITU meetings and regional telecommunication conferences;",
             "Prepare documents for the Assembly of Parties and its advisory committee."]
    du_fr = ["Conseiller le Directeur général sur la mise en œuvre de l'Accord relatif à l'ITSO et de l'Accord sur les services publics ;",
             "Suivre le respect, par l'opérateur de satellites, de ses obligations de connectivité mondiale et de non-discrimination ;",
             "Représenter l'Organisation aux réunions de l'UIT et aux conférences régionales des télécommunications ;",
             "Établir les documents de l'Assemblée des Parties et de son comité consultatif."]
    tr = lambda a, b: f"<tr><th>{a}</th><td>{b}</td></tr>"
    comp_html = lambda cs: "".join(f"<p><b>{n}</b><br>{d}</p>" for n, d in cs)
    html = f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{t_en} – ITSO</title>
<style>body{{font-family:'Liberation Serif',serif;max-width:820px;margin:auto;font-size:11pt}} .banner{{letter-spacing:.3em;font-size:9pt;color:#555;border-bottom:1px solid #999}} table{{border-collapse:collapse;width:100%}} th,td{{border:1px solid #999;padding:3px 6px;text-align:left}} th{{width:36%}} .fr{{page-break-before:always}}</style></head><body>
<nav><a href="#">ITSO</a> · <a href="#">About</a> · <a href="#">Documents</a> · <a href="#">Vacancies</a> · <a href="#">English</a> | <a href="#">Français</a> | <a href="#">Español</a></nav>
<p><i>The French version of this notice follows the English version. / La version française suit.</i></p>
<div class="banner">VACANCY NOTICE</div>
<h1>{t_en}</h1>
<table>
{tr("Vacancy notice", ref)}
{tr("Organization", o_en)}
{tr("Grade", grade)}
{tr("Duty station", l_en)}
{tr("Date of issue", "10 February 2041")}
{tr("Deadline for applications", "27 March 2041")}
</table>
<h2>Duties</h2>{ul(du_en)}
<h2>Competencies</h2>{comp_html(c_en)}
<h2>Qualifications</h2>
<p><i>Required</i></p>{ul(e_en)}
<p><i>Desirable</i></p>{ul(d_en)}
<h2>Salary</h2><p>Annual net base salary: USD 89,412, plus post adjustment (currently 61.4 per cent) and the benefits of the United Nations common system.</p>
<p>Interviews are expected in the second half of April 2041.</p>
<hr>
<div class="fr">
<p><b>Version française</b></p>
<div class="banner">AVIS DE VACANCE DE POSTE</div>
<h1>{t_fr}</h1>
<table>
{tr("Avis de vacance", ref)}
{tr("Organisation", o_fr)}
{tr("Classe", grade)}
{tr("Lieu d'affectation", l_fr)}
{tr("Date de publication", "10 février 2041")}
{tr("Date limite de dépôt des candidatures", "27 mars 2041")}
</table>
<h2>Fonctions</h2>{ul(du_fr)}
<h2>Compétences</h2>{comp_html(c_fr)}
<h2>Qualifications</h2>
<p><i>Exigées</i></p>{ul(e_fr)}
<p><i>Souhaitées</i></p>{ul(d_fr)}
<h2>Traitement</h2><p>Traitement annuel net de base : 89 412 dollars des États-Unis, plus l'indemnité de poste (actuellement 61,4 %) et les prestations du régime commun des Nations Unies.</p>
<p>Les entretiens devraient avoir lieu dans la seconde quinzaine d'avril 2041.</p>
</div>
<footer><p>ITSO · 4400 Jenifer Street NW, Washington, D.C. · Next Assembly of Parties: October 2042</p></footer>
</body></html>"""
    w(f"{key}-itso.html", html, key)
    chromium(f"{key}-itso.html", key)
    expected(key, ref, ["en", "fr"], {"en": t_en, "fr": t_fr}, {"en": o_en, "fr": o_fr}, {"en": l_en, "fr": l_fr},
             "2041-03-27", grade=grade, salary=sal(89412, "USD", "year"),
             req={"en": {"essential": e_en, "desirable": d_en}, "fr": {"essential": e_fr, "desirable": d_fr}},
             comp={"en": [{"name": n, "description": d} for n, d in c_en], "fr": [{"name": n, "description": d} for n, d in c_fr]})

# ---------------------------------------------------------------- N10 UNOV D-1
def n10():
    ref = "41-Conference Management-UNOV-513077-D-Vienna (X)"
    key = "41-conference-management-unov-513077-d-vienna-x"
    title = "Chief, Meetings and Documentation Service"
    org = "United Nations Office at Vienna"; loc = "VIENNA"; grade = "D-1"
    edu = "An advanced university degree (Master's degree or equivalent) in public or business administration, languages, international relations or a related field is required. A first-level university degree in combination with two additional years of qualifying experience may be accepted in lieu of the advanced university degree."
    x1 = "A minimum of fifteen years of progressively responsible experience in conference services, documentation management or a related area is required."
    x2 = "Experience in leading multicultural teams of at least fifty staff is required."
    x3 = "Experience in introducing digital meeting and documentation platforms is desirable."
    l1 = "For this position, fluency in English is required."
    l2 = "Knowledge of another official language of the United Nations is desirable."
    wl = "English and French are the working languages of the United Nations Secretariat."
    comps = [("Professionalism", "Has in-depth knowledge of conference management, documentation and publishing, and of the intergovernmental calendar of the Vienna-based bodies."),
             ("Client Orientation", "Considers all those to whom services are provided to be clients and seeks to see things from their point of view."),
             ("Leadership", "Serves as a role model; empowers others to translate vision into results and drives for change and improvement."),
             ("Judgement/Decision-making", "Identifies the key issues in a complex situation and makes tough decisions when necessary, after weighing their impact on others.")]
    resp = ["Directs the planning, servicing and documentation of meetings held at the Vienna International Centre, including the sessions of the Commission on Narcotic Drugs and the Commission on Crime Prevention and Criminal Justice;",
            "Manages the Service's budget, staff and contractual resources and sets its priorities;",
            "Leads the modernization of document processing, remote participation and meetings planning tools;",
            "Represents the Service in global conference management coordination with New York, Geneva and Nairobi."]
    tr = lambda a, b: f"<tr><td class='l'>{a}</td><td>{b}</td></tr>"
    html = f"""<!doctype html><html><head><meta charset="utf-8"><style>
body{{font-family:'Liberation Sans',Arial;font-size:10pt}} td{{vertical-align:top;padding:2px 6px}} td.l{{width:32%;color:#333;font-weight:bold}}
h2{{font-size:10.5pt;background:#d9d9d9;padding:2px 4px}}</style></head><body>
<p>inspira · Job Opening · Printable version · 31 Jan 2041</p>
<h1>{title}, D1</h1>
<table>
{tr("Job Opening Number", ref)}
{tr("Posting Title", "CHIEF, MEETINGS AND DOCUMENTATION SERVICE, D1")}
{tr("Job Code Title", "CHIEF OF SERVICE, CONFERENCE MANAGEMENT")}
{tr("Department/Office", org)}
{tr("Duty Station", loc)}
{tr("Category and Level", "Director and Higher Categories, " + grade)}
{tr("Posting Period", "30 January 2041 - 1 March 2041")}
{tr("Staffing Exercise", "N/A")}
</table>
<h2>Org. Setting and Reporting</h2>
<p>This position is located in the Conference Management Service of the Division for Management, {org}. The incumbent reports to the Director, Division for Management.</p>
<h2>Responsibilities</h2>{ul(resp)}
<h2>Competencies</h2>""" + "".join(f"<p>{n}: {d}</p>" for n, d in comps) + f"""
<h2>Education</h2><p>{edu}</p>
<h2>Work Experience</h2><p>{x1}</p><p>{x2}</p><p>{x3}</p>
<h2>Languages</h2><p>{wl} {l1} {l2}</p>
<h2>Assessment</h2><p>Evaluation of qualified candidates may include an assessment exercise in the second half of March 2041, followed by a competency-based interview.</p>
<h2>No Fee</h2><p>THE UNITED NATIONS DOES NOT CHARGE A FEE AT ANY STAGE OF THE RECRUITMENT PROCESS.</p>
</body></html>"""
    libreoffice(f"{key}-inspira", html, key)
    md = f"""**VIC STAFF UNION – WEEKLY BULLETIN**

*No. 5/2041 · 3 February 2041*

> Reminder: the Staff Union general meeting is on 20 February 2041 in Conference Room M3. Nominations for the Council close 13 February.

## 1. Senior vacancy announced

**{title}**, {grade}

| Field | Details |
|---|---|
| Job Opening | {ref} |
| Department/Office | {org} |
| Duty Station | {loc} |
| Posting Period | 30 January 2041 - 1 March 2041 |

**The post —** The Chief leads the Meetings and Documentation Service, which prepares and services several hundred meetings a year at the Vienna International Centre. Main tasks:

""" + "\n".join("- " + r for r in resp) + "\n\n**Competencies —** " + " ".join(f"{n}: {d}" for n, d in comps) + f"""

**Education —** {edu}

**Work experience —** {x1} {x2} {x3}

**Languages —** {wl} {l1} {l2}

The Staff Union reminds members that internal candidates must apply through Inspira; the Union is not involved in selection.

## 2. Also open

- Programme Management Officer, P4, UNODC – closes 16 February 2041
- Team Assistant, G4, UNOOSA – closes 22 February 2041
"""
    w(f"{key}-staff-bulletin.md", md, key)
    expected(key, ref, ["en"], title, org, loc, "2041-03-01", grade=grade,
             req={"en": {"essential": [edu, x1, x2, l1], "desirable": [x3, l2]}},
             comp={"en": [{"name": n, "description": d} for n, d in comps]})

if __name__ == "__main__":
    n06(); n07(); n08(); n09(); n10()
