"""383668 - NATO School Oberammergau (FR then EN): bilingual notice typeset with pdflatex + dump; careers page HTML."""
from common import *

REF = "383668"
T_FR = "Instructeur/Instructrice (Coopération civilo-militaire)"
T_EN = "Instructor (Civil-Military Cooperation)"
ORG_FR = "École de l'OTAN d'Oberammergau (NSO)"
ORG_EN = "NATO School Oberammergau (NSO)"
LOC_FR, LOC_EN = "Oberammergau (Allemagne)", "Oberammergau, Germany"
POST = "NSO ACD CMC 0040"
ESS_FR = [
    "Diplôme universitaire en sciences politiques, relations internationales, sciences de l'éducation ou dans une discipline apparentée.",
    "Au moins cinq années d'expérience dans la coopération civilo-militaire, l'aide humanitaire ou la gestion de crises, dont une partie sur le terrain.",
    "Expérience de l'enseignement ou de la formation d'adultes, y compris la conception de supports de cours.",
    "Capacité à animer des exercices en groupe et des discussions avec des participants de niveaux variés.",
    "Anglais : SLP 4444 ; français : SLP 2222.",
]
DES_FR = [
    "Expérience d'une mission ou d'une opération dirigée par l'OTAN, l'UE ou l'ONU.",
    "Connaissance de la doctrine interalliée de coopération civilo-militaire.",
    "Expérience de l'enseignement à distance.",
]
ESS_EN = [
    "University degree in political science, international relations, education or a related discipline.",
    "At least five years of experience in civil-military cooperation, humanitarian assistance or crisis management, part of it in the field.",
    "Experience in teaching or adult training, including the design of course material.",
    "Ability to facilitate syndicate exercises and discussions with participants of different levels.",
    "English: SLP 4444; French: SLP 2222.",
]
DES_EN = [
    "Experience of a mission or operation led by NATO, the EU or the UN.",
    "Knowledge of Allied joint doctrine for civil-military cooperation.",
    "Experience of distance learning.",
]
COMP_FR = [("Pédagogie", "transmet des connaissances complexes de manière claire et adaptée au public."),
           ("Travail en équipe", "collabore avec les autres instructeurs et les conférenciers invités."),
           ("Adaptabilité", "ajuste les cours aux besoins des participants et aux retours d'expérience.")]
COMP_EN = [("Teaching", "conveys complex knowledge clearly and adapts it to the audience."),
           ("Teamwork", "works with the other instructors and guest lecturers."),
           ("Adaptability", "adjusts courses to participants' needs and to lessons learned.")]
DUT_FR = [
    "Concevoir, mettre à jour et dispenser les cours de coopération civilo-militaire de l'École.",
    "Diriger des ateliers et des exercices en groupe, et évaluer les participants.",
    "Assurer la liaison avec les centres d'excellence et les organisations civiles qui fournissent des conférenciers.",
    "Participer aux équipes mobiles de formation dans les pays de l'Alliance et les pays partenaires.",
]
DUT_EN = [
    "Design, update and deliver the School's civil-military cooperation courses.",
    "Lead workshops and syndicate exercises, and assess participants.",
    "Liaise with centres of excellence and civilian organisations that provide guest speakers.",
    "Take part in mobile education and training teams in Allied and partner countries.",
]
CTX_FR = "L'École de l'OTAN d'Oberammergau dispense chaque année des formations à plusieurs milliers de militaires et de civils des pays de l'Alliance et des pays partenaires. Le Département Coopération et partenariats assure les cours de coopération civilo-militaire et de protection des civils."
CTX_EN = "The NATO School Oberammergau trains several thousand military and civilian personnel from Allied and partner countries every year. The Cooperation and Partnerships Department runs the courses on civil-military cooperation and the protection of civilians."


