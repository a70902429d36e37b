# -*- coding: utf-8 -*-
"""All contract data of corpus221. The renderers take every expected string from here.
Run as a script to (re)write ../expected/*.json."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def sal(amount=None, mn=None, mx=None, cur=None, per=None):
    return {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": per}


def comp(pairs):
    return [{"name": n, "description": d} for n, d in pairs]


N = {}

# 1 ------------------------------------------------------------------ ICOM (EN | FR side by side)
N["icom-sec-2036-04"] = dict(
    tool="libreoffice", stem="icom",
    reference="ICOM/SEC/2036/04", languages=["en", "fr"],
    title={"en": "Membership Services Officer", "fr": "Chargé·e des services aux membres"},
    organisation={"en": "International Council of Museums (ICOM)", "fr": "Conseil international des musées (ICOM)"},
    location={"en": "Paris, France", "fr": "Paris (France)"},
    schedule={"en": "Full-time, 35 hours per week", "fr": "Temps plein, 35 heures par semaine"},
    deadline="2036-03-09",
    salary=sal(None, 42000, 47500, "EUR", "year"),
    grade=None,
    req={
        "en": {"essential": [
            "A university degree in museum studies, cultural management, communication or a related field;",
            "At least three years of experience in member services, customer relations or the administration of an association;",
            "Confident use of a customer relationship management (CRM) database and of spreadsheets;",
            "Excellent written and spoken English and French.",
        ], "desirable": [
            "Knowledge of Spanish;",
            "Experience in a museum or in an international association of professionals;",
            "Familiarity with online payment and renewal platforms.",
        ]},
        "fr": {"essential": [
            "Diplôme universitaire en muséologie, en gestion culturelle, en communication ou dans un domaine connexe ;",
            "Au moins trois ans d'expérience dans les services aux membres, la relation client ou la gestion administrative d'une association ;",
            "Bonne maîtrise d'une base de données de gestion de la relation client (CRM) et des tableurs ;",
            "Excellente maîtrise de l'anglais et du français, à l'écrit comme à l'oral.",
        ], "desirable": [
            "Connaissance de l'espagnol ;",
            "Expérience dans un musée ou une organisation non gouvernementale internationale ;",
            "Connaissance des plateformes de paiement et de renouvellement en ligne.",
        ]},
    },
    comp={
        "en": comp([
            ("Service orientation", "answers members promptly and follows each request through to its resolution."),
            ("Accuracy", "keeps membership records complete, consistent and up to date."),
            ("Intercultural awareness", "works easily with colleagues and members from many countries and traditions."),
        ]),
        "fr": comp([
            ("Sens du service", "répond rapidement aux membres et suit chaque demande jusqu'à sa résolution."),
            ("Rigueur", "tient les fichiers des membres complets, cohérents et à jour."),
            ("Ouverture interculturelle", "travaille aisément avec des collègues et des membres de nombreux pays et traditions."),
        ]),
    },
)

# 2 ------------------------------------------------------------------ Gibraltar (Word template, header table)
N["hmgog-pd-2036-031"] = dict(
    tool="libreoffice", stem="gov-gi",
    reference="HMGoG/PD/2036/031", languages=["en"],
    title={"en": "Executive Officer – Civil Status and Registration Office", "fr": None},
    organisation={"en": "HM Government of Gibraltar", "fr": None},
    location={"en": "Irish Town, Gibraltar", "fr": None},
    schedule={"en": "Full time – 37 hours per week", "fr": None},
    deadline="2036-03-13",
    salary=sal(None, 31862, 35903, "GBP", "year"),
    grade="EO",
    req={"en": {"essential": [
        "Five GCSE passes (or equivalent) at grades A to C or 9 to 4, one of which must be in English Language;",
        "Two years of experience in an office dealing directly with members of the public;",
        "Working knowledge of Microsoft Word, Excel and Outlook;",
        "Entitlement, by virtue of citizenship, to take up employment in Gibraltar.",
    ], "desirable": [
        "Two GCE 'A' Level passes or a higher qualification;",
        "Experience of registration, licensing or records work in a public service;",
        "A working knowledge of Spanish.",
    ]}, "fr": None},
    comp={"en": comp([
        ("Delivering at pace", "completes registrations accurately within the statutory time limits."),
        ("Working together", "supports colleagues at the counter and in the back office alike."),
        ("Managing a quality service", "treats every customer with courtesy and keeps personal data secure."),
    ]), "fr": None},
)

# 3 ------------------------------------------------------------------ Comédie-Française (criteria table)
N["cf-drh-2036-012"] = dict(
    tool="libreoffice", stem="comedie-francaise",
    reference="CF-DRH-2036-012", languages=["fr"],
    title={"en": None, "fr": "Régisseur·euse lumière (F/H)"},
    organisation={"en": None, "fr": "Comédie-Française"},
    location={"en": None, "fr": "Salle Richelieu, place Colette, Paris 1er"},
    schedule={"en": None, "fr": "Temps complet – horaires décalés (soirées, week-ends et jours fériés)"},
    deadline="2036-03-16",
    salary=sal(None, 2650, 3100, "EUR", "month"),
    grade=None,
    # criteria table rows in order, with their rating (I = indispensable, A = apprécié)
    criteria=[
        ("Diplôme de régie lumière (DMA, BTS ou DTMS) ou expérience équivalente", "I"),
        ("Trois saisons au moins dans un théâtre de répertoire ou une maison d'opéra", "I"),
        ("Maîtrise d'un pupitre lumière de type grandMA", "A"),
        ("Lecture de plans d'implantation et de fiches techniques", "I"),
        ("Habilitation électrique BR et travail en hauteur à jour", "I"),
        ("Connaissance des projecteurs asservis et des réseaux DMX/Art-Net", "A"),
        ("Anglais technique", "A"),
    ],
    comp={"en": None, "fr": comp([
        ("Calme en représentation", ""),
        ("Esprit d'équipe", ""),
        ("Sens de la sécurité", ""),
        ("Disponibilité", ""),
    ])},
)
_c = N["cf-drh-2036-012"]["criteria"]
N["cf-drh-2036-012"]["req"] = {"en": None, "fr": {
    "essential": [t for t, r in _c if r == "I"], "desirable": [t for t, r in _c if r == "A"]}}

# 4 ------------------------------------------------------------------ Musée d'Orsay (form with boxes)
N["epmo-2036-rh-027"] = dict(
    tool="weasyprint", stem="musee-orsay",
    reference="EPMO-2036-RH-027", languages=["fr"],
    title={"en": None, "fr": "Technicien·ne d'exploitation génie climatique (F/H)"},
    organisation={"en": None, "fr": "Établissement public des musées d'Orsay et de l'Orangerie"},
    location={"en": None, "fr": "Musée de l'Orangerie, jardin des Tuileries, Paris 1er"},
    schedule={"en": None, "fr": "Temps complet"},
    deadline="2036-03-20",
    salary=sal(2280, None, None, "EUR", "month"),
    grade=None,
    req={"en": None, "fr": {"essential": [
        "Bac professionnel ou BTS en génie climatique, fluides ou maintenance des systèmes",
        "Expérience de trois ans au moins dans l'exploitation d'installations de chauffage, ventilation et climatisation",
        "Attestation d'aptitude à la manipulation des fluides frigorigènes",
        "Lecture de schémas hydrauliques et électriques",
    ], "desirable": [
        "Connaissance d'une gestion technique centralisée (GTC)",
        "Expérience dans un musée, une bibliothèque ou un centre d'archives",
        "Habilitation électrique B1V-BR",
    ]}},
    comp={"en": None, "fr": comp([
        ("Rigueur", ""),
        ("Réactivité", ""),
        ("Discrétion", ""),
    ])},
)

# 5 ------------------------------------------------------------------ IPC (cover page, pdflatex)
N["ipc-hr-2036-006"] = dict(
    tool="pdflatex", stem="paralympic",
    reference="IPC-HR-2036-006", languages=["en"],
    title={"en": "Coordinator, Athlete Classification – World Para Swimming", "fr": None},
    organisation={"en": "International Paralympic Committee (IPC)", "fr": None},
    location={"en": "Bonn, Germany", "fr": None},
    schedule={"en": "Full-time (40 hours per week)", "fr": None},
    deadline="2036-03-05",
    salary=sal(None, 58000, 64000, "EUR", "year"),
    grade=None,
    req={"en": {"essential": [
        "A degree in sport science, physiotherapy, kinesiology or a related field;",
        "At least three years of experience in sport administration or event operations;",
        "Sound knowledge of the classification rules of at least one Para sport;",
        "Fluent English, written and spoken.",
    ], "desirable": [
        "Certification as a classifier in Para swimming;",
        "Working knowledge of German, French or Spanish;",
        "Experience of data protection rules for medical information.",
    ]}, "fr": None},
    comp={"en": comp([
        ("Integrity", "handles sensitive athlete information with care and applies the rules consistently."),
        ("Collaboration", "builds trust with classifiers, National Paralympic Committees and event organisers."),
        ("Planning", "organises classification panels months ahead and adapts when schedules change."),
    ]), "fr": None},
)

# 6 ------------------------------------------------------------------ ISTA (three pages, running heads, WeasyPrint)
N["ista-2036-03"] = dict(
    tool="weasyprint", stem="seedtest",
    reference="ISTA-2036-03", languages=["en"],
    title={"en": "Accreditation Auditor (Seed Testing Laboratories)", "fr": None},
    organisation={"en": "International Seed Testing Association (ISTA)", "fr": None},
    location={"en": "Wallisellen (Zurich), Switzerland", "fr": None},
    schedule={"en": "80–100%", "fr": None},
    deadline="2036-03-11",
    salary=sal(None, 96000, 108000, "CHF", "year"),
    grade=None,
    req={"en": {"essential": [
        "A master's degree in agronomy, plant biology, seed science or a related discipline.",
        "At least four years of laboratory experience in seed testing or in plant health analysis.",
        "Qualification as a lead auditor under ISO/IEC 17025 or a comparable quality standard.",
        "Fluency in English and readiness to travel for about 60 days a year.",
    ], "desirable": [
        "Knowledge of French, Spanish or Chinese.",
        "Experience of proficiency testing or of statistical method validation.",
        "Familiarity with the International Rules for Seed Testing.",
    ]}, "fr": None},
    comp={"en": comp([
        ("Impartiality", "reaches audit findings on evidence alone and records them in a neutral tone."),
        ("Clear communication", "explains non-conformities so that laboratory staff understand what to correct."),
        ("Self-organisation", "prepares audits independently and keeps reports on schedule while travelling."),
        ("Respect", "works courteously with laboratories of very different sizes and traditions."),
    ]), "fr": None},
)

# 7 ------------------------------------------------------------------ IUCr (LaTeX run-in headings)
N["iucr-ed-36-02"] = dict(
    tool="pdflatex", stem="iucr",
    reference="IUCr/ED/36/02", languages=["en"],
    title={"en": "Technical Editor (Journals)", "fr": None},
    organisation={"en": "International Union of Crystallography (IUCr)", "fr": None},
    location={"en": "Chester, United Kingdom", "fr": None},
    schedule={"en": "Full-time (35 hours per week)", "fr": None},
    deadline="2036-03-24",
    salary=sal(None, 34500, 38900, "GBP", "year"),
    grade=None,
    req={"en": {"essential": [
        "a degree in chemistry, physics, materials science or a life science;",
        "experience of copy-editing or proof-reading scientific text;",
        "a careful eye for the presentation of tables, figures and equations;",
        "excellent written English.",
    ], "desirable": [
        "experience with LaTeX or XML production workflows;",
        "familiarity with crystallographic data and the CIF format;",
        "knowledge of a second language.",
    ]}, "fr": None},
    comp={"en": comp([
        ("Attention to detail", "you notice the misplaced subscript that others miss."),
        ("Tact", "you ask authors for corrections in a way that keeps their goodwill."),
        ("Steadiness", "you keep to production deadlines when several issues close at once."),
    ]), "fr": None},
)

# 8 ------------------------------------------------------------------ FIH (poster with a sidebar, Chromium) + board
N["fih-2036-011"] = dict(
    tool="chromium", stem="fih",
    reference="FIH-2036-011", languages=["en"],
    title={"en": "Event Operations Manager", "fr": None},
    organisation={"en": "Fédération Internationale de Hockey (FIH)", "fr": None},
    location={"en": "Lausanne, Switzerland", "fr": None},
    schedule={"en": "Full-time (100%)", "fr": None},
    deadline="2036-03-18",
    salary=None,
    grade=None,
    req={"en": {"essential": [
        "Five years of experience in the delivery of international sports events",
        "A degree in sport management, event management or business administration",
        "Proven budget and contract management skills",
        "Fluent English; good French",
    ], "desirable": [
        "Experience with an International Federation or a National Olympic Committee",
        "Knowledge of hockey competition formats",
        "Knowledge of Spanish or Hindi",
    ]}, "fr": None},
    comp={"en": [], "fr": None},
)

# 9 ------------------------------------------------------------------ Brittany Ferries (brochure, coloured bands, FR then EN)
N["bf-nav-2036-044"] = dict(
    tool="weasyprint", stem="brittany-ferries",
    reference="BF-NAV-2036-044", languages=["fr", "en"],
    title={"fr": "Commissaire de bord adjoint·e (F/H)", "en": "Assistant Purser (F/M)"},
    organisation={"fr": "Brittany Ferries", "en": "Brittany Ferries"},
    location={"fr": "Port d'attache : Roscoff (Finistère)", "en": "Home port: Roscoff, France"},
    schedule={"fr": "14 jours à bord / 14 jours de repos", "en": "14 days on board / 14 days off"},
    deadline="2036-03-27",
    salary=sal(2900, None, None, "EUR", "month"),
    grade=None,
    req={
        "fr": {"essential": [
            "Bac + 2 en hôtellerie, tourisme ou gestion",
            "Deux ans d'expérience en encadrement dans l'hôtellerie ou la restauration",
            "Anglais courant à l'écrit et à l'oral",
            "Certificat de formation de base à la sécurité (STCW) ou engagement à l'obtenir avant l'embarquement",
        ], "desirable": [
            "Espagnol",
            "Expérience à bord d'un navire à passagers",
            "Connaissance d'un logiciel de caisse et de gestion des stocks",
        ]},
        "en": {"essential": [
            "Two years' higher education in hospitality, tourism or management",
            "Two years of supervisory experience in hotels or catering",
            "Fluent written and spoken French and English",
            "STCW basic safety training, or a commitment to obtain it before joining",
        ], "desirable": [
            "Spanish",
            "Experience on board a passenger ship",
            "Knowledge of point-of-sale and stock software",
        ]},
    },
    comp={"fr": [], "en": []},
)

# 10 ----------------------------------------------------------------- Compagnie des Alpes (landscape, columns, Chromium) + board
N["cda-2036-0214"] = dict(
    tool="chromium", stem="compagniedesalpes",
    reference="CDA-2036-0214", languages=["fr"],
    title={"en": None, "fr": "Technicien·ne de maintenance des remontées mécaniques (F/H)"},
    organisation={"en": None, "fr": "Compagnie des Alpes"},
    location={"en": None, "fr": "Bourg-Saint-Maurice – Les Arcs (73)"},
    schedule={"en": None, "fr": "Temps plein, 39 heures hebdomadaires (modulées selon la saison)"},
    deadline="2036-03-03",
    salary=sal(None, 2350, 2700, "EUR", "month"),
    grade=None,
    req={"en": None, "fr": {"essential": [
        "BTS maintenance des systèmes, électrotechnique ou CQP technicien de remontées mécaniques ;",
        "Deux ans d'expérience en maintenance industrielle ou sur des installations à câbles ;",
        "Habilitations électriques BR et B2V à jour ;",
        "Aptitude au travail en hauteur et en extérieur, par tous les temps.",
    ], "desirable": [
        "Connaissance des automates programmables ;",
        "Permis C ;",
        "Pratique du ski ou du snowboard.",
    ]}},
    comp={"en": None, "fr": comp([
        ("Sens de la sécurité", "vous appliquez les consignes sans exception, pour vous comme pour les clients."),
        ("Esprit d'équipe", "vous travaillez en binôme et passez les consignes à l'équipe suivante."),
        ("Autonomie", "vous organisez vos interventions dans le cadre du plan de maintenance."),
    ])},
)

CONTRACT_KEYS = ["reference", "post_number", "languages", "title", "organisation",
                 "location", "schedule", "deadline", "salary", "grade", "clearance",
                 "requirements", "competencies"]


def expected(key):
    d = N[key]
    return {
        "reference": d["reference"], "post_number": None, "languages": d["languages"],
        "title": d["title"], "organisation": d["organisation"], "location": d["location"],
        "schedule": d["schedule"], "deadline": d["deadline"], "salary": d["salary"],
        "grade": d["grade"], "clearance": None,
        "requirements": {"en": d["req"].get("en"), "fr": d["req"].get("fr")},
        "competencies": {"en": d["comp"].get("en"), "fr": d["comp"].get("fr")},
    }


def write_expected():
    os.makedirs(os.path.join(ROOT, "expected"), exist_ok=True)
    for k in N:
        with open(os.path.join(ROOT, "expected", k + ".json"), "w", encoding="utf-8") as f:
            json.dump(expected(k), f, ensure_ascii=False, indent=2)
            f.write("\n")


if __name__ == "__main__":
    write_expected()
    print(len(N), "expected files")
