# All contract data of corpus256; every renderer takes the expected strings from here.
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def sal(amount=None, mn=None, mx=None, cur=None, per=None):
    return {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": per}


def comp(pairs):
    return [{"name": n, "description": d} for n, d in pairs]


def notice(ref, langs, title, org, loc, sched, deadline, salary, grade=None, clearance=None,
           ess=None, des=None, comps=None):
    out = {"reference": ref, "post_number": None, "languages": langs,
           "title": {}, "organisation": {}, "location": {}, "schedule": {},
           "deadline": deadline, "salary": salary, "grade": grade, "clearance": clearance,
           "requirements": {}, "competencies": {}}
    for l in ("en", "fr"):
        present = l in langs
        out["title"][l] = title.get(l) if present else None
        out["organisation"][l] = org.get(l) if present else None
        out["location"][l] = loc.get(l) if present else None
        out["schedule"][l] = sched.get(l) if present else None
        out["requirements"][l] = ({"essential": ess[l], "desirable": des[l]} if present else None)
        out["competencies"][l] = (comp(comps[l]) if present else None)
    return out


N = {}

# 1. ISU -- EN | FR side by side (WeasyPrint)
N["isu-hr-2039-03"] = notice(
    "ISU/HR/2039/03", ["en", "fr"],
    {"en": "Sport Data and Results Officer", "fr": "Chargé·e des données et des résultats sportifs"},
    {"en": "International Skating Union (ISU)", "fr": "Union Internationale de Patinage (ISU)"},
    {"en": "Lausanne, Switzerland", "fr": "Lausanne (Suisse)"},
    {"en": "Full-time (100%), 41 hours per week", "fr": "Plein temps (100 %), 41 heures par semaine"},
    "2039-02-01", sal(None, 92000, 104000, "CHF", "year"),
    ess={"en": ["Master's degree in statistics, computer science, sport science or a related field;",
                "At least three years of experience in managing competition data, timing or scoring systems;",
                "Excellent command of English and a good working knowledge of French;",
                "Sound knowledge of SQL and of at least one scripting language."],
         "fr": ["Master en statistique, en informatique, en sciences du sport ou dans un domaine voisin ;",
                "Au moins trois ans d'expérience dans la gestion de données de compétition, de chronométrage ou de systèmes de notation ;",
                "Excellente maîtrise de l'anglais et bonne connaissance pratique du français ;",
                "Bonne connaissance du SQL et d'au moins un langage de script."]},
    des={"en": ["Experience as a technical official or data operator at international skating events;",
                "Knowledge of German, Dutch or Japanese."],
         "fr": ["Expérience d'officiel·le technique ou d'opérateur·rice de données lors d'épreuves internationales de patinage ;",
                "Connaissance de l'allemand, du néerlandais ou du japonais."]},
    comps={"en": [("Accuracy", "checks every score, protocol and ranking before it is published."),
                  ("Calm under pressure", "keeps results flowing during long competition days and late finishes."),
                  ("Team spirit", "shares knowledge with officials, volunteers and colleagues.")],
           "fr": [("Exactitude", "vérifie chaque note, chaque feuille de résultats et chaque classement avant publication."),
                  ("Sang-froid", "assure la continuité des résultats pendant de longues journées de compétition."),
                  ("Esprit d'équipe", "partage ses connaissances avec les officiels, les bénévoles et les collègues.")]})

# 2. Sark -- Word template with a header table (LibreOffice)
N["cp-hr-39-007"] = notice(
    "CP/HR/39/007", ["en"],
    {"en": "Harbourmaster, Maseline and Creux Harbours"},
    {"en": "Chief Pleas of Sark"},
    {"en": "Harbour Office, Maseline Harbour, Sark"},
    {"en": "37 hours per week, including a weekend and public holiday rota"},
    "2039-02-03", sal(None, 41250, 45900, "GBP", "year"),
    ess={"en": ["Master (Yachts) 200GT or an equivalent or higher certificate of competency",
                "At least five years' experience of small-vessel handling, pilotage or harbour operations",
                "Good working knowledge of port safety management and oil-spill response",
                "Ability to keep accurate records and to write clear reports to committees",
                "Willingness to live on Sark and to be on call outside normal hours"]},
    des={"en": ["Experience of managing harbour dues, licences or moorings",
                "VHF/DSC radio operator's certificate",
                "Knowledge of the island's tidal conditions"]},
    comps={"en": [("Leadership", "gives clear instructions to boatmen, contractors and visitors."),
                  ("Judgement", "weighs weather, tide and traffic before allowing any movement."),
                  ("Communication", "explains decisions courteously to islanders and visiting skippers."),
                  ("Integrity", "handles dues and records honestly and transparently.")]})

# 3. Tristan da Cunha -- criteria table (LibreOffice) + board copy
N["tdc-hr-39-02"] = notice(
    "TDC/HR/39/02", ["en"],
    {"en": "Agriculture and Natural Resources Officer"},
    {"en": "Tristan da Cunha Government"},
    {"en": "Edinburgh of the Seven Seas, Tristan da Cunha"},
    {"en": "Full-time, 37.5 hours per week (Monday to Friday)"},
    "2039-02-07", sal(None, 29860, 33410, "GBP", "year"), grade="Grade 6",
    ess={"en": ["Degree or HND in agriculture, animal science or environmental management",
                "Practical experience of livestock husbandry and pasture management",
                "Ability to plan and run a small departmental budget",
                "Able to work outdoors in all weathers and to lift and carry loads",
                "Willingness to live and work in a very small, remote community for the whole contract"]},
    des={"en": ["Experience of biosecurity or invasive-species control",
                "Competence in using GIS or a simple farm records database",
                "Experience of training or mentoring local staff"]},
    comps={"en": [("Self-reliance", ""), ("Respect for the community", ""), ("Practical problem-solving", "")]})

# 4. IGN -- form with boxes (Chromium)
N["ign-drh-2039-027"] = notice(
    "IGN-DRH-2039-027", ["fr"],
    {"fr": "Géomètre-topographe – équipe de levés terrain (F/H)"},
    {"fr": "Institut national de l'information géographique et forestière (IGN)"},
    {"fr": "73, avenue de Paris, 94160 Saint-Mandé"},
    {"fr": "Temps complet (38 h 30 hebdomadaires)"},
    "2039-02-09", sal(None, 2420, 2860, "EUR", "month"),
    ess={"fr": ["BTS ou BUT en métiers du géomètre-topographe, ou licence professionnelle équivalente",
                "Expérience d'au moins trois ans en levés GNSS et au tachéomètre",
                "Maîtrise d'un logiciel de DAO et d'un SIG (QGIS ou équivalent)",
                "Permis B en cours de validité"]},
    des={"fr": ["Pratique du lasergrammétrie ou de la photogrammétrie par drone",
                "Notions de géodésie et de systèmes de référence",
                "Anglais technique"]},
    comps={"fr": [("Rigueur", ""), ("Autonomie sur le terrain", ""), ("Sens du travail en équipe", ""),
                  ("Capacité d'adaptation", "")]})

# 5. Cook Islands -- cover page (pdfTeX)
N["opsc-2039-014"] = notice(
    "OPSC 2039/014", ["en"],
    {"en": "Senior Fisheries Compliance Officer"},
    {"en": "Cook Islands Government"},
    {"en": "Ministry of Marine Resources, Avarua, Rarotonga"},
    {"en": "Full-time, 40 hours per week; occasional sea patrols of up to ten days"},
    "2039-02-10", sal(None, 52400, 61300, "NZD", "year"), grade="Band 7",
    ess={"en": ["A tertiary qualification in fisheries science, law enforcement, maritime studies or a related field",
                "At least four years' experience in fisheries monitoring, control and surveillance",
                "Sound knowledge of regional fisheries agreements and vessel monitoring systems",
                "Ability to prepare evidence files and case reports to a prosecution standard",
                "Current driver's licence and a clean disciplinary record"]},
    des={"en": ["Fluency in Cook Islands Maori",
                "Certified fisheries observer or boarding officer training",
                "Experience of working with regional agencies on joint operations"]},
    comps={"en": [("Integrity", "acts impartially and protects confidential information."),
                  ("Leadership", "guides and develops a team of compliance officers."),
                  ("Teamwork", "works well with Police, Customs and the Maritime Surveillance Unit."),
                  ("Resilience", "stays effective during long patrols and difficult inspections.")]})

# 6. International Sugar Organization -- three pages with running heads and footers (WeasyPrint)
N["iso-vn-2039-01"] = notice(
    "ISO/VN/2039/01", ["en"],
    {"en": "Senior Economist (Market Analysis)"},
    {"en": "International Sugar Organization (ISO)"},
    {"en": "London, United Kingdom"},
    {"en": "Full-time, 35 hours per week"},
    "2039-02-14", sal(None, 71200, 79800, "GBP", "year"), grade="P-4",
    ess={"en": ["Advanced university degree in economics, agricultural economics or statistics",
                "At least eight years of progressively responsible experience in commodity market analysis",
                "Proven record of publishing market outlooks or quarterly reports",
                "Strong command of econometric software (R, Stata or Python) and of large trade databases",
                "Excellent written and spoken English"]},
    des={"en": ["Knowledge of French, Spanish or Portuguese",
                "Experience of the sugar, ethanol or sweetener sectors",
                "Experience in an intergovernmental organisation"]},
    comps={"en": [("Analytical thinking", "turns complex data into clear, usable findings for member governments."),
                  ("Communication", "presents results convincingly to Council delegates and the press."),
                  ("Planning and organising", "delivers the quarterly outlook on time, every time."),
                  ("Respect for diversity", "works effectively with colleagues and members from all regions.")]})

# 7. Parc national de Port-Cros -- LaTeX with run-in headings (pdfTeX)
N["pnpc-2039-06"] = notice(
    "PNPC-2039-06", ["fr"],
    {"fr": "Garde-moniteur·rice – secteur de Porquerolles (F/H)"},
    {"fr": "Parc national de Port-Cros"},
    {"fr": "Île de Porquerolles, Hyères (Var)"},
    {"fr": "Temps complet, 35 heures hebdomadaires annualisées"},
    "2039-02-16", sal(None, 2080, 2390, "EUR", "month"),
    ess={"fr": ["Diplôme de niveau bac + 2 dans le domaine de la gestion et de la protection de la nature ;",
                "Permis bateau (option côtière) et permis B ;",
                "Aptitude à la navigation et à la plongée en apnée ;",
                "Connaissance de la réglementation des espaces protégés ;"]},
    des={"fr": ["Commissionnement d'inspecteur·rice de l'environnement ;",
                "Certificat de plongée de niveau 2 ou équivalent ;",
                "Pratique de l'anglais ou de l'italien avec le public."]},
    comps={"fr": [("Sens du contact", ""), ("Discrétion", ""), ("Résistance physique", "")]})

# 8. World Triathlon -- poster with a sidebar (Chromium) + board copy
N["wt-2039-05"] = notice(
    "WT-2039-05", ["en"],
    {"en": "Events Operations Manager"},
    {"en": "World Triathlon"},
    {"en": "Lausanne, Switzerland (with international travel)"},
    {"en": "Full-time (100%)"},
    "2039-02-18", sal(None, 96000, 108000, "CHF", "year"),
    ess={"en": ["Degree in event management, sport administration or a related field",
                "At least five years of experience in delivering international multi-sport or endurance events",
                "Experience of managing budgets, contractors and local organising committees",
                "Fluent English; willingness to travel up to 100 days a year"]},
    des={"en": ["French or Spanish",
                "Experience with open-water safety plans",
                "Knowledge of triathlon, duathlon or para triathlon competition rules"]},
    comps={"en": []})

# 9. UCLG -- brochure with coloured bands, EN then FR (WeasyPrint)
N["uclg-ws-2039-04"] = notice(
    "UCLG-WS-2039-04", ["en", "fr"],
    {"en": "Policy Officer, Local Finance", "fr": "Chargé·e de mission politiques, finances locales"},
    {"en": "United Cities and Local Governments (UCLG)", "fr": "Cités et Gouvernements Locaux Unis (CGLU)"},
    {"en": "World Secretariat, Barcelona, Spain", "fr": "Secrétariat mondial, Barcelone (Espagne)"},
    {"en": "Full-time, 37.5 hours per week", "fr": "Temps plein, 37,5 heures par semaine"},
    "2039-02-22", sal(None, 43500, 49000, "EUR", "year"),
    ess={"en": ["Master's degree in public finance, economics, urban policy or a related field",
                "At least four years of experience in municipal finance, fiscal decentralisation or development finance",
                "Fluency in English and French",
                "Ability to draft policy papers and to coordinate multi-partner working groups"],
         "fr": ["Master en finances publiques, en économie, en politiques urbaines ou dans un domaine voisin",
                "Au moins quatre ans d'expérience en finances municipales, en décentralisation fiscale ou en financement du développement",
                "Maîtrise de l'anglais et du français",
                "Capacité à rédiger des notes d'orientation et à coordonner des groupes de travail multipartenaires"]},
    des={"en": ["Working knowledge of Spanish",
                "Experience in a local government association or a network of cities"],
         "fr": ["Connaissance pratique de l'espagnol",
                "Expérience au sein d'une association de collectivités locales ou d'un réseau de villes"]},
    comps={"en": [("Networking", "builds trust with mayors, finance officers and partners."),
                  ("Drafting", "writes concise, well-argued papers in two languages.")],
           "fr": [("Travail en réseau", "instaure la confiance avec les maires, les responsables financiers et les partenaires."),
                  ("Rédaction", "rédige des notes concises et argumentées dans deux langues.")]})

# 10. Grand Port Maritime de Marseille -- landscape page in columns (LibreOffice) + board copy
N["gpmm-2039-0112"] = notice(
    "GPMM-2039-0112", ["fr"],
    {"fr": "Technicien·ne de maintenance des écluses et ponts mobiles (F/H)"},
    {"fr": "Grand Port Maritime de Marseille"},
    {"fr": "Fos-sur-Mer (13) – bassins Ouest, centre d'exploitation de Fos"},
    {"fr": "Travail en équipes 2x8 du lundi au samedi, astreintes une semaine sur six"},
    "2039-02-24", sal(None, 34000, 39500, "EUR", "year"),
    ess={"fr": ["Bac + 2 en maintenance des systèmes (électrotechnique, mécanique ou automatismes)",
                "Trois ans d'expérience en maintenance d'ouvrages hydrauliques ou d'équipements industriels",
                "Habilitations électriques BR et B2V, ou aptitude à les obtenir",
                "Aptitude au travail en hauteur"]},
    des={"fr": ["Connaissance des automates Siemens S7",
                "CACES R486 (plates-formes élévatrices)",
                "Anglais technique"]},
    comps={"fr": [("Sens de la sécurité", "applique sans exception les consignes de consignation et de travail en hauteur."),
                  ("Réactivité", "diagnostique vite une panne pour limiter l'attente des navires à l'écluse."),
                  ("Esprit d'équipe", "partage les informations à chaque relève de poste.")]})


def write_expected():
    d = os.path.join(ROOT, "expected")
    os.makedirs(d, exist_ok=True)
    for k, v in N.items():
        with open(os.path.join(d, k + ".json"), "w", encoding="utf-8") as f:
            json.dump(v, f, ensure_ascii=False, indent=2)
            f.write("\n")


if __name__ == "__main__":
    write_expected()
