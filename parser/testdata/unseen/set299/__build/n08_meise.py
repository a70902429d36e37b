"""Meise Botanic Garden / Jardin botanique de Meise (Flemish scientific institution = agency, Belgium)
- English then French. Renderings: vacancy printed with WeasyPrint from HTML (two-column grid of
label/value, running footer) (+ dump); Outlook forward through a botanical society mailing list."""
from common import *

REF = "MBG/2042/031"
T = {"en": "Herbarium Digitisation Coordinator", "fr": "Coordinateur·rice de la numérisation de l'herbier"}
O = {"en": "Meise Botanic Garden", "fr": "Jardin botanique de Meise"}
L = {"en": "Meise, Belgium", "fr": "Meise (Belgique)"}
S = {"en": "Full-time (38 hours per week)", "fr": "Temps plein (38 heures par semaine)"}
GRADE = "A111"
SAL = {"en": "gross monthly salary between €3,912.40 and €5,687.15 (index 2.1223), depending on relevant experience",
       "fr": "salaire mensuel brut entre 3.912,40 € et 5.687,15 € (indice 2,1223), selon l'expérience utile"}
DL = {"en": "19 September 2042", "fr": "19 septembre 2042"}
LBL = {"en": ["Reference", "Employer", "Department", "Place of work", "Salary scale", "Contract", "Working time",
              "Remuneration", "Closing date"],
       "fr": ["Référence", "Employeur", "Département", "Lieu de travail", "Échelle barémique", "Contrat",
              "Temps de travail", "Rémunération", "Date de clôture"]}
DEP = {"en": "Collections – Herbarium", "fr": "Collections – Herbier"}
CON = {"en": "Contract of indefinite duration", "fr": "Contrat à durée indéterminée"}
INTRO = {
    "en": "Meise Botanic Garden, on a 92-hectare estate north of Brussels, holds one of the world's largest herbaria, "
          "with about four million preserved specimens of plants, fungi and algae. More than two million of them are "
          "already imaged; the rest, including the African collections, will follow over the coming years.",
    "fr": "Le Jardin botanique de Meise, sur un domaine de 92 hectares au nord de Bruxelles, conserve l'un des plus "
          "grands herbiers du monde, avec environ quatre millions de spécimens de plantes, de champignons et d'algues. "
          "Plus de deux millions sont déjà photographiés ; les autres, dont les collections africaines, suivront au "
          "cours des prochaines années.",
}
DUT = {
    "en": ["plan and coordinate the imaging and transcription lines of the herbarium;",
           "supervise a team of six digitisation technicians and external contractors;",
           "define quality checks for images and specimen data and follow them up;",
           "manage the publication of specimen data to international portals;",
           "contribute to European infrastructure projects and their reporting."],
    "fr": ["planifier et coordonner les chaînes de photographie et de transcription de l'herbier ;",
           "encadrer une équipe de six techniciens de numérisation et des sous-traitants ;",
           "définir les contrôles de qualité des images et des données des spécimens et en assurer le suivi ;",
           "gérer la publication des données des spécimens vers les portails internationaux ;",
           "contribuer aux projets d'infrastructures européennes et à leurs rapports."],
}
ESS = {
    "en": ["You hold a master's degree in biology, bioengineering, information science or an equivalent field.",
           "You have at least three years of experience in managing natural history collections or digitisation projects.",
           "You are familiar with biodiversity data standards such as Darwin Core and ABCD.",
           "You have proven experience in leading a team.",
           "You have a good knowledge of English and of Dutch or French."],
    "fr": ["Vous êtes titulaire d'un master en biologie, bio-ingénierie, sciences de l'information ou dans un domaine équivalent.",
           "Vous avez au moins trois ans d'expérience dans la gestion de collections d'histoire naturelle ou de projets de numérisation.",
           "Vous connaissez les standards de données sur la biodiversité tels que Darwin Core et ABCD.",
           "Vous avez une expérience avérée de la direction d'une équipe.",
           "Vous avez une bonne connaissance de l'anglais et du néerlandais ou du français."],
}
DES = {
    "en": ["Experience with scripting languages (Python or R).", "Knowledge of botanical nomenclature."],
    "fr": ["Une expérience des langages de script (Python ou R).", "Une connaissance de la nomenclature botanique."],
}
COMP = {
    "en": [("Planning", "you set priorities and keep deadlines under pressure."),
           ("Coaching", "you help technicians grow in their work."),
           ("Cooperation", "you work smoothly with scientists, IT staff and external partners.")],
    "fr": [("Planification", "vous fixez des priorités et tenez les délais sous pression."),
           ("Accompagnement", "vous aidez les techniciens à progresser dans leur travail."),
           ("Coopération", "vous travaillez en bonne entente avec les scientifiques, l'équipe informatique et les partenaires externes.")],
}
OFFER = {
    "en": "We offer 35 days of annual leave, hospitalisation insurance, meal vouchers, free public transport between home "
          "and work and a bicycle allowance. Apply online with your CV and motivation letter. A written exercise is "
          "planned on 1 October 2042 and interviews on 9 October 2042.",
    "fr": "Nous offrons 35 jours de congé annuel, une assurance hospitalisation, des chèques-repas, la gratuité des "
          "transports en commun entre le domicile et le travail et une indemnité vélo. Postulez en ligne avec votre CV "
          "et votre lettre de motivation. Une épreuve écrite est prévue le 1er octobre 2042 et les entretiens le "
          "9 octobre 2042.",
}
HEAD = {"en": ["Job content", "Profile", "Assets", "Competencies", "Our offer"],
        "fr": ["Contenu de la fonction", "Profil", "Atouts", "Compétences", "Notre offre"]}


