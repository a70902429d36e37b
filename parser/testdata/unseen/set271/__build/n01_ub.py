from common import *

KEY = "ub-reg-vac-2040-014"
REF = "UB/REG/VAC/2040/014"
T = {"en": "Systems Librarian", "fr": "Bibliothécaire chargé(e) des systèmes"}
O = {"en": "University of Buea", "fr": "Université de Buea"}
L = {"en": "Buea, South West Region, Cameroon", "fr": "Buea, Région du Sud-Ouest, Cameroun"}
S = {"en": "Full-time", "fr": "Temps plein"}
ESS = {"en": [
    "A Master's degree in Library and Information Science or an equivalent qualification from a recognised institution.",
    "At least four (4) years of post-qualification experience in an academic or research library.",
    "Proven experience in the administration of an integrated library system such as Koha or Evergreen.",
    "Good working knowledge of metadata standards (MARC 21, Dublin Core) and of institutional repositories.",
    "Be of Cameroonian nationality and not more than forty-five (45) years old on 1 October 2040."],
  "fr": [
    "Master en sciences de l'information et des bibliothèques ou titre équivalent délivré par un établissement reconnu.",
    "Au moins quatre (4) années d'expérience après l'obtention du diplôme dans une bibliothèque universitaire ou de recherche.",
    "Expérience avérée de l'administration d'un système intégré de gestion de bibliothèque tel que Koha ou Evergreen.",
    "Bonne connaissance pratique des normes de métadonnées (MARC 21, Dublin Core) et des archives institutionnelles.",
    "Être de nationalité camerounaise et âgé(e) de quarante-cinq (45) ans au plus au 1er octobre 2040."]}
DES = {"en": [
    "Experience with DSpace or a similar open-access repository platform.",
    "Basic scripting skills (Python, SQL or shell)."],
  "fr": [
    "Expérience de DSpace ou d'une plateforme d'archives ouvertes similaire.",
    "Notions de programmation de scripts (Python, SQL ou shell)."]}
COMP = {"en": [
    ("Service orientation", "puts the needs of students and researchers first."),
    ("Technical judgement", "chooses sound, sustainable solutions for library systems."),
    ("Teamwork", "shares knowledge with cataloguers, IT staff and faculty librarians."),
    ("Integrity", "handles user data and licences with discretion.")],
  "fr": [
    ("Sens du service", "place les besoins des étudiants et des chercheurs au premier plan."),
    ("Jugement technique", "choisit des solutions fiables et durables pour les systèmes documentaires."),
    ("Esprit d'équipe", "partage ses connaissances avec les catalogueurs, les informaticiens et les bibliothécaires de faculté."),
    ("Intégrité", "traite les données des usagers et les licences avec discrétion.")]}


def tex_items(xs):
    return "\n".join(r"\item " + x.replace("&", r"\&").replace("%", r"\%") for x in xs)


def tex_comp(cs):
    return "\n".join(r"\item \textbf{%s} -- %s" % (n, d) for n, d in cs)


def build():
    expected(KEY, REF, ["en", "fr"], T, O, L, S, "2040-05-04",
             sal(412650, cur="XAF", period="month"), grade="A2",
             req={l: {"essential": ESS[l], "desirable": DES[l]} for l in ("en", "fr")},
             comp={l: [{"name": n, "description": d} for n, d in COMP[l]] for l in ("en", "fr")})
    tex = r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{lmodern}
\usepackage[margin=2.2cm]{geometry}
\usepackage{array}
\hyphenpenalty=10000
\exhyphenpenalty=10000
\pagestyle{plain}
\setlength{\parindent}{0pt}
\setlength{\parskip}{5pt}
\begin{document}
\raggedright
\begin{minipage}[t]{0.48\textwidth}\centering\small
REPUBLIC OF CAMEROON\\ Peace -- Work -- Fatherland\\[4pt]
\textbf{UNIVERSITY OF BUEA}\\ Office of the Registrar\\ P.O. Box 63, Buea
\end{minipage}\hfill
\begin{minipage}[t]{0.48\textwidth}\centering\small
RÉPUBLIQUE DU CAMEROUN\\ Paix -- Travail -- Patrie\\[4pt]
\textbf{UNIVERSITÉ DE BUEA}\\ Bureau du Registraire\\ B.P. 63, Buea
\end{minipage}

