# All contract data of corpus235; renderers take every expected string from here.
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

def sal(amount=None, mn=None, mx=None, cur=None, per=None):
    return dict(amount=amount, min=mn, max=mx, currency=cur, period=per)

N = {}

# 1 UIA — EN | FR side by side (Chromium)
N["uia-sg-2037-03"] = dict(
    ref="UIA/SG/2037/03", langs=["en", "fr"], deadline="2037-05-05",
    salary=sal(amount=4850, cur="EUR", per="month"), grade=None, clearance=None,
    en=dict(title="Membership and Events Coordinator",
            org="International Union of Architects (UIA)", loc="Paris, France",
            sched="Full-time (37.5 hours per week)",
            ess=["Master's degree in architecture, international relations, communication or a related field;",
                 "At least four years of experience coordinating members, networks or international events;",
                 "Fluent English and French, both written and spoken;",
                 "Sound command of membership databases, spreadsheets and video-conference platforms."],
            des=["Experience with a professional body, chamber or federation;",
                 "Working knowledge of Spanish, Arabic or Chinese;",
                 "Familiarity with international architecture competitions and their rules."],
            comp=[("Diplomacy", "deals with member sections from many cultures with tact and patience."),
                  ("Planning", "keeps congress, forum and council calendars aligned months ahead."),
                  ("Reliability", "follows every request through to a clear answer.")]),
    fr=dict(title="Coordinateur·rice des membres et des événements",
            org="Union internationale des architectes (UIA)", loc="Paris (France)",
            sched="Temps plein (37,5 heures par semaine)",
            ess=["Master en architecture, relations internationales, communication ou domaine voisin ;",
                 "Au moins quatre années d'expérience dans la coordination de membres, de réseaux ou d'événements internationaux ;",
                 "Maîtrise courante de l'anglais et du français, à l'écrit comme à l'oral ;",
                 "Bonne maîtrise des bases de données d'adhérents, des tableurs et des plateformes de visioconférence."],
            des=["Expérience au sein d'un ordre professionnel, d'une chambre ou d'une fédération ;",
                 "Connaissance pratique de l'espagnol, de l'arabe ou du chinois ;",
                 "Bonne connaissance des concours internationaux d'architecture et de leurs règlements."],
            comp=[("Diplomatie", "échange avec des sections membres de cultures très diverses avec tact et patience."),
                  ("Sens de la planification", "tient à jour plusieurs mois à l'avance les calendriers du congrès, des forums et du Conseil."),
                  ("Fiabilité", "suit chaque demande jusqu'à une réponse claire.")]),
)

# 2 Montserrat — Word template with a header table (LibreOffice)
N["odg-hrmu-37-112"] = dict(
    ref="ODG/HRMU/37/112", langs=["en"], deadline="2037-05-07",
    salary=sal(mn=58212, mx=64860, cur="XCD", per="year"), grade="R 34", clearance=None,
    en=dict(title="Senior Building Inspector",
            org="Government of Montserrat", loc="Brades, Montserrat",
            sched="Full time, 37.5 hours per week (Monday to Friday, 8:00 am to 4:00 pm)",
            ess=["Diploma or Associate Degree in Building Technology, Civil Engineering or Architectural Technology",
                 "At least five years' post-qualification experience in building control, site supervision or construction",
                 "Working knowledge of the Montserrat Building Code and the Physical Planning Act",
                 "Ability to read and interpret structural drawings and specifications",
                 "Valid Montserrat driving licence"],
            des=["Bachelor's degree in a built-environment discipline",
                 "Training in hurricane- and seismic-resistant construction",
                 "Experience of enforcement work in a small island state"],
            comp=[("Technical judgement", "reaches sound decisions on compliance and explains them plainly."),
                  ("Integrity", "applies the rules consistently to every applicant, large or small."),
                  ("Communication", "writes clear inspection reports and notices."),
                  ("Team leadership", "guides and checks the work of two Building Inspectors.")]),
    fr=None,
)

