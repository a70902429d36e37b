from common import *

KEY = "0046-uasz-rec-drh-2036"
REF = "0046/UASZ/REC/DRH/2036"
TITLE = "Enseignant-chercheur en agroforesterie"
ORG = "Université Assane Seck de Ziguinchor (UASZ)"
UFR = "UFR Sciences et Technologies – Département d'Agroforesterie"
LOC = "Ziguinchor, campus de Diabir"
GRADE = "Assistant titulaire"
SCHED = "Temps plein (service statutaire d'enseignement et de recherche)"
TRT = "735 400 FCFA brut par mois (indice de début), hors indemnités de recherche et de logement"
MISSIONS = [
    "assurer des enseignements de licence et de master en agroforesterie et en écologie des systèmes agraires ;",
    "encadrer des mémoires et des stages de terrain en Casamance ;",
    "conduire des recherches au sein du laboratoire d'agroforesterie et d'écologie ;",
    "participer aux charges administratives et pédagogiques du département.",
]
REQ = [
    "être de nationalité sénégalaise ;",
    "être titulaire d'un doctorat en agroforesterie, en foresterie ou en agronomie ;",
    "justifier d'au moins deux publications dans des revues à comité de lecture ;",
    "avoir une expérience d'enseignement dans le supérieur d'au moins un an.",
]
DES = [
    "une expérience des projets de restauration des terres ou de gestion des mangroves ;",
    "la maîtrise de l'anglais scientifique ;",
    "la pratique des logiciels R ou SAS.",
]

expected(KEY, REF, ["fr"], {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, {"fr": SCHED}, "2036-02-15",
         sal(amount=735400, cur="XOF"), GRADE, {"fr": {"essential": REQ, "desirable": DES}}, {"fr": []})

def tx(s):
    return (s.replace("&", r"\&").replace("%", r"\%").replace("_", r"\_").replace("#", r"\#")
             .replace("'", "'"))
def items(lst, mark):
    return "\n".join(f"\\item[{mark}] {tx(i)}" for i in lst)

tex = r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{lmodern}
\usepackage[margin=2.2cm]{geometry}
\usepackage{tabularx}
\hyphenpenalty=10000 \exhyphenpenalty=10000 \sloppy
\pagestyle{plain}
\begin{document}
\noindent\begin{minipage}[t]{0.5\textwidth}\centering\small
MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR,\\ DE LA RECHERCHE ET DE L'INNOVATION\\[2pt]
\textbf{UNIVERSITÉ ASSANE SECK DE ZIGUINCHOR}\\ Rectorat -- Direction des Ressources Humaines
\end{minipage}\hfill
\begin{minipage}[t]{0.42\textwidth}\centering\small
\textbf{RÉPUBLIQUE DU SÉNÉGAL}\\ \emph{Un Peuple -- Un But -- Une Foi}\\[6pt]
Ziguinchor, le 17 janvier 2036
\end{minipage}

\bigskip
\begin{center}\large\textbf{AVIS DE RECRUTEMENT}\\ \normalsize N\textsuperscript{o} """ + tx(REF) + r"""\end{center}

\noindent Le Recteur de l'""" + tx(ORG) + r""" lance un appel à candidatures pour le recrutement
d'un enseignant-chercheur au grade d'assistant, destiné au Département d'Agroforesterie.

\medskip
\noindent\begin{tabularx}{\textwidth}{@{}lX@{}}
Emploi & """ + tx(TITLE) + r""" \\
Employeur & """ + tx(ORG) + r""" \\
Composante & """ + tx(UFR) + r""" \\
Lieu de travail & """ + tx(LOC) + r""" \\
Grade de recrutement & """ + tx(GRADE) + r""" \\
Régime & """ + tx(SCHED) + r""" \\
Traitement & """ + tx(TRT) + r""" \\
Date limite & vendredi 15 février 2036 à 17 heures \\
\end{tabularx}

\medskip
\noindent\textbf{1. Missions}
\begin{itemize}
""" + items(MISSIONS, "--") + r"""
\end{itemize}
\noindent\textbf{2. Conditions de candidature}\\
Peuvent faire acte de candidature les personnes qui remplissent les conditions suivantes :
\begin{itemize}
""" + items(REQ, r"$\bullet$") + r"""
\end{itemize}
\noindent\textbf{3. Profils appréciés}
\begin{itemize}
""" + items(DES, r"$\circ$") + r"""
\end{itemize}
\noindent\textbf{4. Dossier de candidature}\\
a) une demande adressée au Recteur ; b) un curriculum vitae détaillé ; c) une copie légalisée du
doctorat et de l'attestation de soutenance ; d) les tirés à part des publications ; e) un projet
d'enseignement et de recherche de trois pages au plus.

\medskip
\noindent Les dossiers sont déposés au bureau du courrier du Rectorat ou envoyés à
recrutement-pats-per@uasz.example au plus tard le vendredi 15 février 2036 à 17 heures. Les candidats
retenus seront auditionnés par la commission de recrutement dans la semaine du 9 mars 2036.

\bigskip
\hfill\begin{minipage}{0.4\textwidth}\centering Le Recteur\\ \emph{(signature fictive)}\end{minipage}
\end{document}
"""
wb("uasz-avis.tex", tex)
pdflatex("uasz-avis.tex", f"{KEY}-avis.pdflatex.pdf")

# forward to a departmental mailing list
mail = f"""De : Secrétariat DRH UASZ <secretariat.drh@uasz.example>
Envoyé : vendredi 18 janvier 2036 09:42
À : liste-agroforesterie@uasz.example
Cc : chef.departement.agrof@uasz.example
Objet : TR: Avis de recrutement N° {REF} - {TITLE}
Pièces jointes : Avis_recrutement_0046_2036.pdf (214 Ko)

Chers collègues,

Pour large diffusion dans vos réseaux, veuillez trouver ci-dessous le texte de l'avis publié hier par
le Rectorat. Merci de ne pas répondre à ce message : les dossiers sont à envoyer à l'adresse indiquée.

Cordialement,
Le secrétariat de la DRH

-----Message d'origine-----
De : Direction des Ressources Humaines
Envoyé : jeudi 17 janvier 2036 16:05
Objet : Avis de recrutement

AVIS DE RECRUTEMENT N° {REF}

Emploi .................. : {TITLE}
Employeur ............... : {ORG}
Composante .............. : {UFR}
Lieu de travail ......... : {LOC}
Grade de recrutement .... : {GRADE}
Régime .................. : {SCHED}
Traitement .............. : {TRT}
Date limite ............. : 15/02/2036 à 17 h

1. MISSIONS
""" + "\n".join("   - " + m for m in MISSIONS) + """

2. CONDITIONS DE CANDIDATURE
Peuvent faire acte de candidature les personnes qui remplissent les conditions suivantes :
""" + "\n".join("   o " + r for r in REQ) + """

3. PROFILS APPRÉCIÉS
""" + "\n".join("   o " + d for d in DES) + """

4. DOSSIER : demande au Recteur, CV, copie légalisée du doctorat, publications, projet d'enseignement
et de recherche (3 pages). Dépôt au courrier du Rectorat ou à recrutement-pats-per@uasz.example.
Auditions : semaine du 9 mars 2036.

Le Recteur

--
Ce message et ses pièces jointes sont confidentiels et destinés à leurs seuls destinataires.
"""
w(f"{KEY}-courriel.txt", mail)
print("n04 ok")
