from common import *
import textwrap

N = dict(
    ref="0087/UN/R/DRH/2037", langs=["fr", "en"],
    title={"fr": "Ingénieur de laboratoire en analyse des produits laitiers",
           "en": "Laboratory Engineer in Dairy Products Analysis"},
    org={"fr": "Université de Ngaoundéré", "en": "University of Ngaoundere"},
    loc={"fr": "Ngaoundéré, campus de Dang (ENSAI)", "en": "Ngaoundere, Dang campus (ENSAI)"},
    sched={"fr": "Temps plein, 40 heures par semaine", "en": "Full-time, 40 hours per week"},
    deadline="2037-04-14",
    salary={"amount": 412000, "min": None, "max": None, "currency": "XAF", "period": "month"},
    grade="A2",
    ess={"fr": [
        "être de nationalité camerounaise ;",
        "être âgé de 35 ans au plus au 1er janvier 2037 ;",
        "être titulaire d'un diplôme d'ingénieur ou d'un Master en sciences alimentaires, en biochimie ou en microbiologie ;",
        "justifier d'une expérience d'au moins deux (2) ans dans un laboratoire d'analyses physico-chimiques ou microbiologiques ;",
        "maîtriser les méthodes de chromatographie et de spectrophotométrie.",
    ], "en": [
        "be a Cameroonian national;",
        "be aged 35 years or below on 1 January 2037;",
        "hold an engineering degree or a Master's degree in food science, biochemistry or microbiology;",
        "have at least two (2) years of experience in a physico-chemical or microbiological testing laboratory;",
        "master chromatography and spectrophotometry methods.",
    ]},
    des={"fr": [
        "une expérience de la démarche qualité ISO/IEC 17025 ;",
        "la connaissance du fulfuldé ou de l'anglais technique.",
    ], "en": [
        "experience of an ISO/IEC 17025 quality system;",
        "knowledge of Fulfulde or of technical French.",
    ]},
    comp={"fr": [], "en": []},
)
MIS = {"fr": ["préparer et conduire les analyses de lait et de produits laitiers pour les travaux pratiques et les projets de recherche ;",
              "étalonner et entretenir les appareils du laboratoire ;",
              "tenir les registres de traçabilité des échantillons et des réactifs ;",
              "encadrer les étudiants de Master pendant leurs manipulations."],
       "en": ["prepare and run analyses of milk and dairy products for practical classes and research projects;",
              "calibrate and maintain laboratory equipment;",
              "keep traceability records of samples and reagents;",
              "supervise Master's students during their laboratory work."]}
key = expected(N)
F = {l: [("Référence" if l == "fr" else "Reference", N["ref"]),
         ("Poste" if l == "fr" else "Position", N["title"][l]),
         ("Employeur" if l == "fr" else "Employer", N["org"][l]),
         ("Établissement" if l == "fr" else "School", "École Nationale Supérieure des Sciences Agro-Industrielles" if l == "fr"
          else "National School of Agro-Industrial Sciences"),
         ("Lieu de travail" if l == "fr" else "Place of work", N["loc"][l]),
         ("Grade", N["grade"]),
         ("Régime" if l == "fr" else "Working time", N["sched"][l]),
         ("Traitement" if l == "fr" else "Salary",
          "412 000 FCFA (XAF) par mois, traitement de base indiciaire" if l == "fr"
          else "XAF 412,000 per month (basic salary on the index scale)"),
         ("Date limite" if l == "fr" else "Closing date",
          "mardi 14 avril 2037 à 15 heures" if l == "fr" else "Tuesday 14 April 2037 at 3 p.m.")]
     for l in ("fr", "en")}

def tx(s):
    return (s.replace("\\", "").replace("&", "\\&").replace("%", "\\%").replace("#", "\\#")
             .replace("_", "\\_").replace("’", "'"))
def tab(l):
    return "\n".join(f"\\textbf{{{tx(a)}}} & {tx(b)} \\\\" for a, b in F[l])
def items(xs, mark=None):
    return "\n".join(f"\\item {tx(x)}" for x in xs)

tex = r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}
\usepackage[margin=2cm]{geometry}\usepackage{array}
\hyphenpenalty=10000 \exhyphenpenalty=10000 \pagestyle{plain}
\begin{document}
\noindent\begin{minipage}[t]{0.48\textwidth}\centering\small
RÉPUBLIQUE DU CAMEROUN\\ Paix -- Travail -- Patrie\\ \rule{2cm}{0.4pt}\\ UNIVERSITÉ DE NGAOUNDÉRÉ\\ Rectorat\\ Direction des Ressources Humaines
\end{minipage}\hfill\begin{minipage}[t]{0.48\textwidth}\centering\small
REPUBLIC OF CAMEROON\\ Peace -- Work -- Fatherland\\ \rule{2cm}{0.4pt}\\ THE UNIVERSITY OF NGAOUNDERE\\ Vice-Chancellor's Office\\ Human Resources Division
\end{minipage}
\vspace{1em}
\begin{center}{\large\textbf{COMMUNIQUÉ -- AVIS DE RECRUTEMENT}}\\ N\textsuperscript{o} """ + N["ref"] + r"""\end{center}
\noindent Le Recteur de l'Université de Ngaoundéré informe le public qu'un poste de personnel d'appui est ouvert au recrutement dans les conditions ci-après.

