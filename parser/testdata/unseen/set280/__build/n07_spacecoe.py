from common import *
REF = "SPACECOE-RH-2041-02"
T_FR, T_EN = "Analyste en politique spatiale", "Space Policy Analyst"
O_FR = "Centre d'excellence de l'OTAN pour l'espace (Space COE)"
O_EN = "NATO Space Centre of Excellence (Space COE)"
L_FR, L_EN = "Toulouse (France)", "Toulouse, France"
S_FR, S_EN = "Temps plein", "Full-time"
CLR = "NATO SECRET"
DL_FR, DL_EN = "mercredi 20 février 2041, 12 h 00", "Wednesday, 20 February 2041, 12:00 (CET)"
SAL_FR, SAL_EN = "4 938,60 EUR brut mensuel", "EUR 4,938.60 gross per month"
MISSION_FR = ("Le Centre d'excellence de l'OTAN pour l'espace, accrédité en 2023 et installé à Toulouse, contribue à "
              "la transformation de l'Alliance dans le domaine spatial par l'analyse, la doctrine, la formation et "
              "l'expérimentation. Au sein de la branche Concepts et doctrine, l'analyste suit l'évolution des "
              "politiques spatiales des Alliés et des partenaires et rédige des études à l'intention des "
              "commandements de l'OTAN.")
MISSION_EN = ("The NATO Space Centre of Excellence, accredited in 2023 and located in Toulouse, supports the "
              "Alliance's transformation in the space domain through analysis, doctrine, education and "
              "experimentation. Within the Concepts and Doctrine Branch, the analyst follows the space policies of "
              "Allies and partners and writes studies for the NATO commands.")
TACHES_FR = ["veille sur les politiques et stratégies spatiales nationales et internationales",
             "rédaction de notes d'analyse et contribution aux études du Centre",
             "préparation de séminaires et de groupes de travail avec les nations parrainantes",
             "contribution aux cours et aux ateliers organisés par le Centre"]
TASKS_EN = ["monitoring national and international space policies and strategies",
            "drafting analytical papers and contributing to the Centre's studies",
            "preparing seminars and working groups with the sponsoring nations",
            "contributing to the courses and workshops run by the Centre"]
ESS_FR = ["diplôme de niveau master en relations internationales, en sciences politiques, en droit de l'espace ou en ingénierie aérospatiale",
          "au moins trois ans d'expérience en analyse de politiques publiques, de préférence dans le domaine spatial ou de la défense",
          "excellente capacité de rédaction en français et en anglais",
          "niveau d'anglais SLP 3333 au minimum",
          "nationalité d'un pays parrain du Centre et aptitude à obtenir une habilitation NATO SECRET"]
DES_FR = ["connaissance des structures de l'OTAN",
          "expérience d'un état-major ou d'une agence spatiale",
          "publications dans le domaine spatial"]
ESS_EN = ["master's degree in international relations, political science, space law or aerospace engineering",
          "at least three years of experience in policy analysis, preferably in the space or defence field",
          "excellent drafting skills in English and French",
          "English at SLP 3333 or above",
          "nationality of a sponsoring nation of the Centre and eligibility for a NATO SECRET clearance"]
DES_EN = ["knowledge of NATO structures",
          "experience in a military staff or a space agency",
          "publications in the space field"]
C_FR = ["Esprit de synthèse", "Curiosité intellectuelle", "Aisance relationnelle", "Autonomie"]
C_EN = ["Ability to synthesise", "Intellectual curiosity", "Interpersonal skills", "Autonomy"]
OFFRE_FR = ("Contrat de trois ans avec le ministère des Armées pour le compte du Centre, renouvelable. Rémunération : "
            + SAL_FR + ". Entretiens prévus à Toulouse la semaine du 11 mars 2041.")
OFFER_EN = ("Three-year contract with the French Ministry of the Armed Forces on behalf of the Centre, renewable. "
            "Salary: " + SAL_EN + ". Interviews are planned in Toulouse in the week of 11 March 2041.")

