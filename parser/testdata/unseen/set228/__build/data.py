"""Contract data of the ten notices of corpus228 (written blind).

Every expected string lives here; the renderers take them from this module, so
an expected string and its printed form cannot drift apart. Run this file to
(re)write expected/*.json.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def sal(amount=None, lo=None, hi=None, cur=None, period=None):
    return {"amount": amount, "min": lo, "max": hi, "currency": cur, "period": period}


def comp(*pairs):
    return [{"name": n, "description": d} for n, d in pairs]


N = {}

# 1 ---------------------------------------------------------------- IAU (EN | FR)
N["iau"] = dict(
    key="iau-gs-2036-04", reference="IAU/GS/2036/04", languages=["en", "fr"],
    title={"en": "Executive Assistant to the General Secretary",
           "fr": "Assistant(e) de direction du Secrétaire général"},
    organisation={"en": "International Astronomical Union (IAU)",
                  "fr": "Union astronomique internationale (UAI)"},
    location={"en": "Paris, France", "fr": "Paris (France)"},
    schedule={"en": "Full-time (39 hours per week)", "fr": "Temps plein (39 heures par semaine)"},
    deadline="2036-10-09", salary=sal(3650, cur="EUR", period="month"), grade=None,
    essential={"en": [
        "Bachelor's degree or equivalent in administration, languages or a related field;",
        "At least five years of experience as an executive or personal assistant in an international setting;",
        "Excellent written English and a very good command of French;",
        "Confident use of office software, shared calendars and online meeting tools."],
        "fr": [
        "Licence ou diplôme équivalent en administration, en langues ou dans un domaine apparenté ;",
        "Au moins cinq années d'expérience comme assistant(e) de direction dans un cadre international ;",
        "Excellente maîtrise de l'anglais écrit et très bonne maîtrise du français ;",
        "Aisance avec la bureautique, les agendas partagés et les outils de réunion en ligne."]},
    desirable={"en": [
        "Experience of organising large scientific meetings or general assemblies;",
        "Knowledge of a third language spoken by the membership;",
        "Familiarity with the governance of learned societies or scientific unions."],
        "fr": [
        "Expérience de l'organisation de grandes réunions scientifiques ou d'assemblées générales ;",
        "Connaissance d'une troisième langue parlée par les membres ;",
        "Bonne connaissance de la gouvernance des sociétés savantes ou des unions scientifiques."]},
    competencies={"en": comp(
        ("Discretion", "handles the confidential correspondence of the Officers with care."),
        ("Organisation", "keeps several calendars, deadlines and files moving at once without losing track."),
        ("Service orientation", "answers members, committees and visitors promptly and courteously.")),
        "fr": comp(
        ("Discrétion", "traite avec soin la correspondance confidentielle des membres du Bureau."),
        ("Sens de l'organisation", "mène de front plusieurs agendas, échéances et dossiers sans rien perdre de vue."),
        ("Sens du service", "répond aux membres, aux commissions et aux visiteurs avec rapidité et courtoisie."))},
)

# 2 ---------------------------------------------------------------- Bermuda (Word header table)
N["bermuda"] = dict(
    key="mpw-hwy-36-117", reference="MPW-HWY-36-117", languages=["en"],
    title={"en": "Highways Asset Engineer", "fr": None},
    organisation={"en": "Government of Bermuda", "fr": None},
    location={"en": "Hamilton, Pembroke Parish, Bermuda", "fr": None},
    schedule={"en": "Full-time, 35 hours per week (Monday to Friday)", "fr": None},
    deadline="2036-10-02", salary=sal(None, 94518, 121065, "BMD", "year"), grade="GS 47",
    essential={"en": [
        "A degree in civil engineering from an accredited university",
        "Chartered or professional engineer status, or working towards it within two years",
        "A minimum of five years of post-graduate experience in highway design, maintenance or asset management",
        "Working knowledge of pavement condition surveys and GIS-based asset registers",
        "A valid driver's licence"]},
    desirable={"en": [
        "A master's degree in transport or infrastructure engineering",
        "Experience of coastal road protection or slope stabilisation works",
        "Experience of managing contractors under NEC or FIDIC forms of contract"]},
    competencies={"en": comp(
        ("Technical judgement", "weighs risk, cost and public safety when setting repair priorities."),
        ("Communication", "explains engineering decisions plainly to residents, Ministers and contractors."),
        ("Planning and delivery", "turns the annual works programme into realistic monthly packages."),
        ("Integrity", "records inspections and decisions accurately, including unwelcome findings."))},
)

# 3 ---------------------------------------------------------------- St Helena (criteria table)
N["sthelena"] = dict(
    key="shg-enrp-2036-061", reference="SHG/ENRP/2036/061", languages=["en"],
    title={"en": "Marine Biosecurity Officer", "fr": None},
    organisation={"en": "St Helena Government", "fr": None},
    location={"en": "Jamestown, St Helena Island", "fr": None},
    schedule={"en": "Full-time, 37.5 hours per week", "fr": None},
    deadline="2036-10-06", salary=sal(None, 22410, 25020, "GBP", "year"), grade="C2",
    # criteria table rows in order: (area, text, E/D, assessed by)
    criteria=[
        ("Qualifications", "A-levels or equivalent in biology, environmental science or a related subject", "E", "A"),
        ("Qualifications", "Degree in marine science, fisheries or biosecurity", "D", "A"),
        ("Experience", "At least two years' experience of inspection, enforcement or quarantine work", "E", "A / I"),
        ("Experience", "Experience of boarding vessels or inspecting cargo at a port", "D", "A / I"),
        ("Skills and knowledge", "Ability to identify common marine invasive species and fouling organisms", "E", "I / T"),
        ("Skills and knowledge", "Good written English for inspection reports and formal notices", "E", "T"),
        ("Skills and knowledge", "Competent swimmer, able to complete a sea survival course", "E", "A"),
        ("Skills and knowledge", "Commercial diving qualification (HSE Scuba or equivalent)", "D", "A"),
    ],
    competencies={"en": comp(("Attention to detail", ""), ("Tact and firmness with port users", ""),
                             ("Reliability", ""))},
)
N["sthelena"]["essential"] = {"en": [c[1] for c in N["sthelena"]["criteria"] if c[2] == "E"]}
N["sthelena"]["desirable"] = {"en": [c[1] for c in N["sthelena"]["criteria"] if c[2] == "D"]}

# 4 ---------------------------------------------------------------- ASNR (form with boxes)
N["asnr"] = dict(
    key="asnr-drh-2036-0347", reference="ASNR-DRH-2036-0347", languages=["fr"],
    title={"en": None, "fr": "Inspecteur ou inspectrice de la radioprotection – domaine médical (F/H)"},
    organisation={"en": None, "fr": "Autorité de sûreté nucléaire et de radioprotection (ASNR)"},
    location={"en": None, "fr": "Division de Lyon – Lyon 3e (Rhône)"},
    schedule={"en": None, "fr": "Temps complet"},
    deadline="2036-10-13", salary=sal(None, 3100, 3800, "EUR", "month"), grade=None,
    essential={"fr": [
        "Diplôme d'ingénieur ou master en physique, physique médicale ou radioprotection",
        "Connaissance de la réglementation relative à la protection contre les rayonnements ionisants",
        "Aptitude à conduire une inspection et à rédiger une lettre de suite argumentée",
        "Permis B (déplacements fréquents dans la région)"]},
    desirable={"fr": [
        "Expérience en radiothérapie, en médecine nucléaire ou en radiologie interventionnelle",
        "Formation de conseiller en radioprotection"]},
    competencies={"fr": comp(("Rigueur", ""), ("Sens du dialogue", ""),
                             ("Capacité à gérer des situations tendues", ""))},
)

# 5 ---------------------------------------------------------------- Isles of Scilly (cover page)
N["scilly"] = dict(
    key="cios-env-2036-088", reference="CIOS/ENV/2036/088", languages=["en"],
    title={"en": "Waste and Recycling Operations Supervisor", "fr": None},
    organisation={"en": "Council of the Isles of Scilly", "fr": None},
    location={"en": "Moorwell, St Mary's, Isles of Scilly", "fr": None},
    schedule={"en": "37 hours per week, including a weekend rota", "fr": None},
    deadline="2036-10-16", salary=sal(None, 32076, 34314, "GBP", "year"), grade="G",
    essential={"en": [
        "Experience of supervising a team in waste, recycling, plant or facilities operations",
        "Working knowledge of waste regulations and duty-of-care record keeping",
        "Ability to plan rotas and keep a small fleet of vehicles and plant in service",
        "Full UK driving licence"]},
    desirable={"en": [
        "WAMITAB or CIWM qualification at level 3 or above",
        "Experience of island or remote-community logistics, including freight by sea",
        "Category C (HGV) licence"]},
    competencies={"en": comp(
        ("Safety first", "stops a job when it is unsafe and explains why."),
        ("One island team", "works across services and with the off-islands to share crews and plant."),
        ("Straight talking", "keeps residents and councillors informed, including when plans change."))},
)

# 6 ---------------------------------------------------------------- Cayman (three pages, running heads)
N["cayman"] = dict(
    key="nws-2036-014", reference="NWS/2036/014", languages=["en"],
    title={"en": "Meteorological Forecaster II", "fr": None},
    organisation={"en": "Cayman Islands Government", "fr": None},
    location={"en": "Owen Roberts International Airport, Grand Cayman", "fr": None},
    schedule={"en": "Full-time, 40 hours per week on a rotating shift roster", "fr": None},
    deadline="2036-10-20", salary=sal(None, 51696, 65760, "KYD", "year"), grade="H",
    essential={"en": [
        "Bachelor's degree in meteorology, atmospheric science or physics, with the WMO Basic Instruction Package for Meteorologists",
        "At least three years of operational forecasting experience, including aviation forecasts",
        "Proficiency in interpreting satellite, radar and numerical model products",
        "Ability to brief emergency managers calmly during severe weather"]},
    desirable={"en": [
        "Experience of tropical cyclone forecasting in the Caribbean region",
        "Knowledge of Python or R for verification and data analysis",
        "Training in marine forecasting"]},
    competencies={"en": comp(
        ("Accuracy", "checks observations and products before release and corrects errors promptly."),
        ("Composure", "keeps sound judgement during long shifts and severe weather events."),
        ("Customer focus", "tailors briefings to airlines, mariners and the public."))},
)

# 7 ---------------------------------------------------------------- Imprimerie Nationale (LaTeX run-in)
N["imprimerie"] = dict(
    key="in-rh-2036-052", reference="IN-RH-2036-052", languages=["fr"],
    title={"en": None, "fr": "Technicien·ne de maintenance – lignes d'impression sécurisée (F/H)"},
    organisation={"en": None, "fr": "Imprimerie Nationale"},
    location={"en": None, "fr": "Flers-en-Escrebieux (Nord)"},
    schedule={"en": None, "fr": "Travail posté en 3x8, 35 heures hebdomadaires en moyenne"},
    deadline="2036-10-23", salary=sal(2420, cur="EUR", period="month"), grade=None,
    essential={"fr": [
        "un BTS maintenance des systèmes ou un BUT génie électrique et informatique industrielle ;",
        "trois ans d'expérience au moins en maintenance de machines d'impression ou de conditionnement ;",
        "la lecture de schémas électriques et pneumatiques ;",
        "l'habilitation électrique BR ou la capacité à l'obtenir."]},
    desirable={"fr": [
        "la connaissance des presses offset ou jet d'encre industrielles ;",
        "une expérience dans un environnement soumis à des contrôles d'accès renforcés."]},
    competencies={"fr": comp(("Rigueur", ""), ("Réactivité face aux pannes", ""), ("Discrétion", ""))},
)

# 8 ---------------------------------------------------------------- World Rowing (poster, sidebar)
N["rowing"] = dict(
    key="wr-hr-2036-07", reference="WR-HR-2036-07", languages=["en"],
    title={"en": "Competition Services Coordinator", "fr": None},
    organisation={"en": "World Rowing", "fr": None},
    location={"en": "Lausanne, Switzerland", "fr": None},
    schedule={"en": "Full-time (100%)", "fr": None},
    deadline="2036-10-07", salary=sal(None, 86000, 97000, "CHF", "year"), grade=None,
    essential={"en": [
        "Degree in sport management, events or a related field",
        "Three years' experience in operations for international sports events",
        "Fluent English; good French or German",
        "Willingness to travel to regattas for up to ten weeks a year"]},
    desirable={"en": [
        "Rowing experience as an athlete, umpire or volunteer",
        "Knowledge of accreditation or entries software",
        "A third language"]},
    competencies={"en": []},
)

# 9 ---------------------------------------------------------------- FEI (brochure, EN then FR)
N["fei"] = dict(
    key="fei-hr-2036-11", reference="FEI/HR/2036/11", languages=["en", "fr"],
    title={"en": "Veterinary Programmes Officer", "fr": "Chargé·e des programmes vétérinaires"},
    organisation={"en": "Fédération Equestre Internationale (FEI)",
                  "fr": "Fédération Equestre Internationale (FEI)"},
    location={"en": "Lausanne, Switzerland", "fr": "Lausanne, Suisse"},
    schedule={"en": "Full-time (100%), Monday to Friday", "fr": "Plein temps (100 %), du lundi au vendredi"},
    deadline="2036-10-14", salary=sal(None, 92000, 104000, "CHF", "year"), grade=None,
    essential={"en": [
        "A veterinary degree recognised in Europe, or a degree in animal science with equine experience",
        "Three years' experience in equine health, welfare or regulatory work",
        "Ability to write clear guidance for National Federations and event organisers",
        "Fluent English, with good spoken French"],
        "fr": [
        "Diplôme de vétérinaire reconnu en Europe, ou diplôme en sciences animales avec une expérience équine",
        "Trois ans d'expérience en santé équine, en bien-être animal ou en réglementation",
        "Capacité à rédiger des lignes directrices claires pour les fédérations nationales et les organisateurs",
        "Anglais courant et bon français oral"]},
    desirable={"en": [
        "Experience of biosecurity planning at international events",
        "Knowledge of the anti-doping and medication rules for horses"],
        "fr": [
        "Expérience de la biosécurité lors d'événements internationaux",
        "Connaissance des règles antidopage et de médication applicables aux chevaux"]},
    competencies={"en": comp(
        ("Collaboration", "works with the veterinary, legal and sport teams so that rules stay consistent."),
        ("Rigour", "checks data and references before any guidance is published.")),
        "fr": comp(
        ("Collaboration", "travaille avec les équipes vétérinaire, juridique et sportive pour garder des règles cohérentes."),
        ("Rigueur", "vérifie les données et les références avant toute publication."))},
)

# 10 --------------------------------------------------------------- Monnaie de Paris (landscape columns)
N["monnaie"] = dict(
    key="mdp-pes-2036-029", reference="MDP-PES-2036-029", languages=["fr"],
    title={"en": None, "fr": "Conducteur·rice de presses monétaires (F/H)"},
    organisation={"en": None, "fr": "Monnaie de Paris"},
    location={"en": None, "fr": "Pessac (33) – établissement monétaire"},
    schedule={"en": None, "fr": "Temps plein – travail posté en 2x8"},
    deadline="2036-10-27", salary=sal(None, 27500, 31000, "EUR", "year"), grade=None,
    essential={"fr": [
        "CAP ou bac pro en conduite de systèmes industriels, productique ou mécanique",
        "Une première expérience de conduite de presse ou de ligne automatisée",
        "Respect rigoureux des consignes de sécurité et de traçabilité"]},
    desirable={"fr": [
        "Expérience en métallurgie ou en emboutissage",
        "CACES R489 (chariots élévateurs)"]},
    competencies={"fr": comp(
        ("Vigilance", "repère une anomalie de frappe avant qu'elle ne touche un lot entier."),
        ("Esprit d'équipe", "transmet les consignes clairement à l'équipe suivante."),
        ("Discrétion", "respecte les règles de confidentialité propres à un site sécurisé."))},
)


def expected(n):
    langs = n["languages"]

    def per(f):
        return {l: n[f].get(l) if l in langs else None for l in ("en", "fr")}
    return {
        "reference": n["reference"], "post_number": None, "languages": langs,
        "title": per("title"), "organisation": per("organisation"),
        "location": per("location"), "schedule": per("schedule"),
        "deadline": n["deadline"], "salary": n["salary"], "grade": n["grade"],
        "clearance": None,
        "requirements": {l: ({"essential": n["essential"][l], "desirable": n["desirable"][l]}
                             if l in langs else None) for l in ("en", "fr")},
        "competencies": {l: (n["competencies"][l] if l in langs else None) for l in ("en", "fr")},
    }


if __name__ == "__main__":
    os.makedirs(os.path.join(ROOT, "expected"), exist_ok=True)
    for n in N.values():
        with open(os.path.join(ROOT, "expected", n["key"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(expected(n), f, ensure_ascii=False, indent=2)
            f.write("\n")
    print(len(N), "expected files")
