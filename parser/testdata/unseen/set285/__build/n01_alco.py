from common import *

KEY = "alco-es-va-2041-06"
REF = "ALCO/ES/VA/2041/06"
PN = "ALCO-TF-03"
T_EN = "Trade Facilitation and Customs Liaison Officer"
T_FR = "Chargé(e) de la facilitation des échanges et de la liaison douanière"
O_EN = "Abidjan-Lagos Corridor Organization"
O_FR = "Organisation du Corridor Abidjan-Lagos"
L_EN = "Cotonou, Republic of Benin"
L_FR = "Cotonou, République du Bénin"
S_EN = "Full-time"
S_FR = "Temps plein"
ESS_EN = [
    "An advanced university degree (Master's or equivalent) in international trade, customs administration, transport economics or a related field.",
    "At least five (5) years of progressively responsible experience in customs procedures, transit regimes or trade facilitation, of which two (2) years at regional or international level.",
    "Sound knowledge of the ECOWAS Interstate Road Transit scheme (ISRT) and of the WTO Trade Facilitation Agreement.",
    "Experience in drafting technical reports and in facilitating meetings with government officials.",
    "Fluency in English or French and a good working knowledge of the other language.",
]
DES_EN = [
    "Experience with electronic cargo tracking or customs data-exchange systems.",
    "Knowledge of Portuguese.",
]
ESS_FR = [
    "Diplôme universitaire de niveau supérieur (Master ou équivalent) en commerce international, administration douanière, économie des transports ou domaine connexe.",
    "Au moins cinq (5) années d'expérience à des responsabilités croissantes dans les procédures douanières, les régimes de transit ou la facilitation des échanges, dont deux (2) années au niveau régional ou international.",
    "Bonne connaissance du régime de Transit routier inter-États de la CEDEAO (TRIE) et de l'Accord de l'OMC sur la facilitation des échanges.",
    "Expérience de la rédaction de rapports techniques et de l'animation de réunions avec des responsables gouvernementaux.",
    "Maîtrise de l'anglais ou du français et bonne connaissance pratique de l'autre langue.",
]
DES_FR = [
    "Expérience des systèmes de suivi électronique des cargaisons ou d'échange de données douanières.",
    "Connaissance du portugais.",
]
C_EN = [("Communication", "expresses ideas clearly to customs, police and private operators alike."),
        ("Planning and organising", "sets realistic work plans and follows them through."),
        ("Integrity", "applies the Organization's rules without favour at every border post."),
        ("Respect for diversity", "works effectively across the five Member States and their languages.")]
C_FR = [("Communication", "exprime clairement ses idées auprès des douanes, de la police et des opérateurs privés."),
        ("Planification et organisation", "établit des plans de travail réalistes et les mène à terme."),
        ("Intégrité", "applique les règles de l'Organisation sans complaisance à chaque poste frontière."),
        ("Respect de la diversité", "travaille efficacement dans les cinq États membres et leurs langues.")]
DL = "2041-07-04"

expected(KEY, dict(reference=REF, post_number=PN, languages=["en", "fr"],
    title={"en": T_EN, "fr": T_FR}, organisation={"en": O_EN, "fr": O_FR},
    location={"en": L_EN, "fr": L_FR}, schedule={"en": S_EN, "fr": S_FR}, deadline=DL,
    salary={"amount": 58460, "min": None, "max": None, "currency": "USD", "period": "year"},
    grade="P3", clearance=None,
    requirements={"en": {"essential": ESS_EN, "desirable": DES_EN}, "fr": {"essential": ESS_FR, "desirable": DES_FR}},
    competencies={"en": comps(C_EN), "fr": comps(C_FR)}))


def tx(s):
    return (s.replace("\\", "\\textbackslash{}").replace("&", "\\&").replace("%", "\\%")
             .replace("$", "\\$").replace("#", "\\#").replace("_", "\\_"))


def items(lst):
    return "\\begin{enumerate}\n" + "".join(f"  \\item {tx(x)}\n" for x in lst) + "\\end{enumerate}\n"


def compl(lst):
    return "\\begin{itemize}\n" + "".join(f"  \\item \\textbf{{{tx(n)}:}} {tx(d)}\n" for n, d in lst) + "\\end{itemize}\n"


