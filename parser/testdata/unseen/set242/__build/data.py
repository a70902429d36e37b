# Contract data of corpus242: every expected string is taken from here by the renderers.
import json, os

def C(pairs):
    return [{"name": n, "description": d} for n, d in pairs]

def exp(reference, languages, title, organisation, location, schedule, deadline, salary, grade,
        clearance, req, comp):
    def both(v):
        return {l: v.get(l) for l in ("en", "fr")} if isinstance(v, dict) else None
    return {
        "reference": reference, "post_number": None, "languages": languages,
        "title": both(title), "organisation": both(organisation), "location": both(location),
        "schedule": both(schedule), "deadline": deadline, "salary": salary, "grade": grade,
        "clearance": clearance,
        "requirements": {l: req.get(l) for l in ("en", "fr")},
        "competencies": {l: comp.get(l) for l in ("en", "fr")},
    }

def S(amount=None, mn=None, mx=None, cur="EUR", period="year"):
    return {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": period}

N = {}

# 1 FIG — EN | FR side by side (WeasyPrint)
N["fig-sg-2037-12"] = exp(
    "FIG/SG/2037/12", ["en", "fr"],
    {"en": "Coordinator, Judges' Education Programmes",
     "fr": "Coordinateur·rice des programmes de formation des juges"},
    {"en": "International Gymnastics Federation (FIG)", "fr": "Fédération Internationale de Gymnastique (FIG)"},
    {"en": "Lausanne, Switzerland", "fr": "Lausanne (Suisse)"},
    {"en": "Full-time (100%), 42 hours per week", "fr": "Plein temps (100 %), 42 heures par semaine"},
    "2037-12-01", S(mn=98000, mx=112000, cur="CHF", period="year"), None, None,
    {"en": {"essential": [
        "University degree in sport science, education, languages or a related field;",
        "At least four years of experience in running training or certification programmes, ideally in sport;",
        "Fluent English and a very good command of French, written and spoken;",
        "Confident use of e-learning platforms, databases and office software."],
        "desirable": [
        "Experience as a gymnastics coach, judge or technical official;",
        "Knowledge of German, Spanish or Russian;",
        "Familiarity with the Olympic Movement and its governance."]},
     "fr": {"essential": [
        "Diplôme universitaire en sciences du sport, en pédagogie, en langues ou dans un domaine apparenté ;",
        "Au moins quatre ans d'expérience dans la gestion de programmes de formation ou de certification, idéalement dans le sport ;",
        "Maîtrise de l'anglais et très bonne maîtrise du français, à l'écrit comme à l'oral ;",
        "Aisance avec les plateformes d'apprentissage en ligne, les bases de données et la bureautique."],
        "desirable": [
        "Expérience d'entraîneur·e, de juge ou d'officiel·le technique en gymnastique ;",
        "Connaissance de l'allemand, de l'espagnol ou du russe ;",
        "Bonne connaissance du Mouvement olympique et de sa gouvernance."]}},
    {"en": C([("Rigour", "keeps course records, exam results and licences accurate to the last entry."),
              ("Diplomacy", "deals calmly with federations, judges and committee members of many cultures."),
              ("Initiative", "proposes improvements to courses and tools without waiting to be asked.")]),
     "fr": C([("Rigueur", "tient les dossiers de cours, les résultats d'examens et les brevets exacts jusqu'à la dernière ligne."),
              ("Sens diplomatique", "traite avec calme avec des fédérations, des juges et des membres de commissions de toutes cultures."),
              ("Esprit d'initiative", "propose des améliorations des cours et des outils sans attendre qu'on le lui demande.")])})

# 2 Anguilla — Word template with a header table (LibreOffice)
N["dpa-vac-37-041"] = exp(
    "DPA/VAC/37/041", ["en"], {"en": "Senior Fisheries Officer"}, {"en": "Government of Anguilla"},
    {"en": "The Valley, Anguilla"}, {"en": "40 hours per week, Monday to Friday"},
    "2037-12-03", S(mn=68412, mx=79860, cur="XCD", period="year"), "A11", None,
    {"en": {"essential": [
        "A Bachelor's degree in Fisheries Science, Marine Biology or a related discipline",
        "At least five years' experience in fisheries management or marine resource monitoring, two of them in a supervisory role",
        "Sound knowledge of stock assessment methods and data collection at landing sites",
        "A valid driving licence and the ability to work at sea in all seasons"],
        "desirable": [
        "A Master's degree in Fisheries or Coastal Zone Management",
        "Experience with regional bodies such as the CRFM or the OECS Commission",
        "A boat handling or Powerboat Level 2 certificate"]}},
    {"en": C([("Leadership", "guides and motivates a small team of officers and wardens."),
              ("Communication", "explains regulations clearly to fishers, boat owners and the public."),
              ("Planning and organising", "sets priorities and meets reporting deadlines."),
              ("Integrity", "applies the law fairly and consistently to all resource users.")])})

# 3 Shetland — criteria table (LibreOffice)
N["sic-ptd-37-0288"] = exp(
    "SIC/PTD/37/0288", ["en"], {"en": "Harbour Operations Technician"}, {"en": "Shetland Islands Council"},
    {"en": "Sella Ness, Sullom Voe, Shetland"}, {"en": "Full-time, 36 hours per week on a shift rota"},
    "2037-12-04", S(mn=33120, mx=36480, cur="GBP", period="year"), "F", None,
    {"en": {"essential": [
        "SVQ Level 3 or equivalent in an engineering or maritime discipline",
        "Experience of working on or around vessels, quays or port plant",
        "Ability to read technical drawings and keep accurate maintenance records",
        "Full UK driving licence",
        "Willingness to work shifts, weekends and public holidays"],
        "desirable": [
        "STCW basic safety training or a Boatmaster's licence",
        "Experience of oil or gas terminal operations",
        "Knowledge of the Port Marine Safety Code"]}},
    {"en": C([("Integrity", ""), ("Working together", ""), ("Taking responsibility", "")])})

# 4 HAROPA PORT — form with boxes (Chromium)
N["hp-drh-2037-0163"] = exp(
    "HP-DRH-2037-0163", ["fr"], {"fr": "Pontier éclusier régulateur (F/H)"}, {"fr": "HAROPA PORT"},
    {"fr": "Le Havre (76) – écluse François Ier"}, {"fr": "Travail posté en 3x8 (cycle continu)"},
    "2037-12-07", S(mn=2350, mx=2700, cur="EUR", period="month"), None, None,
    {"fr": {"essential": [
        "Bac professionnel ou BTS dans un domaine technique (électrotechnique, maintenance, maritime)",
        "Première expérience de conduite d'installations ou de travail en poste",
        "Capacité à lire un plan et à suivre une procédure d'exploitation",
        "Aptitude médicale au travail de nuit et en hauteur"],
        "desirable": [
        "Permis bateau ou certificat de capacité fluviale",
        "Connaissance de l'anglais maritime (SMCP)",
        "Habilitation électrique B1V/BR"]}},
    {"fr": C([("Vigilance", ""), ("Sang-froid", ""), ("Sens du travail en équipe", "")])})

# 5 BVI — cover page (pdflatex)
N["dhr-118-of-2037"] = exp(
    "DHR 118 of 2037", ["en"], {"en": "Geographic Information Systems Analyst"},
    {"en": "Government of the Virgin Islands"}, {"en": "Road Town, Tortola"},
    {"en": "Full-time, Monday to Friday, 8:30 a.m. to 4:30 p.m."},
    "2037-12-09", S(mn=52404, mx=63912, cur="USD", period="year"), "12", None,
    {"en": {"essential": [
        "A Bachelor's degree in Geography, Geomatics, Surveying or a related field",
        "At least three years' experience in GIS analysis and map production",
        "Working knowledge of ArcGIS or QGIS and of relational databases",
        "Good written and oral communication skills"],
        "desirable": [
        "A postgraduate certificate in Remote Sensing or Land Administration",
        "Experience of cadastral or land registry data",
        "Knowledge of Python scripting for spatial data"]}},
    {"en": C([("Analytical thinking", "breaks complex spatial questions into clear, testable steps."),
              ("Customer service", "responds courteously and promptly to ministries and members of the public."),
              ("Accountability", "owns the accuracy of every dataset released.")])})

# 6 IIHF — three pages with running heads (WeasyPrint)
N["iihf-hr-2037-09"] = exp(
    "IIHF-HR-2037-09", ["en"], {"en": "Event Operations Manager"},
    {"en": "International Ice Hockey Federation (IIHF)"}, {"en": "Zurich, Switzerland"},
    {"en": "Full-time (100%)"},
    "2037-12-10", S(mn=118000, mx=132000, cur="CHF", period="year"), None, None,
    {"en": {"essential": [
        "A university degree in sport management, event management or business administration",
        "At least six years of experience in delivering international sport events, three of them in a management role",
        "Proven ability to manage budgets, contracts and suppliers",
        "Fluent English; a second IIHF language is an advantage",
        "Willingness to travel up to 90 days a year, mostly between April and June"],
        "desirable": [
        "Knowledge of ice hockey and its competition rules",
        "Experience with accreditation or ticketing systems",
        "German, French, Finnish, Swedish or Czech"]}},
    {"en": C([("Leadership", "builds and steers temporary teams of staff, volunteers and contractors."),
              ("Planning", "turns a four-year calendar into realistic operational plans."),
              ("Resilience", "stays calm and decisive when things change at short notice."),
              ("Collaboration", "works easily with hosts, broadcasters and partners.")])})

# 7 CNR — LaTeX with run-in headings (pdflatex)
N["cnr-rh-2037-214"] = exp(
    "CNR-RH-2037-214", ["fr"], {"fr": "Technicien·ne d'exploitation hydraulique (F/H)"},
    {"fr": "Compagnie nationale du Rhône (CNR)"}, {"fr": "Bollène (Vaucluse)"},
    {"fr": "Temps plein (35 heures hebdomadaires)"},
    "2037-12-11", S(mn=30000, mx=34000, cur="EUR", period="year"), None, None,
    {"fr": {"essential": [
        "un BTS ou un DUT en électrotechnique, en maintenance industrielle ou en génie électrique ;",
        "une première expérience en exploitation ou en maintenance d'installations industrielles ;",
        "le permis B, indispensable pour les déplacements entre les ouvrages ;",
        "une aisance avec les outils de supervision et la GMAO."],
        "desirable": [
        "une connaissance des ouvrages hydrauliques ou fluviaux ;",
        "une habilitation électrique HTA ;",
        "une pratique de l'anglais technique."]}},
    {"fr": C([("Rigueur", ""), ("Sens de la sécurité", ""), ("Esprit d'équipe", "")])})

# 8 IBU — poster with a sidebar (Chromium)
N["ibu-2037-17"] = exp(
    "IBU-2037-17", ["en"], {"en": "Sport Data and Timing Coordinator"},
    {"en": "International Biathlon Union (IBU)"}, {"en": "Anif (Salzburg), Austria"},
    {"en": "Full-time (40 hours per week)"},
    "2037-12-14", S(amount=58800, cur="EUR", period="year"), None, None,
    {"en": {"essential": [
        "Degree in computer science, sports technology or a comparable field",
        "At least three years of experience with timing, scoring or results systems",
        "Good command of SQL and of data exchange formats such as XML and JSON",
        "Fluent English"],
        "desirable": [
        "Experience at winter sport events",
        "German or Norwegian",
        "Knowledge of biathlon competition rules"]}},
    {"en": []})

# 9 CNL — brochure with coloured bands, EN then FR (WeasyPrint)
N["cnl-37-4471"] = exp(
    "CNL-37-4471", ["en", "fr"],
    {"en": "Radiation Protection Technician", "fr": "Technicien ou technicienne en radioprotection"},
    {"en": "Canadian Nuclear Laboratories (CNL)", "fr": "Laboratoires Nucléaires Canadiens (LNC)"},
    {"en": "Chalk River, Ontario", "fr": "Chalk River (Ontario)"},
    {"en": "Full-time, 37.5 hours per week (rotating shifts)",
     "fr": "Temps plein, 37,5 heures par semaine (quarts rotatifs)"},
    "2037-12-15", S(mn=74300, mx=89100, cur="CAD", period="year"), None,
    "Site Access Security Clearance (SASC)",
    {"en": {"essential": [
        "Two-year college diploma in radiation safety, nuclear technology or a related science",
        "Two years of experience in radiological monitoring in a licensed facility",
        "Knowledge of the Radiation Protection Regulations and ALARA principles",
        "Ability to wear respiratory protection and work in confined spaces"],
        "desirable": [
        "Canadian Radiation Protection Association (CRPA) registration",
        "Experience in decommissioning or waste management projects",
        "Bilingualism (English and French)"]},
     "fr": {"essential": [
        "Diplôme collégial de deux ans en radioprotection, en technologie nucléaire ou dans une science connexe",
        "Deux années d'expérience en surveillance radiologique dans une installation autorisée",
        "Connaissance du Règlement sur la radioprotection et du principe ALARA",
        "Capacité à porter un appareil de protection respiratoire et à travailler en espace clos"],
        "desirable": [
        "Inscription à l'Association canadienne de radioprotection (ACRP)",
        "Expérience de projets de déclassement ou de gestion des déchets",
        "Bilinguisme (anglais et français)"]}},
    {"en": C([("Safety first", "stops work when conditions are not as planned."),
              ("Teamwork", "shares information openly with crews and supervisors.")]),
     "fr": C([("La sécurité d'abord", "arrête le travail lorsque les conditions ne sont pas celles prévues."),
              ("Travail d'équipe", "partage l'information avec les équipes et les superviseurs.")])})

# 10 Groupe ADP — landscape page in columns (LibreOffice)
N["adp-2037-0519"] = exp(
    "ADP-2037-0519", ["fr"], {"fr": "Agent·e de maintenance du balisage lumineux (F/H)"},
    {"fr": "Groupe ADP"}, {"fr": "Aéroport Paris-Charles de Gaulle, Roissy-en-France (95)"},
    {"fr": "Horaires postés en 3x8, week-ends et jours fériés par roulement"},
    "2037-12-17", S(mn=28500, mx=32000, cur="EUR", period="year"), None, None,
    {"fr": {"essential": [
        "Bac pro ou BTS en électrotechnique ou en maintenance des systèmes",
        "Habilitations électriques BT et HTA (ou capacité à les obtenir)",
        "Expérience de la maintenance de réseaux d'éclairage ou de signalisation",
        "Permis B"],
        "desirable": [
        "Connaissance du milieu aéroportuaire et des règles de circulation côté piste",
        "Anglais technique",
        "Expérience du travail de nuit"]}},
    {"fr": C([("Rigueur", "vous appliquez les consignes de sécurité côté piste sans exception."),
              ("Réactivité", "vous intervenez vite lorsqu'un feu tombe en panne."),
              ("Esprit d'équipe", "vous transmettez les informations à chaque relève.")])})

def write(root):
    os.makedirs(os.path.join(root, "expected"), exist_ok=True)
    for k, v in N.items():
        with open(os.path.join(root, "expected", k + ".json"), "w", encoding="utf-8") as f:
            json.dump(v, f, ensure_ascii=False, indent=2)
            f.write("\n")

if __name__ == "__main__":
    write(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
