"""Fondation Mérieux (Lyon; post in Bamako): FR then EN job description, Markdown -> DOCX (pandoc) -> LibreOffice PDF."""
from common import *
import os
import shutil
import tempfile

KEY = "fm-2033-lab-09"
REF = "FM-2033-LAB-09"
T_FR = "Responsable assurance qualité des laboratoires (H/F)"
T_EN = "Laboratory Quality Assurance Manager"
ORG = "Fondation Mérieux"
LOC = "Bamako, Mali"
S_FR = "Temps plein"
S_EN = "Full-time"

ESS_FR = [
    "Diplôme de pharmacien, de biologiste ou master en biologie médicale",
    "Au moins six ans d'expérience en laboratoire d'analyses médicales, dont trois dans la mise en œuvre d'un système de management de la qualité",
    "Connaissance approfondie de la norme ISO 15189 et des démarches d'accréditation",
    "Expérience de la formation d'adultes et de l'accompagnement d'équipes",
    "Maîtrise du français et bon niveau d'anglais",
]
DES_FR = [
    "Qualification d'auditeur ou d'évaluateur technique",
    "Expérience en Afrique de l'Ouest",
    "Connaissance des systèmes d'information de laboratoire",
]
ESS_EN = [
    "Degree in pharmacy or biology, or a master's degree in medical biology",
    "At least six years of experience in a medical laboratory, including three years implementing a quality management system",
    "In-depth knowledge of the ISO 15189 standard and of accreditation processes",
    "Experience in adult training and team coaching",
    "Fluency in French and a good level of English",
]
DES_EN = [
    "Auditor or technical assessor qualification",
    "Experience in West Africa",
    "Knowledge of laboratory information systems",
]
MIS_FR = [
    "Accompagner douze laboratoires publics du réseau national vers l'accréditation ISO 15189",
    "Organiser les audits internes, les programmes de contrôle de qualité externe et le suivi des non-conformités",
    "Former les biologistes et techniciens aux outils qualité et à la biosécurité",
    "Assurer le lien avec le ministère de la Santé et le Centre Charles Mérieux de Bamako",
    "Préparer les rapports techniques destinés aux bailleurs",
]
MIS_EN = [
    "Support twelve public laboratories of the national network towards ISO 15189 accreditation",
    "Organise internal audits, external quality assessment schemes and the follow-up of non-conformities",
    "Train biologists and technicians in quality tools and biosafety",
    "Liaise with the Ministry of Health and the Charles Mérieux Centre in Bamako",
    "Prepare technical reports for donors",
]


def markdown():
    f = lambda xs: "".join(f"- {x}\n" for x in xs)
    return f"""**FONDATION MÉRIEUX** — Fondation familiale indépendante reconnue d'utilité publique

# Fiche de poste / Job description

## {T_FR}

| | |
|---|---|
| **Référence** | {REF} |
| **Employeur** | {ORG} |
| **Lieu** | {LOC} |
| **Contrat** | CDD de 24 mois, statut expatrié |
| **Temps de travail** | {S_FR} |
| **Rémunération** | selon la grille de la Fondation et l'expérience, avantages expatriés |
| **Date de prise de poste** | 1er mars 2034 |
| **Date limite de candidature** | 7 décembre 2033 |

### Contexte

Créée en 1967 à Lyon, la Fondation Mérieux lutte contre les maladies infectieuses dans les pays en développement en renforçant les capacités des laboratoires de biologie clinique. Au Mali, elle soutient depuis vingt ans le réseau national des laboratoires.

### Missions

{f(MIS_FR)}
### Profil

{f(ESS_FR)}
### Atouts

{f(DES_FR)}
### Conditions

Poste basé à Bamako avec des missions régulières dans les régions de Kayes, Sikasso et Ségou, selon les conditions de sécurité. La Fondation prend en charge le logement, l'assurance santé internationale, un billet aller-retour annuel et la scolarité des enfants selon sa politique en vigueur. Le ou la titulaire rend compte au responsable régional des programmes laboratoires à Lyon et travaille en lien étroit avec l'équipe du Centre Charles Mérieux.

### Candidature

CV et lettre de motivation à envoyer à rh@fondation-merieux.example avant le 7 décembre 2033, en précisant la référence {REF}. Entretiens à Lyon ou à distance entre le 15 et le 19 décembre 2033.

---

## {T_EN}

| | |
|---|---|
| **Reference** | {REF} |
| **Employer** | {ORG} |
| **Location** | {LOC} |
| **Contract** | 24-month fixed-term contract, expatriate status |
| **Working time** | {S_EN} |
| **Salary** | according to the Foundation's scale and experience, expatriate benefits |
| **Start date** | 1 March 2034 |
| **Application deadline** | 7 December 2033 |

### Background

Founded in Lyon in 1967, the Fondation Mérieux fights infectious diseases in developing countries by building the capacity of clinical laboratories. In Mali, it has supported the national laboratory network for twenty years.

### Duties

{f(MIS_EN)}
### Profile

{f(ESS_EN)}
### Assets

{f(DES_EN)}
### Conditions

The post is based in Bamako with regular field missions to the Kayes, Sikasso and Ségou regions, subject to security conditions. The Foundation covers housing, international health insurance, one return ticket a year and children's schooling in line with its current policy. The post holder reports to the regional laboratory programmes manager in Lyon and works closely with the team of the Charles Mérieux Centre.

### How to apply

Send your CV and cover letter to rh@fondation-merieux.example before 7 December 2033, quoting reference {REF}. Interviews in Lyon or remotely between 15 and 19 December 2033.

*Fondation Mérieux — 17 rue Bourgelat, 69002 Lyon, France*
"""


def build(pdf=True):
    md = markdown()
    name = KEY + "-fondation-merieux.md"
    write(name, md, KEY)
    if not pdf:
        return
    d = tempfile.mkdtemp()
    src = os.path.join(d, "fiche.md")
    # page break before the English half in the word-processor version
    md2 = md.replace("\n---\n", "\n\n```{=openxml}\n<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>\n```\n\n")
    open(src, "w", encoding="utf-8").write(md2)
    run(["pandoc", src, "-f", "markdown", "-o", os.path.join(d, "fiche.docx")])
    run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", d, os.path.join(d, "fiche.docx")],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    out = KEY + "-fondation-merieux.libreoffice.pdf"
    shutil.copy(os.path.join(d, "fiche.pdf"), os.path.join(ROOT, out))
    dump(out, KEY)


def exp():
    expected(KEY, {
        "reference": REF, "post_number": None, "languages": ["fr", "en"],
        "title": {"en": T_EN, "fr": T_FR},
        "organisation": {"en": ORG, "fr": ORG},
        "location": {"en": LOC, "fr": LOC},
        "schedule": {"en": S_EN, "fr": S_FR},
        "deadline": "2033-12-07",
        "salary": None, "grade": None, "clearance": None,
        "requirements": {"en": req(ESS_EN, DES_EN), "fr": req(ESS_FR, DES_FR)},
        "competencies": {"en": [], "fr": []},
    })
