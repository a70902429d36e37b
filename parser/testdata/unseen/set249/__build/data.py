# All contract data of corpus249. Renderers take every expected string from here.
import json, os

def sal(amount=None, mn=None, mx=None, cur=None, period=None):
    return dict(amount=amount, min=mn, max=mx, currency=cur, period=period)

N = {}

N["fie-rh-2038-06"] = dict(
    reference="FIE-RH-2038-06", languages=["en", "fr"],
    title={"en": "Competitions and Refereeing Officer", "fr": "Chargé·e des compétitions et de l'arbitrage"},
    organisation={"en": "International Fencing Federation (FIE)", "fr": "Fédération Internationale d'Escrime (FIE)"},
    location={"en": "Lausanne, Switzerland", "fr": "Lausanne (Suisse)"},
    schedule={"en": "Full-time (100%), 41 hours per week", "fr": "Plein temps (100 %), 41 heures par semaine"},
    deadline="2038-07-01", salary=sal(None, 92000, 104000, "CHF", "year"), grade=None, clearance=None,
    req={"en": {"essential": [
        "University degree in sports administration, law or a related field",
        "At least four years of experience in the organisation of international sports competitions",
        "Excellent command of English and French, written and spoken",
        "Availability to travel to competitions on about 60 days a year"],
        "desirable": [
        "Experience of refereeing, judging or officiating in fencing or another combat sport",
        "Working knowledge of Spanish or Russian"]},
        "fr": {"essential": [
        "Diplôme universitaire en administration du sport, en droit ou dans un domaine voisin",
        "Au moins quatre ans d'expérience dans l'organisation de compétitions sportives internationales",
        "Excellente maîtrise de l'anglais et du français, à l'écrit comme à l'oral",
        "Disponibilité pour se rendre sur les compétitions environ 60 jours par an"],
        "desirable": [
        "Expérience de l'arbitrage ou du jugement en escrime ou dans un autre sport de combat",
        "Connaissance pratique de l'espagnol ou du russe"]}},
    comp={"en": [("Planning and organising", "sets realistic timelines for each competition and keeps them under pressure"),
                 ("Integrity", "applies the rules in the same way to every national federation"),
                 ("Communication", "explains technical decisions clearly to athletes, referees and organisers")],
          "fr": [("Planification et organisation", "fixe pour chaque compétition un calendrier réaliste et le tient sous pression"),
                 ("Intégrité", "applique les règles de la même manière à toutes les fédérations nationales"),
                 ("Communication", "explique clairement les décisions techniques aux athlètes, aux arbitres et aux organisateurs")]})

N["dps-vac-38-027"] = dict(
    reference="DPS/VAC/38/027", languages=["en"],
    title={"en": "Revenue Auditor II", "fr": None},
    organisation={"en": "Government of Saint Lucia", "fr": None},
    location={"en": "Inland Revenue Department, Castries", "fr": None},
    schedule={"en": "Full-time, 8:00 a.m. to 4:30 p.m., Monday to Friday", "fr": None},
    deadline="2038-07-02", salary=sal(None, 52416, 64320, "XCD", "year"), grade="14", clearance=None,
    req={"en": {"essential": [
        "Bachelor's degree in Accounting, Finance or Business Administration",
        "Three years of experience in auditing, tax administration or public accounting",
        "Sound knowledge of the Income Tax Act and the Value Added Tax Act of Saint Lucia",
        "Proficiency in spreadsheet software and computer-assisted audit techniques"],
        "desirable": [
        "Part-qualification in ACCA, CPA or an equivalent professional body",
        "Experience of auditing businesses in the tourism or construction sectors"]}, "fr": None},
    comp={"en": [("Analytical thinking", "examines records closely and draws sound conclusions from incomplete information"),
                 ("Integrity", "treats taxpayer information with strict confidentiality and impartiality"),
                 ("Customer focus", "deals courteously and firmly with taxpayers and their agents")], "fr": None})