# 3 Ascension — criteria table (LibreOffice)
N["aig-hr-2037-019"] = dict(
    ref="AIG/HR/2037/019", langs=["en"], deadline="2037-05-11",
    salary=sal(mn=27540, mx=30120, cur="GBP", per="year"), grade="AIG 5", clearance=None,
    en=dict(title="Water and Power Plant Technician",
            org="Ascension Island Government", loc="Georgetown, Ascension Island",
            sched="Full-time, 40 hours per week, with a standby rota",
            ess=["City & Guilds Level 3 (or equivalent) in electrical or mechanical engineering",
                 "Three years' experience of operating or maintaining generators, pumps or desalination equipment",
                 "Ability to fault-find on low-voltage control circuits",
                 "Good written English for log books and maintenance records",
                 "Willingness to take part in an out-of-hours standby rota"],
            des=["Experience of reverse-osmosis water treatment",
                 "18th Edition wiring regulations certificate",
                 "Experience of working in a remote or island location"],
            comp=[("Safety first", ""), ("Self-reliance", ""), ("Team spirit", "")]),
    fr=None,
)

# 4 Collège de France — form with boxes (WeasyPrint)
N["cdf-drh-2037-044"] = dict(
    ref="CDF-DRH-2037-044", langs=["fr"], deadline="2037-05-13",
    salary=sal(mn=2350, mx=2700, cur="EUR", per="month"), grade=None, clearance=None,
    en=None,
    fr=dict(title="Technicien·ne en gestion des collections de laboratoire (F/H)",
            org="Collège de France", loc="11, place Marcelin Berthelot, 75005 Paris",
            sched="Temps complet",
            ess=["Diplôme de niveau bac + 2 (BTS, BUT) en biologie, chimie ou gestion de laboratoire",
                 "Expérience d'au moins deux ans dans un laboratoire de recherche ou une collection scientifique",
                 "Connaissance des règles d'hygiène et de sécurité applicables aux produits chimiques",
                 "Maîtrise d'un logiciel de gestion de stocks ou d'une base de données"],
            des=["Habilitation au transport de matières dangereuses",
                 "Anglais technique (lecture de fiches de données de sécurité)",
                 "Connaissance de l'environnement de la recherche publique"],
            comp=[("Rigueur", ""), ("Sens de l'organisation", ""), ("Discrétion", ""), ("Esprit d'équipe", "")]),
)

# 5 Orkney — cover page (WeasyPrint) + board
N["oic-ed-37-0263"] = dict(
    ref="OIC/ED/37/0263", langs=["en"], deadline="2037-05-14",
    salary=sal(mn=38114, mx=42305, cur="GBP", per="year"), grade="J", clearance=None,
    en=dict(title="Harbour Operations Supervisor",
            org="Orkney Islands Council", loc="Harbour Office, Scapa, Orkney",
            sched="35 hours per week on a shift pattern including weekends",
            ess=["STCW or RYA qualification relevant to small-craft operations, or equivalent sea-going experience",
                 "Experience of supervising a team in a port, harbour or marine setting",
                 "Knowledge of pilotage, berthing and mooring operations",
                 "A full UK driving licence"],
            des=["Port Marine Safety Code training",
                 "Experience of oil-spill response or marine pollution exercises",
                 "Familiarity with vessel traffic monitoring systems"],
            comp=[("Calm under pressure", "takes clear decisions when weather and traffic change quickly."),
                  ("Working together", "builds trust with pilots, boat crews and harbour users."),
                  ("Safety focus", "puts people and the environment first in every operation.")]),
    fr=None,
)