\medskip\noindent\begin{tabular}{@{}p{4cm}p{12cm}@{}}
""" + tab("fr") + r"""
\end{tabular}

\subsection*{1. Missions}
\begin{itemize}
""" + items(MIS["fr"]) + r"""
\end{itemize}
\subsection*{2. Conditions de candidature}
Les candidats doivent :
\begin{itemize}
""" + items(N["ess"]["fr"]) + r"""
\end{itemize}
\subsection*{3. Atouts}
\begin{itemize}\renewcommand{\labelitemi}{$\circ$}
""" + items(N["des"]["fr"]) + r"""
\end{itemize}
\subsection*{4. Dossier}
Demande manuscrite timbrée, curriculum vitae, copies certifiées des diplômes, acte de naissance, extrait de casier judiciaire de moins de trois mois et certificat médical. Les dossiers sont déposés au service courrier du Rectorat ou envoyés à drh@univ-ndere.example. Les candidats retenus seront convoqués à un entretien le 5 mai 2037.

\begin{flushright}Ngaoundéré, le 10 mars 2037\\ Le Recteur (signature fictive)\end{flushright}
\newpage
\begin{center}{\large\textbf{RELEASE -- NOTICE OF RECRUITMENT}}\\ No. """ + N["ref"] + r"""\end{center}
\noindent The Vice-Chancellor of the University of Ngaoundere informs the public that a support staff position is open for recruitment as follows.

\medskip\noindent\begin{tabular}{@{}p{4cm}p{12cm}@{}}
""" + tab("en") + r"""
\end{tabular}

\subsection*{1. Duties}
\begin{itemize}
""" + items(MIS["en"]) + r"""
\end{itemize}
\subsection*{2. Eligibility}
Candidates must:
\begin{itemize}
""" + items(N["ess"]["en"]) + r"""
\end{itemize}
\subsection*{3. Added advantages}
\begin{itemize}\renewcommand{\labelitemi}{$\circ$}
""" + items(N["des"]["en"]) + r"""
\end{itemize}
\subsection*{4. Application file}
A stamped handwritten application, a curriculum vitae, certified copies of certificates, a birth certificate, an extract of police record not older than three months and a medical certificate. Files are submitted to the mail service of the Vice-Chancellor's Office or sent to drh@univ-ndere.example. Shortlisted candidates will be invited to an interview on 5 May 2037.

\begin{flushright}Ngaoundere, 10 March 2037\\ The Vice-Chancellor (signature not reproduced)\end{flushright}
\end{document}
"""
open("ndere-avis.tex", "w", encoding="utf-8").write(tex)
pdf = pdflatex("ndere-avis.tex", f"{key}-avis.pdflatex.pdf")
row(pdf, N["ref"], "pdf"); row(dump(pdf), N["ref"], "txt")

# Emploi.cm-style board copy (label line / value line, both halves pasted)
w = lambda s, ind="": textwrap.fill(s, 90, initial_indent=ind, subsequent_indent=" " * len(ind))
b = ["Emploi.cm", "Accueil  Offres d'emploi  Entreprises  Conseils  Publier une offre  Connexion", "",
     "Accueil > Offres d'emploi > Enseignement / Recherche > Ngaoundéré", "",
     "INGÉNIEUR DE LABORATOIRE (H/F) - UNIVERSITÉ DE NGAOUNDÉRÉ", "",
     "Date de publication", "16.03.2037", "", "Date d'expiration", "14.04.2037", "",
     "Type de contrat", "Fonction publique / contractuel", "", "Ville", "Ngaoundéré", "",
     "Niveau d'études", "Bac+5", "", "Expérience", "2 ans", "", "412 vues", "",
     "Description de l'offre", "",
     "Le communiqué de l'Université est reproduit ci-dessous (version française puis version anglaise).", ""]
for l in ("fr", "en"):
    b += ["VERSION FRANÇAISE" if l == "fr" else "ENGLISH VERSION", ""]
    for a, v in F[l]:
        b += [a, v, ""]
    b += ["Missions :" if l == "fr" else "Duties:"] + [w(m, "- ") for m in MIS[l]] + [""]
    b += ["Conditions de candidature :" if l == "fr" else "Eligibility:"] + [w(x, "- ") for x in N["ess"][l]] + [""]
    b += ["Atouts :" if l == "fr" else "Added advantages:"] + [w(x, "- ") for x in N["des"][l]] + [""]
    b += [w("Dossier : demande manuscrite, CV, diplômes certifiés, acte de naissance, casier judiciaire, certificat médical. "
            "Entretien des candidats retenus le 5 mai 2037." if l == "fr" else
            "File: handwritten application, CV, certified certificates, birth certificate, police record, medical "
            "certificate. Interviews for shortlisted candidates on 5 May 2037."), ""]
b += ["Postuler : drh@univ-ndere.example", "", "Offres similaires",
      "Technicien de laboratoire - Garoua - expire le 02.04.2037",
      "Assistant de recherche en nutrition - Yaoundé - expire le 30.04.2037", "",
      "© Emploi.cm · Conditions d'utilisation · Signaler une offre frauduleuse", ""]
write(f"{key}-emploicm.txt", "\n".join(b), N["ref"], "txt")
