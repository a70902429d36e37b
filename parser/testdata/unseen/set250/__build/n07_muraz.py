from common import *
KEY = "cm-dg-srh-2038-009"
REF = "CM/DG/SRH/2038-009"
FR = dict(
 title="Technicien(ne) supérieur(e) de laboratoire en biologie moléculaire",
 organisation="Centre Muraz",
 location="Bobo-Dioulasso (Burkina Faso)",
 schedule="Temps plein",
 essential=[
  "être titulaire d'un diplôme d'État de technicien supérieur en analyses biomédicales ou d'une licence en biologie ;",
  "justifier d'une expérience d'au moins trois (3) ans dans un laboratoire de biologie moléculaire ;",
  "maîtriser les techniques d'extraction d'acides nucléiques, de PCR en temps réel et de séquençage ;",
  "connaître les bonnes pratiques de laboratoire et les règles de biosécurité ;",
  "être âgé(e) de 40 ans au plus au 31 décembre 2038.",
 ],
 desirable=[
  "une expérience dans un laboratoire accrédité ISO 15189 ;",
  "des notions de bio-informatique ;",
  "la pratique de l'anglais scientifique.",
 ],
 competencies=[("rigueur scientifique", ""), ("respect des procédures qualité", ""), ("esprit d'équipe", ""), ("discrétion", "")])
D = dict(reference=REF, languages=["fr"], deadline="2038-08-19", salary=sal(415300, cur="XOF", per="month"), grade="B1", fr=FR)

def tex_items(lst): return "\n".join("\\item " + x.replace("%", "\\%") for x in lst)
q = FR['competencies']
tex = r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{lmodern}
\usepackage[margin=2.2cm]{geometry}
\renewcommand{\labelitemi}{--}
\hyphenpenalty=10000 \exhyphenpenalty=10000
\pagestyle{plain}
\begin{document}
\raggedright
\begin{minipage}[t]{0.5\textwidth}\centering\small
MINISTÈRE DE LA SANTÉ\\ -----------\\ SECRÉTARIAT GÉNÉRAL\\ -----------\\ CENTRE MURAZ\\ -----------\\ DIRECTION GÉNÉRALE\\ -----------\\ Service des ressources humaines
\end{minipage}\hfill
\begin{minipage}[t]{0.42\textwidth}\centering\small
BURKINA FASO\\ -----------\\ La Patrie ou la Mort, nous Vaincrons\\[1.2em]
Bobo-Dioulasso, le 15 juillet 2038
\end{minipage}

\vspace{1.5em}
\begin{center}\Large\textbf{AVIS DE RECRUTEMENT N° """ + REF + r"""}\\[0.4em]
\normalsize\textbf{""" + FR['title'] + r"""}\end{center}

Dans le cadre du renforcement de son plateau technique, le Directeur général du """ + FR['organisation'] + r""", établissement public de l'État à caractère scientifique, porte à la connaissance du public qu'il recrute un(e) """ + FR['title'] + r""" pour son département de biologie.

\section*{1. Caractéristiques du poste}
\begin{tabular}{@{}p{4.6cm}p{10.4cm}@{}}
Référence & """ + REF + r""" \\
Employeur & """ + FR['organisation'] + r""" \\
Lieu d'affectation & """ + FR['location'] + r""" \\
Catégorie & B1 \\
Nature du contrat & Contrat à durée déterminée de deux ans, renouvelable \\
Régime de travail & """ + FR['schedule'] + r""" \\
Salaire & 415 300 FCFA brut par mois \\
\end{tabular}

\section*{2. Tâches}
\begin{itemize}
\item réceptionner, enregistrer et préparer les échantillons biologiques ;
\item réaliser les analyses de biologie moléculaire des projets de recherche et de surveillance ;
\item assurer la maintenance de premier niveau des automates ;
\item renseigner le système de gestion de l'information du laboratoire ;
\item participer aux audits internes du système qualité.
\end{itemize}

