from common import *

KEY = "lh-grh-2044-04"
REF = "LH/GRH/2044-04"
T = "Agent·e constatateur·rice (h/f/x)"
O = "Commune de La Hulpe"
LOC = "La Hulpe"
SCH = "Temps plein – 38 h/semaine"
ESS = ["Être titulaire d'un diplôme de l'enseignement secondaire supérieur (CESS)",
       "Avoir suivi la formation d'agent constatateur prévue par le Code de l'environnement ou s'engager à la suivre dans l'année",
       "Être titulaire du permis de conduire B",
       "Disposer d'une bonne connaissance de la réglementation en matière de propreté publique et d'urbanisme"]
DES = ["Connaissance du néerlandais", "Expérience dans un service communal d'environnement ou de police administrative"]
COMP = [("Sens du service public", "vous traitez chaque citoyen avec respect et équité"),
        ("Fermeté", "vous appliquez le règlement sans vous laisser détourner"),
        ("Esprit d'équipe", "vous travaillez en lien étroit avec la police locale et le service travaux")]
MIS = ["constater les infractions au règlement général de police en matière de propreté, de dépôts clandestins et d'affichage",
       "rédiger les procès-verbaux et les transmettre au fonctionnaire sanctionnateur",
       "effectuer des contrôles de chantiers et de terrasses en lien avec le service urbanisme",
       "informer et sensibiliser les habitants et les commerçants aux règles en vigueur"]


def md():
    L = ["[Accueil](/) › [Ma commune](/commune) › [Emploi](/emploi) › Offre", "",
         "> Ce site utilise des cookies fonctionnels. [J'accepte](#) · [Paramètres](#)", "",
         "*Publié le 15 février 2044 · Mis à jour le 20 février 2044*", "",
         f"# Offre d'emploi : {T}", "",
         f"Le Collège communal de la {O} engage, dans le cadre d'un contrat à durée indéterminée, un·e agent·e constatateur·rice pour son service Environnement.", "",
         "| Fiche | |", "|---|---|",
         f"| Référence | {REF} |", f"| Employeur | {O} |", f"| Lieu de travail | {LOC} (administration communale) |",
         "| Contrat | CDI |", f"| Horaire | {SCH} |", "| Échelle | D6 |",
         "| Rémunération | de 30 412,87 € à 44 583,19 € bruts annuels indexés, selon ancienneté valorisable |",
         "| Date limite | 14 mars 2044 |", "",
         "## Vos missions", ""]
    L += [f"{i}. {m[0].upper() + m[1:]} ;" for i, m in enumerate(MIS, 1)]
    L += ["", "## Conditions d'accès", "",
          "Être belge ou citoyen de l'Union européenne, jouir de ses droits civils et politiques, être d'une conduite répondant aux exigences de la fonction et justifier de l'aptitude physique.", "",
          "## Conditions particulières", ""]
    L += [f"- {e} ;" for e in ESS]
    L += ["", f"**Atouts :** {' ; '.join(DES)}.", "", "## Compétences comportementales", ""]
    L += [f"- **{n}** : {d}" for n, d in COMP]
    L += ["", "## Nous offrons", "",
          "Des chèques-repas de 8 € par jour presté, une assurance hospitalisation et un abonnement de train remboursé à 100 %.", "",
          "## Procédure", "",
          f"Envoyez votre lettre de motivation, votre CV et une copie de votre diplôme au Collège communal, en mentionnant la référence {REF}, **au plus tard le 14 mars 2044**. "
          "Les candidat·es retenu·es présenteront une épreuve écrite le 28 mars 2044 et un entretien oral dans la semaine du 11 avril 2044.", "",
          "---", "", "**Autres offres** : Ouvrier·ère qualifié·e espaces verts (date limite : 21 mars 2044) · Employé·e d'administration – population (date limite : 7 mars 2044)", "",
          f"© {O} · Mentions légales · Accessibilité"]
    return "\n".join(L) + "\n"


def tex():
    esc = lambda s: s.replace("&", "\\&").replace("%", "\\%").replace("€", "\\texteuro{}").replace("#", "\\#")
    items = lambda xs, sep="": "\n".join(f"  \\item {esc(x)}{sep}" for x in xs)
    comp = "\n\n".join(f"\\textbf{{{esc(n)}}} -- {esc(d)}." for n, d in COMP)
    return r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{lmodern}
\usepackage{textcomp}
\usepackage[margin=2.2cm]{geometry}
\hyphenpenalty=10000 \exhyphenpenalty=10000 \sloppy
\DeclareUnicodeCharacter{00B7}{\textperiodcentered}
\pagestyle{empty}
\begin{document}
\noindent Province du Brabant wallon -- Arrondissement de Nivelles \hfill N/Réf. : """ + esc(REF) + r"""

\begin{center}
{\Large\bfseries """ + esc(O) + r"""}\\[4pt]
\rule{0.6\textwidth}{0.4pt}\\[6pt]
{\large AVIS DE RECRUTEMENT}\\[4pt]
{\large\bfseries """ + esc(T) + r"""}
\end{center}

\begin{description}
  \item[Service :] Environnement
  \item[Lieu de travail :] """ + esc(LOC) + r"""
  \item[Régime de travail :] """ + esc(SCH) + r"""
  \item[Échelle barémique :] D6
  \item[Rémunération annuelle brute indexée :] de 30 412,87 \texteuro{} à 44 583,19 \texteuro{}
  \item[Date limite :] 14/03/2044
\end{description}

\section*{I. Missions}
\begin{enumerate}
""" + items([m[0].upper() + m[1:] for m in MIS], ".") + r"""
\end{enumerate}

\section*{II. Conditions particulières}
\begin{enumerate}
""" + items(ESS, ".") + r"""
\end{enumerate}

\noindent\textit{Atouts :} """ + esc(" ; ".join(DES)) + r""".

\section*{III. Compétences comportementales}
""" + comp + r"""

\section*{IV. Candidature}
Les candidatures (lettre, CV, copie du diplôme) sont adressées au Collège communal pour le 14/03/2044 au plus tard. Épreuve écrite prévue le 28/03/2044.

\vspace{1cm}
\noindent Par le Collège, \hfill Le Bourgmestre,\\
La Directrice générale
\end{document}
"""


def build():
    write(KEY + "-lahulpe.md", md(), KEY)
    pdflatex(KEY + "-avis.tex", tex(), KEY + "-avis.pdflatex.pdf", KEY)
    expected(KEY, reference=REF, languages=["fr"], title={"fr": T}, organisation={"fr": O}, location={"fr": LOC},
             schedule={"fr": SCH}, deadline="2044-03-14", salary=sal(30412.87, 44583.19, "EUR", "year"), grade="D6",
             req={"fr": (ESS, DES)}, comp={"fr": COMP})
