from common import *
KEY = "rectas-vn-2039-04"
REF = "RECTAS/VN/2039/04"
POST = "ACA-GEO-07"
T_EN = "Instructor in Geodesy and GNSS Surveying"
T_FR = "Instructeur(trice) en géodésie et levés GNSS"
O_EN = "Regional Centre for Training in Aerospace Surveys"
O_FR = "Centre régional de formation aux techniques des levés aérospatiaux"
L_EN = "Ile-Ife, Osun State, Nigeria"
L_FR = "Ile-Ife, État d'Osun (Nigeria)"
S_EN, S_FR = "Full-time", "Temps plein"
ESS_EN = [
 "An advanced university degree (Master's or equivalent) in geodesy, geomatics, surveying engineering or a closely related discipline.",
 "A minimum of five (5) years of relevant experience in geodetic surveying, GNSS data processing or the teaching of surveying courses.",
 "Proven ability to use GNSS processing software (Bernese, GAMIT/GLOBK, RTKLIB or equivalent) and least-squares adjustment tools.",
 "Excellent command of English or French, with a working knowledge of the other language.",
]
DES_EN = [
 "A doctorate in geodesy or a related field.",
 "Experience in the design or maintenance of Continuously Operating Reference Stations (CORS) in Africa.",
 "Familiarity with the African Geodetic Reference Frame (AFREF) project.",
]
ESS_FR = [
 "Diplôme universitaire supérieur (master ou équivalent) en géodésie, en géomatique, en génie topographique ou dans une discipline étroitement apparentée.",
 "Au moins cinq (5) années d'expérience pertinente en levés géodésiques, en traitement de données GNSS ou dans l'enseignement de la topographie.",
 "Capacité avérée à utiliser des logiciels de traitement GNSS (Bernese, GAMIT/GLOBK, RTKLIB ou équivalent) et des outils de compensation par moindres carrés.",
 "Excellente maîtrise de l'anglais ou du français et connaissance pratique de l'autre langue.",
]
DES_FR = [
 "Doctorat en géodésie ou dans un domaine apparenté.",
 "Expérience de la conception ou de la maintenance de stations de référence à fonctionnement continu (CORS) en Afrique.",
 "Connaissance du projet de Référentiel géodésique africain (AFREF).",
]
C_EN = [
 ("Professionalism", "Shows pride in work, applies sound technical judgement and meets deadlines."),
 ("Teaching and Mentoring", "Explains complex concepts clearly to trainees of diverse backgrounds and follows their progress."),
 ("Teamwork", "Works collaboratively with colleagues from member States and shares knowledge willingly."),
 ("Planning and Organizing", "Plans courses and field campaigns realistically and uses resources efficiently."),
]
C_FR = [
 ("Professionnalisme", "Est fier de son travail, exerce un jugement technique sûr et respecte les délais."),
 ("Enseignement et encadrement", "Explique clairement des notions complexes à des stagiaires d'horizons divers et suit leurs progrès."),
 ("Esprit d'équipe", "Collabore avec des collègues des États membres et partage volontiers ses connaissances."),
 ("Planification et organisation", "Planifie les cours et les campagnes de terrain de façon réaliste et utilise les ressources avec efficacité."),
]
SAL_EN = "USD 51,240 per annum (net of tax)"
SAL_FR = "51 240 USD par an (net d'impôt)"
DL_EN = "Monday, 3 October 2039 at 17:00 (West Africa Time)"
DL_FR = "lundi 3 octobre 2039 à 17 h 00 (heure d'Afrique de l'Ouest)"

def tex_esc(s):
    return s.replace("&", "\\&").replace("%", "\\%").replace("_", "\\_").replace("#", "\\#")

def titem(items):
    return "\n".join("\\item " + tex_esc(i) for i in items)

def tcomp(pairs):
    return "\n".join("\\item \\textbf{%s:} %s" % (tex_esc(n), tex_esc(d)) for n, d in pairs)

def tcompfr(pairs):
    return "\n".join("\\item \\textbf{%s :} %s" % (tex_esc(n), tex_esc(d)) for n, d in pairs)

