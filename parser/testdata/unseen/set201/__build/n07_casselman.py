"""Municipalité de Casselman / Municipality of Casselman (Ontario) - French then English.
Municipal PDF poster typeset with pdflatex (+ dump) and the web page as Markdown."""
import os
import subprocess
from common import ROOT, write, row, expected, sal, req

KEY = "2034-014"
REF = "2034-014"
T_FR, T_EN = "Coordonnateur(trice) des travaux publics", "Public Works Coordinator"
O_FR, O_EN = "Municipalité de Casselman", "Municipality of Casselman"
L_FR, L_EN = "Casselman (Ontario)", "Casselman, Ontario"
S_FR, S_EN = "Temps plein, 40 heures par semaine", "Full-time, 40 hours per week"
SAL_FR, SAL_EN = "de 71 385 $ à 83 810 $ par année", "$71,385 to $83,810 per year"
ESS_FR = [
    "Diplôme collégial en génie civil, en technologie de la construction ou dans un domaine connexe",
    "Minimum de cinq ans d'expérience dans l'entretien des routes, de l'aqueduc ou des égouts, dont deux ans en supervision",
    "Permis de conduire de classe DZ valide et dossier de conduite satisfaisant",
    "Connaissance de la Loi sur la santé et la sécurité au travail et des normes minimales d'entretien des routes municipales",
    "Bilinguisme (français et anglais), à l'oral et à l'écrit",
]
DES_FR = [
    "Certificat d'opérateur de réseau de distribution d'eau (classe 2)",
    "Expérience avec un logiciel de gestion des actifs municipaux",
]
ESS_EN = [
    "College diploma in civil engineering, construction technology or a related field",
    "Minimum of five years of experience in road, water or sewer maintenance, including two years in a supervisory role",
    "Valid class DZ driver's licence and a satisfactory driving record",
    "Knowledge of the Occupational Health and Safety Act and of the minimum maintenance standards for municipal highways",
    "Bilingualism (French and English), spoken and written",
]
DES_EN = [
    "Water distribution operator certificate (Class 2)",
    "Experience with municipal asset management software",
]
TASKS_FR = [
    "Planifier et superviser les travaux d'entretien des routes, des trottoirs et des réseaux d'aqueduc et d'égout",
    "Encadrer une équipe de six employés cols bleus et préparer les horaires de garde",
    "Préparer les devis et suivre les travaux confiés à des entrepreneurs",
    "Tenir les registres exigés par la réglementation provinciale",
]
TASKS_EN = [
    "Plan and supervise maintenance of roads, sidewalks, and water and sewer systems",
    "Lead a team of six outside workers and prepare on-call schedules",
    "Prepare specifications and monitor work awarded to contractors",
    "Keep the records required by provincial regulations",
]

HALF = {
    "fr": dict(T=T_FR, O=O_FR, L=L_FR, S=S_FR, SAL=SAL_FR, ESS=ESS_FR, DES=DES_FR, TASKS=TASKS_FR,
               kicker="OFFRE D'EMPLOI", ref="Offre d'emploi n°", emp="Employeur", lieu="Lieu de travail",
               hor="Horaire", sal="Salaire", stat="Statut", statv="Poste permanent, syndiqué",
               dl="Date limite", dlv="vendredi 28 juillet 2034 à 16 h",
               tasks="Principales responsabilités", cond="Conditions de travail",
               condtxt="Le poste est régi par la convention collective en vigueur. La Municipalité offre un régime de retraite OMERS, des assurances collectives payées en partie par l'employeur, trois semaines de vacances dès la première année et un programme d'aide aux employés. La personne retenue doit participer à la rotation de garde pendant la saison hivernale et fournir une vérification du casier judiciaire.", req="Exigences", des="Atouts", how="Pour postuler",
               intro="La Municipalité de Casselman, communauté dynamique de plus de 4 000 habitants située à 50 minutes d'Ottawa, est à la recherche d'une personne pour occuper le poste suivant au sein du Service des travaux publics.",
               howtxt="Veuillez faire parvenir votre curriculum vitae et une lettre de présentation, en indiquant le numéro de l'offre, par courriel à emplois@casselman.example au plus tard le vendredi 28 juillet 2034 à 16 h. Entrée en fonction prévue : 5 septembre 2034. Nous remercions toutes les personnes qui postulent; seules celles retenues pour une entrevue seront contactées. Des mesures d'adaptation sont disponibles sur demande."),
    "en": dict(T=T_EN, O=O_EN, L=L_EN, S=S_EN, SAL=SAL_EN, ESS=ESS_EN, DES=DES_EN, TASKS=TASKS_EN,
               kicker="JOB OPPORTUNITY", ref="Job posting no.", emp="Employer", lieu="Work location",
               hor="Hours", sal="Salary", stat="Status", statv="Permanent, unionized position",
               dl="Closing date", dlv="Friday, July 28, 2034 at 4:00 p.m.",
               tasks="Main responsibilities", cond="Working conditions",
               condtxt="The position is governed by the collective agreement in force. The Municipality offers an OMERS pension plan, group insurance partly paid by the employer, three weeks of vacation from the first year and an employee assistance program. The successful candidate must take part in the on-call rotation during the winter season and provide a criminal record check.", req="Requirements", des="Assets", how="How to apply",
               intro="The Municipality of Casselman, a vibrant community of more than 4,000 residents located 50 minutes from Ottawa, is looking for a candidate to fill the following position in its Public Works Department.",
               howtxt="Please send your resume and a cover letter, quoting the posting number, by email to emplois@casselman.example no later than Friday, July 28, 2034 at 4:00 p.m. Expected start date: September 5, 2034. We thank all applicants; only those selected for an interview will be contacted. Accommodation is available on request."),
}


