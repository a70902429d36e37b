# -*- coding: utf-8 -*-
"""Non-notices (3 EN, 3 FR), one per tool and language. Run with /usr/bin/python3 (python-docx)."""
import os
from html import escape as e
from docx import Document
from docx.shared import Pt, Cm
from data import HERE

SRC = os.path.join(HERE, "src"); TEX = os.path.join(HERE, "tex_out")
os.makedirs(SRC, exist_ok=True); os.makedirs(TEX, exist_ok=True)

NEG = {
    "pay": "pay-policy-statement-2043-44-garthwaite-borough-council.en",
    "mark": "marking-scheme-and-moderation-report-level-3-geography-corsby-sixth-form-college.en",
    "bridge": "principal-bridge-inspection-report-b6412-hallow-beck-bridge-wrayside-county-council.en",
    "serv": "convention-de-servitude-de-passage-de-canalisation-syndicat-des-eaux-de-l-ourvanne.fr",
    "risk": "cartographie-des-risques-d-atteinte-a-la-probite-communaute-d-agglomeration-du-pays-de-serignac.fr",
    "ext": "arrete-extinction-nocturne-eclairage-public-commune-de-vaucourtois.fr",
}


def docx_doc(title, blocks, name):
    d = Document(); st = d.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(10)
    s = d.sections[0]; s.left_margin = s.right_margin = Cm(2.2)
    d.add_heading(title, level=1)
    for kind, val in blocks:
        if kind == "p":
            d.add_paragraph(val)
        elif kind == "h":
            d.add_heading(val, level=2)
        elif kind == "b":
            for v in val:
                d.add_paragraph(v, style="List Bullet")
        elif kind == "n":
            for v in val:
                d.add_paragraph(v, style="List Number")
        elif kind == "t":
            t = d.add_table(rows=0, cols=len(val[0])); t.style = "Table Grid"
            for row in val:
                cs = t.add_row().cells
                for c, v in zip(cs, row):
                    c.text = v
            d.add_paragraph()
    d.save(os.path.join(SRC, name + ".docx"))


def pay():
    docx_doc("Pay Policy Statement 2043/44", [
        ("p", "Garthwaite Borough Council · Reference: HR/PPS/2043 · Location: Town Hall, Market Square, Garthwaite · "
              "Approved by Full Council on 16 September 2043"),
        ("p", "This statement is published under the Localism Act 2011. It explains how the Council sets the pay of "
              "its chief officers and its lowest-paid employees. It is not a job advertisement: it does not offer any "
              "post, invite applications or set a closing date."),
        ("h", "1. Pay structure"),
        ("p", "All posts below chief officer are evaluated and placed on the Council's grades 1 to 12. Each grade has "
              "four incremental points; staff progress one point each April until they reach the top of their grade."),
        ("t", [["Grade", "Salary range (per annum)", "Number of posts"],
               ["Grade 1", "£24,310 – £25,180", "38"], ["Grade 6", "£33,020 – £35,760", "61"],
               ["Grade 12", "£58,940 – £63,410", "9"], ["Chief Executive", "£128,500 (spot salary)", "1"]]),
        ("h", "2. Requirements of this statement"),
        ("b", ["Salaries of new chief officers above £100,000 must be approved by Full Council.",
               "The pay multiple between the median salary and the Chief Executive's salary is published (4.6 : 1).",
               "Any severance payment above £95,000 requires a vote of Full Council."]),
        ("h", "3. Recruitment and working hours"),
        ("p", "New starters are normally appointed at the first point of the grade for their post. The standard full-"
              "time schedule is 37 hours a week. Vacancies are advertised separately on the Council's jobs page; none "
              "is advertised here."),
        ("h", "4. Review"),
        ("p", "The statement is reviewed each year. Comments on this draft may be sent to the Head of HR; the deadline "
              "for comments on the 2044/45 statement is 29 January 2044."),
    ], NEG["pay"])