def build():
    expected(REF, reference=REF, post_number=POST, languages=["fr", "en"],
             title={"en": T_EN, "fr": T_FR}, organisation={"en": ORG_EN, "fr": ORG_FR},
             location={"en": LOC_EN, "fr": LOC_FR}, schedule={"en": "Full-time", "fr": "Temps plein"},
             deadline="2037-08-24", salary=sal(6873.40), grade="G14", clearance="NATO SECRET",
             requirements={"en": {"essential": ESS_EN, "desirable": DES_EN},
                           "fr": {"essential": ESS_FR, "desirable": DES_FR}},
             competencies={"en": comps(COMP_EN), "fr": comps(COMP_FR)})

    def tx(s):
        return (s.replace("\\", "\\textbackslash{}").replace("&", "\\&").replace("%", "\\%")
                 .replace("#", "\\#").replace("_", "\\_").replace("$", "\\$"))

    def enum(xs):
        return "\\begin{itemize}\n" + "\n".join(f"\\item {tx(x)}" for x in xs) + "\n\\end{itemize}\n"

    def half(fr):
        if fr:
            rows = [("Avis de vacance n°", REF), ("Intitulé du poste", T_FR), ("Organisme", ORG_FR),
                    ("Numéro de poste", POST), ("Grade", "Grade OTAN G14"), ("Lieu d'affectation", LOC_FR),
                    ("Horaire", "Temps plein"), ("Habilitation de sécurité", "NATO SECRET"),
                    ("Traitement mensuel de base", "6 873,40 EUR (exonéré d'impôt)"),
                    ("Date de clôture", "24 août 2037, 23 h 59")]
            heads = ["1. Contexte", "2. Tâches principales", "3. Qualifications essentielles",
                     "4. Qualifications souhaitables", "5. Compétences", "6. Remarques"]
            ctx, dut, ess, des, cmp = CTX_FR, DUT_FR, ESS_FR, DES_FR, COMP_FR
            sep = " : "
            rem = "Un contrat de durée déterminée de trois ans sera proposé. Les candidatures doivent être déposées sur le portail des carrières de l'OTAN. Les entretiens auront lieu à Oberammergau au cours de la semaine du 21 septembre 2037."
            title = "AVIS DE VACANCE"
        else:
            rows = [("Vacancy notice No.", REF), ("Post title", T_EN), ("Organisation", ORG_EN),
                    ("Post number", POST), ("Grade", "NATO Grade G14"), ("Location", LOC_EN),
                    ("Schedule", "Full-time"), ("Security clearance", "NATO SECRET"),
                    ("Basic monthly salary", "6,873.40 EUR (tax free)"),
                    ("Closing date", "24 August 2037, 23:59 (CEST)")]
            heads = ["1. Context", "2. Principal duties", "3. Essential qualifications",
                     "4. Desirable qualifications", "5. Competencies", "6. Remarks"]
            ctx, dut, ess, des, cmp = CTX_EN, DUT_EN, ESS_EN, DES_EN, COMP_EN
            sep = ": "
            rem = "A definite duration contract of three years will be offered. Applications must be submitted through the NATO careers portal. Interviews will take place in Oberammergau in the week of 21 September 2037."
            title = "VACANCY NOTICE"
        s = f"\\begin{{center}}{{\\large\\bfseries {title}}}\\end{{center}}\n"
        s += "\\begin{tabular}{@{}p{5.2cm}p{10cm}@{}}\n" + "\n".join(
            f"\\textbf{{{tx(a)}}} & {tx(b)} \\\\" for a, b in rows) + "\n\\end{tabular}\n"
        s += f"\\section*{{{tx(heads[0])}}}\n{tx(ctx)}\n"
        s += f"\\section*{{{tx(heads[1])}}}\n" + enum(dut)
        s += f"\\section*{{{tx(heads[2])}}}\n" + enum(ess)
        s += f"\\section*{{{tx(heads[3])}}}\n" + enum(des)
        s += f"\\section*{{{tx(heads[4])}}}\n" + "\n\n".join(f"\\textbf{{{tx(n)}}}{tx(sep)}{tx(d)}" for n, d in cmp) + "\n"
        s += f"\\section*{{{tx(heads[5])}}}\n{tx(rem)}\n"
        return s

    tex = r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{lmodern}
