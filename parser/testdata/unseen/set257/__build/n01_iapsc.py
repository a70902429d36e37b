import os, shutil
from common import *

REF = "IAPSC/HR/VN/2039/03"; KEY = "iapsc-hr-vn-2039-03"
T = {"en": "Plant Health Information Systems Officer", "fr": "Chargé(e) des systèmes d'information phytosanitaire"}
O = {"en": "African Union Inter-African Phytosanitary Council", "fr": "Conseil phytosanitaire interafricain de l'Union africaine"}
L = {"en": "Yaoundé, Cameroon", "fr": "Yaoundé, Cameroun"}
S = {"en": "Full-time", "fr": "Temps plein"}
ESS_EN = [
 "A Master's degree in agronomy, plant protection, information systems or a related field.",
 "At least five (5) years of progressively responsible experience in the management of agricultural or plant health databases, of which two (2) years at international level.",
 "Demonstrated experience with pest reporting, surveillance data and the International Phytosanitary Portal.",
 "Good knowledge of relational databases, GIS tools and data visualisation software.",
]
DES_EN = [
 "Experience in supporting national plant protection organisations in Central or West Africa.",
 "Training in project management or in the ePhyto electronic certification system.",
]
ESS_FR = [
 "Master en agronomie, en protection des végétaux, en systèmes d'information ou dans un domaine connexe.",
 "Au moins cinq (5) années d'expérience à des responsabilités croissantes dans la gestion de bases de données agricoles ou phytosanitaires, dont deux (2) années au niveau international.",
 "Expérience avérée du signalement des organismes nuisibles, des données de surveillance et du Portail phytosanitaire international.",
 "Bonne connaissance des bases de données relationnelles, des outils SIG et des logiciels de visualisation de données.",
]
DES_FR = [
 "Expérience de l'appui aux organisations nationales de protection des végétaux en Afrique centrale ou de l'Ouest.",
 "Formation en gestion de projet ou au système de certification électronique ePhyto.",
]
C_EN = ["Building Relationships", "Drive for Results", "Learning Orientation", "Communicating with Impact", "Problem Solving"]
C_FR = ["Établir des relations", "Orientation vers les résultats", "Esprit d'apprentissage", "Communication efficace", "Résolution de problèmes"]

expected(KEY, reference=REF, languages=["en", "fr"], title=T, organisation=O, location=L, schedule=S,
         deadline="2039-03-04", salary=sal(37214, cur="USD", period="year"), grade="P2",
         req={"en": (ESS_EN, DES_EN), "fr": (ESS_FR, DES_FR)},
         comp={"en": [(c, "") for c in C_EN], "fr": [(c, "") for c in C_FR]})

def tex_esc(s):
    return s.replace("&", "\\&").replace("%", "\\%").replace("$", "\\$").replace("#", "\\#")

def items(xs):
    return "\\begin{itemize}\n" + "\n".join("\\item " + tex_esc(x) for x in xs) + "\n\\end{itemize}\n"

