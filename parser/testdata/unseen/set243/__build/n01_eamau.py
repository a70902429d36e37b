from common import *

REF = "EAMAU/DG/2037/012"
TITLE = "Enseignant(e)-chercheur(e) en mobilité et transports urbains"
ORG = "École Africaine des Métiers de l'Architecture et de l'Urbanisme"
LOC = "Lomé (Togo)"
SCHED = "Temps plein"
GRADE = "P2"
ESS = [
    "être ressortissant(e) de l'un des États membres de l'École ;",
    "être titulaire d'un doctorat en urbanisme, en génie civil option transports ou en géographie des transports ;",
    "justifier d'au moins quatre (4) années d'expérience en planification des déplacements urbains ou en enseignement supérieur ;",
    "maîtriser les logiciels de modélisation du trafic et les systèmes d'information géographique ;",
    "être âgé(e) de cinquante (50) ans au plus au 31 décembre 2037.",
]
DES = [
    "une inscription sur une liste d'aptitude du CAMES ;",
    "une expérience de projets de bus à haut niveau de service en Afrique de l'Ouest ;",
    "une bonne pratique de l'anglais.",
]
QUAL = ["Rigueur", "Sens de la pédagogie", "Aptitude au travail en équipe multiculturelle", "Disponibilité"]


def build():
    k = expected(REF, ["fr"], {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, {"fr": SCHED}, "2038-01-08",
                 sal("XOF", "month", amount=1184300), GRADE, None,
                 {"fr": {"essential": ESS, "desirable": DES}}, {"fr": [(q, "") for q in QUAL]})
    items = lambda l: "\n".join(r"\item " + x for x in l)
    tex = r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}
\usepackage[margin=2.2cm]{geometry}
\hyphenpenalty=10000 \exhyphenpenalty=10000
\renewcommand{\labelitemi}{--}
\pagestyle{plain}
\begin{document}\raggedright
\noindent\begin{minipage}[t]{0.55\textwidth}\small
\textbf{ÉCOLE AFRICAINE DES MÉTIERS DE L'ARCHITECTURE ET DE L'URBANISME}\\
Établissement inter-États d'enseignement supérieur\\
Direction Générale -- Secrétariat Général\\
B.P. 2067 Lomé -- Togo\\
N\textsuperscript{o} 0087/EAMAU/DG/SG
\end{minipage}\hfill
\begin{minipage}[t]{0.38\textwidth}\small\raggedleft
Lomé, le 23 novembre 2037
\end{minipage}

\vspace{1.2em}
\begin{center}\Large\textbf{AVIS DE RECRUTEMENT N\textsuperscript{o} """ + REF + r"""}\end{center}
\begin{center}\large Recrutement d'un(e) """ + TITLE + r"""\end{center}

\section*{I. Contexte}
Créée par ses États membres pour former des architectes, des urbanistes et des gestionnaires urbains au service du continent, l'""" + ORG + r""" (EAMAU) renforce son département Mobilité et Transports. Dans le cadre de l'ouverture d'un master professionnel en mobilité durable, le Directeur Général lance le présent avis en vue de pourvoir un poste d'enseignant(e)-chercheur(e) permanent(e).

\section*{II. Caractéristiques du poste}
\begin{tabular}{@{}ll@{}}
Intitulé du poste & """ + TITLE + r""" \\
Département & Mobilité et Transports \\
Lieu d'affectation & """ + LOC + r""" \\
Niveau & """ + GRADE + r""" \\
Nature du contrat & Contrat à durée déterminée de trois (3) ans renouvelable \\
Régime de travail & """ + SCHED + r""" \\
Prise de service & 1\textsuperscript{er} mars 2038 \\
\end{tabular}

\section*{III. Missions}
Sous l'autorité du Directeur des Études, le (la) titulaire du poste aura pour missions de :
\begin{itemize}
\item dispenser les enseignements de planification des transports, d'économie des déplacements et de sécurité routière en licence et en master ;
\item encadrer les mémoires et les stages des étudiants ;
\item conduire des travaux de recherche sur la mobilité dans les villes des États membres ;
\item participer aux missions d'expertise de l'École auprès des collectivités territoriales.
\end{itemize}

