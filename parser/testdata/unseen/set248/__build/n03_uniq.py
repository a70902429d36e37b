from common import *
REF = "UNIQ/VRA/RH/2038-06"
K = key(REF)
T = "Coordonnateur(trice) du laboratoire de génie civil"
ORG = "Université Quisqueya (uniQ)"
LOC = "Campus de Turgeau, 218 avenue Jean-Paul II, Port-au-Prince"
SCH = "Temps plein, 40 heures par semaine, samedi matin en période d'essais"
ESS = ["Maîtrise en génie civil, en géotechnique ou en science des matériaux",
       "Cinq années d'expérience au moins dans un laboratoire d'essais sur les sols, les granulats ou les bétons",
       "Connaissance des normes ASTM et des règles parasismiques applicables en Haïti",
       "Expérience de l'encadrement de techniciens et d'étudiants",
       "Maîtrise du français et du créole haïtien ; anglais technique lu"]
DES = ["Expérience d'une démarche d'accréditation ISO/IEC 17025",
       "Publications ou communications scientifiques dans le domaine"]
COMP = [("Rigueur scientifique", ""), ("Sens de l'organisation", ""), ("Leadership bienveillant", ""), ("Esprit de service", "")]
MIS = ["Planifier et superviser les essais demandés par les cours et les projets de recherche",
       "Gérer le parc d'équipements, les étalonnages et les consommables",
       "Former les étudiants aux règles de sécurité du laboratoire",
       "Développer les prestations d'essais pour les entreprises de construction",
       "Préparer le budget annuel du laboratoire"]
SAL = "185 000 gourdes (HTG) brutes par mois"

def tex(s): return s.replace("&", "\\&").replace("%", "\\%").replace("°", "\\textdegree{}")
items = lambda xs, m: "\n".join(f"\\item[{m}] {tex(x)}" for x in xs)
src = r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}\usepackage[margin=2cm]{geometry}
\usepackage{amssymb}
\hyphenpenalty=10000 \exhyphenpenalty=10000 \pagestyle{empty}\setlength{\parindent}{0pt}
\begin{document}
\begin{minipage}[t]{0.55\textwidth}\textbf{UNIVERSITÉ QUISQUEYA}\\Vice-rectorat aux affaires administratives\\Direction des ressources humaines\end{minipage}\hfill
\begin{minipage}[t]{0.4\textwidth}\raggedleft Port-au-Prince, le 6 mai 2038\\Note n° """ + REF + r"""\end{minipage}

\vspace{1em}\begin{center}\Large\textbf{APPEL À CANDIDATURES}\\\normalsize Poste administratif et technique\end{center}

\begin{tabular}{@{}p{4.2cm}p{11.8cm}@{}}
\textbf{Poste} & """ + tex(T) + r""" \\
\textbf{Établissement} & """ + tex(ORG) + r""" \\
\textbf{Faculté} & Faculté des sciences, de génie et d'architecture (FSGA) \\
\textbf{Lieu de travail} & """ + tex(LOC) + r""" \\
\textbf{Horaire} & """ + tex(SCH) + r""" \\
\textbf{Salaire} & """ + tex(SAL) + r""", assurance santé groupe \\
\textbf{Date limite} & 12 juin 2038 à 16 h 00 \\
\end{tabular}

L'Université Quisqueya renforce son laboratoire de génie civil, qui réalise chaque année plusieurs centaines d'essais pour l'enseignement, la recherche et les entreprises de construction. Le ou la titulaire relève du doyen de la faculté.

\vspace{1em}\textbf{1. Responsabilités}
\begin{itemize}
""" + items(MIS, "--") + r"""
\end{itemize}
\textbf{2. Qualifications exigées}
\begin{itemize}
""" + items(ESS, "$\\bullet$") + r"""
\end{itemize}
\textbf{3. Atouts}
\begin{itemize}
""" + items(DES, "$\\circ$") + r"""
\end{itemize}
\textbf{4. Qualités personnelles.} """ + ", ".join(n for n, _ in COMP[:-1]) + " et " + COMP[-1][0] + r""".

\medskip\textbf{5. Dossier de candidature.} Lettre de motivation, curriculum vitae, copies des diplômes, trois références professionnelles et certificat de bonne vie et m\oe urs, à envoyer à recrutement@uniq.example en indiquant la référence de la note. Les entrevues auront lieu du 22 au 24 juin 2038. L'uniQ applique une politique d'égalité des chances.

\vspace{2em}\hfill\textit{La Direction des ressources humaines}
\end{document}
"""
open(os.path.join(B, "uniq-avis.tex"), "w", encoding="utf-8").write(src)
latex_pdf("uniq-avis.tex", K + "-avis.pdflatex.pdf", K)

txt = f"""De : Secrétariat AIPH <listes@aiph-ingenieurs.example>
Envoyé : jeudi 7 mai 2038 09:41
À : membres@aiph-ingenieurs.example
Objet : TR: Offre d'emploi - uniQ - Coordonnateur(trice) du laboratoire de génie civil

Chers membres,

Nous relayons ci-dessous une offre reçue de l'Université Quisqueya. Pour
mémoire, notre atelier sur le béton armé en zone sismique se tiendra le
samedi 30 mai 2038 à Pétion-Ville.

Cordialement,
Le Secrétariat (Association des ingénieurs, fictive)

-----Message d'origine-----
De : DRH uniQ <drh@uniq.example>
Envoyé : mercredi 6 mai 2038 15:02
Objet : Appel à candidatures {REF}

APPEL À CANDIDATURES - Note n° {REF}

Poste ............... : {T}
Établissement ....... : {ORG}
Lieu de travail ..... : {LOC}
Horaire ............. : {SCH}
Salaire ............. : {SAL}
Date limite ......... : 12/06/2038, 16 h

RESPONSABILITÉS
{chr(10).join("  - " + x for x in MIS)}

QUALIFICATIONS EXIGÉES
{chr(10).join("  o " + x for x in ESS)}

ATOUTS
{chr(10).join("  o " + x for x in DES)}

QUALITÉS PERSONNELLES
{chr(10).join("  * " + n for n, _ in COMP)}

Dossier (lettre, CV, diplômes, trois références, certificat de bonne vie
et mœurs) à recrutement@uniq.example. Entrevues du 22 au 24 juin 2038.
"""
w(K + "-courriel.txt", txt, K)
expected(REF, ["fr"], {"fr": T}, {"fr": ORG}, {"fr": LOC}, {"fr": SCH}, "2038-06-12",
         {"amount": 185000, "currency": "HTG", "period": "month"}, None, {"fr": (ESS, DES)}, {"fr": COMP})
