"""ICJ, The Hague, EN then FR: vacancy notice typeset with pdflatex (+ dump) and the Court's web page (HTML)."""
from common import *

KEY = "icj-va-2035-07"
REF = "ICJ/VA/2035/07"
T = {"en": "Records and Archives Officer",
     "fr": "Fonctionnaire chargé(e) des archives et de la gestion des dossiers"}
O = {"en": "International Court of Justice", "fr": "Cour internationale de Justice"}
L = {"en": "The Hague, Netherlands", "fr": "La Haye (Pays-Bas)"}
GRADE = "P-3"
ESS = {
    "en": ["Advanced university degree in archival science, records management, information science or history.",
           "At least five years of progressively responsible experience in records management or archives, "
           "including work with digital preservation systems.",
           "Excellent knowledge of English or French and a good working knowledge of the other language."],
    "fr": ["Diplôme universitaire supérieur en archivistique, en gestion des documents, en sciences de "
           "l'information ou en histoire.",
           "Au moins cinq années d'expérience à des niveaux de responsabilité croissants dans la gestion des "
           "documents ou des archives, y compris l'utilisation de systèmes de préservation numérique.",
           "Excellente connaissance de l'anglais ou du français et bonne connaissance pratique de l'autre langue."],
}
DES = {
    "en": ["Experience in the archives of a court, a tribunal or an international organization.",
           "Knowledge of the ISO 15489 and ISO 16363 standards."],
    "fr": ["Expérience au sein des archives d'une cour, d'un tribunal ou d'une organisation internationale.",
           "Connaissance des normes ISO 15489 et ISO 16363."],
}
COMP = {
    "en": [("Professionalism", "applies archival standards rigorously and protects the confidentiality of the "
            "Court's records."),
           ("Planning and organizing", "sets realistic priorities for digitization and transfer projects and meets "
            "agreed deadlines."),
           ("Accountability", "takes ownership of the records entrusted to the Division and reports openly on "
            "risks.")],
    "fr": [("Professionnalisme", "applique avec rigueur les normes archivistiques et protège la confidentialité des "
            "dossiers de la Cour."),
           ("Aptitude à planifier et à organiser", "fixe des priorités réalistes pour les projets de numérisation et "
            "de versement et respecte les délais convenus."),
           ("Responsabilité", "assume la responsabilité des documents confiés à la Division et rend compte "
            "ouvertement des risques.")],
}
INTRO = {
    "en": "The International Court of Justice, the principal judicial organ of the United Nations, has its own "
          "administration, the Registry. The Archives, Indexing and Distribution Division keeps the records of "
          "the Court and of its predecessor and makes them available to the Members of the Court, the parties "
          "and researchers. The incumbent reports to the Head of the Division.",
    "fr": "La Cour internationale de Justice, organe judiciaire principal de l'Organisation des Nations Unies, "
          "dispose de sa propre administration, le Greffe. La Division des archives, de l'indexage et de la "
          "distribution conserve les archives de la Cour et de sa devancière et les met à la disposition des "
          "membres de la Cour, des parties et des chercheurs. Le ou la titulaire relève du chef de la Division.",
}
DUTIES = {
    "en": ["Manage the records retention schedule of the Registry and advise departments on its application;",
           "Supervise the digitization of the historical case files and the quality control of the images;",
           "Maintain the digital repository and plan the migration of formats at risk;",
           "Process requests for access to archives in accordance with the Court's rules;",
           "Train Registry staff in records management."],
    "fr": ["Gérer le calendrier de conservation des documents du Greffe et conseiller les services sur son "
           "application ;",
           "Superviser la numérisation des dossiers historiques des affaires et le contrôle de qualité des images ;",
           "Administrer le dépôt numérique et planifier la migration des formats menacés ;",
           "Traiter les demandes d'accès aux archives conformément aux règles de la Cour ;",
           "Former le personnel du Greffe à la gestion des documents."],
}
LAB = {
    "en": dict(head="VACANCY NOTICE", vn="Vacancy notice", post="Post title", grade="Grade", dept="Division",
               dept_v="Archives, Indexing and Distribution Division", ds="Duty station", app="Type of appointment",
               app_v="Fixed-term, two years", issue="Date of issue", issue_v="17 November 2035",
               dl="Deadline for applications", dl_v="18 December 2035", duties="Duties and responsibilities",
               qual="Qualifications", ess="Essential qualifications", des="Desirable qualifications",
               comp="Competencies", rem="Remuneration",
               rem_v="Annual net base salary: USD 74,682, plus a post adjustment (currently 38.9 per cent of net "
                     "base salary).",
               how="Applications", how_v="Applications, with a completed Personal History Form, must be sent to "
                   "recruitment@icj.example. Interviews are expected to take place in the week of 26 January 2036."),
    "fr": dict(head="AVIS DE VACANCE DE POSTE", vn="Avis de vacance", post="Intitulé du poste", grade="Classe",
               dept="Division", dept_v="Division des archives, de l'indexage et de la distribution",
               ds="Lieu d'affectation", app="Type d'engagement", app_v="Durée déterminée, deux ans",
               issue="Date de publication", issue_v="17 novembre 2035", dl="Date limite de dépôt des candidatures",
               dl_v="18 décembre 2035", duties="Fonctions et attributions", qual="Qualifications",
               ess="Qualifications essentielles", des="Qualifications souhaitables", comp="Compétences",
               rem="Rémunération",
               rem_v="Traitement de base annuel net : 74 682 dollars des États-Unis, auquel s'ajoute une indemnité "
                     "de poste (actuellement 38,9 pour cent du traitement de base net).",
               how="Candidatures", how_v="Les candidatures, accompagnées d'une notice personnelle dûment remplie, "
                   "doivent être adressées à recruitment@icj.example. Les entretiens devraient avoir lieu dans la "
                   "semaine du 26 janvier 2036."),
}


