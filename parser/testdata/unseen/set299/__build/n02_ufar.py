"""Fondation Université française en Arménie (UFAR, Yerevan) - French then English.
Renderings: bilingual avis typeset with pdflatex (+ dump); Gmail forward to an alumni list."""
from common import *

REF = "UFAR/DAF/2042-07"
T = {"fr": "Responsable du bureau de la scolarité et des diplômes",
     "en": "Head of the Registry and Diplomas Office"}
O = {"fr": "Fondation Université française en Arménie", "en": "French University in Armenia Foundation"}
L = {"fr": "Erevan (Arménie)", "en": "Yerevan, Armenia"}
S = {"fr": "Temps plein (40 heures par semaine)", "en": "Full-time (40 hours per week)"}
SAL = {"fr": "867 500 AMD bruts par mois", "en": "AMD 867,500 gross per month"}
DL = {"fr": "vendredi 12 septembre 2042, 18 h (heure d'Erevan)", "en": "Friday, 12 September 2042, 6 p.m. (Yerevan time)"}
MISS = {
    "fr": ["organiser les inscriptions administratives et pédagogiques des quelque 2 300 étudiants de licence et de master ;",
           "tenir les dossiers étudiants et le système de gestion de la scolarité ;",
           "préparer les jurys et éditer les relevés de notes ;",
           "délivrer les doubles diplômes arméniens et français en lien avec les universités partenaires de Lyon et de Toulouse ;",
           "encadrer une équipe de quatre gestionnaires et répondre aux demandes des étudiants et des familles."],
    "en": ["organise the administrative and academic enrolment of some 2,300 bachelor's and master's students;",
           "keep student files and the student information system up to date;",
           "prepare examination boards and issue transcripts;",
           "issue the Armenian and French double degrees together with the partner universities in Lyon and Toulouse;",
           "lead a team of four officers and answer requests from students and families."],
}
ESS = {
    "fr": ["Diplôme de master en administration, droit, gestion ou dans un domaine connexe.",
           "Au moins cinq ans d'expérience dans un service de scolarité ou d'administration universitaire.",
           "Maîtrise du français et de l'arménien, à l'écrit comme à l'oral.",
           "Bonne connaissance des règles de délivrance des diplômes dans l'espace européen de l'enseignement supérieur.",
           "Aisance avec les tableurs et les logiciels de gestion de la scolarité."],
    "en": ["Master's degree in administration, law, management or a related field.",
           "At least five years of experience in a registry or university administration office.",
           "Fluency in French and Armenian, written and spoken.",
           "Sound knowledge of the rules on awarding degrees in the European Higher Education Area.",
           "Confident use of spreadsheets and student information software."],
}
DES = {
    "fr": ["Connaissance de l'anglais ou du russe.",
           "Expérience de la mobilité internationale des étudiants."],
    "en": ["Knowledge of English or Russian.",
           "Experience of international student mobility."],
}
COMP = {
    "fr": [("Rigueur", "vous vérifiez chaque dossier avant de signer un document officiel."),
           ("Sens du service", "vous accueillez étudiants et familles avec patience et clarté."),
           ("Encadrement", "vous organisez le travail de l'équipe pendant les périodes de pointe.")],
    "en": [("Accuracy", "you check every file before signing an official document."),
           ("Service orientation", "you receive students and families with patience and clarity."),
           ("Team leadership", "you organise the team's work during peak periods.")],
}
INTRO = {
    "fr": "La Fondation Université française en Arménie, établissement créé par un accord intergouvernemental "
          "franco-arménien et partenaire des universités Jean Moulin Lyon 3 et Toulouse III, recrute :",
    "en": "The French University in Armenia Foundation, an institution created under a Franco-Armenian "
          "intergovernmental agreement and partnered with the universities Jean Moulin Lyon 3 and Toulouse III, "
          "is recruiting a:",
}
DOSSIER = {
    "fr": "Le dossier (lettre de motivation, CV, copies des diplômes) est à adresser par courriel à "
          "recrutement@ufar.example en précisant la référence. Seuls les candidats présélectionnés seront "
          "convoqués à un entretien, prévu le 24 septembre 2042. Prise de fonctions : 3 novembre 2042.",
    "en": "Applications (cover letter, CV, copies of degrees) should be sent by e-mail to recrutement@ufar.example, "
          "quoting the reference. Only shortlisted candidates will be invited to an interview, planned for "
          "24 September 2042. Starting date: 3 November 2042.",
}
LBL = {
    "fr": ["Référence", "Intitulé du poste", "Employeur", "Service", "Lieu de travail", "Type de contrat",
           "Temps de travail", "Rémunération", "Date limite de candidature"],
    "en": ["Reference", "Position", "Employer", "Department", "Place of work", "Type of contract",
           "Working time", "Salary", "Application deadline"],
}
SERV = {"fr": "Direction des études", "en": "Directorate of Studies"}
CONTR = {"fr": "CDI, période d'essai de trois mois", "en": "Open-ended contract, three-month probation"}
HEAD = {"fr": ["Missions", "Profil requis", "Atouts", "Compétences attendues", "Candidature"],
        "en": ["Duties", "Required profile", "Assets", "Expected competencies", "How to apply"]}


def exp():
    return exp_for(REF, ["fr", "en"], T, O, L, S, "2042-09-12", sal(867500, None, None, "AMD", "month"),
                   req={l: (ESS[l], DES[l]) for l in ("fr", "en")}, comp=COMP)