TEX = r"""\documentclass[10pt,a4paper]{article}
\usepackage[utf8]{inputenc}
\usepackage[T1]{fontenc}
\usepackage{lmodern}
\usepackage[margin=2.2cm]{geometry}
\hyphenpenalty=10000 \exhyphenpenalty=10000
\pagestyle{plain}
\setlength{\parindent}{0pt}\setlength{\parskip}{4pt}
\begin{document}\raggedright
\begin{minipage}[t]{0.48\textwidth}\small\textbf{REGIONAL CENTRE FOR TRAINING\\ IN AEROSPACE SURVEYS (RECTAS)}\\ Obafemi Awolowo University Campus\\ PMB 5545, Ile-Ife, Nigeria\end{minipage}\hfill
\begin{minipage}[t]{0.48\textwidth}\small\raggedleft\textbf{CENTRE RÉGIONAL DE FORMATION AUX\\ TECHNIQUES DES LEVÉS AÉROSPATIAUX}\\ Campus de l'Université Obafemi Awolowo\\ PMB 5545, Ile-Ife, Nigeria\end{minipage}

\vspace{4pt}\hrule\vspace{6pt}
\begin{center}{\large\textbf{VACANCY ANNOUNCEMENT}}\\ \small Vacancy Notice No. @REF@ \quad Date of issue: 29 August 2039\end{center}

The @OEN@ (RECTAS), an intergovernmental training institution established under the auspices of the United Nations Economic Commission for Africa, invites applications from nationals of its member States for the following post in its Academic Department.

\begin{tabular}{@{}p{4.2cm}p{10.8cm}@{}}
\textbf{Post title:} & @TEN@\\
\textbf{Post Number:} & @POST@\\
\textbf{Grade:} & P3\\
\textbf{Department:} & Academic Department (Geodesy Unit)\\
\textbf{Duty station:} & @LEN@\\
\textbf{Type of appointment:} & Fixed-term, three years, renewable\\
\textbf{Working time:} & @SEN@\\
\textbf{Closing date:} & @DLEN@\\
\end{tabular}

\section*{1. Background}
Since its creation in 1972, the Centre has trained more than four thousand surveyors, photogrammetrists and cartographers from English- and French-speaking African countries. The Geodesy Unit runs the Centre's postgraduate diploma courses and a network of permanent GNSS stations on the campus.

\section*{2. Duties and responsibilities}
Under the supervision of the Head of the Academic Department, the incumbent will:
\begin{itemize}
\item prepare and deliver lectures and practicals in geometric geodesy, GNSS positioning and adjustment computations;
\item supervise field campaigns and the projects of postgraduate trainees;
\item operate and maintain the Centre's GNSS reference stations and archive their data;
\item contribute to short courses requested by national mapping agencies;
\item perform other related duties as assigned.
\end{itemize}

\section*{3. Qualifications and experience}
\begin{itemize}
@ESSEN@
\end{itemize}

\section*{4. Desirable}
\begin{itemize}
@DESEN@
\end{itemize}

\section*{5. Competencies}
\begin{itemize}
@CEN@
\end{itemize}

\section*{6. Remuneration}
The successful candidate will receive an annual basic salary of @SALEN@, in addition to a housing allowance and an education grant for eligible dependants, in accordance with the Staff Regulations of the Centre.

\section*{7. How to apply}
Applications, comprising a cover letter, a detailed curriculum vitae, copies of certificates and the names of three referees, should be sent by e-mail to recruitment@rectas.example not later than \textbf{@DLEN@}. Only short-listed candidates will be contacted; interviews are expected in the week of 14 November 2039. Women are strongly encouraged to apply.

\clearpage
\begin{center}{\large\textbf{AVIS DE VACANCE DE POSTE}}\\ \small Avis de vacance n° @REF@ \quad Date de publication : 29 août 2039\end{center}

Le @OFR@ (RECTAS), institution intergouvernementale de formation créée sous l'égide de la Commission économique des Nations Unies pour l'Afrique, lance un appel à candidatures auprès des ressortissants de ses États membres pour le poste suivant au sein de son Département académique.

\begin{tabular}{@{}p{4.2cm}p{10.8cm}@{}}
\textbf{Intitulé du poste :} & @TFR@\\
\textbf{Numéro du poste :} & @POST@\\
\textbf{Grade :} & P3\\
\textbf{Département :} & Département académique (Unité de géodésie)\\
\textbf{Lieu d'affectation :} & @LFR@\\
\textbf{Type de contrat :} & Durée déterminée de trois ans, renouvelable\\
\textbf{Temps de travail :} & @SFR@\\
\textbf{Date de clôture :} & @DLFR@\\
\end{tabular}

\section*{1. Contexte}
Depuis sa création en 1972, le Centre a formé plus de quatre mille géomètres, photogrammètres et cartographes de pays africains anglophones et francophones. L'Unité de géodésie assure les formations diplômantes de troisième cycle et gère un réseau de stations GNSS permanentes sur le campus.

\section*{2. Fonctions et responsabilités}
Sous la supervision du chef du Département académique, le ou la titulaire :
\begin{itemize}
\item prépare et dispense des cours et des travaux pratiques de géodésie géométrique, de positionnement GNSS et de calculs de compensation ;
\item encadre les campagnes de terrain et les projets des stagiaires de troisième cycle ;
\item exploite et entretient les stations de référence GNSS du Centre et archive leurs données ;
\item contribue aux cours de courte durée demandés par les agences nationales de cartographie ;
\item exécute toute autre tâche connexe qui lui est confiée.
\end{itemize}

\section*{3. Qualifications et expérience}
\begin{itemize}
@ESSFR@
\end{itemize}

\section*{4. Atouts}
\begin{itemize}
@DESFR@
\end{itemize}

\section*{5. Compétences}
\begin{itemize}
@CFR@
\end{itemize}

\section*{6. Rémunération}
La personne retenue percevra un traitement de base annuel de @SALFR@, auquel s'ajoutent une indemnité de logement et une allocation pour frais d'études des enfants à charge admissibles, conformément au Statut du personnel du Centre.

\section*{7. Comment postuler}
Les candidatures (lettre de motivation, curriculum vitae détaillé, copies des diplômes et nom de trois référents) doivent être envoyées par courriel à recruitment@rectas.example au plus tard le \textbf{@DLFR@}. Seuls les candidats présélectionnés seront contactés ; les entretiens sont prévus la semaine du 14 novembre 2039. Les candidatures féminines sont vivement encouragées.
\end{document}
"""