N["cnes-ts-38-114"] = dict(
    reference="CnES/TS/38/114", languages=["en"],
    title={"en": "Building Standards Surveyor", "fr": None},
    organisation={"en": "Comhairle nan Eilean Siar", "fr": None},
    location={"en": "Council Offices, Sandwick Road, Stornoway, Isle of Lewis", "fr": None},
    schedule={"en": "Full-time, 35 hours per week", "fr": None},
    deadline="2038-07-06", salary=sal(None, 41208, 44871, "GBP", "year"), grade="LG9", clearance=None,
    req={"en": {"essential": [
        "A degree or HND in building surveying, architecture or civil engineering",
        "Experience of assessing building warrant applications against the Scottish building regulations",
        "A full UK driving licence and the ability to travel between the islands",
        "Sound knowledge of fire safety and accessibility standards in buildings",
        "Ability to manage a caseload and meet statutory response times"],
        "desirable": [
        "Membership of the RICS, CABE or an equivalent professional body",
        "Ability to speak Gaelic",
        "Knowledge of traditional island building construction"]}, "fr": None},
    comp={"en": [("Working together", ""), ("Taking responsibility", ""), ("Serving our communities", "")], "fr": None})

N["get-rh-2038-0412"] = dict(
    reference="GET-RH-2038-0412", languages=["fr"],
    title={"en": None, "fr": "Technicien·ne de maintenance caténaire (F/H)"},
    organisation={"en": None, "fr": "Getlink"},
    location={"en": None, "fr": "Terminal de Coquelles (Pas-de-Calais)"},
    schedule={"en": None, "fr": "Horaires postés en 2x12 (cycle jour / nuit)"},
    deadline="2038-07-08", salary=sal(None, 2480, 2860, "EUR", "month"), grade=None, clearance=None,
    req={"en": None, "fr": {"essential": [
        "BTS ou DUT en électrotechnique ou en maintenance des systèmes",
        "Expérience de deux ans minimum en maintenance de réseaux électriques haute tension",
        "Habilitations électriques HTA et HTB à jour ou à renouveler",
        "Aptitude médicale au travail de nuit et en hauteur"],
        "desirable": [
        "Connaissance des installations ferroviaires en tunnel",
        "Anglais technique de niveau B1"]}},
    comp={"en": None, "fr": [("Rigueur", ""), ("Sens de la sécurité", ""), ("Travail en équipe", ""), ("Réactivité", "")]})

N["pwd-38-061"] = dict(
    reference="PWD-38-061", languages=["en"],
    title={"en": "Senior Civil Engineer", "fr": None},
    organisation={"en": "Turks and Caicos Islands Government", "fr": None},
    location={"en": "Grand Turk", "fr": None},
    schedule={"en": "Full-time, 37.5 hours per week", "fr": None},
    deadline="2038-07-09", salary=sal(None, 62500, 74800, "USD", "year"), grade="G-11", clearance=None,
    req={"en": {"essential": [
        "Bachelor's degree in Civil Engineering from a recognised university",
        "Registration, or eligibility for registration, as a professional engineer",
        "Seven years of post-qualification experience, three of them in a supervisory role",
        "Experience of preparing tender documents and supervising road or drainage contracts"],
        "desirable": [
        "Master's degree in Structural or Coastal Engineering",
        "Experience of infrastructure recovery after hurricanes",
        "Knowledge of AutoCAD Civil 3D"]}, "fr": None},
    comp={"en": [("Leadership", "guides and develops a team of engineers and technicians"),
                 ("Technical judgement", "takes sound engineering decisions within budget and time limits"),
                 ("Stakeholder management", "works effectively with contractors, ministries and communities")], "fr": None})

