from common import *
KEY = "uar-sg-va-2042-02"
E = dict(
    reference="UAR/SG/VA/2042/02", post_number="UAR-PEX-04", languages=["en", "fr"],
    title={"en": "Head of Programme Exchange and Sports Rights",
           "fr": "Chef(fe) de l'échange de programmes et des droits sportifs"},
    organisation={"en": "African Union of Broadcasting", "fr": "Union africaine de radiodiffusion"},
    location={"en": "Dakar, Senegal", "fr": "Dakar, Sénégal"},
    schedule={"en": "Full-time", "fr": "Temps plein"},
    deadline="2042-02-03", salary=sal(amount=5140, cur="USD", period="month"),
    grade="P4", clearance=None,
    requirements={
        "en": {"essential": [
            "Advanced university degree in journalism, communication, media management, law or a related discipline.",
            "A minimum of eight (8) years of experience in a broadcasting organisation, including at least four (4) years in the acquisition, exchange or distribution of audiovisual content.",
            "Proven experience in negotiating media rights for continental or international sports events.",
            "Good knowledge of satellite and IP contribution networks used for news and sports feeds.",
            "Excellent command of English or French, with a working knowledge of the other."],
            "desirable": [
            "Knowledge of Arabic or Portuguese.",
            "Previous work with a regional broadcasting union or a rights agency."]},
        "fr": {"essential": [
            "Diplôme universitaire supérieur en journalisme, communication, gestion des médias, droit ou discipline apparentée.",
            "Au moins huit (8) années d'expérience dans un organisme de radiodiffusion, dont quatre (4) années au minimum dans l'acquisition, l'échange ou la distribution de contenus audiovisuels.",
            "Expérience avérée de la négociation de droits médias pour des compétitions sportives continentales ou internationales.",
            "Bonne connaissance des réseaux de contribution par satellite et sur IP utilisés pour les échanges d'actualités et de sport.",
            "Excellente maîtrise de l'anglais ou du français et connaissance pratique de l'autre langue."],
            "desirable": [
            "Connaissance de l'arabe ou du portugais.",
            "Expérience antérieure au sein d'une union régionale de radiodiffusion ou d'une agence de droits."]}},
    competencies={
        "en": comp([("Negotiation", "secures fair terms for members of every size, from national broadcasters to community stations."),
                    ("Team leadership", "guides a small multilingual unit and delegates with clear expectations."),
                    ("Service orientation", "answers member requests promptly and follows them to completion."),
                    ("Judgement", "weighs editorial, legal and financial risks before committing the Union.")]),
        "fr": comp([("Négociation", "obtient des conditions équitables pour les membres de toute taille, des diffuseurs nationaux aux radios communautaires."),
                    ("Direction d'équipe", "guide une petite unité multilingue et délègue avec des attentes claires."),
                    ("Sens du service", "répond rapidement aux demandes des membres et en assure le suivi jusqu'au bout."),
                    ("Discernement", "pèse les risques éditoriaux, juridiques et financiers avant d'engager l'Union.")])})

def tex_esc(s):
    return s.replace("&", "\\&").replace("%", "\\%").replace("#", "\\#").replace("_", "\\_")

def items(lst, env="itemize"):
    return "\\begin{%s}\n" % env + "\n".join("\\item " + tex_esc(x) for x in lst) + "\n\\end{%s}\n" % env

def comps(lst):
    return "\\begin{itemize}\n" + "\n".join("\\item \\textbf{%s:} %s" % (tex_esc(c["name"]), tex_esc(c["description"])) for c in lst) + "\n\\end{itemize}\n"

def comps_fr(lst):
    return "\\begin{itemize}\n" + "\n".join("\\item \\textbf{%s~:} %s" % (tex_esc(c["name"]), tex_esc(c["description"])) for c in lst) + "\n\\end{itemize}\n"