\usepackage[margin=2.3cm]{geometry}
\usepackage{fancyhdr}
\input{glyphtounicode}
\pdfgentounicode=1
\hyphenpenalty=10000 \exhyphenpenalty=10000 \sloppy
\pagestyle{fancy}\fancyhf{}
\fancyhead[C]{\small NATO UNCLASSIFIED / NATO SANS CLASSIFICATION}
\fancyfoot[C]{\small NSO/HR/2037/088 -- \thepage}
\renewcommand{\headrulewidth}{0pt}
\begin{document}
\begin{flushright}\small
NATO School Oberammergau / École de l'OTAN d'Oberammergau\\
Human Resources / Ressources humaines\\
NSO/HR/2037/088\\
Oberammergau, 20 July 2037 / le 20 juillet 2037
\end{flushright}
""" + half(True) + "\n\\newpage\n" + half(False) + "\n\\end{document}\n"
    src = os.path.join(BUILD, "nso-notice.tex")
    open(src, "w", encoding="utf-8").write(tex)
    pdflatex_pdf(src, f"{REF}-nso.pdflatex.pdf")
    add_pdf(f"{REF}-nso.pdflatex.pdf", REF, dump=True)

    li = lambda xs: "".join(f"<li>{esc(x)}</li>" for x in xs)

    def sect(lang, title, rows, heads, ctx, dut, ess, des, cmp, sep):
        dl = "".join(f"<dt>{esc(a)}</dt><dd>{esc(b)}</dd>" for a, b in rows)
        return (f"<section lang=\"{lang}\"><h2>{esc(title)}</h2><dl>{dl}</dl>"
                f"<h3>{esc(heads[0])}</h3><p>{esc(ctx)}</p><h3>{esc(heads[1])}</h3><ul>{li(dut)}</ul>"
                f"<h3>{esc(heads[2])}</h3><ul>{li(ess)}</ul><h3>{esc(heads[3])}</h3><ul>{li(des)}</ul>"
                f"<h3>{esc(heads[4])}</h3><ul>" + "".join(f"<li><strong>{esc(n)}</strong>{esc(sep)}{esc(d)}</li>" for n, d in cmp)
                + "</ul></section>")

    page = f"""<!DOCTYPE html>
<!-- saved from url=(0058)https://www.natoschool.example/careers/civilian/{REF} -->
<html lang="fr"><head><meta charset="utf-8"><title>{T_FR} – NSO</title></head><body>
<header><a href="#main">Aller au contenu</a> · <a href="#">Members' Portal</a> · <a href="#">EN</a> | FR</header>
<nav><ul><li>Accueil</li><li>Cours</li><li>Informations pratiques</li><li>Carrières</li><li>Contact</li></ul></nav>
<main id="main">
<p>Accueil › Carrières › Postes civils › {REF}</p>
<h1>{T_FR} / {T_EN}</h1>
<p>Mis en ligne le 20 juillet 2037</p>
{sect("fr", "Avis de vacance", [("Avis de vacance n°", REF), ("Organisme", ORG_FR), ("Numéro de poste", POST), ("Grade", "Grade OTAN G14"), ("Lieu d'affectation", LOC_FR), ("Horaire", "Temps plein"), ("Habilitation de sécurité", "NATO SECRET"), ("Traitement mensuel de base", "6 873,40 EUR (exonéré d'impôt)"), ("Date de clôture", "24 août 2037, 23 h 59")], ["Contexte", "Tâches principales", "Qualifications essentielles", "Qualifications souhaitables", "Compétences"], CTX_FR, DUT_FR, ESS_FR, DES_FR, COMP_FR, " : ")}
{sect("en", "Vacancy notice", [("Vacancy notice No.", REF), ("Organisation", ORG_EN), ("Post number", POST), ("Grade", "NATO Grade G14"), ("Location", LOC_EN), ("Schedule", "Full-time"), ("Security clearance", "NATO SECRET"), ("Basic monthly salary", "6,873.40 EUR (tax free)"), ("Closing date", "24 August 2037, 23:59 (CEST)")], ["Context", "Principal duties", "Essential qualifications", "Desirable qualifications", "Competencies"], CTX_EN, DUT_EN, ESS_EN, DES_EN, COMP_EN, ": ")}
<p><a href="#">Télécharger l'avis (PDF)</a> · <a href="#">Postuler sur le portail OTAN</a></p>
</main>
<aside><h4>Autres postes</h4><ul><li>Assistant(e) de cours (Renseignement) – clôture le 6 août 2037</li><li>Technicien(ne) audiovisuel(le) – clôture le 11 septembre 2037</li></ul></aside>
<footer>© 2037 NATO School Oberammergau · Mentions légales · Protection des données</footer>
</body></html>
"""
    write(f"{REF}-nso.html", page, REF)