def build():
    expected(REF, None, ("fr", "en"), {"fr": T_FR, "en": T_EN}, {"fr": O_FR, "en": O_EN},
             {"fr": L_FR, "en": L_EN}, {"fr": S_FR, "en": S_EN}, "2041-02-20", sal(4938.60, "EUR"),
             None, CLR, {"fr": (ESS_FR, DES_FR), "en": (ESS_EN, DES_EN)},
             {"fr": [(c, "") for c in C_FR], "en": [(c, "") for c in C_EN]})
    FF = [("Référence", REF), ("Intitulé du poste", T_FR), ("Organisme", O_FR), ("Lieu", L_FR),
          ("Horaire", S_FR), ("Habilitation", CLR), ("Rémunération", SAL_FR), ("Date limite de candidature", DL_FR)]
    FE = [("Reference", REF), ("Post title", T_EN), ("Organisation", O_EN), ("Location", L_EN),
          ("Schedule", S_EN), ("Clearance", CLR), ("Salary", SAL_EN), ("Application deadline", DL_EN)]
    # Markdown page clip
    M = ["[Aller au contenu](#contenu)", "", "FR | EN", "",
         "- [Accueil](/)", "- [Le Centre](/centre)", "- [Actualités](/actualites)", "- [Recrutement](/recrutement)", "",
         "[Accueil](/) › [Recrutement](/recrutement) › " + REF, "",
         "# Offre d'emploi / Vacancy : " + T_FR + " / " + T_EN, "", "*Publié le 16 janvier 2041 · Published on 16 January 2041*", "",
         "## " + T_FR, ""]
    M += ["- **%s :** %s" % (k, v) for k, v in FF]
    M += ["", "### Mission", "", MISSION_FR, "", "### Activités principales", ""] + ["1. " + x for x in TACHES_FR]
    M += ["", "### Profil requis", ""] + ["* " + x for x in ESS_FR]
    M += ["", "### Atouts", ""] + ["* " + x for x in DES_FR]
    M += ["", "### Compétences", ""] + ["* " + x for x in C_FR]
    M += ["", "### Ce que nous offrons", "", OFFRE_FR, "", "***", "", "## " + T_EN, ""]
    M += ["- **%s:** %s" % (k, v) for k, v in FE]
    M += ["", "### Mission", "", MISSION_EN, "", "### Main activities", ""] + ["1. " + x for x in TASKS_EN]
    M += ["", "### Required profile", ""] + ["* " + x for x in ESS_EN]
    M += ["", "### Assets", ""] + ["* " + x for x in DES_EN]
    M += ["", "### Competencies", ""] + ["* " + x for x in C_EN]
    M += ["", "### What we offer", "", OFFER_EN, "", "***", "",
          "**Dernières actualités** : séminaire « Espace et dissuasion » du 5 février 2041 · cours d'introduction du 24 février 2041", "",
          "Partager : [LinkedIn](#) · [X](#) · [Courriel](#)"]
    write(REF + "-spacecoe.md", "\n".join(M), REF)
    # pdflatex notice
    def tx(s):
        return (s.replace("\\", "\\textbackslash{}").replace("&", "\\&").replace("%", "\\%").replace("#", "\\#")
                 .replace("_", "\\_").replace("'", "'"))
    def half(h, facts, mission, th, tasks, rh, ess, dh, des, ch, comps, oh, offer):
        s = "\\section*{%s}\n\\begin{tabular}{@{}p{5cm}p{10.5cm}@{}}\n" % tx(h)
        s += "".join("\\textbf{%s} & %s\\\\[2pt]\n" % (tx(k), tx(v)) for k, v in facts)
        s += "\\end{tabular}\n\n\\subsection*{Mission}\n%s\n\n\\subsection*{%s}\n\\begin{enumerate}\n" % (tx(mission), tx(th))
        s += "".join("\\item %s\n" % tx(x) for x in tasks) + "\\end{enumerate}\n"
        s += "\\subsection*{%s}\n\\begin{itemize}\n" % tx(rh) + "".join("\\item %s\n" % tx(x) for x in ess) + "\\end{itemize}\n"
        s += "\\subsection*{%s}\n\\begin{itemize}\n" % tx(dh) + "".join("\\item %s\n" % tx(x) for x in des) + "\\end{itemize}\n"
        s += "\\subsection*{%s}\n%s\n\n" % (tx(ch), tx(" -- ".join(comps)))
        s += "\\subsection*{%s}\n%s\n" % (tx(oh), tx(offer))
        return s
    tex = r"""\documentclass[10pt,a4paper]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}
\usepackage[margin=2.2cm]{geometry}\usepackage{fancyhdr}
\input{glyphtounicode}\pdfgentounicode=1
\hyphenpenalty=10000\exhyphenpenalty=10000\sloppy
\pagestyle{fancy}\fancyhf{}\chead{\small NATO UNCLASSIFIED / OTAN SANS CLASSIFICATION}
\cfoot{\small Space COE -- """ + REF + r""" -- \thepage}
\setlength{\parindent}{0pt}\setlength{\parskip}{4pt}
\begin{document}

\begin{flushright}\small Centre d'excellence de l'OTAN pour l'espace\\ Toulouse, le 16 janvier 2041\\ N\textsuperscript{o} SPACECOE/RH/2041/019\end{flushright}
{\centering\Large\textbf{AVIS DE VACANCE DE POSTE}\par}
""" + half(T_FR, FF, MISSION_FR, "Activités principales", TACHES_FR, "Profil requis", ESS_FR, "Atouts", DES_FR,
           "Compétences", C_FR, "Ce que nous offrons", OFFRE_FR) + r"""
\newpage
{\centering\Large\textbf{VACANCY NOTICE}\par}
""" + half(T_EN, FE, MISSION_EN, "Main activities", TASKS_EN, "Required profile", ESS_EN, "Assets", DES_EN,
           "Competencies", C_EN, "What we offer", OFFER_EN) + r"""
\end{document}
"""
    d = os.path.join(ROOT, "__build", "tex")
    os.makedirs(d, exist_ok=True)
    open(os.path.join(d, REF + "-spacecoe.tex"), "w", encoding="utf-8").write(tex)
    for _ in range(2):
        run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", REF + "-spacecoe.tex"], cwd=d, stdout=open(os.devnull, "w"))
    pdf = REF + "-spacecoe.pdflatex.pdf"
    os.replace(os.path.join(d, REF + "-spacecoe.pdf"), os.path.join(ROOT, pdf))
    row(pdf, REF, "pdf")
    row(pdftotext(pdf), REF, "txt")