def build():
    rep = {"@REF@": REF, "@POST@": POST, "@TEN@": T_EN, "@TFR@": T_FR, "@OEN@": O_EN, "@OFR@": O_FR,
           "@LEN@": L_EN, "@LFR@": L_FR, "@SEN@": S_EN, "@SFR@": S_FR, "@DLEN@": DL_EN, "@DLFR@": DL_FR,
           "@SALEN@": SAL_EN, "@SALFR@": SAL_FR,
           "@ESSEN@": titem(ESS_EN), "@DESEN@": titem(DES_EN), "@CEN@": tcomp(C_EN),
           "@ESSFR@": titem(ESS_FR), "@DESFR@": titem(DES_FR), "@CFR@": tcompfr(C_FR)}
    t = TEX
    for k, v in rep.items():
        t = t.replace(k, v)
    p = os.path.join(BUILD, "rectas.tex")
    open(p, "w", encoding="utf-8").write(t)
    pdf = KEY + "-rectas.pdflatex.pdf"
    latex(p, pdf)
    dump(pdf, KEY, "pdflatex")

    blog = f"""NaijaGeoJobs
Home | Surveying Jobs | GIS Jobs | Scholarships | Contact Us
Home » Surveying Jobs » {T_EN} at RECTAS

{T_EN} at {O_EN} (RECTAS)
Posted on September 2, 2039 by Admin · 1,284 views

The {O_EN} (RECTAS) is an intergovernmental institution in Ile-Ife that trains surveyors and mapping professionals for African member States. Applications are invited from suitably qualified candidates to fill the position below.

Job Title: {T_EN}
Vacancy Notice No: {REF}
Post Number: {POST}
Grade: P3
Location: {L_EN}
Working time: {S_EN}
Salary: {SAL_EN}

Job Description
• Prepare and deliver lectures and practicals in geodesy, GNSS positioning and adjustment computations
• Supervise field campaigns and trainees' projects
• Operate and maintain the Centre's GNSS reference stations

Qualifications and Experience
{bullets(ESS_EN, '• ')}

Desirable
{bullets(DES_EN, '• ')}

Competencies
{chr(10).join('• ' + n + ': ' + d for n, d in C_EN)}

Method of Application
Interested and qualified candidates should send their cover letter, CV, certificates and the names of three referees to: recruitment@rectas.example

Application Deadline: {DL_EN}

---- Version française (as published by the Centre) ----

{T_FR}
{O_FR}
Avis de vacance n° {REF} | Numéro du poste : {POST} | Grade : P3
Lieu d'affectation : {L_FR}
Temps de travail : {S_FR}
Rémunération : {SAL_FR}

Qualifications et expérience
{bullets(ESS_FR, '• ')}

Atouts
{bullets(DES_FR, '• ')}

Compétences
{chr(10).join('• ' + n + ' : ' + d for n, d in C_FR)}

Date de clôture : {DL_FR}

Tags: Geodesy Jobs, Ile-Ife Jobs, International Organisation Jobs, Osun State Jobs

Related Jobs
- GIS Analyst at a State Ministry of Lands, Osogbo – Deadline: 26 September 2039
- Graduate Trainee Surveyor, Lagos – Deadline: 10 October 2039

Leave a Reply
Your email address will not be published. Required fields are marked *
"""
    w(KEY + "-naijageojobs.txt", blog, KEY, "txt")

    expected(KEY, reference=REF, post_number=POST, languages=["en", "fr"],
             title={"en": T_EN, "fr": T_FR}, organisation={"en": O_EN, "fr": O_FR},
             location={"en": L_EN, "fr": L_FR}, schedule={"en": S_EN, "fr": S_FR},
             deadline="2039-10-03", salary=sal(51240, cur="USD", period="year"), grade="P3",
             requirements={"en": {"essential": ESS_EN, "desirable": DES_EN},
                           "fr": {"essential": ESS_FR, "desirable": DES_FR}},
             competencies={"en": comp(C_EN), "fr": comp(C_FR)})
