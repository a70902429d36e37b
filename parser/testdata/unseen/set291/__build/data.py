# All contract data of corpus291 (written blind). Every renderer takes the expected strings from here.
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def sal(mn, mx, cur, per, amount=None):
    return {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": per}


N = {}

# 1 ---------------------------------------------------------------- WFEO, EN | FR side by side (Chromium)
N["wfeo"] = dict(
    key="wfeo-hr-2042-01", ref="WFEO-HR-2042-01", langs=["en", "fr"],
    title={"en": "Programme Officer, Engineering Education and Accreditation",
           "fr": "Chargé·e de programme, formation et accréditation des ingénieurs"},
    org={"en": "World Federation of Engineering Organizations (WFEO)",
         "fr": "Fédération mondiale des organisations d'ingénieurs (FMOI)"},
    loc={"en": "Paris, France", "fr": "Paris (France)"},
    sched={"en": "Full-time (37.5 hours per week)", "fr": "Temps plein (37,5 heures par semaine)"},
    deadline="2042-01-09", salary=sal(58000, 66000, "EUR", "year"), grade=None,
    ess={"en": ["Master's degree in engineering, education sciences or a related field",
                "At least five years of experience in engineering education, quality assurance or programme accreditation",
                "Working knowledge of international accords on the mutual recognition of engineering degrees",
                "Fluency in English and French, spoken and written"],
         "fr": ["Master en ingénierie, en sciences de l'éducation ou dans un domaine voisin",
                "Au moins cinq ans d'expérience en formation des ingénieurs, en assurance qualité ou en accréditation de programmes",
                "Connaissance pratique des accords internationaux de reconnaissance mutuelle des diplômes d'ingénieur",
                "Maîtrise de l'anglais et du français, à l'oral comme à l'écrit"]},
    des={"en": ["Experience of working with national engineering institutions in Africa or Asia",
                "Knowledge of Spanish or Arabic"],
         "fr": ["Expérience de travail avec des institutions nationales d'ingénieurs en Afrique ou en Asie",
                "Connaissance de l'espagnol ou de l'arabe"]},
    comp={"en": [("Rigour", "checks every accreditation file against the agreed criteria before it goes to committee."),
                 ("Diplomacy", "brings member institutions with different traditions to a common position."),
                 ("Initiative", "proposes new partnerships rather than waiting to be asked.")],
          "fr": [("Rigueur", "vérifie chaque dossier d'accréditation au regard des critères convenus avant son passage en comité."),
                 ("Diplomatie", "amène des institutions membres aux traditions différentes à une position commune."),
                 ("Initiative", "propose de nouveaux partenariats sans attendre qu'on le lui demande.")]},
)

# 2 ---------------------------------------------------------------- Belize, Word header table (LibreOffice)
N["belize"] = dict(
    key="mps-vac-42-019", ref="MPS/VAC/42/019", langs=["en"],
    title={"en": "Hydrological Officer II", "fr": None},
    org={"en": "Government of Belize", "fr": None},
    loc={"en": "National Meteorological and Hydrological Service, Ladyville, Belize District", "fr": None},
    sched={"en": "40 hours per week, Monday to Friday, with stand-by duty in the flood season", "fr": None},
    deadline="2042-01-14", salary=sal(38520, 46740, "BZD", "year"), grade="Scale 20",
    ess={"en": ["Bachelor's degree in hydrology, civil engineering, geography or environmental science",
                "At least three years of experience in river gauging or hydrometric network maintenance",
                "Ability to process discharge data and rating curves with a spreadsheet or database",
                "Valid Belize driving licence"]},
    des={"en": ["Experience with telemetry stations and data loggers",
                "Working knowledge of Spanish"]},
    comp={"en": [("Accuracy", "records every reading and its conditions so that the data can be trusted years later."),
                 ("Teamwork", "shares field trips and duties fairly with the gauging crews."),
                 ("Resilience", "keeps working calmly when rivers rise and the forecasts change by the hour.")]},
)

# 3 ---------------------------------------------------------------- Dartmoor, criteria table (LibreOffice)
N["dartmoor"] = dict(
    key="dnp-hr-42-07", ref="DNP/HR/42/07", langs=["en"],
    title={"en": "Archaeology and Historic Landscapes Officer", "fr": None},
    org={"en": "Dartmoor National Park Authority", "fr": None},
    loc={"en": "Parke, Bovey Tracey, with regular work across the moor", "fr": None},
    sched={"en": "37 hours per week (flexible working hours scheme)", "fr": None},
    deadline="2042-01-16", salary=sal(33140, 36420, "GBP", "year"), grade="Grade F",
    # criteria table rows in table order: (attribute, criterion, E/D, assessed)
    rows=[("Qualifications", "Degree in archaeology, landscape history or a related subject", "E", "A"),
          ("Qualifications", "Membership of the Chartered Institute for Archaeologists, or working towards it", "D", "A"),
          ("Experience", "At least two years of experience of archaeological fieldwork or heritage casework", "E", "A / I"),
          ("Experience", "Experience of advising on planning applications that affect heritage assets", "E", "A / I"),
          ("Experience", "Experience of working with farmers, commoners or other land managers", "D", "I"),
          ("Skills", "Ability to read and interpret historic maps and aerial photographs", "E", "T"),
          ("Skills", "Working knowledge of GIS and of a historic environment record", "D", "A / T"),
          ("Other", "Full driving licence and ability to walk long distances over rough ground", "E", "A")],
    comp={"en": [("Care for the moor", ""), ("Working together", ""), ("Doing the right thing", "")]},
)
N["dartmoor"]["ess"] = {"en": [r[1] for r in N["dartmoor"]["rows"] if r[2] == "E"]}
N["dartmoor"]["des"] = {"en": [r[1] for r in N["dartmoor"]["rows"] if r[2] == "D"]}

# 4 ---------------------------------------------------------------- CNL, form with boxes (WeasyPrint)
N["cnl"] = dict(
    key="cnl-sg-2042-004", ref="CNL-SG-2042-004", langs=["fr"],
    title={"en": None, "fr": "Chargé·e d'instruction des aides à l'édition (F/H)"},
    org={"en": None, "fr": "Centre national du livre (CNL)"},
    loc={"en": None, "fr": "Hôtel d'Avejan, 53 rue de Verneuil, 75007 Paris"},
    sched={"en": None, "fr": "Temps complet (36 h 30 hebdomadaires, télétravail possible deux jours par semaine)"},
    deadline="2042-01-21", salary=sal(2650, 3100, "EUR", "month"), grade=None,
    ess={"fr": ["Formation supérieure en lettres, en métiers du livre ou en gestion des politiques culturelles ;",
                "Expérience d'au moins trois ans dans l'édition ou dans l'instruction de demandes de subvention ;",
                "Connaissance de la chaîne du livre et de ses acteurs ;",
                "Maîtrise des outils bureautiques et d'un logiciel de gestion des aides."]},
    des={"fr": ["Connaissance des règles de la commande publique ;",
                "Pratique de l'anglais pour les dossiers de traduction."]},
    comp={"fr": [("Sens de l'écoute", "accueille les éditeurs et comprend leurs projets avant d'en juger."),
                 ("Impartialité", "présente chaque dossier aux commissions avec la même exigence."),
                 ("Organisation", "tient les calendriers des commissions sans retard.")]},
)

# 5 ---------------------------------------------------------------- American Samoa, cover page (pdfTeX)
N["asg"] = dict(
    key="dhr-42-0031", ref="DHR-42-0031", langs=["en"],
    title={"en": "Vector Control Specialist II", "fr": None},
    org={"en": "American Samoa Government", "fr": None},
    loc={"en": "Department of Health, Environmental Health Division, Fagaalu, Tutuila", "fr": None},
    sched={"en": "Full-time, 40 hours per week (7:30 a.m. to 4:00 p.m.)", "fr": None},
    deadline="2042-01-23", salary=sal(17680, 21320, "USD", "year"), grade="Grade 11",
    ess={"en": ["Bachelor's degree in biology, public health or environmental science",
                "At least two years of experience in mosquito surveillance or vector control",
                "Ability to identify the main mosquito species of the territory under a microscope",
                "Valid American Samoa driver's license"]},
    des={"en": ["Pesticide applicator certification",
                "Ability to speak Samoan"]},
    comp={"en": [("Thoroughness", "inspects every trap and breeding site on the rota, whatever the weather."),
                 ("Communication", "explains dengue prevention to families and village councils in plain words."),
                 ("Safety", "handles larvicides and sprayers exactly as the label and the protocol require.")]},
)

# 6 ---------------------------------------------------------------- ILZSG, three pages, running heads (LibreOffice)
N["ilzsg"] = dict(
    key="ilzsg-sec-42-02", ref="ILZSG/SEC/42-02", langs=["en"],
    title={"en": "Statistician, Mine and Smelter Projects", "fr": None},
    org={"en": "International Lead and Zinc Study Group (ILZSG)", "fr": None},
    loc={"en": "Common Secretariat of the Study Groups, Lisbon, Portugal", "fr": None},
    sched={"en": "Full-time, 37.5 hours per week", "fr": None},
    deadline="2042-01-27", salary=sal(61200, 70800, "EUR", "year"), grade="Grade P3",
    ess={"en": ["Advanced university degree in statistics, economics, mining engineering or a related field",
                "At least five years of experience in commodity statistics or mineral market analysis",
                "Proven ability to build and maintain project databases with SQL or a comparable tool",
                "Excellent written English"]},
    des={"en": ["Knowledge of the lead and zinc industry and of its main producers",
                "Working knowledge of Portuguese, Spanish or Chinese"]},
    comp={"en": [("Analytical thinking", "reconciles conflicting sources and explains the choice made."),
                 ("Client focus", "answers member governments and industry advisers promptly and clearly."),
                 ("Integrity", "keeps confidential company data confidential."),
                 ("Planning", "meets the publication calendar of the monthly bulletin.")]},
)

# 7 ---------------------------------------------------------------- PNR Ballons des Vosges, run-in headings (pdfTeX)
N["pnrbv"] = dict(
    key="pnrbv-2042-02", ref="PNRBV-2042-02", langs=["fr"],
    title={"en": None, "fr": "Chargé·e de mission forêts d'altitude et biodiversité (F/H)"},
    org={"en": None, "fr": "Syndicat mixte du Parc naturel régional des Ballons des Vosges"},
    loc={"en": None, "fr": "Maison du Parc, Munster (Haut-Rhin)"},
    sched={"en": None, "fr": "Temps complet, 35 h hebdomadaires"},
    deadline="2042-01-29", salary=sal(2300, 2750, "EUR", "month"), grade=None,
    ess={"fr": ["d'un master en écologie forestière, en gestion des espaces naturels ou en foresterie ;",
                "d'une expérience d'au moins trois ans en gestion forestière ou en conservation ;",
                "d'une bonne connaissance des habitats forestiers de montagne ;",
                "du permis B."]},
    des={"fr": ["la connaissance du Grand Tétras et de ses exigences écologiques ;",
                "la pratique de la langue allemande."]},
    comp={"fr": [("Rigueur", ""), ("sens de la concertation", ""), ("endurance en montagne", "")]},
)

# 8 ---------------------------------------------------------------- FIL, poster with sidebar (Chromium)
N["fil"] = dict(
    key="fil-hr-2042-03", ref="FIL-HR-2042-03", langs=["en"],
    title={"en": "Development Manager, Natural Track Luge", "fr": None},
    org={"en": "International Luge Federation (FIL)", "fr": None},
    loc={"en": "Berchtesgaden, Germany (with travel to events)", "fr": None},
    sched={"en": "Full-time (40 hours per week)", "fr": None},
    deadline="2042-01-20", salary=sal(56000, 64000, "EUR", "year"), grade=None,
    ess={"en": ["Degree in sport management, sport science or a related field",
                "At least four years of experience in development programmes of a sports federation",
                "Experience of organising courses or camps for coaches and athletes",
                "Fluent English and good German"]},
    des={"en": ["Personal background in luge or another sliding sport",
                "Knowledge of Olympic Solidarity funding rules"]},
    comp={"en": [("Commitment", "goes the extra mile for small national federations."),
                 ("Flexibility", "adapts plans to snow, weather and changing calendars."),
                 ("Fair play", "treats every member federation the same way.")]},
)

# 9 ---------------------------------------------------------------- AU-IBAR, brochure with bands (Chromium)
N["auibar"] = dict(
    key="au-ibar-va-2042-05", ref="AU-IBAR/VA/2042/05", langs=["en", "fr"],
    title={"en": "Livestock Trade Policy Officer", "fr": "Chargé·e des politiques de commerce du bétail"},
    org={"en": "African Union – Inter-African Bureau for Animal Resources (AU-IBAR)",
         "fr": "Union africaine – Bureau interafricain des ressources animales (UA-BIRA)"},
    loc={"en": "AU-IBAR headquarters, Nairobi, Kenya", "fr": "Siège de l'UA-BIRA, Nairobi (Kenya)"},
    sched={"en": "Full-time, 40 hours per week", "fr": "Temps plein, 40 heures par semaine"},
    deadline="2042-01-30", salary=sal(51480, 59760, "USD", "year"), grade="P3",
    ess={"en": ["Master's degree in agricultural economics, veterinary science or international trade",
                "At least seven years of experience in livestock trade, sanitary standards or regional trade policy",
                "Good knowledge of the sanitary rules that govern trade in animals and animal products",
                "Fluency in English or French with a working knowledge of the other"],
         "fr": ["Master en économie agricole, en sciences vétérinaires ou en commerce international",
                "Au moins sept ans d'expérience dans le commerce du bétail, les normes sanitaires ou la politique commerciale régionale",
                "Bonne connaissance des règles sanitaires qui encadrent le commerce des animaux et des produits animaux",
                "Maîtrise de l'anglais ou du français et connaissance pratique de l'autre langue"]},
    des={"en": ["Experience with regional economic communities in Africa",
                "Knowledge of Arabic or Portuguese"],
         "fr": ["Expérience auprès des communautés économiques régionales africaines",
                "Connaissance de l'arabe ou du portugais"]},
    comp={"en": [("Strategic thinking", "links field evidence to continental policy choices."),
                 ("Networking", "builds trust with ministries, traders and herders' associations.")],
          "fr": [("Vision stratégique", "relie les constats de terrain aux choix de politique continentale."),
                 ("Travail en réseau", "gagne la confiance des ministères, des commerçants et des associations d'éleveurs.")]},
)

# 10 --------------------------------------------------------------- CMA Haute-Saône, landscape columns (WeasyPrint)
N["cma"] = dict(
    key="cma70-2042-rh-06", ref="CMA70-2042-RH-06", langs=["fr"],
    title={"en": None, "fr": "Conseiller·ère en développement des entreprises artisanales (F/H)"},
    org={"en": None, "fr": "Chambre de métiers et de l'artisanat de la Haute-Saône"},
    loc={"en": None, "fr": "Vesoul, avec permanences à Lure et à Gray"},
    sched={"en": None, "fr": "35 h hebdomadaires, du lundi au vendredi"},
    deadline="2042-01-31", salary=sal(28000, 32500, "EUR", "year"), grade=None,
    ess={"fr": ["Bac +3 à bac +5 en gestion d'entreprise, économie ou développement local",
                "Première expérience réussie dans le conseil aux TPE",
                "Bonne maîtrise de l'analyse financière et des outils bureautiques",
                "Permis B et véhicule personnel"]},
    des={"fr": ["Connaissance du secteur des métiers et de l'artisanat",
                "Expérience de l'animation de réunions ou d'ateliers"]},
    comp={"fr": [("Écoute", "comprend le projet du chef d'entreprise avant de proposer une solution."),
                 ("Pédagogie", "rend les chiffres clairs pour des artisans pressés."),
                 ("Autonomie", "organise seul·e ses tournées et ses rendez-vous.")]},
)


def expected(n):
    langs = n["langs"]
    out = {"reference": n["ref"], "post_number": None, "languages": langs}
    for f, src in (("title", "title"), ("organisation", "org"), ("location", "loc"), ("schedule", "sched")):
        out[f] = {l: (n[src].get(l) if l in langs else None) for l in ("en", "fr")}
    out["deadline"] = n["deadline"]
    out["salary"] = n["salary"]
    out["grade"] = n["grade"]
    out["clearance"] = None
    out["requirements"] = {l: ({"essential": n["ess"][l], "desirable": n["des"][l]} if l in langs else None)
                           for l in ("en", "fr")}
    out["competencies"] = {l: ([{"name": a, "description": b} for a, b in n["comp"][l]] if l in langs else None)
                           for l in ("en", "fr")}
    return out


def write_expected():
    os.makedirs(os.path.join(ROOT, "expected"), exist_ok=True)
    for n in N.values():
        with open(os.path.join(ROOT, "expected", n["key"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(expected(n), f, ensure_ascii=False, indent=2)
            f.write("\n")


if __name__ == "__main__":
    write_expected()