N["cto-hr-2038-04"] = dict(
    reference="CTO/HR/2038/04", languages=["en"],
    title={"en": "Programme Manager, Rural Connectivity", "fr": None},
    organisation={"en": "Commonwealth Telecommunications Organisation (CTO)", "fr": None},
    location={"en": "London, United Kingdom", "fr": None},
    schedule={"en": "Full-time (35 hours per week)", "fr": None},
    deadline="2038-07-13", salary=sal(None, 58000, 66000, "GBP", "year"), grade=None, clearance=None,
    req={"en": {"essential": [
        "A postgraduate degree in telecommunications, engineering, economics or public policy",
        "At least seven years of experience in managing ICT development programmes",
        "Proven experience of working with governments and regulators in developing countries",
        "Excellent written and spoken English"],
        "desirable": [
        "Experience of universal service funds or spectrum policy",
        "Working knowledge of French or Portuguese",
        "A recognised project management qualification such as PRINCE2"]}, "fr": None},
    comp={"en": [("Strategic thinking", "links programme activities to the priorities of member countries"),
                 ("Partnership building", "develops trust with ministries, regulators, operators and donors"),
                 ("Delivering results", "plans work carefully and meets commitments on time and within budget"),
                 ("Respect for diversity", "works effectively with colleagues and partners from all Commonwealth regions")], "fr": None})

N["sgp-drh-2038-087"] = dict(
    reference="SGP-DRH-2038-087", languages=["fr"],
    title={"en": None, "fr": "Ingénieur·e méthodes tunnels (F/H)"},
    organisation={"en": None, "fr": "Société des grands projets (SGP)"},
    location={"en": None, "fr": "Saint-Denis (Seine-Saint-Denis)"},
    schedule={"en": None, "fr": "Forfait jours (209 jours par an)"},
    deadline="2038-07-15", salary=sal(None, 48000, 56000, "EUR", "year"), grade=None, clearance=None,
    req={"en": None, "fr": {"essential": [
        "un diplôme d'ingénieur en génie civil ou en géotechnique ;",
        "une expérience d'au moins cinq ans en travaux souterrains, en entreprise ou en maîtrise d'œuvre ;",
        "une bonne connaissance des méthodes de creusement au tunnelier et en méthode traditionnelle ;",
        "une aisance rédactionnelle pour les notes et avis techniques."],
        "desirable": [
        "une pratique des outils de modélisation numérique des sols ;",
        "une expérience sur un grand projet de transport urbain."]}},
    comp={"en": None, "fr": [("Esprit d'analyse", "vous savez décomposer un problème technique complexe"),
                             ("Sens du dialogue", "vous défendez vos avis face aux entreprises et aux maîtres d'œuvre"),
                             ("Rigueur", "vous documentez chaque décision et chaque hypothèse")]})

N["icf-2038-11"] = dict(
    reference="ICF-2038-11", languages=["en"],
    title={"en": "Events and Athlete Services Coordinator", "fr": None},
    organisation={"en": "International Canoe Federation (ICF)", "fr": None},
    location={"en": "Lausanne, Switzerland", "fr": None},
    schedule={"en": "80–100%", "fr": None},
    deadline="2038-07-20", salary=sal(None, 84000, 94000, "CHF", "year"), grade=None, clearance=None,
    req={"en": {"essential": [
        "Degree in sport management, event management or a related field",
        "Three years of experience in international sport events or athlete services",
        "Fluent English; good French",
        "Ability to travel for up to ten weeks a year, mostly at weekends"],
        "desirable": [
        "Background in canoe sprint, slalom or another paddle sport",
        "Experience with accreditation and entry systems"]}, "fr": None},
    comp={"en": [], "fr": None})