def tex_esc(s):
    for a, b in [("\\", r"\textbackslash{}"), ("&", r"\&"), ("%", r"\%"), ("$", r"\$"), ("#", r"\#"),
                 ("_", r"\_"), ("@", "@")]:
        s = s.replace(a, b)
    return s


def half_tex(l):
    b = LAB[l]
    rows = [(b["vn"], REF), (b["post"], T[l]), (b["grade"], GRADE), (b["dept"], b["dept_v"]), (b["ds"], L[l]),
            (b["app"], b["app_v"]), (b["issue"], b["issue_v"]), (b["dl"], b["dl_v"])]
    tab = "\n".join(r"%s & %s \\ \hline" % (tex_esc(a), tex_esc(v)) for a, v in rows)
    sep = " :" if l == "fr" else ":"
    comp = "\n".join(r"\item \textbf{%s%s} %s" % (tex_esc(n), sep, tex_esc(d)) for n, d in COMP[l])
    items = lambda xs: "\n".join(r"\item " + tex_esc(x) for x in xs)
    duties, ess, des = items(DUTIES[l]), items(ESS[l]), items(DES[l])
    return rf"""
\begin{{center}}
{{\large\bfseries INTERNATIONAL COURT OF JUSTICE \quad COUR INTERNATIONALE DE JUSTICE}}\\[2pt]
Peace Palace, The Hague\\[8pt]
{{\bfseries {b['head']}}}
\end{{center}}
\noindent\begin{{tabular}}{{|p{{5.2cm}}|p{{9.6cm}}|}}\hline
{tab}
\end{{tabular}}

\medskip
{tex_esc(INTRO[l])}

\section*{{{b['duties']}}}
\begin{{itemize}}
{duties}
\end{{itemize}}
\section*{{{b['qual']}}}
\textit{{{b['ess']}}}
\begin{{itemize}}
{ess}
\end{{itemize}}
\textit{{{b['des']}}}
\begin{{itemize}}
{des}
\end{{itemize}}
\section*{{{b['comp']}}}
\begin{{itemize}}
{comp}
\end{{itemize}}
\section*{{{b['rem']}}}
{tex_esc(b['rem_v'])}
\section*{{{b['how']}}}
{tex_esc(b['how_v'])}
"""