# 6 IFLA — three pages with running heads (pdflatex)
N["ifla-hq-2037-07"] = dict(
    ref="IFLA-HQ-2037-07", langs=["en"], deadline="2037-05-18",
    salary=sal(mn=52000, mx=58500, cur="EUR", per="year"), grade=None, clearance=None,
    en=dict(title="Policy and Advocacy Officer (Copyright and Access)",
            org="International Federation of Library Associations and Institutions (IFLA)",
            loc="The Hague, Netherlands",
            sched="Full-time (38 hours per week)",
            ess=["A master's degree in law, information science, public policy or a related field",
                 "At least three years' experience of policy or advocacy work at national or international level",
                 "Good knowledge of copyright law and its exceptions for libraries",
                 "Excellent drafting skills in English"],
            des=["Experience of WIPO or other United Nations processes",
                 "Working knowledge of French, Spanish or Arabic",
                 "A background in a library or archive"],
            comp=[("Analytical thinking", "turns complex legal texts into clear positions."),
                  ("Persuasion", "presents the library case convincingly to officials and partners."),
                  ("Collaboration", "works across sections, regional offices and member associations.")]),
    fr=None,
)

# 7 Mobilier national — LaTeX run-in headings (pdflatex)
N["mn-rh-2037-015"] = dict(
    ref="MN-RH-2037-015", langs=["fr"], deadline="2037-05-20",
    salary=sal(amount=2180, cur="EUR", per="month"), grade=None, clearance=None,
    en=None,
    fr=dict(title="Restaurateur·rice de sièges et garnitures (F/H)",
            org="Mobilier national", loc="Paris 13e (manufacture des Gobelins)",
            sched="Temps complet, 38 heures 30 hebdomadaires",
            ess=["un diplôme des métiers d'art (DMA ou DN MADE) en tapisserie d'ameublement ou un titre équivalent ;",
                 "une expérience d'au moins trois ans en atelier de garniture traditionnelle ;",
                 "la maîtrise des techniques de crin, de sanglage et de guindage ;",
                 "une bonne connaissance des styles du mobilier français du XVIIe au XIXe siècle."],
            des=["une expérience de restauration sur des collections publiques ;",
                 "des notions de conservation préventive ;",
                 "la pratique du dessin technique ou de la photographie d'atelier."],
            comp=[("Patience", ""), ("Précision du geste", ""), ("Curiosité", "")]),
)

# 8 World Archery — poster with sidebar (Chromium) + board
N["wa-2037-hr-04"] = dict(
    ref="WA-2037-HR-04", langs=["en"], deadline="2037-05-22",
    salary=sal(mn=78000, mx=88000, cur="CHF", per="year"), grade=None, clearance=None,
    en=dict(title="Event Operations Manager",
            org="World Archery Federation", loc="Lausanne, Switzerland",
            sched="Full-time (100%)",
            ess=["University degree in sport management, event management or a related field",
                 "At least five years' experience delivering international sports events",
                 "Fluent English; good French",
                 "Experience of managing budgets and suppliers"],
            des=["Knowledge of archery or another Olympic target sport",
                 "Experience with results, accreditation or ticketing systems",
                 "A third language"],
            comp=[]),
    fr=None,
)