def servitude():
    docx_doc("Convention de servitude de passage de canalisation", [
        ("p", "Syndicat des eaux de l'Ourvanne · Référence : SEO/SERV/2043-17 · Lieu : parcelle ZC 48, lieu-dit "
              "« Les Quatre Vents », commune de Montclaret-sur-Ourvanne"),
        ("p", "Entre le Syndicat des eaux de l'Ourvanne, représenté par son président, et M. et Mme Rouvel, "
              "propriétaires de la parcelle désignée ci-dessus, il est convenu ce qui suit. La présente convention "
              "ne constitue pas une offre d'emploi et ne crée aucun poste."),
        ("h", "Article 1 – Objet"),
        ("p", "Le propriétaire autorise le Syndicat à enfouir une canalisation d'eau potable de 160 mm sur une "
              "longueur de 212 mètres, dans une bande de 3 mètres de large, et à implanter un poste de comptage "
              "en limite de parcelle."),
        ("h", "Article 2 – Exigences techniques"),
        ("b", ["profondeur minimale de 1 mètre sous le terrain naturel ;",
               "remise en état des clôtures et du sol après travaux ;",
               "aucune plantation d'arbres dans la bande de servitude."]),
        ("h", "Article 3 – Indemnité"),
        ("p", "Une indemnité forfaitaire et définitive de 1 484 € est versée au propriétaire. Elle ne constitue ni "
              "un salaire ni une rémunération."),
        ("h", "Article 4 – Accès et horaires"),
        ("p", "Les agents du Syndicat, quel que soit leur grade, peuvent accéder à la bande pour l'entretien, du "
              "lundi au vendredi de 8 h à 18 h, après un préavis de 48 heures, sauf urgence."),
        ("h", "Article 5 – Durée et publicité"),
        ("p", "La servitude est consentie pour la durée de l'ouvrage. Elle sera publiée au service de la publicité "
              "foncière ; la date limite de signature de l'acte authentique est fixée au 30 octobre 2043."),
        ("p", "Fait à Montclaret-sur-Ourvanne, le 2 septembre 2043, en deux exemplaires."),
    ], NEG["serv"])


def html_doc(title, body, name, lang):
    h = f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{e(title)}</title>
