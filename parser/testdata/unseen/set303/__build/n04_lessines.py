from common import *
KEY = "les-grh-2043-002"
REF = "LES/GRH/2043-002"
T = "Agent·e administratif·ve – service Population-État civil (m/f/x)"
O = "Ville de Lessines"
LOC = "Lessines"
SCHED = "mi-temps (19 heures/semaine)"
GRADE = "D4"
ESS = ["être titulaire d'un diplôme de l'enseignement secondaire supérieur (CESS)",
       "disposer d'une première expérience d'accueil du public dans une administration",
       "maîtriser les outils bureautiques courants (traitement de texte, tableur, messagerie)"]
ATO = ["la connaissance des applications du Registre national",
       "une expérience en état civil ou en matière d'étrangers",
       "la connaissance du néerlandais"]
COMP = [("Sens de l'accueil", "vous recevez chaque citoyen avec courtoisie et patience"),
        ("Rigueur", "vous appliquez les procédures sans erreur"),
        ("Discrétion", "vous respectez la confidentialité des données personnelles")]
MISS = ["accueillir les citoyens au guichet et au téléphone",
        "délivrer les cartes d'identité, passeports et extraits de registres",
        "enregistrer les changements d'adresse et préparer les enquêtes de domicile",
        "tenir à jour les registres de la population",
        "préparer les actes de naissance, de mariage et de décès sous l'autorité de l'officier de l'état civil"]

def li(items, end=""):
    return "\n".join(f"<li>{i}{end}</li>" for i in items)

HTML = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Offre d'emploi – {T} – {O}</title></head>
<body>
<div class="cookies">Ce site utilise des cookies. <a href="#">Accepter</a> <a href="#">Refuser</a> <a href="#">Personnaliser</a></div>
<header><a href="#">Accueil</a> | Ma ville | Vie pratique | Loisirs | Tourisme | <a href="#">Contact</a></header>
<nav>Accueil › Ma ville › Emplois › Offres en cours</nav>
<main>
<p class="date">Publié le 15/12/2042 – Mis à jour le 18/12/2042</p>
<p>La {O} constitue une réserve de recrutement et engage un·e</p>
<h1>{T}</h1>
<dl class="fiche">
<dt>Référence</dt><dd>{REF}</dd>
<dt>Employeur</dt><dd>{O}</dd>
<dt>Service</dt><dd>Population-État civil</dd>
<dt>Lieu de travail</dt><dd>{LOC}</dd>
<dt>Contrat</dt><dd>contrat de remplacement, puis à durée indéterminée</dd>
<dt>Régime</dt><dd>{SCHED}</dd>
<dt>Échelle</dt><dd>{GRADE}</dd>
<dt>Rémunération</dt><dd>de 23 871,16 € à 34 905,42 € bruts annuels indexés (base temps plein), selon l'ancienneté valorisable</dd>
<dt>Date limite</dt><dd>23 janvier 2043</dd>
</dl>
<h2>1. Vos missions</h2>
<ul>{li(MISS, " ;")}</ul>
<h2>2. Conditions d'accès</h2>
<p>Être belge ou citoyen·ne de l'Union européenne, jouir de ses droits civils et politiques, être d'une conduite répondant aux exigences de la fonction et justifier de la possession des aptitudes physiques exigées.</p>
<h2>3. Votre profil</h2>
<h3>3.1. Conditions particulières</h3>
<ul>{li(ESS, " ;")}</ul>
<h3>3.2. Atouts</h3>
<ul>{li(ATO, " ;")}</ul>
<h3>3.3. Compétences comportementales</h3>
<ul>{li(f"<b>{n}</b> : {d}" for n, d in COMP)}</ul>
<h2>4. Nous vous offrons</h2>
<p>Un horaire flexible, des chèques-repas de 8 € par jour presté, une assurance hospitalisation et des formations continues. L'épreuve écrite est prévue le 3 février 2043 et l'épreuve orale la semaine du 16 février 2043.</p>
<h2>5. Comment postuler ?</h2>
<p>Envoyez votre lettre de motivation, votre CV, une copie du diplôme et un extrait de casier judiciaire au Collège communal, au plus tard le <strong>23 janvier 2043</strong>, en mentionnant la référence {REF}.</p>
<aside><h2>Autres offres</h2><ul>
<li>Ouvrier·ère qualifié·e – voirie (m/f/x) – date limite : 6 février 2043</li>
<li>Animateur·rice extrascolaire (m/f/x) – date limite : 30 janvier 2043</li></ul></aside>
</main>
<footer>Administration communale de Lessines – Hôtel de ville – Tél. 068 55 99 01 – Mentions légales – Plan du site</footer>
</body></html>
"""

def tex_esc(s):
    return s.replace("€", "\\texteuro{}").replace("·", "\\textperiodcentered{}").replace("%", "\\%")

TEX = r"""\documentclass[10pt,a4paper]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}\usepackage{textcomp}
\usepackage[margin=2cm]{geometry}
\hyphenpenalty=10000\exhyphenpenalty=10000\pretolerance=10000\tolerance=10000\emergencystretch=3em
\pagestyle{empty}\setlength{\parindent}{0pt}\setlength{\parskip}{4pt}
\begin{document}
{\small Province de Hainaut -- Arrondissement d'Ath\hfill N/Réf. : """ + REF.replace("/", "/\\allowbreak ") + r"""}\par
\begin{center}{\Large\bfseries VILLE DE LESSINES}\\[2pt]\rule{\linewidth}{0.6pt}\\[4pt]
{\large\bfseries APPEL À CANDIDATURES}\\[4pt]{\bfseries """ + tex_esc(T) + r"""}\end{center}
\begin{tabular}{@{}p{4.2cm}p{11.5cm}@{}}
\textbf{Employeur} & """ + O + r""" \\
\textbf{Lieu de travail} & """ + LOC + r""" \\
\textbf{Régime de travail} & """ + SCHED + r""" \\
\textbf{Échelle barémique} & """ + GRADE + r""" \\
\textbf{Rémunération} & de 23 871,16 \texteuro{} à 34 905,42 \texteuro{} bruts annuels indexés (temps plein) \\
\textbf{Date limite} & 23/01/2043 \\
\end{tabular}
\section*{I. Missions}
\begin{enumerate}
""" + "\n".join(r"\item " + m + " ;" for m in MISS) + r"""
\end{enumerate}
\section*{II. Profil}
\textbf{Conditions particulières :}
\begin{enumerate}
""" + "\n".join(r"\item " + e + " ;" for e in ESS) + r"""
\end{enumerate}
\textit{Atouts :}
\begin{itemize}
""" + "\n".join(r"\item " + a + " ;" for a in ATO) + r"""
\end{itemize}
\textbf{Compétences comportementales :}\par
""" + "\par\n".join(r"\textbf{" + n + "} -- " + d + "." for n, d in COMP) + r"""
\section*{III. Candidature}
Les candidatures (lettre, CV, copie du diplôme, extrait de casier judiciaire) sont adressées au Collège communal pour le 23/01/2043 au plus tard. Épreuve écrite le 03/02/2043.

\vspace{1cm}\hfill Par le Collège, la Directrice générale
\end{document}
"""

def build():
    write(KEY + "-lessines.html", HTML, KEY)
    pdflatex(KEY + "-appel", TEX, KEY)
    expected(KEY, REF, ["fr"], T, O, LOC, SCHED, "2043-01-23", (None, 23871.16, 34905.42, "EUR", "year"),
             grade=GRADE, requirements={"fr": (ESS, ATO)}, competencies={"fr": COMP})
