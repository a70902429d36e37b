# -*- coding: utf-8 -*-
"""All contract data of corpus319; writes expected/. Renderers import N."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

def sal(mn, mx, cur, per, amount=None):
    return {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": per}

N = {}

# 1 ---------------------------------------------------------------- IUSSP (EN | FR side by side, Chromium)
N["iussp-vn-2044-02"] = dict(
    reference="IUSSP-VN-2044-02", languages=["en", "fr"],
    title={"en": "Training and Capacity-Building Officer",
           "fr": "Chargé·e de formation et d'appui aux jeunes démographes"},
    organisation={"en": "International Union for the Scientific Study of Population (IUSSP)",
                  "fr": "Union internationale pour l'étude scientifique de la population (UIESP)"},
    location={"en": "IUSSP Secretariat, Aubervilliers (Greater Paris), France",
              "fr": "Secrétariat de l'UIESP, Aubervilliers (Grand Paris), France"},
    schedule={"en": "Full-time, 37.5 hours per week", "fr": "Temps plein, 37,5 heures par semaine"},
    deadline="2044-05-04", salary=sal(3900, 4500, "EUR", "month"), grade=None,
    ess={"en": ["Master's degree in demography, statistics, sociology or public health",
                "Four years of experience in organising training workshops or summer schools for researchers",
                "Fluent English and French, spoken and written"],
         "fr": ["Master en démographie, en statistique, en sociologie ou en santé publique",
                "Quatre ans d'expérience dans l'organisation d'ateliers de formation ou d'écoles d'été pour chercheurs",
                "Maîtrise de l'anglais et du français, à l'oral comme à l'écrit"]},
    des={"en": ["Experience of online course platforms such as Moodle",
                "Working knowledge of Spanish or Portuguese"],
         "fr": ["Expérience des plateformes de cours en ligne comme Moodle",
                "Connaissance pratique de l'espagnol ou du portugais"]},
    comp={"en": [("Organisation", "keeps many small events on schedule without losing the detail."),
                 ("Listening", "understands what young researchers in very different countries need."),
                 ("Discretion", "handles grant and selection files with care.")],
          "fr": [("Organisation", "mène de front de nombreux petits événements sans perdre le détail."),
                 ("Écoute", "comprend les besoins de jeunes chercheurs de pays très différents."),
                 ("Discrétion", "traite avec soin les dossiers de bourses et de sélection.")]},
)

# 2 ---------------------------------------------------------------- Sint Maarten (Word header table, LibreOffice)
N["hrm-vac-44-019"] = dict(
    reference="HRM/VAC/44-019", languages=["en"],
    title={"en": "Senior Building Permit Evaluator", "fr": None},
    organisation={"en": "Government of Sint Maarten", "fr": None},
    location={"en": "Department of Permits, Government Administration Building, Philipsburg, Sint Maarten", "fr": None},
    schedule={"en": "40 hours per week, Monday to Friday, 7:30 a.m. to 4:00 p.m.", "fr": None},
    deadline="2044-05-06", salary=sal(4312, 6118, "XCG", "month"), grade="Scale 9",
    ess={"en": ["A completed HBO degree in civil engineering, architecture or building technology",
                "At least five years of experience in reviewing building plans or supervising construction",
                "Sound knowledge of the Building and Housing Ordinance and the hurricane building code",
                "Good command of English and Dutch, spoken and written",
                "A valid driver's license"],
         "fr": None},
    des={"en": ["Experience with a digital permit tracking system",
                "Knowledge of French or Spanish"], "fr": None},
    comp={"en": [("Integrity", "applies the rules in the same way to every applicant."),
                 ("Accuracy", "checks drawings, calculations and site reports thoroughly."),
                 ("Client focus", "explains decisions clearly to owners, architects and contractors."),
                 ("Coaching", "guides two junior evaluators in their daily work.")],
          "fr": None},
)

# 3 ---------------------------------------------------------------- North York Moors (criteria table, LibreOffice)
N["nym-44-018"] = dict(
    reference="NYM/44/018", languages=["en"],
    title={"en": "Dark Skies Project Officer", "fr": None},
    organisation={"en": "North York Moors National Park Authority", "fr": None},
    location={"en": "National Park Office, Helmsley (with evening fieldwork across the National Park)", "fr": None},
    schedule={"en": "37 hours per week, including some evenings and weekends", "fr": None},
    deadline="2044-05-09", salary=sal(33150, 36720, "GBP", "year"), grade="Band 6",
    ess={"en": ["A degree in environmental science, astronomy, planning or a related subject, or equivalent experience",
                "Experience of running public events or outreach programmes",
                "Ability to give planning advice on external lighting to householders and businesses",
                "Confidence in writing grant reports and short articles for a general audience",
                "A full driving licence and willingness to work at night in remote places"],
         "fr": None},
    des={"en": ["Knowledge of the International Dark Sky Reserve accreditation process",
             "Experience of using a sky quality meter or similar light monitoring kit",
             "Familiarity with volunteer management"],
         "fr": None},
    comp={"en": [("Curious", ""), ("Inclusive", ""), ("Responsible", "")], "fr": None},
)
N["nym-44-018"]["criteria"] = [  # (attribute, criterion, E/D, assessed by) in table order
    ("Qualifications", 0, "E", "Application"),
    ("Experience", 1, "E", "Application / interview"),
    ("Knowledge", "d0", "D", "Interview"),
    ("Skills", 2, "E", "Interview / task"),
    ("Experience", "d1", "D", "Application"),
    ("Communication", 3, "E", "Written task"),
    ("Experience", "d2", "D", "Application / interview"),
    ("Other", 4, "E", "Application"),
]

# 4 ---------------------------------------------------------------- CISALB (form with boxes, LibreOffice)
N["cisalb-2044-04"] = dict(
    reference="CISALB-2044-04", languages=["fr"],
    title={"fr": "Technicien·ne suivi de la qualité des eaux du lac (F/H)", "en": None},
    organisation={"fr": "Comité intersyndical pour l'assainissement du lac du Bourget (CISALB)", "en": None},
    location={"fr": "Chambéry (Savoie), avec sorties en bateau sur le lac du Bourget et terrain sur le bassin versant", "en": None},
    schedule={"fr": "Temps complet (37 h hebdomadaires avec RTT)", "en": None},
    deadline="2044-05-12", salary=sal(2150, 2600, "EUR", "month"), grade=None,
    ess={"fr": ["BTS ou licence professionnelle en gestion et maîtrise de l'eau, en analyses biologiques ou en environnement",
                "Pratique des prélèvements d'eau et de sédiments en milieu lacustre ou en rivière",
                "Maîtrise d'un tableur et des bases de données",
                "Permis B"],
         "en": None},
    des={"fr": ["Permis bateau (option côtière ou eaux intérieures)",
                "Connaissance de l'hydrobiologie des grands lacs alpins"], "en": None},
    comp={"fr": [("Rigueur", "vous respectez les protocoles d'échantillonnage et de traçabilité."),
                 ("Autonomie", "vous organisez seul·e vos tournées de terrain."),
                 ("Esprit d'équipe", "vous travaillez avec le laboratoire et les chargés de mission.")],
          "en": None},
)

# 5 ---------------------------------------------------------------- IPHC (cover page, WeasyPrint)
N["iphc-2044-ja-03"] = dict(
    reference="IPHC-2044-JA-03", languages=["en"],
    title={"en": "Otolith Laboratory Technician", "fr": None},
    organisation={"en": "International Pacific Halibut Commission (IPHC)", "fr": None},
    location={"en": "IPHC Secretariat, Seattle, Washington, United States", "fr": None},
    schedule={"en": "Full time, 40 hours per week (seasonal overtime in autumn)", "fr": None},
    deadline="2044-05-16", salary=sal(58400, 69900, "USD", "year"), grade="Level 4",
    ess={"en": ["Bachelor's degree in fisheries, marine biology or a related field",
                "One year of laboratory experience preparing or reading fish ageing structures",
                "Careful record keeping in spreadsheets or databases",
                "Ability to sit at a microscope for long periods"],
         "fr": None},
    des={"en": ["Experience with break-and-burn or thin-section otolith methods",
                "Field experience on a research or commercial fishing vessel"], "fr": None},
    comp={"en": [("Precision", "produces repeatable age readings and flags doubtful samples."),
                 ("Teamwork", "shares bench space and equipment fairly with port and sea samplers."),
                 ("Reliability", "meets the processing targets set before each stock assessment.")],
          "fr": None},
)

# 6 ---------------------------------------------------------------- INSG (three pages, pdflatex)
N["insg-va-44-02"] = dict(
    reference="INSG/VA/44-02", languages=["en"],
    title={"en": "Nickel Market Research Officer", "fr": None},
    organisation={"en": "International Nickel Study Group (INSG)", "fr": None},
    location={"en": "INSG Secretariat, Lisbon, Portugal", "fr": None},
    schedule={"en": "Full-time, 40 hours per week, flexible hours", "fr": None},
    deadline="2044-05-18", salary=sal(5480, 6390, "EUR", "month"), grade="P-3",
    ess={"en": ["Advanced university degree in economics, mining engineering, metallurgy or statistics",
                "At least five years of experience in commodity market analysis, preferably of base metals",
                "Proven ability to build and maintain supply and demand balances",
                "Excellent drafting skills in English"],
         "fr": None},
    des={"en": ["Knowledge of battery supply chains and nickel sulphate production",
                "Working knowledge of Portuguese, Chinese or Russian",
                "Experience of presenting to intergovernmental committees"], "fr": None},
    comp={"en": [("Analytical thinking", "turns scattered company and customs data into a consistent balance."),
                 ("Communication", "writes short, neutral reports that member governments trust."),
                 ("Planning", "delivers the monthly bulletin on time, every time."),
                 ("Networking", "keeps good working contacts with producers and national statistics offices.")],
          "fr": None},
)

# 7 ---------------------------------------------------------------- PNR Haut-Languedoc (LaTeX run-in, pdflatex)
N["pnrhl-2044-05"] = dict(
    reference="PNRHL-2044-05", languages=["fr"],
    title={"fr": "Chargé·e de mission forêt et bois (F/H)", "en": None},
    organisation={"fr": "Syndicat mixte du Parc naturel régional du Haut-Languedoc", "en": None},
    location={"fr": "Maison du Parc, Saint-Pons-de-Thomières (Hérault)", "en": None},
    schedule={"fr": "Temps complet, 35 h par semaine", "en": None},
    deadline="2044-05-20", salary=sal(2200, 2650, "EUR", "month"), grade=None,
    ess={"fr": ["un diplôme d'ingénieur ou un master en foresterie, en gestion des milieux naturels ou en aménagement ;",
                "une expérience de l'animation de projets avec des propriétaires privés ou des communes forestières ;",
                "une bonne connaissance de la filière bois et des documents de gestion durable ;",
                "le permis B."],
         "en": None},
    des={"fr": ["la pratique d'un logiciel de cartographie libre ;",
                "la connaissance des chartes forestières de territoire."], "en": None},
    comp={"fr": [("Pédagogie", "vous savez expliquer la gestion forestière à des publics variés"),
                 ("Diplomatie", "vous trouvez des compromis entre exploitants, chasseurs et associations"),
                 ("Autonomie", "vous organisez votre temps entre bureau et terrain")],
          "en": None},
)

# 8 ---------------------------------------------------------------- IFF (poster with sidebar, Chromium)
N["iff-off-2044-03"] = dict(
    reference="IFF-OFF-2044-03", languages=["en"],
    title={"en": "Competition and Referee Education Coordinator", "fr": None},
    organisation={"en": "International Floorball Federation (IFF)", "fr": None},
    location={"en": "IFF Office, Helsinki, Finland (hybrid, two office days a week)", "fr": None},
    schedule={"en": "Full-time, 37.5 hours per week", "fr": None},
    deadline="2044-05-24", salary=sal(3700, 4200, "EUR", "month"), grade=None,
    ess={"en": ["Degree in sport management, physical education or a related field",
                "Two years of experience in running competitions or education programmes in sport",
                "Good knowledge of floorball or another team sport played indoors",
                "Fluent English"],
         "fr": None},
    des={"en": ["Experience as a referee or referee instructor",
                "Knowledge of Finnish, Swedish, Czech or German"], "fr": None},
    comp={"en": [("Fair play", "treats every member association and official the same way."),
                 ("Energy", "keeps momentum through long tournament weeks."),
                 ("Clarity", "turns rule changes into simple training material.")],
          "fr": None},
)

# 9 ---------------------------------------------------------------- IGU / UGI (brochure with bands, WeasyPrint)
N["igu-sec-2044-01"] = dict(
    reference="IGU-SEC-2044-01", languages=["en", "fr"],
    title={"en": "Commissions Network Officer", "fr": "Chargé·e du réseau des commissions"},
    organisation={"en": "International Geographical Union (IGU)", "fr": "Union géographique internationale (UGI)"},
    location={"en": "IGU Secretariat, Bonn, Germany", "fr": "Secrétariat de l'UGI, Bonn (Allemagne)"},
    schedule={"en": "Part-time, 30 hours per week", "fr": "Temps partiel, 30 heures par semaine"},
    deadline="2044-05-26", salary=sal(3350, 3800, "EUR", "month"), grade=None,
    ess={"en": ["University degree in geography or a neighbouring discipline",
                "Three years of experience in supporting a scientific association, network or committee",
                "Excellent English and good French"],
         "fr": ["Diplôme universitaire en géographie ou dans une discipline voisine",
                "Trois ans d'expérience au service d'une association scientifique, d'un réseau ou d'un comité",
                "Excellent anglais et bon français"]},
    des={"en": ["Experience with a membership database or a customer relationship tool",
                "Working knowledge of German"],
         "fr": ["Expérience d'une base de données d'adhérents ou d'un outil de gestion de la relation",
                "Connaissance pratique de l'allemand"]},
    comp={"en": [("Reliability", "answers commission chairs quickly and follows up."),
                 ("Tact", "works with volunteers of many cultures and career stages.")],
          "fr": [("Fiabilité", "répond vite aux présidents de commission et assure le suivi."),
                 ("Tact", "travaille avec des bénévoles de cultures et de carrières très diverses.")]},
)

# 10 --------------------------------------------------------------- SMIDDEST (landscape in columns, LibreOffice)
N["smiddest-2044-02"] = dict(
    reference="SMIDDEST-2044-02", languages=["fr"],
    title={"fr": "Animateur·rice Natura 2000 estuaire et marais (F/H)", "en": None},
    organisation={"fr": "Syndicat mixte pour le développement durable de l'estuaire de la Gironde (SMIDDEST)", "en": None},
    location={"fr": "Blaye (Gironde), avec déplacements sur les deux rives de l'estuaire", "en": None},
    schedule={"fr": "35 heures hebdomadaires du lundi au vendredi, réunions en soirée possibles", "en": None},
    deadline="2044-05-30", salary=sal(27000, 31500, "EUR", "year"), grade=None,
    ess={"fr": ["Bac+3 à bac+5 en écologie, en gestion des espaces naturels ou en agronomie",
                "Première expérience d'animation d'un site Natura 2000 ou d'une démarche de concertation",
                "Connaissance des milieux estuariens et des zones humides littorales",
                "Permis B indispensable"],
         "en": None},
    des={"fr": ["Connaissance des mesures agroenvironnementales",
                "Pratique de QGIS"], "en": None},
    comp={"fr": [("Sens du contact", "vous dialoguez aussi bien avec les éleveurs qu'avec les élus."),
                 ("Méthode", "vous suivez des contrats et des indicateurs dans la durée."),
                 ("Adaptabilité", "vous acceptez le terrain par tous les temps et les réunions tardives.")],
          "en": None},
)

KEYS = ["reference", "post_number", "languages", "title", "organisation", "location", "schedule",
        "deadline", "salary", "grade", "clearance", "requirements", "competencies"]


def expected(k):
    d = N[k]
    out = {}
    out["reference"] = d["reference"]
    out["post_number"] = None
    out["languages"] = d["languages"]
    for f in ("title", "organisation", "location", "schedule"):
        out[f] = {"en": d[f]["en"], "fr": d[f]["fr"]}
    out["deadline"] = d["deadline"]
    out["salary"] = d["salary"]
    out["grade"] = d["grade"]
    out["clearance"] = None
    out["requirements"] = {l: ({"essential": d["ess"][l], "desirable": d["des"][l]} if l in d["languages"] else None)
                           for l in ("en", "fr")}
    out["competencies"] = {l: ([{"name": n, "description": s} for n, s in d["comp"][l]] if l in d["languages"] else None)
                           for l in ("en", "fr")}
    return {k2: out[k2] for k2 in KEYS}


if __name__ == "__main__":
    os.makedirs(os.path.join(ROOT, "expected"), exist_ok=True)
    for k in N:
        with open(os.path.join(ROOT, "expected", k + ".json"), "w", encoding="utf-8") as f:
            json.dump(expected(k), f, ensure_ascii=False, indent=2)
            f.write("\n")
    print(len(N), "expected files")
