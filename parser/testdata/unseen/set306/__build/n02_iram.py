from common import *
import os

KEY = "iram-2043-12"
REF = "IRAM-2043-12"
T = {"en": "Receiver Engineer (Millimetre-Wave Front Ends)", "fr": "Ingénieur(e) récepteurs (frontaux millimétriques)"}
O = {"en": "Institute for Radio Astronomy in the Millimetre Range", "fr": "Institut de radioastronomie millimétrique"}
L = {"en": "Saint-Martin-d'Hères (Grenoble), France", "fr": "Saint-Martin-d'Hères (Grenoble), France"}
S = {"en": "Full-time (38.5 hours per week)", "fr": "Temps plein (38,5 heures par semaine)"}
ESS = {"en": ["A master's degree or engineering diploma in electronics, microwave engineering or physics.",
              "At least three years of experience in the design or testing of microwave or millimetre-wave components.",
              "Practical knowledge of cryogenic systems and vacuum techniques.",
              "Good command of English; French or the willingness to learn it."],
       "fr": ["Un master ou un diplôme d'ingénieur en électronique, en hyperfréquences ou en physique.",
              "Au moins trois ans d'expérience dans la conception ou les essais de composants hyperfréquences ou millimétriques.",
              "Une connaissance pratique des systèmes cryogéniques et des techniques du vide.",
              "Une bonne maîtrise de l'anglais ; le français ou la volonté de l'apprendre."]}
DES = {"en": ["Experience with SIS mixers or low-noise amplifiers.",
              "Programming skills in Python for instrument control."],
       "fr": ["Une expérience des mélangeurs SIS ou des amplificateurs à faible bruit.",
              "Des compétences en programmation Python pour le pilotage d'instruments."]}
COMP = {"en": [("Problem solving", "you trace faults methodically down to the component."),
               ("Communication", "you explain technical choices clearly to astronomers and technicians."),
               ("Reliability", "you document your work so that others can build on it.")],
        "fr": [("Résolution de problèmes", "vous remontez méthodiquement une panne jusqu'au composant."),
               ("Communication", "vous expliquez clairement vos choix techniques aux astronomes et aux techniciens."),
               ("Fiabilité", "vous documentez votre travail pour que d'autres puissent s'en servir.")]}
DUT = {"en": ["design, assemble and test receiver cartridges for the NOEMA antennas",
              "characterise noise temperature, sideband rejection and stability in the laboratory",
              "take part in installation campaigns at the Plateau de Bure site",
              "write test reports and maintain the receiver documentation"],
       "fr": ["concevoir, assembler et tester des cartouches de récepteurs pour les antennes de NOEMA",
              "caractériser en laboratoire la température de bruit, la réjection de bande latérale et la stabilité",
              "participer aux campagnes d'installation sur le site du plateau de Bure",
              "rédiger les rapports d'essais et tenir à jour la documentation des récepteurs"]}


def tex_esc(s):
    return s.replace("&", r"\&").replace("%", r"\%").replace("#", r"\#").replace("_", r"\_")