R = E["requirements"]; C = E["competencies"]
TEX = r"""\documentclass[10.5pt,a4paper]{article}
\usepackage[utf8]{inputenc}\usepackage[T1]{fontenc}\usepackage{lmodern}
\usepackage[margin=2.2cm]{geometry}\usepackage{array}
\hyphenpenalty=10000 \exhyphenpenalty=10000
\setlength{\parindent}{0pt}\setlength{\parskip}{4pt}
\pagestyle{plain}
\begin{document}\raggedright
\begin{minipage}[t]{0.48\textwidth}\small\textbf{AFRICAN UNION OF BROADCASTING}\\ General Secretariat\\ 101, rue Carnot -- B.P. 3237\\ Dakar, Senegal\end{minipage}\hfill
\begin{minipage}[t]{0.48\textwidth}\small\raggedleft\textbf{UNION AFRICAINE DE RADIODIFFUSION}\\ Secrétariat général\\ Tél. +221 33 800 00 00\\ www.uar-aub.example\end{minipage}

\vspace{6pt}\hrule\vspace{6pt}
\textit{Dakar, 6 January 2042}

{\centering\Large\textbf{VACANCY ANNOUNCEMENT}\par}
{\centering Ref.: \mbox{UAR/SG/VA/2042/02}\par}

The African Union of Broadcasting (AUB), the professional union of public and private broadcasters of the continent, invites applications from nationals of the States whose broadcasters are active members of the Union for the following post at its General Secretariat.

\begin{tabular}{>{\bfseries}p{4.2cm}p{10.5cm}}
Post title: & Head of Programme Exchange and Sports Rights\\
Post Number: & \mbox{UAR-PEX-04}\\
Grade: & P4\\
Department: & Programmes, Exchanges and Sports\\
Duty station: & Dakar, Senegal\\
Type of appointment: & Fixed-term, three (3) years, renewable once\\
Working time: & Full-time\\
Supervisor: & Director of Programmes\\
Closing date: & 3 February 2042, 18:00 (Dakar time)\\
\end{tabular}

\section*{1. Background}
The Union operates a daily news exchange and coordinates the collective acquisition of broadcasting rights for continental competitions on behalf of its members. With the renewal of several multi-year agreements due in 2043, the General Secretariat is strengthening its exchange unit, which serves more than fifty member organisations in English, French, Arabic and Portuguese.

\section*{2. Duties and responsibilities}
Under the supervision of the Director of Programmes, the incumbent will:
\begin{itemize}
\item plan and supervise the daily news and programme exchange, including the line-up of feeds and the quality control of contributions;
\item prepare, negotiate and monitor collective rights agreements for football, athletics and basketball competitions;
\item advise members on sub-licensing, territorial restrictions and clearance of archive material;
\item prepare the unit's budget and report on income from rights to the Executive Council;
\item supervise two officers and the technical coordinators assigned to major events.
\end{itemize}

\section*{3. Qualifications and experience}
"""+items(R["en"]["essential"], "enumerate")+r"""
\textbf{Desirable}
"""+items(R["en"]["desirable"])+r"""
\section*{4. Competencies}
"""+comps(C["en"])+r"""
\section*{5. Conditions of service}
The post carries a net salary of USD 5,140 per month, to which are added a housing allowance, an education grant for eligible dependants and home leave every two years under the Staff Regulations of the Union. Only shortlisted candidates will be contacted; interviews are expected to take place during the week of 16 March 2042.

\section*{6. How to apply}
Applications (cover letter, detailed CV, copies of diplomas and three references) must reach the Secretary General by e-mail at recruitment@uar-aub.example, quoting the reference above in the subject line, no later than the closing date.

\clearpage
{\centering\Large\textbf{AVIS DE VACANCE DE POSTE}\par}
{\centering Réf. : \mbox{UAR/SG/VA/2042/02}\par}

L'Union africaine de radiodiffusion (UAR), union professionnelle des radiodiffuseurs publics et privés du continent, lance un appel à candidatures ouvert aux ressortissants des États dont les radiodiffuseurs sont membres actifs de l'Union, pour le poste suivant au Secrétariat général.

\begin{tabular}{>{\bfseries}p{4.2cm}p{10.5cm}}
Intitulé du poste : & Chef(fe) de l'échange de programmes et des droits sportifs\\
Numéro du poste : & \mbox{UAR-PEX-04}\\
Grade : & P4\\
Département : & Programmes, échanges et sports\\
Lieu d'affectation : & Dakar, Sénégal\\
Type de contrat : & Durée déterminée de trois (3) ans, renouvelable une fois\\
Temps de travail : & Temps plein\\
Supérieur hiérarchique : & Directeur des programmes\\
Date de clôture : & 3 février 2042, 18 h 00 (heure de Dakar)\\
\end{tabular}

\section*{1. Contexte}
L'Union assure un échange quotidien d'actualités et coordonne l'acquisition collective des droits de diffusion des compétitions continentales pour le compte de ses membres. En vue du renouvellement de plusieurs accords pluriannuels en 2043, le Secrétariat général renforce son unité d'échange, qui dessert plus de cinquante organismes membres.

\section*{2. Attributions}
Sous l'autorité du Directeur des programmes, le ou la titulaire devra :
\begin{itemize}
\item planifier et superviser l'échange quotidien d'actualités et de programmes, y compris le contrôle de qualité des contributions ;
\item préparer, négocier et suivre les accords collectifs de droits pour le football, l'athlétisme et le basket-ball ;
\item conseiller les membres sur les sous-licences, les restrictions territoriales et la libération des droits d'archives ;
\item préparer le budget de l'unité et rendre compte au Conseil exécutif des recettes issues des droits ;
\item encadrer deux chargés de programme et les coordonnateurs techniques des grands événements.
\end{itemize}

\section*{3. Qualifications et expérience}
"""+items(R["fr"]["essential"], "enumerate")+r"""
\textbf{Souhaitable}
"""+items(R["fr"]["desirable"])+r"""
\section*{4. Compétences}
"""+comps_fr(C["fr"])+r"""
\section*{5. Conditions d'emploi}
Le poste est assorti d'un salaire net de 5 140 USD par mois, auquel s'ajoutent une indemnité de logement, une allocation pour frais d'études des enfants à charge et un congé dans les foyers tous les deux ans, conformément au Statut du personnel de l'Union. Seuls les candidats présélectionnés seront contactés ; les entretiens devraient avoir lieu la semaine du 16 mars 2042.

\section*{6. Dépôt des candidatures}
Les dossiers (lettre de motivation, CV détaillé, copies des diplômes et trois références) doivent parvenir au Secrétaire général par courriel à recruitment@uar-aub.example, avec la référence ci-dessus en objet, au plus tard à la date de clôture.
\end{document}
"""