def half_html(l):
    b = LAB[l]
    rows = [(b["vn"], REF), (b["post"], T[l]), (b["grade"], GRADE), (b["dept"], b["dept_v"]), (b["ds"], L[l]),
            (b["app"], b["app_v"]), (b["issue"], b["issue_v"]), (b["dl"], b["dl_v"])]
    tab = "\n".join("<tr><th>%s</th><td>%s</td></tr>" % (E(a), E(v)) for a, v in rows)
    sep = " :" if l == "fr" else ":"
    comp = "\n".join("<li><b>%s%s</b> %s</li>" % (E(n), sep, E(d)) for n, d in COMP[l])
    return f"""<section lang="{l}">
<p class="kicker">{b['head']}</p>
<h2>{E(T[l])}</h2>
<table>{tab}</table>
<p>{E(INTRO[l])}</p>
<h3>{b['duties']}</h3>
{ul(DUTIES[l])}
<h3>{b['qual']}</h3>
<h4>{b['ess']}</h4>
{ul(ESS[l])}
<h4>{b['des']}</h4>
{ul(DES[l])}
<h3>{b['comp']}</h3>
<ul>{comp}</ul>
<h3>{b['rem']}</h3>
<p>{E(b['rem_v'])}</p>
<h3>{b['how']}</h3>
<p>{E(b['how_v'])}</p>
</section>"""


def build():
    tex = rf"""\documentclass[10pt,a4paper]{{article}}
\usepackage[T1]{{fontenc}}
\usepackage[utf8]{{inputenc}}
\usepackage{{lmodern}}
\usepackage[margin=2cm]{{geometry}}
\usepackage{{fancyhdr}}
\pagestyle{{fancy}}\fancyhf{{}}\renewcommand{{\headrulewidth}}{{0pt}}
\cfoot{{\footnotesize {REF} -- \thepage}}
\hyphenpenalty=10000 \exhyphenpenalty=10000
\setlength{{\parindent}}{{0pt}}
\begin{{document}}
\raggedright
{half_tex("en")}
\newpage
{half_tex("fr")}
\end{{document}}
"""
    p = src(KEY + "-vn.tex", tex)
    latex_pdf(p, KEY + "-vn.pdflatex.pdf", KEY)

    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Vacancy {E(REF)} | International Court of Justice</title></head>
<body>
<header><a href="#">INTERNATIONAL COURT OF JUSTICE</a>
<nav><a href="#">The Court</a> <a href="#">Cases</a> <a href="#">Basic Documents</a> <a href="#">Press Room</a> <a href="#">Registry</a> <a href="#">Employment</a> <a href="#">Français</a></nav>
<form><input placeholder="Site search"></form></header>
<main>
<p>Home › The Registry › Employment › Vacancies</p>
<p><i>The working languages of the Court are English and French. The French version of this notice follows the English version.</i></p>
{half_html("en")}
<hr>
<p><i>Version française</i></p>
{half_html("fr")}
<p><a href="#">Download the Personal History Form (Word)</a> · <a href="#">Notice personnelle (Word)</a></p>
</main>
<footer>International Court of Justice, Peace Palace, Carnegieplein 2, 2517 KJ The Hague · Disclaimer · Privacy</footer>
</body></html>
"""
    write(KEY + "-icj.html", page, KEY)
    expected(KEY, reference=REF, languages=["en", "fr"], title=T, organisation=O, location=L,
             deadline="2035-12-18", salary=sal(74682, "USD", "year"), grade=GRADE,
             req={"en": (ESS["en"], DES["en"]), "fr": (ESS["fr"], DES["fr"])}, comp=COMP)