def build():
    expected(KEY, reference=REF, languages=["en", "fr"], title=T, organisation=O, location=L, schedule=S,
             deadline="2043-04-07", salary=sal(mn=3665, mx=4510, cur="EUR", period="month"),
             requirements={l: {"essential": ESS[l], "desirable": DES[l]} for l in ("en", "fr")},
             competencies=COMP)

    def items(l):
        return "\n".join(r"\item " + tex_esc(i) for i in l)

    def comps(l, sep):
        return "\n".join(r"\item \textbf{%s}%s %s" % (tex_esc(n), sep, tex_esc(d)) for n, d in COMP[l])
    tex = r"""\documentclass[10pt,a4paper]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}
\usepackage[margin=2.2cm]{geometry}
\hyphenpenalty=10000 \exhyphenpenalty=10000 \raggedright
\pagestyle{plain}
\begin{document}
\noindent\begin{minipage}[t]{0.6\textwidth}\textbf{IRAM}\\ 300 rue de la Piscine\\ Domaine universitaire\\ 38406 Saint-Martin-d'Hères\end{minipage}\hfill
\begin{minipage}[t]{0.35\textwidth}\raggedleft Grenoble, 10 March 2043\\ CNRS -- MPG -- IGN\end{minipage}

\bigskip
\begin{center}{\Large\textbf{JOB OPENING}}\\[2pt] Ref. """ + REF + r"""\\[8pt]
{\large\textbf{""" + T["en"] + r"""}}\end{center}

\noindent\begin{tabular}{@{}p{4.2cm}p{11cm}@{}}
\textbf{Employer} & """ + O["en"] + r""" \\
\textbf{Group} & Receiver Group, Technical Division \\
\textbf{Place of work} & """ + L["en"] + r""" \\
\textbf{Contract} & Permanent, after a probation period \\
\textbf{Working time} & """ + S["en"] + r""" \\
\textbf{Salary} & EUR 3,665 to 4,510 gross per month, depending on experience \\
\textbf{Start} & July 2043 \\
\textbf{Closing date} & 7 April 2043, 23:59 CEST \\
\end{tabular}

\medskip
IRAM is a research institute founded by the French CNRS, the German Max Planck Society and the Spanish IGN. It operates the NOEMA interferometer in the French Alps and the 30-metre telescope on Pico Veleta.

\section*{1. Duties}
\begin{itemize}\setlength{\itemsep}{0pt}
""" + items(DUT["en"]) + r"""
\end{itemize}
\section*{2. Qualifications}
\begin{itemize}\setlength{\itemsep}{0pt}
""" + items(ESS["en"]) + r"""
\end{itemize}
\section*{3. Additional assets}
\begin{itemize}\setlength{\itemsep}{0pt}
""" + items(DES["en"]) + r"""
\end{itemize}
\section*{4. Personal skills}
\begin{itemize}\setlength{\itemsep}{0pt}
""" + comps("en", ":") + r"""
\end{itemize}
\section*{5. Applications}
Send a CV, a motivation letter and the names of two referees to jobs@iram.example, quoting the reference. Interviews are planned for 28 April 2043.

\clearpage
\begin{center}{\Large\textbf{OFFRE D'EMPLOI}}\\[2pt] Réf. """ + REF + r"""\\[8pt]
{\large\textbf{""" + T["fr"] + r"""}}\end{center}

\noindent\begin{tabular}{@{}p{4.2cm}p{11cm}@{}}
\textbf{Employeur} & """ + O["fr"] + r""" \\
\textbf{Groupe} & Groupe Récepteurs, Division technique \\
\textbf{Lieu de travail} & """ + L["fr"] + r""" \\
\textbf{Contrat} & CDI, après une période d'essai \\
\textbf{Temps de travail} & """ + S["fr"] + r""" \\
\textbf{Rémunération} & de 3 665 à 4 510 EUR bruts par mois, selon l'expérience \\
\textbf{Prise de poste} & juillet 2043 \\
\textbf{Date de clôture} & 7 avril 2043, 23 h 59 (heure de Paris) \\
\end{tabular}

\medskip
L'IRAM est un institut de recherche fondé par le CNRS, la société Max Planck et l'IGN espagnol. Il exploite l'interféromètre NOEMA dans les Alpes françaises et le télescope de 30 mètres du Pico Veleta.

\section*{1. Missions}
\begin{itemize}\setlength{\itemsep}{0pt}
""" + items(DUT["fr"]) + r"""
\end{itemize}
\section*{2. Profil requis}
\begin{itemize}\setlength{\itemsep}{0pt}
""" + items(ESS["fr"]) + r"""
\end{itemize}
\section*{3. Atouts}
\begin{itemize}\setlength{\itemsep}{0pt}
""" + items(DES["fr"]) + r"""
\end{itemize}
\section*{4. Qualités personnelles}
\begin{itemize}\setlength{\itemsep}{0pt}
""" + comps("fr", " :") + r"""
\end{itemize}
\section*{5. Candidatures}
Envoyez un CV, une lettre de motivation et le nom de deux référents à jobs@iram.example en rappelant la référence. Les entretiens sont prévus le 28 avril 2043.
\end{document}
"""
    open(os.path.join(BUILD, "iram.tex"), "w", encoding="utf-8").write(tex)
    pdf = pdflatex("iram.tex", KEY + "-iram.pdflatex.pdf")
    dump(pdf, KEY)

    mail = f"""From: Dauphiné Amateur Radio Astronomy Club <liste@darac.example>
To: members@darac.example
Date: Thu, 12 Mar 2043 08:41:07 +0100
Subject: [DARAC] Fwd: Job opening at IRAM – {T['en']}

Hello everyone,

One of our former speakers asked us to circulate this. Reminder: our spring
star party at the Col de Porte is on Saturday 18 April 2043 (weather permitting).

Jean-Baptiste (list moderator)

-------- Forwarded Message --------
Subject: Job opening {REF}
Date: Tue, 10 Mar 2043 17:02:55 +0100
From: IRAM Human Resources <hr@iram.example>

JOB OPENING – Ref. {REF}
{T['en']}

Employer:      {O['en']}
Group:         Receiver Group, Technical Division
Place of work: {L['en']}
Contract:      Permanent, after a probation period
Working time:  {S['en']}
Salary:        EUR 3,665 to 4,510 gross per month, depending on experience
Closing date:  7 April 2043, 23:59 CEST

1. DUTIES
{bullets(DUT['en'], ' * ')}

2. QUALIFICATIONS
{bullets(ESS['en'], ' * ')}

3. ADDITIONAL ASSETS
{bullets(DES['en'], ' * ')}

4. PERSONAL SKILLS
{bullets(['%s: %s' % c for c in COMP['en']], ' * ')}

5. APPLICATIONS
Send a CV, a motivation letter and the names of two referees to
jobs@iram.example, quoting the reference. Interviews: 28 April 2043.

=== VERSION FRANÇAISE ===

OFFRE D'EMPLOI – Réf. {REF}
{T['fr']}

Employeur :        {O['fr']}
Groupe :           Groupe Récepteurs, Division technique
Lieu de travail :  {L['fr']}
Contrat :          CDI, après une période d'essai
Temps de travail : {S['fr']}
Rémunération :     de 3 665 à 4 510 EUR bruts par mois, selon l'expérience
Date de clôture :  7 avril 2043, 23 h 59 (heure de Paris)

1. MISSIONS
{bullets(DUT['fr'], ' * ')}

2. PROFIL REQUIS
{bullets(ESS['fr'], ' * ')}

3. ATOUTS
{bullets(DES['fr'], ' * ')}

4. QUALITÉS PERSONNELLES
{bullets(['%s : %s' % c for c in COMP['fr']], ' * ')}

5. CANDIDATURES
Envoyez un CV, une lettre de motivation et le nom de deux référents à
jobs@iram.example en rappelant la référence.

--
You are receiving this because you subscribed to the DARAC members list.
To unsubscribe, write to liste@darac.example.
"""
    write(KEY + "-darac-list.txt", mail, KEY)
