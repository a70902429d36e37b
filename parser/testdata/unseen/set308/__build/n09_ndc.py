import os
from common import write, expected, sal, pdflatex, BUILD

KEY = "NDC-AV-2043-07"
TITLE = "Professeur/Professeure de français langue étrangère"
ORG = "Collège de défense de l'OTAN (NDC)"
LOC = "Rome, Cecchignola (Italie)"
SCHED = "Temps plein"
GRADE = "G12"
CLEAR = "NATO SECRET"
CONTEXTE = ("Le Collège de défense de l'OTAN dispense des formations de niveau stratégique aux officiers supérieurs "
            "et aux fonctionnaires civils des pays membres et des pays partenaires. Le Centre linguistique du "
            "Collège propose aux membres des cours, au personnel et à leurs familles des cours de français et "
            "d'anglais. Le/La titulaire assure l'enseignement du français langue étrangère à tous les niveaux.")
TACHES = [
    "concevoir et dispenser des cours de français en groupe et en individuel, du niveau débutant au niveau avancé ;",
    "évaluer les apprenants et préparer les candidats aux épreuves du profil linguistique normalisé de l'OTAN ;",
    "élaborer des supports pédagogiques adaptés aux thèmes politico-militaires du Collège ;",
    "participer à l'organisation des activités culturelles francophones du Collège ;",
    "exécuter toute autre tâche connexe confiée par le/la chef du Centre linguistique.",
]
ESS = [
    "Master en français langue étrangère (FLE), en didactique des langues ou en lettres ;",
    "au moins cinq ans d'expérience de l'enseignement du FLE à des adultes ;",
    "français de niveau langue maternelle ou équivalent ;",
    "anglais : SLP 3333 ;",
    "maîtrise des outils d'enseignement à distance.",
]
DES = [
    "expérience de l'enseignement dans un contexte militaire ou diplomatique ;",
    "habilitation d'examinateur DELF/DALF ;",
    "connaissance de l'italien.",
]
COMP = [
    ("Sens pédagogique", "adapte son enseignement au profil et aux objectifs de chaque apprenant."),
    ("Rigueur", "prépare et évalue avec soin, dans le respect des normes de l'OTAN."),
    ("Esprit d'équipe", "partage ses ressources et contribue aux projets communs du Centre."),
    ("Ouverture interculturelle", "travaille avec aisance dans un environnement multinational."),
]
SAL_TEXT = "6 274,83 EUR par mois"
DL_TEXT = "lundi 22 juin 2043, 12 h 00 (heure de Rome)"


def tex_escape(s):
    return (s.replace("\\", "\\textbackslash{}").replace("&", "\\&").replace("%", "\\%")
            .replace("#", "\\#").replace("_", "\\_"))