# 9 ISSA — brochure with coloured bands, EN then FR (WeasyPrint)
N["issa-vn-2037-06"] = dict(
    ref="ISSA/VN/2037/06", langs=["en", "fr"], deadline="2037-05-26",
    salary=sal(amount=81720, cur="USD", per="year"), grade="P3", clearance=None,
    en=dict(title="Technical Officer, Social Security Guidelines",
            org="International Social Security Association (ISSA)", loc="Geneva, Switzerland",
            sched="Full-time",
            ess=["Advanced university degree in social policy, economics, public administration or a related field",
                 "At least five years of professional experience in social security administration or policy",
                 "Excellent command of English and a good working knowledge of French",
                 "Proven ability to write technical guidance for practitioners"],
            des=["Experience in a national social security institution",
                 "Knowledge of Spanish or German",
                 "Experience of designing e-learning content"],
            comp=[("Technical expertise", "brings sound knowledge of how social security schemes are run."),
                  ("Client orientation", "listens to member institutions and answers their needs.")]),
    fr=dict(title="Spécialiste technique, Lignes directrices en matière de sécurité sociale",
            org="Association internationale de la sécurité sociale (AISS)", loc="Genève, Suisse",
            sched="Temps plein",
            ess=["Diplôme universitaire supérieur en politique sociale, économie, administration publique ou domaine connexe",
                 "Au moins cinq ans d'expérience professionnelle dans l'administration ou la politique de sécurité sociale",
                 "Excellente maîtrise de l'anglais et bonne connaissance pratique du français",
                 "Capacité avérée à rédiger des orientations techniques destinées aux praticiens"],
            des=["Expérience au sein d'une institution nationale de sécurité sociale",
                 "Connaissance de l'espagnol ou de l'allemand",
                 "Expérience de la conception de contenus d'apprentissage en ligne"],
            comp=[("Expertise technique", "apporte une solide connaissance du fonctionnement des régimes de sécurité sociale."),
                  ("Orientation vers les membres", "écoute les institutions membres et répond à leurs besoins.")]),
)

# 10 Chantiers de l'Atlantique — landscape page in columns (WeasyPrint) + board
N["cda-sn-2037-0381"] = dict(
    ref="CDA-SN-2037-0381", langs=["fr"], deadline="2037-05-28",
    salary=sal(mn=38000, mx=44000, cur="EUR", per="year"), grade=None, clearance="Secret",
    en=None,
    fr=dict(title="Préparateur·rice méthodes tuyauterie (F/H)",
            org="Chantiers de l'Atlantique", loc="Saint-Nazaire (44) – site de Penhoët",
            sched="Temps plein – horaires de journée, 35 heures",
            ess=["Bac + 2 en conception de produits industriels, chaudronnerie ou construction navale",
                 "Trois ans d'expérience minimum en méthodes ou en bureau d'études tuyauterie",
                 "Lecture aisée des plans isométriques et des nomenclatures",
                 "Maîtrise d'un outil de CAO 3D"],
            des=["Connaissance des normes de soudage des tuyauteries",
                 "Expérience de la construction navale ou de l'offshore",
                 "Anglais technique"],
            comp=[("Esprit d'analyse", "repère les incohérences entre plans, stocks et planning."),
                  ("Sens du terrain", "passe régulièrement à bord pour vérifier les montages."),
                  ("Esprit d'équipe", "travaille main dans la main avec les chefs d'équipe et le bureau d'études.")]),
)

def expected(k):
    n = N[k]
    out = {"reference": n["ref"], "post_number": None, "languages": n["langs"]}
    for f, src in (("title", "title"), ("organisation", "org"), ("location", "loc"), ("schedule", "sched")):
        out[f] = {l: (n[l][src] if n[l] else None) for l in ("en", "fr")}
    out["deadline"] = n["deadline"]
    out["salary"] = n["salary"]
    out["grade"] = n["grade"]
    out["clearance"] = n["clearance"]
    out["requirements"] = {l: ({"essential": n[l]["ess"], "desirable": n[l]["des"]} if n[l] else None) for l in ("en", "fr")}
    out["competencies"] = {l: ([{"name": a, "description": b} for a, b in n[l]["comp"]] if n[l] else None) for l in ("en", "fr")}
    order = ["reference", "post_number", "languages", "title", "organisation", "location", "schedule",
             "deadline", "salary", "grade", "clearance", "requirements", "competencies"]
    return {k2: out[k2] for k2 in order}

if __name__ == "__main__":
    os.makedirs(os.path.join(ROOT, "expected"), exist_ok=True)
    for k in N:
        with open(os.path.join(ROOT, "expected", k + ".json"), "w", encoding="utf-8") as f:
            json.dump(expected(k), f, ensure_ascii=False, indent=2)
            f.write("\n")
    print(len(N), "expected files")