<style>@page {{ size: A4; margin: 18mm; @bottom-right {{ content: counter(page) " / " counter(pages); font-size: 8pt; }} }}
body {{ font-family: 'Liberation Sans', sans-serif; font-size: 9.5pt; }} h1 {{ font-size: 15pt; color: #234; }}
h2 {{ font-size: 11pt; color: #234; border-bottom: 1px solid #9ab; }} table {{ border-collapse: collapse; width: 100%; }}
td, th {{ border: 1px solid #999; padding: 2px 4px; text-align: left; }} th {{ background: #e6edf2; }}</style></head>
<body><h1>{e(title)}</h1>{body}</body></html>"""
    open(os.path.join(SRC, name + ".html"), "w", encoding="utf-8").write(h)


def marking():
    html_doc("Marking Scheme and Moderation Report – Level 3 Geography (Unit 4 fieldwork)", """
<p><b>Corsby Sixth Form College</b> · Reference: EXM/MOD/2043-04 · Location: Humanities block, Room H12 · Date of moderation: 10 September 2043</p>
<p>This report records the internal moderation of the Unit 4 independent investigation. It is not a vacancy notice and offers no post; teachers named below hold their existing positions.</p>
<h2>1. Marking scheme</h2>
<table><tr><th>Criterion</th><th>Marks</th><th>Grade boundary</th></tr>
<tr><td>Planning and title</td><td>10</td><td rowspan="4">A* 62 · A 55 · B 47 · C 39</td></tr>
<tr><td>Data collection</td><td>15</td></tr><tr><td>Analysis and presentation</td><td>25</td></tr>
<tr><td>Conclusions and evaluation</td><td>20</td></tr></table>
<h2>2. Requirements for a moderated sample</h2>
<ul><li>at least 15 scripts, including the highest and lowest marks of each teacher;</li>
<li>annotations referring to the criteria, not to the student's predicted grade;</li>
<li>a signed authentication form for each candidate.</li></ul>
<h2>3. Findings</h2>
<p>Teacher B's marks were lenient by about 3 marks in analysis; they were adjusted before submission. The salary of the examinations officer and the schedule of invigilation are outside the scope of this report.</p>
<h2>4. Next steps</h2>
<p>The deadline for sending the final marks to the awarding body is 15 October 2043. Students may ask for a review of their marks until 22 October 2043.</p>
<p>Signed: Head of Humanities (lead moderator) · Examinations Officer</p>""", NEG["mark"], "en")


def risk():
    html_doc("Cartographie des risques d'atteinte à la probité – 2043", """
<p><b>Communauté d'agglomération du Pays de Sérignac</b> · Référence : DG/CONF/2043-02 · Lieu : hôtel communautaire, Sérignac · Validée en comité de direction le 8 septembre 2043</p>
<p>Document interne établi au titre de l'article 3 de la loi Sapin II. Il ne constitue pas une offre d'emploi et ne crée aucun poste ; les fonctions citées sont des fonctions existantes.</p>
<h2>1. Méthode</h2>
<p>Chaque processus est coté de 1 à 4 en probabilité et en gravité. Les postes exposés sont identifiés par fonction, quel que soit le grade de l'agent qui les occupe.</p>
<h2>2. Principaux risques</h2>
<table><tr><th>Processus</th><th>Poste exposé</th><th>Risque</th><th>Cotation</th></tr>
<tr><td>Recrutement</td><td>Gestionnaire RH</td><td>favoritisme lors des jurys</td><td>6</td></tr>
<tr><td>Paie</td><td>Gestionnaire paie</td><td>modification indue d'un salaire ou d'une prime</td><td>8</td></tr>
<tr><td>Commande publique</td><td>Acheteur·se</td><td>fractionnement des achats</td><td>9</td></tr>
<tr><td>Subventions</td><td>Chargé·e de mission</td><td>conflit d'intérêts</td><td>6</td></tr></table>
<h2>3. Exigences du plan d'action</h2>
<ul><li>double validation de toute modification de rémunération ;</li>
<li>déclaration d'intérêts des membres de jury ;</li>
<li>rotation des horaires de caisse des régies.</li></ul>
<h2>4. Calendrier</h2>
<p>Les directions transmettent leurs mesures au référent déontologue ; date limite : 20 octobre 2043. La cartographie sera mise à jour en septembre 2044.</p>""", NEG["risk"], "fr")


def tex_doc(name, body):
    src = r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}
\usepackage[margin=2.2cm]{geometry}
\setlength{\parindent}{0pt}\setlength{\parskip}{5pt}\raggedright
\begin{document}
""" + body + "\n\\end{document}\n"
    open(os.path.join(TEX, name + ".tex"), "w", encoding="utf-8").write(src)


def bridge():
    tex_doc(NEG["bridge"], r"""
{\Large\bfseries Principal Bridge Inspection Report\par}
{\large B6412 Hallow Beck Bridge (structure no.\ WCC/BR/0417)\par}
\medskip
Wrayside County Council, Highways and Structures \quad Reference: HS/PI/2043/088 \quad Location: B6412, 1.2 km north of Corsby, grid ref.\ NY 512 340

Inspection date: 4 September 2043. This report records the condition of a highway structure. It is not a job advertisement and offers no post or position.

\section*{1. Structure}
Single-span masonry arch, 9.4 m span, built about 1830, with a post and rail safety fence added in 1998 on both approaches.

\section*{2. Condition}
\begin{tabular}{lll}
\textbf{Element} & \textbf{Condition grade} & \textbf{Notes} \\
Arch barrel & 2 (minor defects) & open joints at the crown \\
Spandrel walls & 3 (moderate) & bulging on the downstream side \\
Parapets & 2 & one coping stone loose \\
Safety fence & 4 (severe) & post no.\ 7 rotten at ground level \\
\end{tabular}

Bridge Condition Index (critical): 71. The structure remains open to all traffic with no weight restriction.

\section*{3. Requirements}
\begin{enumerate}
\item Replace fence post no.\ 7 and re-fix the coping stone (Priority 1).
\item Repoint the arch barrel and monitor the spandrel wall with tell-tales (Priority 2).
\item Clear vegetation from the downstream apron.
\end{enumerate}

\section*{4. Programme}
Priority 1 works must be completed by the deadline of 30 October 2043 and will be carried out by the term contractor during normal working hours (Monday to Friday, 8:00--17:00). The cost is estimated at \pounds 6,850 and is met from the structures maintenance budget, not from salary or staffing budgets. The next general inspection is scheduled for September 2045.

Inspector: senior bridge inspector, Highways and Structures.
""")


def extinction():
    tex_doc(NEG["ext"], r"""
{\large\bfseries COMMUNE DE VAUCOURTOIS\par}
\medskip
{\Large\bfseries Arrêté municipal n\textsuperscript{o} 2043-ST-041 portant extinction nocturne de l'éclairage public\par}
\medskip
Référence : ST/EP/2043-041 \quad Lieu : ensemble du territoire communal, hors route départementale 112

Le maire de la commune de Vaucourtois,

Vu le code général des collectivités territoriales, notamment ses articles L. 2212-1 et L. 2212-2 ; vu la délibération du conseil municipal du 4 septembre 2043 ;

Considérant la nécessité de réduire la consommation d'énergie et la pollution lumineuse ;

\textbf{ARRÊTE}

\textbf{Article 1.} À compter du 2 novembre 2043, l'éclairage public est éteint chaque nuit de 23 h à 5 h 30, sur toutes les voies communales.

\textbf{Article 2 -- Horaires particuliers.} Les nuits du 24 au 25 décembre et du 31 décembre au 1\textsuperscript{er} janvier, l'éclairage est maintenu toute la nuit.

\textbf{Article 3 -- Exigences techniques.} Les horloges astronomiques des dix-huit postes de commande (armoires) sont reprogrammées par le prestataire ; chaque poste est signalé par un panneau « Commune pratiquant l'extinction nocturne ».

\textbf{Article 4.} Le responsable des services techniques, agent titulaire du grade de technicien territorial, est chargé du contrôle des horloges. Cet arrêté ne constitue pas une offre d'emploi et ne crée aucun poste ; il n'a aucune incidence sur le salaire ou la rémunération des agents.

\textbf{Article 5 -- Recours.} Le présent arrêté peut faire l'objet d'un recours devant le tribunal administratif dans un délai de deux mois ; les observations des habitants sont reçues en mairie jusqu'à la date limite du 23 octobre 2043.

Fait à Vaucourtois, le 18 septembre 2043. \hfill Le maire,
""")


if __name__ == "__main__":
    pay(); servitude(); marking(); risk(); bridge(); extinction()