def tex_esc(s):
    return (s.replace("\\", "\\textbackslash{}").replace("&", "\\&").replace("%", "\\%").replace("$", "\\$")
             .replace("#", "\\#").replace("_", "\\_").replace("~", "\\~{}"))


def tex():
    def half(l):
        vals = [REF, T[l], O[l], SERV[l], L[l], CONTR[l], S[l], SAL[l], DL[l]]
        rows = "\n".join(f"\\textbf{{{tex_esc(a)}}} & {tex_esc(b)} \\\\" for a, b in zip(LBL[l], vals))
        items = lambda xs: "\n".join(f"  \\item {tex_esc(x)}" for x in xs)
        comps = "\n".join(f"  \\item \\textbf{{{tex_esc(n)}}} : {tex_esc(d)}" if l == "fr" else
                          f"  \\item \\textbf{{{tex_esc(n)}}}: {tex_esc(d)}" for n, d in COMP[l])
        kicker = "AVIS DE VACANCE DE POSTE" if l == "fr" else "VACANCY NOTICE"
        h = HEAD[l]
        return f"""\\begin{{center}}{{\\large\\bfseries {kicker}}}\\\\[2pt] N\\textsuperscript{{o}} {tex_esc(REF)}\\end{{center}}
{tex_esc(INTRO[l])}
\\begin{{center}}{{\\Large\\bfseries {tex_esc(T[l])}}}\\end{{center}}
\\begin{{tabular}}{{@{{}}p{{5cm}}p{{10.5cm}}@{{}}}}
{rows}
\\end{{tabular}}
\\section*{{1. {h[0]}}}
\\begin{{itemize}}
{items(MISS[l])}
\\end{{itemize}}
\\section*{{2. {h[1]}}}
\\begin{{itemize}}
{items(ESS[l])}
\\end{{itemize}}
\\section*{{3. {h[2]}}}
\\begin{{itemize}}
{items(DES[l])}
\\end{{itemize}}
\\section*{{4. {h[3]}}}
\\begin{{itemize}}
{comps}
\\end{{itemize}}
\\section*{{5. {h[4]}}}
{tex_esc(DOSSIER[l])}
"""
    return f"""\\documentclass[a4paper,10pt]{{article}}
\\usepackage[utf8]{{inputenc}}\\usepackage[T1]{{fontenc}}\\usepackage{{lmodern}}
\\usepackage[margin=2cm]{{geometry}}
\\hyphenpenalty=10000 \\exhyphenpenalty=10000 \\raggedright
\\pagestyle{{empty}}
\\begin{{document}}
\\noindent\\begin{{minipage}}[t]{{0.5\\textwidth}}\\textbf{{UNIVERSITÉ FRANÇAISE EN ARMÉNIE}}\\\\Fondation -- Direction administrative et financière\\\\10, boulevard Davit Anhaght, Erevan\\end{{minipage}}\\hfill
\\begin{{minipage}}[t]{{0.4\\textwidth}}\\raggedleft\\textit{{Erevan, le 18 août 2042}}\\\\Document bilingue / Bilingual document\\end{{minipage}}
\\vspace{{8mm}}

{half("fr")}
\\vfill\\noindent\\textit{{English version on the next page.}}
\\clearpage
{half("en")}
\\end{{document}}
"""


def gmail():
    def block(l):
        vals = [REF, T[l], O[l], SERV[l], L[l], CONTR[l], S[l], SAL[l], DL[l]]
        facts = "\n".join(f"{a}: {b}" if l == "en" else f"{a} : {b}" for a, b in zip(LBL[l], vals))
        it = lambda xs: "\n".join(f"- {x}" for x in xs)
        sep = ": " if l == "en" else " : "
        comps = "\n".join(f"- {n}{sep}{d}" for n, d in COMP[l])
        h = [x.upper() for x in HEAD[l]]
        return f"""{INTRO[l]}

{T[l].upper()}

{facts}

{h[0]}
{it(MISS[l])}

{h[1]}
{it(ESS[l])}

{h[2]}
{it(DES[l])}

{h[3]}
{comps}

{h[4]}
{DOSSIER[l]}"""
    return f"""Gmail\tAnahit Sargsyan <anahit.sargsyan@alumni-ufar.example>

[Anciens UFAR] Fwd: Avis de vacance / Vacancy notice {REF}
Boîte de réception

Anahit Sargsyan <anahit.sargsyan@alumni-ufar.example>\t19 août 2042, 09:42
À : anciens@lists.alumni-ufar.example

Chères et chers anciens,
l'université recrute pour son bureau de la scolarité ; l'avis complet suit. N'hésitez pas à faire
circuler. Rappel : notre soirée de rentrée a lieu le jeudi 4 septembre 2042 au café du boulevard.
Anahit

---------- Forwarded message ---------
De : Direction administrative et financière UFAR <daf@ufar.example>
Date: lun. 18 août 2042 à 16:05
Subject: Avis de vacance / Vacancy notice {REF}
To: <partenaires@ufar.example>

(English version below)

{block("fr")}

================================ ENGLISH VERSION ================================

{block("en")}

--
Vous recevez ce message parce que vous êtes inscrit(e) à la liste des anciens de l'UFAR.
Se désabonner : anciens-unsubscribe@lists.alumni-ufar.example
"""


def build():
    key = write_expected(exp())
    latex_pdf("ufar.tex", tex(), f"{key}-ufar.pdflatex.pdf", key)
    write(f"{key}-gmail.txt", gmail(), key, "txt")