N["iala-vn-2038-02"] = dict(
    reference="IALA-VN-2038-02", languages=["en", "fr"],
    title={"en": "Technical Operations Manager (Marine Aids to Navigation)",
           "fr": "Responsable des opérations techniques (aides à la navigation maritime)"},
    organisation={"en": "International Organization for Marine Aids to Navigation (IALA)",
                  "fr": "Organisation internationale pour les aides à la navigation maritime (AISM)"},
    location={"en": "Saint-Germain-en-Laye, France", "fr": "Saint-Germain-en-Laye (France)"},
    schedule={"en": "Full-time (39 hours per week)", "fr": "Temps plein (39 heures par semaine)"},
    deadline="2038-07-22", salary=sal(6150, None, None, "EUR", "month"), grade=None, clearance=None,
    req={"en": {"essential": [
        "Master's degree in marine engineering, navigation or electronic engineering",
        "At least eight years of experience with a national aids-to-navigation authority or a maritime administration",
        "Knowledge of IALA standards and of the SOLAS Convention",
        "Fluent English"],
        "desirable": [
        "Experience of e-Navigation or VTS projects",
        "Good French"]},
        "fr": {"essential": [
        "Master en génie maritime, en navigation ou en électronique",
        "Au moins huit ans d'expérience au sein d'un service national d'aides à la navigation ou d'une administration maritime",
        "Connaissance des normes de l'AISM et de la Convention SOLAS",
        "Anglais courant"],
        "desirable": [
        "Expérience de projets d'e-Navigation ou de STM",
        "Bon niveau de français"]}},
    comp={"en": [("Technical leadership", "steers expert committees towards practical, consensual standards"),
                 ("Cooperation", "builds working relations with national members and industry")],
          "fr": [("Leadership technique", "oriente les comités d'experts vers des normes pratiques et consensuelles"),
                 ("Coopération", "noue des relations de travail avec les membres nationaux et l'industrie")]})

N["syc-2038-045"] = dict(
    reference="SYC-2038-045", languages=["fr"],
    title={"en": None, "fr": "Responsable d'exploitation de centre de tri (F/H)"},
    organisation={"en": None, "fr": "Syctom, l'agence métropolitaine des déchets ménagers"},
    location={"en": None, "fr": "Centre de tri de Romainville (Seine-Saint-Denis)"},
    schedule={"en": None, "fr": "Temps complet, 37 h 30 hebdomadaires avec RTT"},
    deadline="2038-07-27", salary=sal(None, 3400, 3900, "EUR", "month"), grade=None, clearance=None,
    req={"en": None, "fr": {"essential": [
        "Diplôme d'ingénieur ou master en environnement, génie des procédés ou génie industriel",
        "Expérience réussie de trois ans en exploitation d'installations industrielles",
        "Connaissance de la réglementation des installations classées (ICPE)",
        "Aptitude au management d'équipes et de prestataires"],
        "desirable": [
        "Connaissance des marchés publics d'exploitation",
        "Pratique d'un logiciel de supervision industrielle"]}},
    comp={"en": None, "fr": [("Leadership", "vous fédérez les équipes autour des objectifs de sécurité et de qualité"),
                             ("Sens du service public", "vous placez la continuité du service au cœur de vos décisions"),
                             ("Réactivité", "vous gérez les aléas d'exploitation avec calme")]})


def expected(key):
    d = N[key]
    langs = d["languages"]
    out = {"reference": d["reference"], "post_number": None, "languages": langs}
    for f in ("title", "organisation", "location", "schedule"):
        out[f] = {l: (d[f][l] if l in langs else None) for l in ("en", "fr")}
    out["deadline"] = d["deadline"]
    out["salary"] = d["salary"]
    out["grade"] = d["grade"]
    out["clearance"] = d["clearance"]
    out["requirements"] = {l: (d["req"][l] if l in langs else None) for l in ("en", "fr")}
    out["competencies"] = {l: ([{"name": n, "description": x} for n, x in d["comp"][l]] if l in langs else None)
                           for l in ("en", "fr")}
    # key order as the contract
    order = ["reference", "post_number", "languages", "title", "organisation", "location", "schedule",
             "deadline", "salary", "grade", "clearance", "requirements", "competencies"]
    return {k: out[k] for k in order}


def write_expected(root):
    os.makedirs(os.path.join(root, "expected"), exist_ok=True)
    for k in N:
        with open(os.path.join(root, "expected", k + ".json"), "w", encoding="utf-8") as f:
            json.dump(expected(k), f, ensure_ascii=False, indent=2)
            f.write("\n")