tex = r"""\documentclass[11pt]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}
\usepackage[a4paper,margin=2.2cm]{geometry}
\hyphenpenalty=10000 \exhyphenpenalty=10000
\setlength{\parindent}{0pt}\setlength{\parskip}{5pt}
\begin{document}\raggedright
\begin{minipage}[t]{0.48\textwidth}\small\textbf{AFRICAN UNION}\\ Inter-African Phytosanitary Council\\ P.O. Box 4170, Yaoundé\\ Tel. +237 222 00 00 00\end{minipage}\hfill
\begin{minipage}[t]{0.48\textwidth}\raggedleft\small\textbf{UNION AFRICAINE}\\ Conseil phytosanitaire interafricain\\ B.P. 4170, Yaoundé\\ hr-iapsc@au-iapsc.example\end{minipage}

\vspace{6pt}\hrule\vspace{10pt}
\begin{center}{\Large\textbf{VACANCY ANNOUNCEMENT}}\\[3pt]
\textbf{Vacancy Notice No. IAPSC/HR/VN/2039/03}\\[3pt]
Issued on 24 January 2039\end{center}

The African Union Inter-African Phytosanitary Council (AU-IAPSC), a specialised technical office of the African Union Commission, invites applications from qualified nationals of Member States for the following position:

\begin{tabular}{@{}p{4.3cm}p{10.5cm}@{}}
\textbf{Job Title:} & Plant Health Information Systems Officer\\
\textbf{Grade:} & P2\\
\textbf{Supervisor:} & Senior Scientific Officer, Plant Health Information\\
\textbf{Duty Station:} & Yaoundé, Cameroon\\
\textbf{Working hours:} & Full-time\\
\textbf{Contract:} & Regular, three years renewable\\
\end{tabular}

\section*{1. Purpose of the position}
The incumbent will run the Council's continental plant health information system, helping Member States to report pests, share surveillance data and meet their reporting obligations under the International Plant Protection Convention.

\section*{2. Main functions}
\begin{itemize}
\item Maintain and develop the continental pest reporting database and its public dashboards;
\item Train focal points of national plant protection organisations in data entry and quality control;
\item Prepare quarterly phytosanitary situation reports in English and French;
\item Support the roll-out of electronic phytosanitary certificates in pilot Member States;
\item Perform any other related duties assigned by the supervisor.
\end{itemize}

\section*{3. Academic qualifications and relevant experience}
""" + items(ESS_EN) + r"""
\section*{4. Added advantage}
""" + items(DES_EN) + r"""
\section*{5. Core competencies}
""" + ", ".join(C_EN[:-1]) + " and " + C_EN[-1] + r""".

\section*{6. Languages}
Proficiency in one of the African Union working languages is required; a working knowledge of another is an advantage.

\section*{7. Remuneration}
The indicative basic salary is US\$ 37,214.00 per annum, plus post adjustment (42\% of basic salary), housing allowance of US\$ 16,200.00 per annum and other allowances applicable to internationally recruited staff.

\section*{8. Application}
Applications, with a motivation letter, a detailed CV and copies of certificates, must reach the Council not later than \textbf{4 March 2039}. Written tests are planned for the week of 11 April 2039 and only shortlisted candidates will be contacted.

\clearpage
\begin{center}{\Large\textbf{AVIS DE VACANCE DE POSTE}}\\[3pt]
\textbf{Avis de vacance N° IAPSC/HR/VN/2039/03}\\[3pt]
Publié le 24 janvier 2039\end{center}

Le Conseil phytosanitaire interafricain de l'Union africaine (CPI-UA), bureau technique spécialisé de la Commission de l'Union africaine, invite les ressortissants qualifiés des États membres à faire acte de candidature au poste suivant :

\begin{tabular}{@{}p{4.3cm}p{10.5cm}@{}}
\textbf{Intitulé du poste :} & Chargé(e) des systèmes d'information phytosanitaire\\
\textbf{Grade :} & P2\\
\textbf{Supérieur hiérarchique :} & Chargé scientifique principal, information phytosanitaire\\
\textbf{Lieu d'affectation :} & Yaoundé, Cameroun\\
\textbf{Temps de travail :} & Temps plein\\
\textbf{Contrat :} & Régulier, trois ans renouvelable\\
\end{tabular}

\section*{1. Objet du poste}
Le ou la titulaire gère le système continental d'information phytosanitaire du Conseil et aide les États membres à signaler les organismes nuisibles, à partager leurs données de surveillance et à respecter leurs obligations au titre de la Convention internationale pour la protection des végétaux.

\section*{2. Fonctions principales}
\begin{itemize}
\item Tenir à jour et développer la base continentale de signalement des organismes nuisibles et ses tableaux de bord publics ;
\item Former les points focaux des organisations nationales à la saisie et au contrôle de qualité des données ;
\item Rédiger les rapports trimestriels sur la situation phytosanitaire en anglais et en français ;
\item Appuyer le déploiement des certificats phytosanitaires électroniques dans les États membres pilotes ;
\item Exécuter toute autre tâche connexe confiée par le supérieur hiérarchique.
\end{itemize}

\section*{3. Formation et expérience requises}
""" + items(ESS_FR) + r"""
\section*{4. Atouts}
""" + items(DES_FR) + r"""
\section*{5. Compétences de base}
""" + ", ".join(C_FR[:-1]) + " et " + C_FR[-1] + r""".

\section*{6. Langues}
La maîtrise de l'une des langues de travail de l'Union africaine est exigée ; la connaissance pratique d'une autre est un atout.

\section*{7. Rémunération}
Le traitement de base indicatif est de 37 214,00 \$ EU par an, auquel s'ajoutent l'ajustement de poste (42 \% du traitement de base), une indemnité de logement de 16 200,00 \$ EU par an et les autres indemnités applicables au personnel recruté sur le plan international.

\section*{8. Candidature}
Les dossiers (lettre de motivation, CV détaillé et copies des diplômes) doivent parvenir au Conseil au plus tard le \textbf{4 mars 2039}. Les épreuves écrites sont prévues la semaine du 11 avril 2039 ; seuls les candidats présélectionnés seront contactés.

\vfill\centering\small AU-IAPSC -- Human Resources / Ressources humaines -- page \thepage
\end{document}
"""
tmp = "/tmp/c257/iapsc"; os.makedirs(tmp, exist_ok=True)
open(os.path.join(BUILD, "iapsc.tex"), "w").write(tex)
shutil.copy(os.path.join(BUILD, "iapsc.tex"), tmp)
pdf = pdflatex(os.path.join(tmp, "iapsc.tex"), tmp, "iapsc")
name = KEY + "-iapsc.pdflatex.pdf"
shutil.copy(pdf, os.path.join(ROOT, name)); ROWS.append((name, KEY, "pdf"))
pdftotext(os.path.join(ROOT, name), os.path.join(ROOT, KEY + "-iapsc.pdflatex.pdftotext.txt"))
ROWS.append((KEY + "-iapsc.pdflatex.pdftotext.txt", KEY, "txt"))