def build():
    expected(KEY, ["fr"], {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, {"fr": SCHED}, "2043-06-22",
             sal(6274.83), GRADE, CLEAR, {"fr": {"essential": ESS, "desirable": DES}}, {"fr": COMP})

    e = tex_escape
    comp_tex = "\n".join("\\textbf{" + e(n) + " :} " + e(d) + "\n" for n, d in COMP)
    items = lambda xs: "\n".join(f"  \\item {e(x)}" for x in xs)
    tex = rf"""\documentclass[11pt,a4paper]{{article}}
\usepackage[T1]{{fontenc}}
\usepackage[utf8]{{inputenc}}
\usepackage{{lmodern}}
\input{{glyphtounicode}}\pdfgentounicode=1
\usepackage[margin=22mm]{{geometry}}
\usepackage{{fancyhdr}}
\hyphenpenalty=10000 \exhyphenpenalty=10000
\pagestyle{{fancy}}\fancyhf{{}}
\fancyhead[C]{{\small NATO SANS CLASSIFICATION}}
\fancyfoot[C]{{\small NDC/HR/2043/061 -- page \thepage}}
\setlength{{\parindent}}{{0pt}}\setlength{{\parskip}}{{5pt}}
\begin{{document}}
\begin{{center}}\textbf{{COLLÈGE DE DÉFENSE DE L'OTAN}}\\ NATO DEFENSE COLLEGE\\ Via Giorgio Pelosi 1, 00143 Roma\end{{center}}
\hfill Rome, le 20 mai 2043

\begin{{center}}\Large\textbf{{AVIS DE VACANCE DE POSTE {KEY}}}\end{{center}}

\begin{{tabular}}{{@{{}}p{{55mm}}p{{105mm}}}}
\textbf{{Intitulé du poste :}} & {e(TITLE)}\\
\textbf{{Organisme :}} & {e(ORG)}\\
\textbf{{Service :}} & Centre linguistique, Division Enseignement\\
\textbf{{Lieu d'affectation :}} & {e(LOC)}\\
\textbf{{Horaire :}} & {SCHED}\\
\textbf{{Grade OTAN :}} & {GRADE}\\
\textbf{{Habilitation de sécurité :}} & {CLEAR}\\
\textbf{{Date limite :}} & {e(DL_TEXT)}\\
\end{{tabular}}

\section*{{1. Contexte}}
{e(CONTEXTE)}

\section*{{2. Tâches principales}}
Le/La titulaire sera chargé(e) de :
\begin{{itemize}}
{items(TACHES)}
\end{{itemize}}

\section*{{3. Qualifications essentielles}}
\begin{{itemize}}
{items(ESS)}
\end{{itemize}}

\section*{{4. Qualifications souhaitables}}
\begin{{itemize}}
{items(DES)}
\end{{itemize}}

\section*{{5. Compétences}}
{comp_tex}
\section*{{6. Conditions d'emploi}}
Contrat de durée déterminée de trois ans selon le Règlement du personnel civil de l'OTAN. Le traitement de base
est de {SAL_TEXT}, non imposable, auquel s'ajoutent les indemnités prévues. Les cours ont lieu du lundi au
vendredi ; des cours du soir peuvent être demandés.

\section*{{7. Candidatures}}
Seuls les ressortissants des pays membres de l'OTAN peuvent postuler. Le formulaire de candidature de l'OTAN,
accompagné d'une lettre de motivation en français, doit parvenir à recrutement@ndc.example au plus tard à la
date limite. Une leçon d'essai et un entretien auront lieu à Rome le 7 juillet 2043.

\end{{document}}
"""
    d = os.path.join(BUILD, "tex")
    os.makedirs(d, exist_ok=True)
    src = os.path.join(d, f"{KEY}-ndc.tex")
    open(src, "w", encoding="utf-8").write(tex)
    pdflatex(src, f"{KEY}-ndc.pdflatex.pdf", KEY)

    mail = f"""-------- Message transféré --------
Sujet : 	TR: Poste de professeur de FLE au Collège de défense de l'OTAN (Rome)
Date : 	Thu, 21 May 2043 10:26:44 +0200
De : 	Association des professeurs de FLE <bureau@apfle.example>
Pour : 	liste-membres@apfle.example

Chères et chers collègues,

le Collège de défense de l'OTAN à Rome recrute un/une professeur(e) de FLE. Nous relayons l'avis ci-dessous ;
les membres intéressés peuvent demander conseil au bureau jusqu'au 10 juin, avant notre réunion du 12 juin.

Bien cordialement,
Le bureau de l'APFLE

-------- Message d'origine --------

AVIS DE VACANCE DE POSTE {KEY}

Intitulé du poste : {TITLE}
Organisme : {ORG}
Service : Centre linguistique, Division Enseignement
Lieu d'affectation : {LOC}
Horaire : {SCHED}
Grade OTAN : {GRADE}
Habilitation de sécurité : {CLEAR}
Date limite : {DL_TEXT}

1. CONTEXTE
{CONTEXTE}

2. TÂCHES PRINCIPALES
Le/La titulaire sera chargé(e) de :
{chr(10).join("   - " + x for x in TACHES)}

3. QUALIFICATIONS ESSENTIELLES
{chr(10).join("   - " + x for x in ESS)}

4. QUALIFICATIONS SOUHAITABLES
{chr(10).join("   - " + x for x in DES)}

5. COMPÉTENCES
{chr(10).join(f"   {n} : {d}" for n, d in COMP)}

6. CONDITIONS D'EMPLOI
Contrat de durée déterminée de trois ans ; traitement de base de {SAL_TEXT}, non imposable, plus indemnités.

7. CANDIDATURES
Formulaire de candidature de l'OTAN et lettre de motivation en français à recrutement@ndc.example.

--
APFLE – Association des professeurs de français langue étrangère
Pour vous désinscrire, répondez « STOP » à ce message.
"""
    write(f"{KEY}-courriel.txt", mail, KEY)