\section*{3. Profil du (de la) candidat(e)}
Le (la) candidat(e) doit :
\begin{itemize}
""" + tex_items(FR['essential']) + r"""
\end{itemize}

\section*{4. Atouts}
\begin{itemize}
""" + tex_items(FR['desirable']) + r"""
\end{itemize}

\section*{5. Qualités requises}
Le poste requiert les qualités suivantes : """ + q[0][0] + ", " + q[1][0] + ", " + q[2][0] + " et " + q[3][0] + r""".

\section*{6. Composition du dossier}
\begin{enumerate}
\item une lettre de motivation adressée au Directeur général du Centre Muraz ;
\item un curriculum vitae daté et signé ;
\item les copies légalisées des diplômes et attestations ;
\item un extrait d'acte de naissance.
\end{enumerate}

\section*{7. Dépôt des candidatures}
Les dossiers sont déposés sous pli fermé au Service des ressources humaines du Centre Muraz, 2006 avenue Mamadou Konaté, au plus tard le \textbf{jeudi 19 août 2038 à 16 heures}. Les candidat(e)s présélectionné(e)s passeront une épreuve pratique le 1er septembre 2038.

\vspace{1.5em}
\hfill\begin{minipage}{0.45\textwidth}\centering
Le Directeur général\\[3em]
\textit{(signé)}
\end{minipage}
\end{document}
"""
wb("muraz.tex", tex)
latex("muraz.tex", KEY + "-muraz.pdflatex.pdf", KEY)

paper = f"""LE QUOTIDIEN DU FASO — Édition du mardi 20 juillet 2038 — N° 7 412 — Page 19
ANNONCES ET COMMUNIQUÉS

Avis de décès — Remerciements — Appels d'offres — Recrutements

-------------------------------------------------------------------
MINISTÈRE DE LA SANTÉ                          BURKINA FASO
CENTRE MURAZ                          La Patrie ou la Mort, nous Vaincrons
-------------------------------------------------------------------

AVIS DE RECRUTEMENT N° {REF}

Le Directeur général du {FR['organisation']} recrute un(e) :
{FR['title'].upper()}
({FR['title']})

Référence ........................ {REF}
Employeur ........................ {FR['organisation']}
Lieu d'affectation ............... {FR['location']}
Catégorie ........................ B1
Contrat .......................... CDD de deux ans renouvelable
Régime de travail ................ {FR['schedule']}
Salaire .......................... 415 300 FCFA brut par mois

TÂCHES : réception et préparation des échantillons ; analyses de biologie moléculaire ; maintenance de premier niveau des automates ; saisie dans le système d'information du laboratoire ; participation aux audits qualité.

PROFIL. Le (la) candidat(e) doit :
{items(FR['essential'], '* ')}

ATOUTS :
{items(FR['desirable'], '* ')}

QUALITÉS REQUISES : {q[0][0]}, {q[1][0]}, {q[2][0]}, {q[3][0]}.

DOSSIER : lettre de motivation, CV daté et signé, copies légalisées des diplômes, extrait d'acte de naissance.

DÉPÔT : Service des ressources humaines du Centre Muraz, Bobo-Dioulasso, au plus tard le jeudi 19 août 2038 à 16 heures.
Bobo-Dioulasso, le 15 juillet 2038 — Le Directeur général
-------------------------------------------------------------------

AVIS D'APPEL D'OFFRES N° 2038-044/MS/SG — Fourniture de réactifs de laboratoire. Date limite de dépôt des offres : 6 août 2038.

REMERCIEMENTS — La grande famille K. de Bobo-Dioulasso remercie tous ceux qui l'ont soutenue lors du décès de leur père, survenu le 10 juillet 2038.

Pour vos annonces : regie@quotidiendufaso.example — Tél. : 25 00 00 00
"""
w(KEY + "-journal.txt", paper, KEY)
expected(KEY, D)