mail = """From: Ndzie Mballa, Grâce <g.ndzie@minader-onpv.example>
Sent: Thursday, 27 January 2039 09:14
To: Plant Protection Focal Points - CEMAC list
Subject: FW: AU-IAPSC vacancy - Plant Health Information Systems Officer (closing 4 March 2039)

Dear colleagues,

Please share the vacancy below with qualified staff in your networks. Our own team meeting is moved to 3 February 2039, 10:00, room 12.

Kind regards,
Grâce

________________________________
From: AU-IAPSC Human Resources <hr-iapsc@au-iapsc.example>
Sent: Monday, 24 January 2039 16:02
Subject: Vacancy Notice No. IAPSC/HR/VN/2039/03 / Avis de vacance N° IAPSC/HR/VN/2039/03

AFRICAN UNION - UNION AFRICAINE
African Union Inter-African Phytosanitary Council

VACANCY ANNOUNCEMENT

Job Title: Plant Health Information Systems Officer
Grade: P2
Duty Station: Yaoundé, Cameroon
Working hours: Full-time
Contract: Regular, three years renewable

Purpose of the position
The incumbent will run the Council's continental plant health information system and help Member States report pests and share surveillance data.

Academic qualifications and relevant experience
""" + "\n".join("  * " + x for x in ESS_EN) + """

Added advantage
""" + "\n".join("  * " + x for x in DES_EN) + """

Core competencies: """ + ", ".join(C_EN) + """.

Remuneration: indicative basic salary US$ 37,214.00 per annum, plus post adjustment and allowances.

Deadline: applications must reach the Council not later than 4 March 2039.

-----

UNION AFRICAINE
Conseil phytosanitaire interafricain de l'Union africaine

AVIS DE VACANCE DE POSTE

Intitulé du poste : Chargé(e) des systèmes d'information phytosanitaire
Grade : P2
Lieu d'affectation : Yaoundé, Cameroun
Temps de travail : Temps plein
Contrat : Régulier, trois ans renouvelable

Formation et expérience requises
""" + "\n".join("  * " + x for x in ESS_FR) + """

Atouts
""" + "\n".join("  * " + x for x in DES_FR) + """

Compétences de base : """ + ", ".join(C_FR) + """.

Rémunération : traitement de base indicatif de 37 214,00 $ EU par an, plus ajustement de poste et indemnités.

Date limite : le 4 mars 2039.

[Attachment: IAPSC-VN-2039-03.pdf (212 KB)]

This e-mail and any attachments are confidential and intended solely for the addressee.
"""
w(KEY + "-courriel.txt", mail, KEY)
