from common import *

KEY = "arc-hr-va-2045-03"
D = dict(
    reference="ARC/HR/VA/2045/03", post_number=None, languages=["en", "fr"],
    title=both("Senior Underwriter – Life and Health", "Souscripteur principal – Vie et Santé"),
    organisation=both("African Reinsurance Corporation", "Société africaine de réassurance"),
    location=both("Lagos, Nigeria (Headquarters)", "Lagos, Nigéria (Siège)"),
    schedule=both("Full-time", "Temps plein"),
    deadline="2045-01-16",
    salary=sal(amount=64920, cur="USD", period="year"),
    grade="P3", clearance=None,
    requirements=both(req([
        "A master's degree in actuarial science, insurance, finance or a related field.",
        "A professional insurance qualification (ACII, FCII or equivalent).",
        "At least seven years of life and health underwriting experience with a reinsurer or a large insurer.",
        "Excellent command of English or French, with a working knowledge of the other.",
    ], [
        "Knowledge of takaful or microinsurance products.",
        "Working knowledge of Arabic or Portuguese.",
    ]), req([
        "Un master en sciences actuarielles, en assurance, en finance ou dans un domaine connexe.",
        "Une qualification professionnelle en assurance (ACII, FCII ou équivalent).",
        "Au moins sept ans d'expérience en souscription vie et santé chez un réassureur ou un grand assureur.",
        "Excellente maîtrise de l'anglais ou du français et bonne connaissance pratique de l'autre langue.",
    ], [
        "Connaissance des produits takaful ou de microassurance.",
        "Connaissance pratique de l'arabe ou du portugais.",
    ])),
    competencies=both(comp([
        ("Technical judgement", "prices risks soundly and documents every decision."),
        ("Client focus", "builds lasting relationships with ceding companies across the continent."),
        ("Integrity", "upholds the Corporation's code of conduct at all times."),
    ]), comp([
        ("Jugement technique", "tarifie les risques avec justesse et documente chaque décision."),
        ("Orientation client", "noue des relations durables avec les cédantes de tout le continent."),
        ("Intégrité", "respecte en toutes circonstances le code de conduite de la Société."),
    ])),
)
R = D["requirements"]
C = D["competencies"]


def tex():
    def esc(s):
        return s.replace("&", "\\&").replace("%", "\\%").replace("#", "\\#").replace("$", "\\$")
    def items(xs):
        return "\n".join(f"  \\item {esc(x)}" for x in xs)
    def comps(cs):
        return "\n".join(f"  \\item \\textbf{{{esc(c['name'])}:}} {esc(c['description'])}" for c in cs)
    def compsfr(cs):
        return "\n".join(f"  \\item \\textbf{{{esc(c['name'])} :}} {esc(c['description'])}" for c in cs)
    return r"""\documentclass[10pt,a4paper]{article}
\usepackage[utf8]{inputenc}
\usepackage[T1]{fontenc}
\usepackage{lmodern}
\usepackage[margin=2cm]{geometry}
\hyphenpenalty=10000 \exhyphenpenalty=10000
\pagestyle{plain}
\setlength{\parindent}{0pt}\setlength{\parskip}{4pt}
\begin{document}
\raggedright
\begin{minipage}[t]{0.6\textwidth}\textbf{AFRICAN REINSURANCE CORPORATION}\\ \textbf{SOCIÉTÉ AFRICAINE DE RÉASSURANCE}\\ Africa Re House, Victoria Island, Lagos\end{minipage}\hfill
\begin{minipage}[t]{0.35\textwidth}\raggedleft Human Resources Department\\ Lagos, 15 December 2044\end{minipage}

\vspace{8pt}\hrule\vspace{8pt}
{\centering\large\textbf{VACANCY ANNOUNCEMENT}\par}
{\centering Ref.: """ + esc(D['reference']) + r"""\par}
{\centering\Large\textbf{""" + esc(D['title']['en']) + r"""}\par}

\section*{1. Job details}
\begin{tabular}{@{}p{4.2cm}p{11.5cm}@{}}
\textbf{Reference} & """ + esc(D['reference']) + r""" \\
\textbf{Employer} & """ + esc(D['organisation']['en']) + r""" \\
\textbf{Directorate} & Central Operations \& Special Risks \\
\textbf{Duty station} & """ + esc(D['location']['en']) + r""" \\
\textbf{Grade Level} & P3 \\
\textbf{Working time} & """ + esc(D['schedule']['en']) + r""" \\
\textbf{Salary} & USD 64,920 per annum, net of tax, plus post adjustment and family allowances \\
\textbf{Closing date} & 2045-01-16 (23:59, Lagos time) \\
\end{tabular}

\section*{2. About the Corporation}
Established by African States and the African Development Bank, the Corporation is a pan-African reinsurer with regional
offices in Casablanca, Abidjan, Nairobi, Cairo and Ebene. It supports the growth of insurance markets across the continent.

\section*{3. Responsibilities}
Reporting to the Director, Central Operations, the Senior Underwriter will assess and price life and health treaties,
review facultative submissions, prepare renewal reports, visit ceding companies and mentor junior underwriters.

\section*{4. Qualifications}
\begin{itemize}
""" + items(R['en']['essential']) + r"""
\end{itemize}
\textbf{Desirable:}
\begin{itemize}
""" + items(R['en']['desirable']) + r"""
\end{itemize}

\section*{5. Competencies}
\begin{itemize}
""" + comps(C['en']) + r"""
\end{itemize}

\section*{6. How to apply}
Apply online through the careers portal before the closing date. Interviews are planned in Lagos during the week of
6 February 2045. Africa Re does not charge any fee at any stage of recruitment.

\clearpage
{\centering\large\textbf{AVIS DE VACANCE DE POSTE}\par}
{\centering Réf. : """ + esc(D['reference']) + r"""\par}
{\centering\Large\textbf{""" + esc(D['title']['fr']) + r"""}\par}

\section*{1. Détails du poste}
\begin{tabular}{@{}p{4.2cm}p{11.5cm}@{}}
\textbf{Référence} & """ + esc(D['reference']) + r""" \\
\textbf{Employeur} & """ + esc(D['organisation']['fr']) + r""" \\
\textbf{Direction} & Opérations centrales et risques spéciaux \\
\textbf{Lieu d'affectation} & """ + esc(D['location']['fr']) + r""" \\
\textbf{Niveau} & P3 \\
\textbf{Régime de travail} & """ + esc(D['schedule']['fr']) + r""" \\
\textbf{Rémunération} & 64 920 USD par an, net d'impôt, plus ajustement de poste et allocations familiales \\
\textbf{Date de clôture} & 16 janvier 2045 (23 h 59, heure de Lagos) \\
\end{tabular}

\section*{2. Présentation de la Société}
Créée par des États africains et la Banque africaine de développement, la Société est un réassureur panafricain doté de
bureaux régionaux à Casablanca, Abidjan, Nairobi, Le Caire et Ebène.

\section*{3. Responsabilités}
Sous l'autorité du Directeur des opérations centrales, le titulaire évalue et tarifie les traités vie et santé, examine
les affaires facultatives, rédige les rapports de renouvellement, rend visite aux cédantes et encadre les souscripteurs
juniors.

\section*{4. Qualifications}
\begin{itemize}
""" + items(R['fr']['essential']) + r"""
\end{itemize}
\textbf{Qualifications souhaitées :}
\begin{itemize}
""" + items(R['fr']['desirable']) + r"""
\end{itemize}

\section*{5. Compétences}
\begin{itemize}
""" + compsfr(C['fr']) + r"""
\end{itemize}

\section*{6. Candidature}
Postulez en ligne avant la date de clôture. Les entretiens auront lieu à Lagos la semaine du 6 février 2045.
\end{document}
"""