\section*{IV. Profil requis}
Le (la) candidat(e) doit :
\begin{itemize}
""" + items(ESS) + r"""
\end{itemize}

\section*{V. Atouts}
\begin{itemize}
""" + items(DES) + r"""
\end{itemize}

\section*{VI. Qualités requises}
""" + ", ".join(QUAL[:-1]) + " et " + QUAL[-1] + r""".

\section*{VII. Rémunération}
Le traitement de base mensuel est fixé à 1 184 300 FCFA, auquel s'ajoutent une indemnité de logement et, le cas échéant, une indemnité d'expatriation, conformément au statut du personnel de l'École.

\section*{VIII. Composition du dossier}
\begin{enumerate}
\item une lettre de motivation adressée au Directeur Général ;
\item un curriculum vitae détaillé ;
\item les copies certifiées des diplômes et un certificat de nationalité ;
\item la liste des publications des cinq dernières années.
\end{enumerate}

Les dossiers sont reçus au Secrétariat Général de l'EAMAU ou à l'adresse recrutement@eamau.example au plus tard le vendredi 8 janvier 2038 à 17 heures (heure de Lomé), délai de rigueur. Les candidat(e)s présélectionné(e)s seront convoqué(e)s à une leçon publique et à un entretien au cours de la semaine du 1\textsuperscript{er} février 2038.

\vspace{1.5em}
\hfill\begin{minipage}{0.45\textwidth}\centering Le Directeur Général\\[2.5em]\textbf{Pr Komlan D. AGBÉKO}\end{minipage}
\end{document}
"""
    latex_pdf(tex, k + "-eamau.pdflatex.pdf", k)

    wa = "\n".join([
        "[23/11/2037, 18:42] Réseau Urbanistes Afrique 🏙️: ‎Messages and calls are end-to-end encrypted.",
        "[24/11/2037, 07:15] +228 90 11 47 62: 📢 *AVIS DE RECRUTEMENT* – partagez largement svp",
        "[24/11/2037, 07:15] +228 90 11 47 62: *" + ORG.upper() + "*",
        "AVIS DE RECRUTEMENT N° " + REF,
        "",
        "L'" + ORG + " (EAMAU) recrute un(e) *" + TITLE + "*",
        "",
        "📌 Intitulé du poste : " + TITLE,
        "🏢 Département : Mobilité et Transports",
        "📍 Lieu d'affectation : " + LOC,
        "🎓 Niveau : " + GRADE,
        "📝 Contrat : CDD de 3 ans renouvelable",
        "⏱️ Régime de travail : " + SCHED,
        "🗓️ Prise de service : 1er mars 2038",
        "",
        "*MISSIONS*",
        "- enseignements de planification des transports, d'économie des déplacements et de sécurité routière (licence, master) ;",
        "- encadrement des mémoires et des stages ;",
        "- recherche sur la mobilité dans les villes des États membres ;",
        "- missions d'expertise auprès des collectivités.",
        "",
        "*PROFIL REQUIS* – Le (la) candidat(e) doit :",
    ] + ["✅ " + x for x in ESS] + ["", "*ATOUTS*"] + ["➕ " + x for x in DES] + [
        "",
        "*QUALITÉS* : " + " / ".join(QUAL),
        "",
        "💰 Traitement de base : 1 184 300 FCFA par mois + indemnité de logement",
        "",
        "📂 Dossier : lettre de motivation au DG, CV, copies certifiées des diplômes, certificat de nationalité, liste des publications.",
        "⏳ Date limite : vendredi 8 janvier 2038 à 17 h (heure de Lomé) – recrutement@eamau.example",
        "Leçon publique et entretien : semaine du 1er février 2038.",
        "[24/11/2037, 07:16] +228 90 11 47 62: ‎<attached: AVIS_EAMAU_2037-012.pdf>",
        "[24/11/2037, 08:03] Afi K.: Merci ! Est-ce que les doctorants en fin de thèse peuvent postuler ?",
        "[24/11/2037, 08:10] +228 90 11 47 62: Il faut le doctorat à la date limite, je crois. Voir le PDF 🙏",
        "[24/11/2037, 09:27] Yacouba S.: Transféré au groupe des anciens de l'École 👍",
        "",
    ])
    write(k + "-whatsapp.txt", wa, k)
