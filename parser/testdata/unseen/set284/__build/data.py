# All contract data of corpus284 (every renderer takes the expected strings from here).
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def exp(ref, langs, title, org, loc, sched, deadline, salary, grade, req, comp):
    def two(d):
        return {"en": d.get("en"), "fr": d.get("fr")}
    return {
        "reference": ref, "post_number": None, "languages": langs,
        "title": two(title), "organisation": two(org), "location": two(loc),
        "schedule": two(sched), "deadline": deadline, "salary": salary,
        "grade": grade, "clearance": None,
        "requirements": {"en": req.get("en"), "fr": req.get("fr")},
        "competencies": {"en": comp.get("en"), "fr": comp.get("fr")},
    }


def sal(mn, mx, cur, per, amount=None):
    return {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": per}


def C(name, desc=""):
    return {"name": name, "description": desc}


N = {}

# 1 ---------------------------------------------------------------- IOE (EN | FR side by side)
N["ioe-hr-2041-06"] = exp(
    "IOE-HR-2041-06", ["en", "fr"],
    {"en": "Policy Adviser, Social Dialogue and Labour Standards",
     "fr": "Conseiller·ère politique, dialogue social et normes du travail"},
    {"en": "International Organisation of Employers (IOE)",
     "fr": "Organisation internationale des employeurs (OIE)"},
    {"en": "Geneva, Switzerland", "fr": "Genève (Suisse)"},
    {"en": "Full-time (40 hours per week)", "fr": "Plein temps (40 heures par semaine)"},
    "2041-06-03", sal(96000, 108000, "CHF", "year"), None,
    {"en": {"essential": [
        "Master's degree in law, economics, industrial relations or a related field",
        "At least six years of experience with an employers' organisation, a business association or a labour ministry",
        "Sound knowledge of international labour standards and of the supervisory system that applies them",
        "Excellent drafting skills in English and a good command of French or Spanish"],
        "desirable": [
        "Experience of tripartite negotiations at national or international level",
        "Knowledge of due diligence rules on supply chains"]},
     "fr": {"essential": [
        "Master en droit, en économie, en relations professionnelles ou dans un domaine voisin",
        "Au moins six ans d'expérience dans une organisation d'employeurs, une fédération d'entreprises ou un ministère du travail",
        "Bonne connaissance des normes internationales du travail et du système de contrôle qui les applique",
        "Excellentes qualités rédactionnelles en anglais et bonne maîtrise du français ou de l'espagnol"],
        "desirable": [
        "Expérience de négociations tripartites au niveau national ou international",
        "Connaissance des règles de diligence raisonnable dans les chaînes d'approvisionnement"]}},
    {"en": [C("Judgement", "weighs the interests of members from very different economies."),
            C("Persuasion", "defends a position firmly while keeping the door open to agreement."),
            C("Reliability", "delivers briefings on time, even during conference weeks.")],
     "fr": [C("Discernement", "met en balance les intérêts de membres issus d'économies très différentes."),
            C("Force de conviction", "défend une position avec fermeté tout en laissant la porte ouverte à un accord."),
            C("Fiabilité", "remet ses notes à temps, même pendant les semaines de conférence.")]})

# 2 ---------------------------------------------------------------- Tokelau (Word template, header table)
N["tps-vn-41-014"] = exp(
    "TPS/VN/41/014", ["en"],
    {"en": "Renewable Energy Systems Technician"},
    {"en": "Government of Tokelau"},
    {"en": "Department of Energy, Nukunonu Atoll, Tokelau"},
    {"en": "40 hours per week, Monday to Friday, with call-outs for outages"},
    "2041-06-05", sal(52400, 58900, "NZD", "year"), "Grade T5",
    {"en": {"essential": [
        "Trade certificate in electrical engineering or electrotechnology",
        "At least four years of experience maintaining solar photovoltaic and battery systems",
        "Ability to read wiring diagrams and inverter fault logs",
        "Good written and spoken English"],
        "desirable": [
        "Ability to speak Tokelauan",
        "Experience of training apprentices or community maintenance teams"]}},
    {"en": [C("Safety first", "isolates every circuit before work and never cuts corners on live equipment."),
            C("Resourcefulness", "keeps the grid running with the parts that reach the atoll by ship."),
            C("Community spirit", "explains outages and repairs to the Taupulega and to households.")]})

# 3 ---------------------------------------------------------------- Ceredigion (criteria table)
N["cyn-41-233"] = exp(
    "CYN/41/233", ["en"],
    {"en": "Countryside Access Officer"},
    {"en": "Ceredigion County Council"},
    {"en": "Canolfan Rheidol, Llanbadarn Fawr, Aberystwyth"},
    {"en": "37 hours per week"},
    "2041-06-07", sal(35745, 38626, "GBP", "year"), "Grade 8",
    {"en": {"essential": [
        "Degree or equivalent qualification in countryside management, ecology or geography",
        "Experience of maintaining public rights of way or managing access land",
        "Knowledge of the legislation on public rights of way and open access",
        "Ability to communicate in Welsh and English (level 3)",
        "Full driving licence and access to a vehicle for work"],
        "desirable": [
        "Experience of supervising volunteers or contractors",
        "Knowledge of the Wales Coast Path and its management",
        "Experience of using GIS to keep the definitive map"]}},
    {"en": [C("Customer focus"), C("Working as one team"), C("Owning our work")]})

# 4 ---------------------------------------------------------------- ONaCVG (form with boxes)
N["onacvg-drh-2041-112"] = exp(
    "ONACVG-DRH-2041-112", ["fr"],
    {"fr": "Chargé·e d'accompagnement des ressortissants (F/H)"},
    {"fr": "Office national des combattants et des victimes de guerre (ONaCVG)"},
    {"fr": "Service départemental du Calvados, 4 rue des Acadiens, Caen"},
    {"fr": "Temps complet (38 h 30 hebdomadaires avec RTT)"},
    "2041-06-10", sal(2240, 2610, "EUR", "month"), None,
    {"fr": {"essential": [
        "Connaissance des dispositifs d'aide sociale et de la réglementation des pensions militaires",
        "Expérience de l'accueil d'un public fragile ou endeuillé",
        "Maîtrise des outils bureautiques et d'un logiciel de gestion de dossiers",
        "Permis B (déplacements dans le département)"],
        "desirable": [
        "Connaissance du monde combattant et des associations d'anciens militaires",
        "Formation en travail social (DE CESF ou équivalent)"]}},
    {"fr": [C("Écoute", "accueille chaque ressortissant avec patience et respect."),
            C("Discrétion", "protège la confidentialité des situations personnelles."),
            C("Rigueur", "instruit les dossiers d'aide dans le respect des délais.")]})

# 5 ---------------------------------------------------------------- Kosrae (cover page)
N["ksg-op-2041-17"] = exp(
    "KSG/OP/2041-17", ["en"],
    {"en": "Medical Laboratory Scientist II"},
    {"en": "Kosrae State Government"},
    {"en": "Kosrae State Hospital, Tofol, Kosrae"},
    {"en": "Full-time, 40 hours per week with a rotating on-call roster"},
    "2041-06-12", sal(18720, 21340, "USD", "year"), "PL 22",
    {"en": {"essential": [
        "Bachelor's degree in medical laboratory science or a related health science",
        "Two years of experience in a hospital or public health laboratory",
        "Working knowledge of haematology, clinical chemistry and blood bank procedures",
        "Ability to communicate in English and Kosraean"],
        "desirable": [
        "Certification by a recognised laboratory board",
        "Experience with tuberculosis or dengue testing programmes"]}},
    {"en": [C("Accuracy", "runs controls before every batch and documents each result."),
            C("Integrity", "keeps patient information confidential in a small community."),
            C("Teamwork", "supports nurses and doctors during night and weekend call-outs.")]})

# 6 ---------------------------------------------------------------- ICAC (three pages, running heads)
N["icac-va-2041-03"] = exp(
    "ICAC/VA/2041/03", ["en"],
    {"en": "Statistician, Cotton Supply and Use"},
    {"en": "International Cotton Advisory Committee (ICAC)"},
    {"en": "ICAC Secretariat, Washington, D.C., United States"},
    {"en": "Full-time, 40 hours per week"},
    "2041-06-14", sal(78500, 89200, "USD", "year"), "P-2",
    {"en": {"essential": [
        "Advanced university degree in statistics, agricultural economics or econometrics",
        "At least three years of experience compiling commodity statistics or trade data",
        "Proficiency in R or Python and in a relational database",
        "Excellent written English"],
        "desirable": [
        "Knowledge of the cotton and textile value chain",
        "Working knowledge of French, Spanish or Chinese"]}},
    {"en": [C("Analytical thinking", "checks every series against independent sources before release."),
            C("Communication", "turns large tables into short notes that delegates can use."),
            C("Planning", "meets the publication calendar of the monthly review."),
            C("Cooperation", "works with national statistical correspondents in member countries.")]})

# 7 ---------------------------------------------------------------- PNR Haut-Jura (LaTeX run-in)
N["pnrhj-2041-05"] = exp(
    "PNRHJ-2041-05", ["fr"],
    {"fr": "Chargé·e de mission alpages et pastoralisme (F/H)"},
    {"fr": "Syndicat mixte du Parc naturel régional du Haut-Jura"},
    {"fr": "Maison du Parc, Lajoux (Jura)"},
    {"fr": "Temps complet, 37 heures hebdomadaires avec RTT"},
    "2041-06-18", sal(2150, 2520, "EUR", "month"), None,
    {"fr": {"essential": [
        "un diplôme de niveau bac + 3 à bac + 5 en agronomie, pastoralisme ou gestion des espaces naturels ;",
        "une expérience de l'animation de groupes d'éleveurs ou de groupements pastoraux ;",
        "une bonne connaissance des dispositifs agro-environnementaux ;",
        "le permis B et l'aptitude au travail de terrain en moyenne montagne."],
        "desirable": [
        "une connaissance des pelouses sommitales et des pré-bois du massif jurassien ;",
        "une pratique des outils de cartographie (QGIS)."]}},
    {"fr": [C("Sens du dialogue", "vous savez réunir éleveurs, forestiers et naturalistes autour d'une table."),
            C("Autonomie", "vous organisez vos tournées d'alpage seul·e."),
            C("Esprit de synthèse", "vous rédigez des comptes rendus courts et clairs.")]})

# 8 ---------------------------------------------------------------- World Sailing (poster + sidebar)
N["ws-hr-2041-11"] = exp(
    "WS-HR-2041-11", ["en"],
    {"en": "Race Officials Development Manager"},
    {"en": "World Sailing"},
    {"en": "London, United Kingdom (hybrid)"},
    {"en": "Full-time, 37.5 hours per week"},
    "2041-06-20", sal(52000, 58000, "GBP", "year"), None,
    {"en": {"essential": [
        "Qualification as an International Race Officer, Judge or Umpire, or equivalent national experience",
        "Experience of designing training courses for adult volunteers",
        "Confidence presenting to large groups, online and in person",
        "Willingness to travel for around 60 days a year"],
        "desirable": [
        "Knowledge of a second language used in sailing (French, Spanish or Italian)",
        "Experience of an e-learning platform"]}},
    {"en": [C("Fair play"), C("Clear communication"), C("Curiosity")]})

# 9 ---------------------------------------------------------------- Mano River Union (brochure, EN then FR)
N["mru-hr-2041-04"] = exp(
    "MRU/HR/2041/04", ["en", "fr"],
    {"en": "Programme Officer, Cross-Border Trade",
     "fr": "Chargé·e de programme, commerce transfrontalier"},
    {"en": "Mano River Union (MRU)", "fr": "Union du fleuve Mano (UFM)"},
    {"en": "MRU Secretariat, Freetown, Sierra Leone", "fr": "Secrétariat de l'UFM, Freetown (Sierra Leone)"},
    {"en": "Full-time (40 hours per week)", "fr": "Temps plein (40 heures par semaine)"},
    "2041-06-24", sal(3950, 4600, "USD", "month"), "P2",
    {"en": {"essential": [
        "Master's degree in economics, international trade or public policy",
        "Five years of experience in trade facilitation or regional integration programmes",
        "Fluency in English or French with a working knowledge of the other"],
        "desirable": [
        "Experience with customs or border agencies in West Africa",
        "Knowledge of the ECOWAS trade liberalisation scheme"]},
     "fr": {"essential": [
        "Master en économie, en commerce international ou en politiques publiques",
        "Cinq ans d'expérience dans la facilitation des échanges ou des programmes d'intégration régionale",
        "Maîtrise de l'anglais ou du français et bonne connaissance pratique de l'autre langue"],
        "desirable": [
        "Expérience auprès des douanes ou des services frontaliers en Afrique de l'Ouest",
        "Connaissance du schéma de libéralisation des échanges de la CEDEAO"]}},
    {"en": [C("Results orientation", "turns border studies into measures that traders feel."),
            C("Cultural sensitivity", "works easily with officials of the four member states.")],
     "fr": [C("Orientation résultats", "transforme les études frontalières en mesures concrètes pour les commerçants."),
            C("Sensibilité interculturelle", "travaille aisément avec les fonctionnaires des quatre États membres.")]})

# 10 --------------------------------------------------------------- Chambre d'agriculture de la Corrèze (landscape, columns)
N["ca19-rh-2041-08"] = exp(
    "CA19-RH-2041-08", ["fr"],
    {"fr": "Conseiller·ère circuits courts et agriculture biologique (F/H)"},
    {"fr": "Chambre d'agriculture de la Corrèze"},
    {"fr": "Tulle (19), avec déplacements dans tout le département"},
    {"fr": "Temps plein, 35 heures hebdomadaires"},
    "2041-06-27", sal(30000, 34000, "EUR", "year"), None,
    {"fr": {"essential": [
        "Diplôme d'ingénieur agronome ou BTS ACSE avec expérience ;",
        "Connaissance des filières courtes et de la restauration collective ;",
        "Aisance dans l'animation de réunions et de formations ;",
        "Permis B indispensable."],
        "desirable": [
        "Expérience en conversion à l'agriculture biologique ;",
        "Connaissance du territoire corrézien et de ses productions."]}},
    {"fr": [C("Pédagogie", "vous expliquez simplement la réglementation aux agriculteurs."),
            C("Réactivité", "vous répondez vite aux demandes des producteurs et des cantines."),
            C("Sens du réseau", "vous travaillez avec les collectivités et les coopératives.")]})


def write_expected():
    d = os.path.join(ROOT, "expected")
    os.makedirs(d, exist_ok=True)
    for k, v in N.items():
        with open(os.path.join(d, k + ".json"), "w", encoding="utf-8") as f:
            json.dump(v, f, ensure_ascii=False, indent=2)
            f.write("\n")


if __name__ == "__main__":
    write_expected()