\vspace{6pt}\hrule\vspace{4pt}
\hfill Buea, 2 April 2040

\begin{center}\Large\textbf{VACANCY ANNOUNCEMENT}\\[2pt]\normalsize No. """ + REF + r"""\end{center}

The """ + O["en"] + r""", a bilingual State university created in 1993, invites applications from suitably qualified candidates for the position of \textbf{""" + T["en"] + r"""} in the University Library (Main Library and the Faculty of Health Sciences branch).

\begin{tabular}{@{}>{\bfseries}p{4.2cm}p{11cm}@{}}
Position: & """ + T["en"] + r""" \\
Unit: & University Library, Systems and Digital Services \\
Reports to: & The University Librarian \\
Duty Station: & """ + L["en"] + r""" \\
Category: & A2 \\
Working hours: & """ + S["en"] + r""" \\
Type of appointment: & Permanent, after a probation period of six months \\
\end{tabular}

\section*{1. Main duties}
\begin{itemize}
\item Administer, update and secure the Library's integrated library system and its online catalogue;
\item Manage the institutional repository and the harvesting of theses and research outputs;
\item Coordinate user authentication for electronic resources and monitor licence use statistics;
\item Train library staff and postgraduate students in information retrieval and reference tools;
\item Prepare quarterly reports on systems performance for the Library Committee.
\end{itemize}

\section*{2. Qualifications and experience}
\begin{itemize}
""" + tex_items(ESS["en"]) + r"""
\end{itemize}

\section*{3. Added advantage}
\begin{itemize}
""" + tex_items(DES["en"]) + r"""
\end{itemize}

\section*{4. Competencies}
\begin{itemize}
""" + tex_comp(COMP["en"]) + r"""
\end{itemize}

\section*{5. Languages}
English is the main working language of the University. A good working knowledge of French will be an asset, as the Library serves a bilingual community.

\section*{6. Remuneration}
Basic monthly salary: 412,650 FCFA (gross), plus the statutory housing and transport allowances applicable to Category A2 staff.

\section*{7. How to apply}
Applications, comprising a handwritten letter addressed to the Vice-Chancellor, a detailed CV, certified copies of certificates, a birth certificate and two referees' contacts, shall be deposited at the Registry (Central Administration Building, Room 112) or sent to recruitment@ubuea.example \textbf{not later than Friday 4 May 2040 at 3:30 p.m.} Shortlisted candidates will be invited for interviews during the week of 21 May 2040; the successful candidate is expected to resume duty on 1 July 2040.

\vspace{10pt}
\hfill\textit{The Registrar}

\clearpage
\begin{center}\Large\textbf{AVIS DE VACANCE DE POSTE}\\[2pt]\normalsize N° """ + REF + r"""\end{center}

L'""" + O["fr"] + r""", université d'État bilingue créée en 1993, lance un appel à candidatures pour le poste de \textbf{""" + T["fr"] + r"""} à la Bibliothèque universitaire (bibliothèque centrale et antenne de la Faculté des sciences de la santé).

\begin{tabular}{@{}>{\bfseries}p{4.2cm}p{11cm}@{}}
Intitulé du poste : & """ + T["fr"] + r""" \\
Structure : & Bibliothèque universitaire, Service des systèmes et des services numériques \\
Supérieur hiérarchique : & Le Bibliothécaire en chef \\
Lieu d'affectation : & """ + L["fr"] + r""" \\
Catégorie : & A2 \\
Temps de travail : & """ + S["fr"] + r""" \\
Nature de l'engagement : & Permanent, après une période d'essai de six mois \\
\end{tabular}

\section*{1. Principales attributions}
\begin{itemize}
\item Administrer, mettre à jour et sécuriser le système intégré de gestion de la bibliothèque et son catalogue en ligne ;
\item Gérer l'archive institutionnelle et le moissonnage des thèses et des travaux de recherche ;
\item Coordonner l'authentification des usagers aux ressources électroniques et suivre les statistiques d'utilisation ;
\item Former le personnel et les étudiants de troisième cycle à la recherche documentaire ;
\item Préparer des rapports trimestriels sur le fonctionnement des systèmes pour le Comité de la bibliothèque.
\end{itemize}

\section*{2. Qualifications et expérience}
\begin{itemize}
""" + tex_items(ESS["fr"]) + r"""
\end{itemize}

