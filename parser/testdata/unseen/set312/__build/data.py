# -*- coding: utf-8 -*-
"""All contract data of corpus312 (written blind). Every renderer takes the expected
strings from here; `python3 data.py` writes expected/*.json."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def sal(mn, mx, cur, per, amount=None):
    return {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": per}


def comp(pairs):
    return [{"name": n, "description": d} for n, d in pairs]


N = {}

# 1. IAF -- EN | FR side by side (Chromium)
N["iaf"] = dict(
    key="iaf-vn-2043-03", ref="IAF-VN-2043-03", langs=["en", "fr"],
    title={"en": "Congress Programme Officer",
           "fr": "Chargé·e de la programmation des congrès"},
    org={"en": "International Astronautical Federation (IAF)",
         "fr": "Fédération internationale d'astronautique (IAF)"},
    loc={"en": "IAF Secretariat, Paris, France", "fr": "Secrétariat de l'IAF, Paris (France)"},
    sched={"en": "Full-time (37.5 hours per week)", "fr": "Temps plein (37,5 heures par semaine)"},
    deadline="2043-10-02", salary=sal(4200, 4800, "EUR", "month"), grade=None,
    req={"en": {"essential": [
        "Master's degree in aerospace engineering, space policy, physics or a related field",
        "Three years of experience in organising scientific conferences or technical programmes",
        "Excellent command of English and a good working knowledge of French",
    ], "desirable": [
        "Experience with abstract-management or peer-review platforms",
        "Knowledge of a third language of a member organisation",
    ]}, "fr": {"essential": [
        "Master en ingénierie aérospatiale, en politique spatiale, en physique ou dans un domaine apparenté",
        "Trois ans d'expérience dans l'organisation de conférences scientifiques ou de programmes techniques",
        "Excellente maîtrise de l'anglais et bonne connaissance pratique du français",
    ], "desirable": [
        "Expérience des plateformes de gestion des résumés ou d'évaluation par les pairs",
        "Connaissance d'une troisième langue d'une organisation membre",
    ]}},
    comp={"en": comp([
        ("Planning", "keeps several congress tracks on schedule at the same time."),
        ("Diplomacy", "deals calmly with session chairs from many space agencies."),
        ("Precision", "checks every programme line before it is printed."),
    ]), "fr": comp([
        ("Planification", "tient le calendrier de plusieurs sessions de congrès à la fois."),
        ("Diplomatie", "traite avec calme avec des présidents de session de nombreuses agences spatiales."),
        ("Précision", "vérifie chaque ligne du programme avant son impression."),
    ])},
)

# 2. Government of The Bahamas -- Word template with header table (LibreOffice)
N["bhs"] = dict(
    key="bps-43-027", ref="BPS-43-027", langs=["en"],
    title={"en": "Fisheries Inspector II", "fr": None},
    org={"en": "Government of The Bahamas", "fr": None},
    loc={"en": "Department of Marine Resources, East Bay Street, Nassau, New Providence", "fr": None},
    sched={"en": "Full-time, 37.5 hours per week (Monday to Friday, with boarding duties at weekends by rota)", "fr": None},
    deadline="2043-10-06", salary=sal(31650, 36600, "BSD", "year"), grade="T-19",
    req={"en": {"essential": [
        "Associate degree in Marine Science, Fisheries or Biology from an accredited institution",
        "Four (4) years' experience in fisheries management, enforcement or marine research",
        "A valid Bahamian driver's licence and the ability to swim 200 metres",
        "Knowledge of the Fisheries Resources (Jurisdiction and Conservation) Act and its regulations",
    ], "desirable": [
        "A Bachelor's degree in Marine Science or Fisheries Management",
        "A Powerboat Level 2 certificate or equivalent boat-handling qualification",
    ]}, "fr": None},
    comp={"en": comp([
        ("Integrity", "applies the conservation rules to every vessel in the same way."),
        ("Communication", "explains closed seasons and size limits to fishers clearly."),
        ("Resilience", "works long days at sea and on remote cays."),
    ]), "fr": None},
)

# 3. Lake District NPA -- criteria table (LibreOffice) + board copy
N["ldn"] = dict(
    key="ldnpa-43-062", ref="LDNPA/43/062", langs=["en"],
    title={"en": "Woodland and Hedgerow Officer", "fr": None},
    org={"en": "Lake District National Park Authority", "fr": None},
    loc={"en": "Murley Moss, Oxenholme Road, Kendal (with fieldwork across the National Park)", "fr": None},
    sched={"en": "37 hours per week, Monday to Friday", "fr": None},
    deadline="2043-10-07", salary=sal(36480, 40210, "GBP", "year"), grade="Grade 7",
    req={"en": {"essential": [
        "A degree in forestry, ecology, countryside management or a related subject",
        "At least two years' experience of planning woodland or hedgerow planting schemes",
        "Good knowledge of agri-environment and woodland grant schemes in England",
        "Ability to write clear management plans and reports for land managers",
        "A full driving licence and willingness to work outdoors in all weathers",
    ], "desirable": [
        "A chainsaw or brushcutter certificate (NPTC or Lantra)",
        "Experience of using QGIS or another mapping package",
        "Knowledge of traditional Cumbrian hedge-laying styles",
    ]}, "fr": None},
    comp={"en": comp([("Caring", ""), ("Collaborative", ""), ("Open-minded", "")]), "fr": None},
)

# 4. AudéLor -- form with boxes (WeasyPrint)
N["aud"] = dict(
    key="audelor-2043-11", ref="AUDELOR-2043-11", langs=["fr"],
    title={"en": None, "fr": "Chargé·e d'études mobilités et observation territoriale (F/H)"},
    org={"en": None, "fr": "Agence d'urbanisme, de développement économique et technologique du pays de Lorient (AudéLor)"},
    loc={"en": None, "fr": "Lorient (Morbihan), Maison de l'agglomération, quai du Péristyle"},
    sched={"en": None, "fr": "Temps complet (35 h hebdomadaires, du lundi au vendredi)"},
    deadline="2043-10-09", salary=sal(2450, 2900, "EUR", "month"), grade=None,
    req={"en": None, "fr": {"essential": [
        "Master en aménagement, urbanisme, géographie ou transports",
        "Première expérience (stage long ou emploi) en observation territoriale ou en études de déplacements",
        "Maîtrise d'un SIG (QGIS) et d'un tableur avancé",
        "Aisance rédactionnelle et goût pour la représentation graphique des données",
    ], "desirable": [
        "Connaissance des enquêtes ménages-déplacements et des comptages routiers",
        "Pratique de R ou de Python pour le traitement de données",
    ]}},
    comp={"en": None, "fr": comp([
        ("Rigueur", "fiabilise les séries statistiques d'une année sur l'autre."),
        ("Pédagogie", "rend les chiffres lisibles pour les élus et les partenaires."),
        ("Curiosité", "se tient informé·e des nouvelles sources de données."),
    ])},
)

# 5. Great Lakes Fishery Commission -- cover page (pdflatex)
N["glf"] = dict(
    key="glfc-ja-43-07", ref="GLFC-JA-43-07", langs=["en"],
    title={"en": "Sea Lamprey Assessment Biologist", "fr": None},
    org={"en": "Great Lakes Fishery Commission", "fr": None},
    loc={"en": "Ann Arbor, Michigan, with field seasons on the upper Great Lakes", "fr": None},
    sched={"en": "Full time (40 hours per week)", "fr": None},
    deadline="2043-10-13", salary=sal(68240, 80910, "USD", "year"), grade="GS 9-11",
    req={"en": {"essential": [
        "M.S. in fishery biology, aquatic ecology, quantitative ecology or a related discipline",
        "Two years of experience analysing population or stream-survey data",
        "Working knowledge of R and of relational databases",
        "A valid driver's license and a passport valid for travel to Canada",
    ], "desirable": [
        "Experience with mark-recapture or removal-sampling estimators",
        "Familiarity with lampricide treatment or barrier operations",
    ]}, "fr": None},
    comp={"en": comp([
        ("Analytical rigor", "documents every model choice so that others can repeat it."),
        ("Partnership", "works across U.S. and Canadian agencies and tribal governments."),
        ("Communication", "turns assessment results into plain briefings for commissioners."),
    ]), "fr": None},
)

# 6. International Jute Study Group -- three pages with running heads (LibreOffice) + e-mail
N["ijs"] = dict(
    key="ijsg-sec-43-01", ref="IJSG/SEC/43-01", langs=["en"],
    title={"en": "Jute Trade and Diversification Officer", "fr": None},
    org={"en": "International Jute Study Group (IJSG)", "fr": None},
    loc={"en": "IJSG Secretariat, Dhaka, Bangladesh", "fr": None},
    sched={"en": "Full-time, 40 hours per week (Sunday to Thursday)", "fr": None},
    deadline="2043-10-15", salary=sal(46800, 53400, "USD", "year"), grade="Grade P2",
    req={"en": {"essential": [
        "Master's degree in economics, agricultural economics, textile technology or international trade",
        "Three years of experience in commodity market analysis or trade promotion",
        "Proven ability to compile and interpret trade statistics",
        "Fluency in written and spoken English",
    ], "desirable": [
        "Knowledge of natural fibre supply chains in South Asia",
        "Working knowledge of Bengali, Hindi or French",
    ]}, "fr": None},
    comp={"en": comp([
        ("Accountability", "delivers reports to member governments on the agreed dates."),
        ("Teamwork", "shares data and drafts openly with a small Secretariat."),
        ("Client orientation", "answers industry enquiries promptly and courteously."),
        ("Cultural awareness", "works respectfully with delegates from producing and consuming countries."),
    ]), "fr": None},
)

# 7. PNR Livradois-Forez -- LaTeX with run-in headings (pdflatex)
N["plf"] = dict(
    key="pnrlf-2043-14", ref="PNRLF-2043-14", langs=["fr"],
    title={"en": None, "fr": "Chargé·e de mission paysage et urbanisme durable (F/H)"},
    org={"en": None, "fr": "Syndicat mixte du Parc naturel régional Livradois-Forez"},
    loc={"en": None, "fr": "Maison du Parc, Saint-Gervais-sous-Meymont (Puy-de-Dôme)"},
    sched={"en": None, "fr": "Temps complet, 35 heures hebdomadaires"},
    deadline="2043-10-16", salary=sal(2280, 2700, "EUR", "month"), grade=None,
    req={"en": None, "fr": {"essential": [
        "d'un diplôme de paysagiste (DPLG, DEP) ou d'un master en urbanisme ou en aménagement ;",
        "d'une expérience d'au moins deux ans auprès de collectivités rurales ;",
        "d'une bonne connaissance des documents d'urbanisme (PLUi, SCoT) ;",
        "du permis B.",
    ], "desirable": [
        "la pratique du dessin à main levée et des logiciels de DAO ;",
        "une expérience de l'animation de concertations publiques.",
    ]}},
    comp={"en": None, "fr": comp([
        ("Écoute", "vous savez entendre les habitants comme les élus"),
        ("Sens du terrain", "vous aimez arpenter les bourgs et les hameaux"),
        ("Autonomie", "vous organisez seul·e votre travail sur un vaste territoire"),
    ])},
)

# 8. ISMF -- poster with a sidebar (Chromium) + glued job-board copy
N["ism"] = dict(
    key="ismf-hr-2043-02", ref="ISMF-HR-2043-02", langs=["en"],
    title={"en": "World Cup Venue Coordinator", "fr": None},
    org={"en": "International Ski Mountaineering Federation (ISMF)", "fr": None},
    loc={"en": "Lausanne, Switzerland (with travel to World Cup venues)", "fr": None},
    sched={"en": "Full-time (100%), 42 hours per week", "fr": None},
    deadline="2043-10-19", salary=sal(78000, 88000, "CHF", "year"), grade=None,
    req={"en": {"essential": [
        "Degree in sport management, event management or a related field",
        "Three years of experience organising international sport events in the mountains",
        "Fluent English and good French or Italian",
        "Willingness to travel for up to 90 days a year, mostly in winter",
    ], "desirable": [
        "Personal experience of ski mountaineering or another endurance sport",
        "Knowledge of avalanche safety procedures",
    ]}, "fr": None},
    comp={"en": comp([
        ("Calm under pressure", "keeps race day on track when the weather turns."),
        ("Team spirit", "works hand in hand with local organising committees."),
        ("Attention to detail", "checks every course and safety plan before sign-off."),
    ]), "fr": None},
)

# 9. CIE -- brochure with coloured bands, EN then FR (WeasyPrint)
N["cie"] = dict(
    key="cie-co-2043-04", ref="CIE-CO-2043-04", langs=["en", "fr"],
    title={"en": "Technical Publications Officer",
           "fr": "Chargé·e de l'édition des normes et rapports techniques"},
    org={"en": "International Commission on Illumination (CIE)",
         "fr": "Commission internationale de l'éclairage (CIE)"},
    loc={"en": "CIE Central Bureau, Vienna, Austria", "fr": "Bureau central de la CIE, Vienne (Autriche)"},
    sched={"en": "Full-time (38.5 hours per week)", "fr": "Temps plein (38,5 heures par semaine)"},
    deadline="2043-10-22", salary=sal(4150, 4650, "EUR", "month"), grade=None,
    req={"en": {"essential": [
        "University degree in physics, lighting engineering, technical writing or a related field",
        "Three years of experience in editing standards, technical reports or scientific journals",
        "Excellent written English and good French",
    ], "desirable": [
        "Knowledge of the ISO/IEC Directives for the drafting of standards",
        "Working knowledge of German",
    ]}, "fr": {"essential": [
        "Diplôme universitaire en physique, en ingénierie de l'éclairage, en rédaction technique ou dans un domaine apparenté",
        "Trois ans d'expérience de l'édition de normes, de rapports techniques ou de revues scientifiques",
        "Excellent anglais écrit et bon français",
    ], "desirable": [
        "Connaissance des Directives ISO/IEC pour la rédaction des normes",
        "Connaissance pratique de l'allemand",
    ]}},
    comp={"en": comp([
        ("Accuracy", "spots inconsistent symbols and units in long drafts."),
        ("Service", "supports volunteer authors from many countries with patience."),
    ]), "fr": comp([
        ("Exactitude", "repère les symboles et unités incohérents dans de longs projets."),
        ("Sens du service", "accompagne avec patience des auteurs bénévoles de nombreux pays."),
    ])},
)

# 10. EPIDOR -- landscape page in columns (WeasyPrint) + Markdown board copy
N["epi"] = dict(
    key="epidor-2043-09", ref="EPIDOR-2043-09", langs=["fr"],
    title={"en": None, "fr": "Technicien·ne rivières et zones humides (F/H)"},
    org={"en": None, "fr": "Établissement public territorial du bassin de la Dordogne (EPIDOR)"},
    loc={"en": None, "fr": "Castelnaud-la-Chapelle (Dordogne), avec déplacements sur le bassin"},
    sched={"en": None, "fr": "35 h hebdomadaires du lundi au vendredi"},
    deadline="2043-10-27", salary=sal(26000, 30500, "EUR", "year"), grade=None,
    req={"en": None, "fr": {"essential": [
        "BTS Gestion et protection de la nature ou licence en gestion des milieux aquatiques",
        "Connaissance du fonctionnement des cours d'eau et des zones humides",
        "Maîtrise des outils SIG et bureautiques",
        "Permis B indispensable",
    ], "desirable": [
        "Expérience du suivi de travaux de restauration de rivières",
        "Connaissance de la flore des milieux humides",
    ]}},
    comp={"en": None, "fr": comp([
        ("Sens du relationnel", "dialogue avec les riverains, les agriculteurs et les élus."),
        ("Organisation", "planifie les campagnes de terrain selon les débits."),
        ("Esprit d'équipe", "travaille avec les techniciens des syndicats de rivière."),
    ])},
)

ORDER = ["iaf", "bhs", "ldn", "aud", "glf", "ijs", "plf", "ism", "cie", "epi"]


def expected(n):
    langs = n["langs"]
    return {
        "reference": n["ref"], "post_number": None, "languages": langs,
        "title": n["title"], "organisation": n["org"], "location": n["loc"],
        "schedule": n["sched"], "deadline": n["deadline"], "salary": n["salary"],
        "grade": n["grade"], "clearance": None,
        "requirements": {l: n["req"][l] for l in ("en", "fr")},
        "competencies": {l: n["comp"][l] for l in ("en", "fr")},
    }


if __name__ == "__main__":
    os.makedirs(os.path.join(ROOT, "expected"), exist_ok=True)
    for k in ORDER:
        n = N[k]
        with open(os.path.join(ROOT, "expected", n["key"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(expected(n), f, ensure_ascii=False, indent=2)
            f.write("\n")
    print("wrote", len(ORDER))
