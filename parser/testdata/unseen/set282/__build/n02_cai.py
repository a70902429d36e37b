from common import *
KEY = "cai-2041-004"
REF = "CAI-2041-004"
T = "Analyste en protection des renseignements personnels"
O = "Commission d'accès à l'information du Québec"
LOC = "Québec"
SCH = "35 heures par semaine, du lundi au vendredi"
ESS = ["Être titulaire d'un diplôme universitaire de premier cycle en droit, en science politique, en administration publique ou dans une discipline pertinente ;",
       "Posséder au moins deux années d'expérience en analyse de dossiers liés à l'accès à l'information ou à la protection des renseignements personnels ;",
       "Avoir une excellente maîtrise du français écrit."]
DES = ["Connaissance de la Loi sur l'accès aux documents des organismes publics et sur la protection des renseignements personnels ;",
       "Expérience en évaluation des facteurs relatifs à la vie privée (EFVP)."]
COMP = [("Rigueur", "vous produisez des analyses fiables et bien documentées."),
        ("Jugement", "vous savez peser les intérêts en présence et proposer des solutions défendables."),
        ("Communication écrite", "vous rédigez des avis clairs pour un public qui n'est pas juriste.")]
MISS = ["analyser les plaintes et les demandes d'avis portant sur la protection des renseignements personnels détenus par les organismes publics et les entreprises ;",
        "examiner les évaluations des facteurs relatifs à la vie privée transmises à la Commission et formuler des recommandations ;",
        "préparer des projets d'avis, de lettres et de notes à l'intention des commissaires ;",
        "participer à la conception de guides et d'outils de sensibilisation."]
expected(KEY, {"reference": REF, "post_number": None, "languages": ["fr"], "title": both(None, T),
 "organisation": both(None, O), "location": both(None, LOC), "schedule": both(None, SCH), "deadline": "2041-04-16",
 "salary": sal(54291, 97578, "CAD", "year"), "grade": None, "clearance": None,
 "requirements": {"en": None, "fr": {"essential": ESS, "desirable": DES}},
 "competencies": {"en": None, "fr": [C(n, d) for n, d in COMP]}})

def nl(items): return "\n".join("- " + i for i in items)
md = f"""[Passer au contenu](#contenu)

[Accueil](#) › [La Commission](#) › [Carrières](#) › Offres d'emploi

# {T}

*Offre publiée le 2 avril 2041 — mise à jour le 3 avril 2041*

### Numéro de l'offre

{REF}

### Organisme

{O}

### Direction

Direction de la surveillance — secteur privé et public

### Lieu de travail

{LOC}

### Corps d'emploi

Agentes et agents de recherche et de planification socio-économique (105)

### Statut

Emploi régulier à temps complet

### Horaire

{SCH}

### Traitement

De 54 291 $ à 97 578 $ par année, selon l'expérience

### Période d'inscription

Du 3 avril 2041 au 16 avril 2041 à 23 h 59

---

## Le contexte

La Commission veille au respect des lois sur l'accès aux documents et sur la protection des renseignements personnels au Québec. Sa Direction de la surveillance traite chaque année plusieurs centaines de plaintes et d'incidents de confidentialité, et elle accompagne les organisations qui mettent en place de nouveaux systèmes d'information.

## Attributions

Sous l'autorité de la directrice de la surveillance, la personne titulaire de l'emploi est appelée à :

1. {MISS[0]}
2. {MISS[1]}
3. {MISS[2]}
4. {MISS[3]}

## Exigences de l'emploi

{nl(ESS)}

## Atouts

{nl(DES)}

## Compétences recherchées

{chr(10).join('- **%s** : %s' % c for c in COMP)}

> Un examen écrit se tiendra le 29 avril 2041 dans les bureaux de Québec. Les personnes retenues seront convoquées par courriel.

## Pour postuler

Transmettez votre curriculum vitæ et une lettre de présentation en indiquant le numéro {REF} avant la fin de la période d'inscription. L'entrée en fonction est prévue en mai 2041.

La Commission applique un programme d'accès à l'égalité en emploi et invite les femmes, les personnes handicapées, les membres des minorités visibles et ethniques ainsi que les Autochtones à présenter leur candidature.

---

*Autres offres : Technicienne ou technicien en administration (CAI-2041-002) — inscription jusqu'au 9 avril 2041.*

© Gouvernement du Québec · [Accessibilité](#) · [Politique de confidentialité](#)
"""
write(KEY + "-cai.md", md, KEY, "md")

def tx(s): return s.replace("$", "\\$").replace("&", "\\&").replace("%", "\\%")
tex = r"""\documentclass[11pt]{article}
\usepackage[utf8]{inputenc}\usepackage[T1]{fontenc}\usepackage{lmodern}
\usepackage[margin=2.2cm]{geometry}\usepackage{parskip}\usepackage{fancyhdr}
\hyphenpenalty=10000 \exhyphenpenalty=10000 \sloppy
\pagestyle{fancy}\fancyhf{}\lhead{\small Commission d'accès à l'information}\rhead{\small """ + REF + r"""}\cfoot{\small Page \thepage}
\begin{document}
\begin{center}{\Large\bfseries APPEL DE CANDIDATURES}\\[4pt]{\large """ + tx(T) + r"""}\end{center}
\begin{description}
\item[Numéro de l'offre :] """ + REF + r"""
\item[Organisme :] """ + tx(O) + r"""
\item[Lieu de travail :] """ + LOC + r"""
\item[Corps d'emploi :] Agentes et agents de recherche et de planification socio-économique (105)
\item[Statut :] Emploi régulier à temps complet
\item[Horaire :] """ + SCH + r"""
\item[Traitement :] """ + tx("De 54 291 $ à 97 578 $ par année, selon l'expérience") + r"""
\item[Période d'inscription :] Du 3 avril 2041 au 16 avril 2041 à 23 h 59
\end{description}
\section*{1. Attributions}
\begin{enumerate}
""" + "\n".join(r"\item " + tx(m) for m in MISS) + r"""
\end{enumerate}
\section*{2. Exigences}
\begin{itemize}
""" + "\n".join(r"\item " + tx(m) for m in ESS) + r"""
\end{itemize}
\emph{Atouts :}
\begin{itemize}
""" + "\n".join(r"\item " + tx(m) for m in DES) + r"""
\end{itemize}
\section*{3. Compétences recherchées}
""" + "\n\n".join(r"\textbf{%s} : %s" % (n, tx(d)) for n, d in COMP) + r"""
\section*{4. Modalités}
Un examen écrit aura lieu le 29 avril 2041. L'entrée en fonction est prévue en mai 2041. Les candidatures doivent porter le numéro """ + REF + r""" et être transmises au plus tard à la fin de la période d'inscription.

\vspace{1em}\hfill Québec, le 2 avril 2041
\end{document}
"""
src(KEY + "-appel.tex", tex)
pdflatex(KEY + "-appel.tex", KEY + "-appel.pdflatex.pdf", KEY)