tex = r"""\documentclass[10pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{lmodern}
\usepackage[margin=2.2cm]{geometry}
\usepackage{array}
\hyphenpenalty=10000 \exhyphenpenalty=10000
\setlength{\parindent}{0pt}\setlength{\parskip}{4pt}
\pagestyle{plain}
\begin{document}
\raggedright
\begin{minipage}[t]{0.48\textwidth}\small\textbf{ABIDJAN-LAGOS CORRIDOR ORGANIZATION}\\Executive Secretariat\\Lot 1204, Quartier Haie Vive\\01 BP 2217 Cotonou, Benin\end{minipage}\hfill
\begin{minipage}[t]{0.48\textwidth}\small\raggedleft\textbf{ORGANISATION DU CORRIDOR ABIDJAN-LAGOS}\\Secrétariat exécutif\\Côte d'Ivoire -- Ghana -- Togo -- Bénin -- Nigeria\\www.corridor-alco.example\end{minipage}

\vspace{6pt}\hrule\vspace{8pt}
Cotonou, 5 June 2041
\begin{center}{\Large\textbf{VACANCY ANNOUNCEMENT}}\\[2pt]Ref.: """ + tx(REF) + r"""\end{center}

\begin{tabular}{@{}>{\bfseries}p{3.6cm}p{11.6cm}@{}}
Post title: & """ + tx(T_EN) + r""" \\
Post Number: & """ + PN + r""" \\
Grade: & P3 \\
Unit: & Trade and Transit Facilitation Department \\
Duty station: & """ + tx(L_EN) + r""" \\
Type of appointment: & Fixed-term, two (2) years, renewable \\
Working time: & """ + S_EN + r""" \\
Closing date: & 4 July 2041, 17:00 (Cotonou time) \\
\end{tabular}

\section*{1. Background}
The Abidjan-Lagos Corridor Organization was set up by the five coastal States of the corridor to make the 1,028 km road between Abidjan and Lagos faster, safer and cheaper to travel. Its Executive Secretariat in Cotonou follows the border posts, the checkpoints and the transit procedures, and supports the Member States in carrying out the regional transport and trade agenda.

\section*{2. Duties and responsibilities}
Under the supervision of the Head of the Trade and Transit Facilitation Department, the incumbent will:
\begin{itemize}
  \item follow the clearance times at the joint border posts and prepare the quarterly corridor performance report;
  \item act as the Secretariat's focal point with the national customs administrations;
  \item prepare and service the meetings of the corridor's customs working group;
  \item help design training sessions for customs officers, freight forwarders and drivers;
  \item contribute to project proposals submitted to technical and financial partners.
\end{itemize}

\section*{3. Qualifications and experience}
""" + items(ESS_EN) + r"""
\textbf{Desirable}
""" + items(DES_EN) + r"""
\section*{4. Competencies}
""" + compl(C_EN) + r"""
\section*{5. Remuneration}
The post carries an annual net salary of USD 58,460 per annum, to which a post adjustment, a housing allowance and, where applicable, an education grant are added in accordance with the Staff Regulations.

\section*{6. How to apply}
Applications (cover letter, detailed CV, copies of diplomas and three references) must reach the Executive Secretariat by e-mail at recrutement@corridor-alco.example no later than 4 July 2041 at 17:00, Cotonou time, quoting the reference above. Only short-listed candidates will be contacted; interviews are expected during the week of 25 August 2041. Women candidates are strongly encouraged to apply.

\clearpage
\begin{center}{\Large\textbf{AVIS DE VACANCE DE POSTE}}\\[2pt]Réf. : """ + tx(REF) + r"""\end{center}

\begin{tabular}{@{}>{\bfseries}p{3.6cm}p{11.6cm}@{}}
Intitulé du poste : & """ + tx(T_FR) + r""" \\
Numéro du poste : & """ + PN + r""" \\
Grade : & P3 \\
Unité : & Département de la facilitation du commerce et du transit \\
Lieu d'affectation : & """ + tx(L_FR) + r""" \\
Type de nomination : & Durée déterminée, deux (2) ans, renouvelable \\
Temps de travail : & """ + S_FR + r""" \\
Date de clôture : & 4 juillet 2041, 17 h 00 (heure de Cotonou) \\
\end{tabular}

\section*{1. Contexte}
L'Organisation du Corridor Abidjan-Lagos a été créée par les cinq États côtiers du corridor pour rendre la route de 1 028 km entre Abidjan et Lagos plus rapide, plus sûre et moins coûteuse. Son Secrétariat exécutif, à Cotonou, suit les postes frontières, les points de contrôle et les procédures de transit, et appuie les États membres dans la mise en œuvre du programme régional de transport et de commerce.

\section*{2. Fonctions et responsabilités}
Sous la supervision du Chef du Département de la facilitation du commerce et du transit, le ou la titulaire :
\begin{itemize}
  \item suit les délais de dédouanement aux postes de contrôle juxtaposés et prépare le rapport trimestriel de performance du corridor ;
  \item sert de point focal du Secrétariat auprès des administrations douanières nationales ;
  \item prépare et assure le secrétariat des réunions du groupe de travail douanier du corridor ;
  \item contribue à la conception des formations destinées aux douaniers, aux transitaires et aux chauffeurs ;
  \item participe à l'élaboration des propositions de projets soumises aux partenaires techniques et financiers.
\end{itemize}

\section*{3. Qualifications et expérience}
""" + items(ESS_FR) + r"""
\textbf{Atouts}
""" + items(DES_FR) + r"""
\section*{4. Compétences}
""" + compl(C_FR) + r"""
\section*{5. Rémunération}
Le poste est assorti d'un traitement annuel net de 58 460 USD par an, auquel s'ajoutent un ajustement de poste, une indemnité de logement et, le cas échéant, une allocation pour frais d'études, conformément au Statut du personnel.

\section*{6. Dépôt des candidatures}
Les candidatures (lettre de motivation, CV détaillé, copies des diplômes et trois références) doivent parvenir au Secrétariat exécutif par courriel à recrutement@corridor-alco.example au plus tard le 4 juillet 2041 à 17 h 00, heure de Cotonou, en rappelant la référence ci-dessus. Seuls les candidats présélectionnés seront contactés ; les entretiens sont prévus au cours de la semaine du 25 août 2041. Les candidatures féminines sont vivement encouragées.
\end{document}
"""
open(os.path.join(BUILD, "alco.tex"), "w", encoding="utf-8").write(tex)
pdflatex("alco.tex", KEY + "-alco.pdflatex.pdf")
row(KEY + "-alco.pdflatex.pdf", KEY, "pdf")
dump(KEY + "-alco.pdflatex.pdf", KEY + "-alco.pdflatex.pdftotext.txt")
row(KEY + "-alco.pdflatex.pdftotext.txt", KEY, "txt")