WA = """[06/01/2042, 19:42] Moussa Diagne (RTS Sport): Salut la team 👋 avis de vacance à l'UAR, ça peut intéresser ceux qui font les droits sportifs. Version anglaise d'abord, le français suit 👇
[06/01/2042, 19:43] Moussa Diagne (RTS Sport): *VACANCY ANNOUNCEMENT*
African Union of Broadcasting – General Secretariat
Ref.: UAR/SG/VA/2042/02

*Post title:* Head of Programme Exchange and Sports Rights
*Post Number:* UAR-PEX-04
*Grade:* P4
*Duty station:* Dakar, Senegal
*Type of appointment:* Fixed-term, three (3) years, renewable once
*Working time:* Full-time
*Closing date:* 3 February 2042, 18:00 (Dakar time)

_Duties (summary)_
- daily news and programme exchange, feed line-up and quality control
- negotiating collective rights deals (football, athletics, basketball)
- advice to members on sub-licensing and archive clearance
- unit budget, reports to the Executive Council

_Qualifications and experience_
""" + "\n".join(f"{i}. {x}" for i, x in enumerate(R["en"]["essential"], 1)) + """

_Desirable_
""" + "\n".join("- " + x for x in R["en"]["desirable"]) + """

_Competencies_
""" + "\n".join(f"- {c['name']}: {c['description']}" for c in C["en"]) + """

Net salary USD 5,140 per month + housing allowance, education grant, home leave.
Apply: recruitment@uar-aub.example (reference in subject)
[06/01/2042, 19:43] Moussa Diagne (RTS Sport): ‎<Media omitted>
[06/01/2042, 19:45] Moussa Diagne (RTS Sport): *AVIS DE VACANCE DE POSTE*
Union africaine de radiodiffusion – Secrétariat général
Réf. : UAR/SG/VA/2042/02

*Intitulé du poste :* Chef(fe) de l'échange de programmes et des droits sportifs
*Numéro du poste :* UAR-PEX-04
*Grade :* P4
*Lieu d'affectation :* Dakar, Sénégal
*Type de contrat :* durée déterminée de trois (3) ans, renouvelable une fois
*Temps de travail :* Temps plein
*Date de clôture :* 3 février 2042, 18 h 00 (heure de Dakar)

_Qualifications et expérience_
""" + "\n".join(f"{i}. {x}" for i, x in enumerate(R["fr"]["essential"], 1)) + """

_Souhaitable_
""" + "\n".join("- " + x for x in R["fr"]["desirable"]) + """

_Compétences_
""" + "\n".join(f"- {c['name']} : {c['description']}" for c in C["fr"]) + """

Salaire net 5 140 USD par mois + indemnité de logement, frais d'études, congé dans les foyers.
Candidature : recruitment@uar-aub.example
[06/01/2042, 19:51] Awa Ndoye: Merci Moussa 🙏 c'est P4 donc il faut 8 ans minimum non ?
[06/01/2042, 19:53] Moussa Diagne (RTS Sport): Oui 8 ans dont 4 dans l'échange/droits. Entretiens prévus semaine du 16 mars d'après le texte
[06/01/2042, 20:07] Jean-Pierre Mbaye: Je transfère au groupe des anciens du CESTI 👍
[06/01/2042, 20:10] Awa Ndoye: 👍
"""

def build():
    exp(KEY, E)
    tex = os.path.join(B, "uar.tex")
    open(tex, "w", encoding="utf-8").write(TEX)
    pdf = KEY + "-uar.pdflatex.pdf"
    pdflatex(tex, pdf); row(pdf, KEY, "pdf")
    row(dump(pdf), KEY, "txt")
    W(KEY + "-whatsapp.txt", WA, KEY)