def exp():
    return exp_for(REF, ["en", "fr"], T, O, L, S, "2042-09-19", sal(None, 3912.40, 5687.15, "EUR", "month"),
                   grade=GRADE, req={l: (ESS[l], DES[l]) for l in ("en", "fr")}, comp=COMP)


def vals(l):
    return [REF, O[l], DEP[l], L[l], GRADE, CON[l], S[l], SAL[l], DL[l]]


def weasy_html():
    def sec(l):
        grid = "\n".join(f"<div class=\"k\">{esc(a)}</div><div class=\"v\">{nb(esc(b))}</div>" for a, b in zip(LBL[l], vals(l)))
        li = lambda xs: "\n".join(f"<li>{nb(esc(x))}</li>" for x in xs)
        sep = ": " if l == "en" else " : "
        comps = "\n".join(f"<li><b>{esc(n)}</b>{sep}{nb(esc(d))}</li>" for n, d in COMP[l])
        h = HEAD[l]
        kick = "VACANCY" if l == "en" else "OFFRE D'EMPLOI"
        return f"""<section class="{l}">
<p class="kick">{kick}</p>
<h1>{nb(esc(T[l]))}</h1>
<div class="grid">
{grid}
</div>
<p>{nb(esc(INTRO[l]))}</p>
<h2>{h[0]}</h2><ul>
{li(DUT[l])}
</ul>
<h2>{h[1]}</h2><ul>
{li(ESS[l])}
</ul>
<h2>{h[2]}</h2><ul>
{li(DES[l])}
</ul>
<h2>{h[3]}</h2><ul>
{comps}
</ul>
<h2>{h[4]}</h2>
<p>{nb(esc(OFFER[l]))}</p>
</section>"""
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 2cm 2cm 2.2cm; @bottom-center {{ content: "Meise Botanic Garden · Nieuwelaan 38, 1860 Meise · page " counter(page) " / " counter(pages); font-size: 8pt; }} }}
body {{ font-family: "Liberation Sans", sans-serif; font-size: 10pt; }}
.brand {{ display: flex; justify-content: space-between; border-bottom: 2px solid #2e7d32; }}
.kick {{ color: #2e7d32; font-weight: bold; letter-spacing: 2px; }}
.grid {{ display: grid; grid-template-columns: 4.2cm 1fr; gap: 2px 10px; background: #f1f6f1; padding: 6px; }}
.k {{ font-weight: bold; }}
section.fr {{ break-before: page; }}
</style></head><body>
<div class="brand"><div><b>Meise Botanic Garden</b><br>Plantentuin Meise · Jardin botanique de Meise</div>
<div>Published 25 August 2042</div></div>
{sec("en")}
{sec("fr")}
</body></html>
"""


def outlook():
    def block(l):
        sep = ": " if l == "en" else " : "
        facts = "\n".join(f"{a}{sep}{b}" for a, b in zip(LBL[l], vals(l)))
        it = lambda xs: "\n".join(f"  * {x}" for x in xs)
        comps = "\n".join(f"  * {n}{sep}{d}" for n, d in COMP[l])
        h = HEAD[l]
        return f"""{T[l]}

{facts}

{INTRO[l]}

{h[0]}
{it(DUT[l])}

{h[1]}
{it(ESS[l])}

{h[2]}
{it(DES[l])}

{h[3]}
{comps}

{h[4]}
{OFFER[l]}"""
    return f"""From: Cercle botanique du Brabant – liste des membres <membres@botanique-list.example>
Sent: Tuesday, August 26, 2042 8:14 AM
To: membres@botanique-list.example
Subject: FW: Vacancy / Offre d'emploi – {T["en"]} ({REF})

Dear members, chers membres,

Please find below a vacancy at Meise. Our autumn excursion to the Viroin valley remains scheduled for Sunday
21 September 2042; registrations close on 12 September.

Best regards / Bien à vous,
Le secrétariat

________________________________
From: HR Meise Botanic Garden <jobs@meisebg.example>
Sent: Monday, August 25, 2042 3:47 PM
Subject: Vacancy / Offre d'emploi {REF}

{block("en")}

-------- Version française --------

{block("fr")}

________________________________
This message and its attachments are intended solely for the addressee.
"""


def build():
    key = write_expected(exp())
    p = f"{BUILD}/meise.html"
    with open(p, "w", encoding="utf-8") as f:
        f.write(weasy_html())
    weasy_pdf("meise.html", f"{key}-meise.weasyprint.pdf", key)
    write(f"{key}-outlook.txt", outlook(), key, "txt")