def board():
    L = []
    L.append("NaijaCareerHub — Jobs in Nigeria | Post CV | Employers | Blog")
    L.append("Home » Jobs » Insurance » Lagos")
    L.append("")
    L.append(f"{D['title']['en']} at Africa Re")
    L.append("LagosFull TimeInsurance / ReinsuranceMaster's degree7 years experienceDeadline: 16/01/2045")
    L.append("Posted 18 Dec 2044 · 1,204 views")
    L.append("")
    L.append(f"Reference: {D['reference']}")
    L.append(f"Employer: {D['organisation']['en']} (Africa Re)")
    L.append(f"Location: {D['location']['en']}")
    L.append(f"Job Type: {D['schedule']['en']}")
    L.append("Grade: P3")
    L.append("Salary: USD 64,920 per annum, net of tax")
    L.append("Closing Date: 16 January 2045")
    L.append("")
    L.append("Responsibilities: assess and price life and health treaties, review facultative submissions, prepare renewal")
    L.append("reports, visit ceding companies and mentor junior underwriters.")
    L.append("")
    L.append("Requirements")
    for i, x in enumerate(R['en']['essential'], 1):
        L.append(f"{i}. {x}")
    L.append("Desirable")
    for x in R['en']['desirable']:
        L.append("- " + x)
    L.append("Competencies")
    for c in C['en']:
        L.append(f"- {c['name']}: {c['description']}")
    L.append("")
    L.append("~~~~~~~~ VERSION FRANÇAISE ~~~~~~~~")
    L.append(D['title']['fr'])
    L.append(f"Référence : {D['reference']}")
    L.append(f"Employeur : {D['organisation']['fr']}")
    L.append(f"Lieu d'affectation : {D['location']['fr']}")
    L.append(f"Régime de travail : {D['schedule']['fr']}")
    L.append("Niveau : P3")
    L.append("Rémunération : 64 920 USD par an, net d'impôt")
    L.append("Date de clôture : 16 janvier 2045")
    L.append("Qualifications")
    for i, x in enumerate(R['fr']['essential'], 1):
        L.append(f"{i}. {x}")
    L.append("Qualifications souhaitées")
    for x in R['fr']['desirable']:
        L.append("- " + x)
    L.append("Compétences")
    for c in C['fr']:
        L.append(f"- {c['name']} : {c['description']}")
    L.append("")
    L.append("Method of Application: apply via the employer's careers portal. NaijaCareerHub will never ask you for money.")
    L.append("")
    L.append("Related jobs")
    L.append("Claims Officer at a Lagos insurer — N450,000 monthly — Deadline: 20/01/2045")
    L.append("Actuarial Analyst — Abuja — Deadline: 27/01/2045")
    return "\n".join(L) + "\n"


def build():
    expected(KEY, D)
    d = os.path.join(BUILD, "arc")
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "arc.tex"), "w", encoding="utf-8") as f:
        f.write(tex())
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "arc.tex"], cwd=d, check=True, capture_output=True)
    os.replace(os.path.join(d, "arc.pdf"), os.path.join(OUT, f"{KEY}-africare.pdflatex.pdf"))
    dump(f"{KEY}-africare.pdflatex.pdf", KEY)
    w(f"{KEY}-naijacareerhub.txt", board(), KEY)