def tex_escape(s):
    return (s.replace("\\", "\\textbackslash{}").replace("&", "\\&").replace("%", "\\%")
            .replace("$", "\\$").replace("#", "\\#").replace("_", "\\_").replace("'", "\\textquotesingle{}"))


def tex_half(h):
    e = tex_escape
    it = lambda xs: "\n".join("  \\item " + e(x) for x in xs)
    return f"""\\begin{{center}}{{\\large\\bfseries {e(h['kicker'])}}}\\\\[4pt]
{{\\LARGE\\bfseries {e(h['T'])}}}\\end{{center}}

{e(h['intro'])}

\\medskip
\\begin{{tabular}}{{@{{}}p{{4cm}}p{{11cm}}@{{}}}}
\\textbf{{{e(h['ref'])}}} & {REF}\\\\
\\textbf{{{e(h['emp'])}}} & {e(h['O'])}\\\\
\\textbf{{{e(h['lieu'])}}} & {e(h['L'])}\\\\
\\textbf{{{e(h['stat'])}}} & {e(h['statv'])}\\\\
\\textbf{{{e(h['hor'])}}} & {e(h['S'])}\\\\
\\textbf{{{e(h['sal'])}}} & {e(h['SAL'])}\\\\
\\textbf{{{e(h['dl'])}}} & {e(h['dlv'])}\\\\
\\end{{tabular}}

\\subsection*{{{e(h['tasks'])}}}
\\begin{{itemize}}
{it(h['TASKS'])}
\\end{{itemize}}
\\subsection*{{{e(h['req'])}}}
\\begin{{itemize}}
{it(h['ESS'])}
\\end{{itemize}}
\\subsection*{{{e(h['des'])}}}
\\begin{{itemize}}
{it(h['DES'])}
\\end{{itemize}}
\\subsection*{{{e(h['cond'])}}}
{e(h['condtxt'])}

\\subsection*{{{e(h['how'])}}}
{e(h['howtxt'])}
"""


def build():
    tex = f"""\\documentclass[10pt,a4paper]{{article}}
\\usepackage[T1]{{fontenc}}
\\usepackage[utf8]{{inputenc}}
\\usepackage{{lmodern}}
\\usepackage{{textcomp}}
\\usepackage[margin=2cm]{{geometry}}
\\pagestyle{{empty}}
\\setlength{{\\parindent}}{{0pt}}
\\setlength{{\\parskip}}{{4pt}}
\\hyphenpenalty=10000
\\exhyphenpenalty=10000
\\sloppy
\\begin{{document}}
\\raggedright
{{\\small MUNICIPALITÉ DE CASSELMAN \\hfill MUNICIPALITY OF CASSELMAN\\\\
751, rue Principale, Casselman (Ontario) \\hfill Services des ressources humaines}}

\\hrule\\medskip
{tex_half(HALF['fr'])}
\\newpage
{tex_half(HALF['en'])}
\\end{{document}}
"""
    b = os.path.join(ROOT, "__build")
    name = KEY + "-casselman"
    open(os.path.join(b, name + ".tex"), "w", encoding="utf-8").write(tex)
    subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", name + ".tex"], cwd=b,
                   check=True, capture_output=True)
    os.replace(os.path.join(b, name + ".pdf"), os.path.join(ROOT, name + ".pdflatex.pdf"))
    subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(ROOT, name + ".pdflatex.pdf"),
                    os.path.join(ROOT, name + ".pdflatex.pdftotext.txt")], check=True)
    row(name + ".pdflatex.pdf", KEY, "pdf")
    row(name + ".pdflatex.pdftotext.txt", KEY, "txt")

    def md_half(h):
        bl = lambda xs: "\n".join("* " + x for x in xs)
        return f"""## {h['kicker']} — {h['T']}

{h['intro']}

**{h['ref']}** {REF}\\
**{h['emp']} :** {h['O']}\\
**{h['lieu']} :** {h['L']}\\
**{h['stat']} :** {h['statv']}\\
**{h['hor']} :** {h['S']}\\
**{h['sal']} :** {h['SAL']}\\
**{h['dl']} :** {h['dlv']}

### {h['tasks']}

{bl(h['TASKS'])}

### {h['req']}

{bl(h['ESS'])}

### {h['des']}

{bl(h['DES'])}

### {h['cond']}

{h['condtxt']}

### {h['how']}

{h['howtxt']}
"""
    md = f"""[Accueil](#) | [Ma municipalité](#) | [Services](#) | [Loisirs](#) | [Emplois](#) | [English](#)

Accueil › Ma municipalité › Emplois

# Offres d'emploi / Job offers

*Publié le 30 juin 2034 / Posted June 30, 2034*

{md_half(HALF['fr'])}
---

{md_half(HALF['en'])}
---

Municipalité de Casselman · 751, rue Principale · Casselman (Ontario) · Lundi au vendredi, 8 h 30 à 16 h 30
"""
    write(name + ".md", md, KEY)
    expected(KEY, reference=REF, languages=["fr", "en"],
             title={"en": T_EN, "fr": T_FR}, organisation={"en": O_EN, "fr": O_FR},
             location={"en": L_EN, "fr": L_FR}, schedule={"en": S_EN, "fr": S_FR},
             deadline="2034-07-28", salary=sal(mn=71385, mx=83810, cur="CAD", period="year"),
             grade=None, clearance=None,
             requirements={"en": req(ESS_EN, DES_EN), "fr": req(ESS_FR, DES_FR)},
             competencies={"en": [], "fr": []})