\section*{3. Atouts}
\begin{itemize}
""" + tex_items(DES["fr"]) + r"""
\end{itemize}

\section*{4. Compétences}
\begin{itemize}
""" + tex_comp(COMP["fr"]) + r"""
\end{itemize}

\section*{5. Langues}
L'anglais est la principale langue de travail de l'Université. Une bonne connaissance pratique du français constitue un atout, la Bibliothèque desservant une communauté bilingue.

\section*{6. Rémunération}
Salaire de base mensuel : 412 650 FCFA (brut), plus les indemnités statutaires de logement et de transport applicables au personnel de catégorie A2.

\section*{7. Dossier de candidature}
Les dossiers (lettre manuscrite adressée au Vice-Chancelier, CV détaillé, copies certifiées des diplômes, acte de naissance et coordonnées de deux références) sont déposés au Registrariat (bâtiment de l'Administration centrale, bureau 112) ou envoyés à recruitment@ubuea.example \textbf{au plus tard le vendredi 4 mai 2040 à 15 h 30}. Les candidats présélectionnés seront convoqués à un entretien au cours de la semaine du 21 mai 2040 ; la prise de service est prévue le 1er juillet 2040.

\vspace{10pt}
\hfill\textit{Le Registraire}
\end{document}
"""
    pdflatex("ub.tex", tex, KEY + "-ub.pdflatex.pdf", KEY)

    def items(xs, m="  * "):
        return "\n".join(m + x for x in xs)

    def comps(cs):
        return "\n".join("  * %s – %s" % c for c in cs)

    mail = f"""From: Dr. Ekane N. Mokube <e.mokube@ubuea.example>
Sent: Tuesday, April 10, 2040 8:47 AM
To: FHS-Academic-Staff <fhs-staff@lists.ubuea.example>
Cc: Library Committee <libcom@ubuea.example>
Subject: FW: Vacancy announcement {REF} – {T["en"]} / {T["fr"]}
Attachments: UB_REG_VAC_2040_014_signed.pdf (214 KB)

Dear colleagues,

Please share the announcement below with any qualified candidate you know, in particular our former MSc students. The
Library Committee meets on Thursday 19 April 2040 at 10 a.m. in the Senate Room; the agenda will follow.

Kind regards,
Ekane

________________________________
From: Registry – University of Buea
Sent: Monday, April 2, 2040 4:12 PM
Subject: Vacancy announcement {REF}

VACANCY ANNOUNCEMENT No. {REF}

The {O["en"]} invites applications for the position of {T["en"]} (University Library).

Position: {T["en"]}
Duty Station: {L["en"]}
Category: A2
Working hours: {S["en"]}
Remuneration: basic monthly salary 412,650 FCFA (gross), plus statutory allowances
Closing date: 4 May 2040, 3:30 p.m.

Main duties: administer the integrated library system and the online catalogue; manage the institutional repository;
coordinate access to electronic resources; train staff and postgraduate students.

Qualifications and experience:
{items(ESS["en"])}

Added advantage:
{items(DES["en"])}

Competencies:
{comps(COMP["en"])}

Applications (handwritten letter to the Vice-Chancellor, CV, certified certificates, birth certificate, two referees) to
the Registry, Room 112, or recruitment@ubuea.example. Interviews: week of 21 May 2040.

--------------------------------

AVIS DE VACANCE DE POSTE N° {REF}

L'{O["fr"]} recrute un(e) {T["fr"]} pour la Bibliothèque universitaire.

Intitulé du poste : {T["fr"]}
Lieu d'affectation : {L["fr"]}
Catégorie : A2
Temps de travail : {S["fr"]}
Rémunération : salaire de base mensuel de 412 650 FCFA (brut), plus indemnités statutaires
Date limite : 4 mai 2040, 15 h 30

Qualifications et expérience :
{items(ESS["fr"])}

Atouts :
{items(DES["fr"])}

Compétences :
{comps(COMP["fr"])}

Dossiers au Registrariat, bureau 112, ou à recruitment@ubuea.example.

________________________________
This e-mail and any attachment are intended for the addressees only. If you received it in error, please delete it and
notify the sender. / Ce courriel et ses pièces jointes sont destinés uniquement à leurs destinataires.
"""
    write(KEY + "-courriel.txt", mail, KEY)