# LinkedIn-style copy
li = f"""Accueil  Réseau  Emplois  Messagerie  Notifications  Vous

{T_EN}
{O_EN} (ALCO) · Cotonou, Littoral, Bénin · il y a 6 jours · Plus de 100 candidats
Sur site  Temps plein  Confirmé
Postuler  Enregistrer

À propos de l'offre d'emploi

VACANCY ANNOUNCEMENT – Ref.: {REF}

Post title: {T_EN}
Post Number: {PN}
Grade: P3
Duty station: {L_EN}
Working time: {S_EN}
Type of appointment: Fixed-term, two (2) years, renewable
Closing date: 4 July 2041, 17:00 (Cotonou time)

Duties
• Follow clearance times at the joint border posts and prepare the quarterly corridor performance report
• Act as focal point with the national customs administrations
• Service the meetings of the corridor's customs working group

Qualifications and experience
• {ESS_EN[0]}
• {ESS_EN[1]}
• {ESS_EN[2]}
• {ESS_EN[3]}
• {ESS_EN[4]}

Desirable
• {DES_EN[0]}
• {DES_EN[1]}

Competencies
• {C_EN[0][0]}: {C_EN[0][1]}
• {C_EN[1][0]}: {C_EN[1][1]}
• {C_EN[2][0]}: {C_EN[2][1]}
• {C_EN[3][0]}: {C_EN[3][1]}

Remuneration: USD 58,460 per annum (net), plus post adjustment and housing allowance.

——— VERSION FRANÇAISE ———

{T_FR}
Employeur : {O_FR}
Numéro du poste : {PN} · Grade : P3
Lieu d'affectation : {L_FR}
Temps de travail : {S_FR}
Date de clôture : 4 juillet 2041, 17 h 00

Qualifications et expérience
• {ESS_FR[0]}
• {ESS_FR[1]}
• {ESS_FR[2]}
• {ESS_FR[3]}
• {ESS_FR[4]}

Atouts
• {DES_FR[0]}
• {DES_FR[1]}

Compétences
• {C_FR[0][0]} : {C_FR[0][1]}
• {C_FR[1][0]} : {C_FR[1][1]}
• {C_FR[2][0]} : {C_FR[2][1]}
• {C_FR[3][0]} : {C_FR[3][1]}

Rémunération : 58 460 USD par an (net), plus ajustement de poste et indemnité de logement.
Candidatures : recrutement@corridor-alco.example – entretiens prévus la semaine du 25 août 2041.

…afficher moins

Niveau hiérarchique
Confirmé
Type d'emploi
Temps plein
Secteurs
Administration publique internationale

Offres similaires
Transport Economist – Lomé, Togo – il y a 2 semaines
Chargé de programme transit – Abidjan – clôture le 12 juillet 2041
"""
write(KEY + "-linkedin.txt", li, KEY)
