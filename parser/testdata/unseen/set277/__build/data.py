# -*- coding: utf-8 -*-
"""All contract data of corpus277 (written blind). Renderers take every expected string from here.
Run: python3 data.py  -> writes ../expected/<key>.json"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))


def comp(*pairs):
    return [{"name": n, "description": d} for n, d in pairs]


def notice(ref, langs, title, org, loc, sched, deadline, salary, grade, req, comps):
    def both(v):
        if isinstance(v, dict):
            return v
        return {"en": v if langs == ["en"] else None, "fr": v if langs == ["fr"] else None}
    r = {"en": None, "fr": None}
    c = {"en": None, "fr": None}
    for l in langs:
        r[l] = req[l]
        c[l] = comps[l]
    return {"reference": ref, "post_number": None, "languages": langs,
            "title": both(title), "organisation": both(org), "location": both(loc),
            "schedule": both(sched), "deadline": deadline, "salary": salary,
            "grade": grade, "clearance": None, "requirements": r, "competencies": c}


def sal(mn, mx, cur, per, amount=None):
    return {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": per}


N = {}

# 1 FISU -- EN | FR side by side (Chromium)
N["fisu-hr-2040-11"] = notice(
    "FISU-HR-2040-11", ["en", "fr"],
    {"en": "Education Programmes Coordinator", "fr": "Coordinateur·rice des programmes éducatifs"},
    {"en": "International University Sports Federation (FISU)", "fr": "Fédération Internationale du Sport Universitaire (FISU)"},
    {"en": "Lausanne, Switzerland", "fr": "Lausanne (Suisse)"},
    {"en": "Full-time (100%), 40 hours per week", "fr": "Plein temps (100 %), 40 heures par semaine"},
    "2040-11-01", sal(92000, 104000, "CHF", "year"), None,
    {"en": {"essential": [
        "Master's degree in education, sport management or a related field",
        "At least four years of experience in designing learning programmes for young adults",
        "Proven ability to run online and in-person workshops for international audiences",
        "Fluency in English and a good working knowledge of French"],
        "desirable": [
        "Experience with university sport or a student organisation",
        "Knowledge of a third language, ideally Spanish or Chinese"]},
     "fr": {"essential": [
        "Master en sciences de l'éducation, en management du sport ou dans un domaine proche",
        "Au moins quatre ans d'expérience dans la conception de programmes de formation pour jeunes adultes",
        "Capacité avérée à animer des ateliers en ligne et en présentiel pour des publics internationaux",
        "Maîtrise de l'anglais et bonne connaissance pratique du français"],
        "desirable": [
        "Expérience du sport universitaire ou d'une organisation étudiante",
        "Connaissance d'une troisième langue, de préférence l'espagnol ou le chinois"]}},
    {"en": comp(("Curiosity", "looks for new ideas in universities on every continent."),
                ("Reliability", "delivers each programme on time and within budget."),
                ("Openness", "works easily with students, rectors and volunteers alike.")),
     "fr": comp(("Curiosité", "cherche de nouvelles idées dans les universités de tous les continents."),
                ("Fiabilité", "livre chaque programme dans les délais et le budget prévus."),
                ("Ouverture", "travaille aisément avec des étudiants, des recteurs et des bénévoles."))})

# 2 Solomon Islands -- Word template with a header table (LibreOffice)
N["sips-vac-40-047"] = notice(
    "SIPS/VAC/40/047", ["en"], "Senior Fixed Asset Register Officer", "Solomon Islands Government",
    "Ministry of Infrastructure Development, Honiara, Guadalcanal Province",
    "40 hours per week, Monday to Friday", "2040-11-05", sal(98460, 112230, "SBD", "year"), "Level 7",
    {"en": {"essential": [
        "Bachelor's degree in accounting, public financial management or a related field",
        "At least five years of experience in asset management or government accounting",
        "Good knowledge of the Financial Instructions and the Stores Instructions",
        "Ability to supervise junior officers and to report clearly to senior management"],
        "desirable": [
        "Experience with a computerised fixed asset register",
        "Membership of a recognised accounting body"]}},
    {"en": comp(("Integrity", "handles public property honestly and records every movement."),
                ("Attention to detail", "reconciles the register with physical checks each quarter."),
                ("Communication", "explains asset rules to ministries and provincial offices."))})

# 3 Northern Lighthouse Board -- criteria table (LibreOffice)
N["nlb-hr-40-18"] = notice(
    "NLB/HR/40/18", ["en"], "Aids to Navigation Technician (Electrical)", "Northern Lighthouse Board",
    "NLB Oban Base, Gallanach Road, Oban, Argyll", "Full-time, 37 hours per week", "2040-11-07",
    sal(36480, 41920, "GBP", "year"), "Band C",
    {"en": {"essential": [
        "HNC in electrical or electronic engineering, or equivalent experience",
        "Experience of fault-finding on low-voltage DC and solar power systems",
        "Willingness to travel to remote lighthouses and to work at height",
        "Ability to keep accurate maintenance records",
        "Full UK driving licence"],
        "desirable": [
        "Experience of working aboard ships or at sea",
        "Knowledge of AIS and radio navigation equipment",
        "Sea survival and first aid certificates"]}},
    {"en": comp(("Safety first", ""), ("Pride in service", ""), ("Working as one team", ""))})

# 4 INAO -- form with boxes (WeasyPrint)
N["inao-2040-rh-063"] = notice(
    "INAO-2040-RH-063", ["fr"], "Agent·e chargé·e du suivi des appellations viticoles (F/H)",
    "Institut national de l'origine et de la qualité (INAO)", "Site INAO de Dijon (Côte-d'Or)",
    "Temps complet (38 h 30 hebdomadaires, 20 jours de RTT)", "2040-11-09",
    sal(2480, 2920, "EUR", "month"), None,
    {"fr": {"essential": [
        "Diplôme de niveau bac + 3 en viticulture, œnologie ou agronomie",
        "Connaissance des cahiers des charges des appellations d'origine",
        "Aisance rédactionnelle et maîtrise des outils bureautiques",
        "Permis B (déplacements fréquents dans les vignobles)"],
        "desirable": [
        "Première expérience dans un organisme de défense et de gestion",
        "Notions de cartographie parcellaire (SIG)"]}},
    {"fr": comp(("Rigueur", "vérifie chaque dossier avant son passage en comité."),
                ("Sens du dialogue", "échange avec les vignerons et leurs syndicats."),
                ("Autonomie", "organise ses tournées sur le terrain."))})

# 5 Marshall Islands -- cover page (pdfTeX)
N["mh-psc-40-112"] = notice(
    "MH-PSC-40-112", ["en"], "Principal Economic Statistician",
    "Government of the Republic of the Marshall Islands",
    "Economic Policy, Planning and Statistics Office (EPPSO), Majuro",
    "40 hours per week (8.00 am to 5.00 pm, Monday to Friday)", "2040-11-13",
    sal(31200, 38640, "USD", "year"), "Grade 14",
    {"en": {"essential": [
        "Master's degree in statistics, economics or a related discipline",
        "At least six years of experience in official statistics, including national accounts",
        "Sound command of a statistical package such as Stata or R",
        "Ability to lead a small team and to meet publication deadlines"],
        "desirable": [
        "Experience of household income and expenditure surveys in the Pacific",
        "Ability to speak Marshallese"]}},
    {"en": comp(("Analytical thinking", "turns raw survey data into clear findings."),
                ("Leadership", "coaches junior statisticians and shares the workload fairly."),
                ("Integrity", "protects the confidentiality of every respondent."))})

# 6 NEAFC -- three pages with running heads and footers (LibreOffice)
N["neafc-va-2040-01"] = notice(
    "NEAFC/VA/2040/01", ["en"], "Fisheries Data Systems Officer",
    "North-East Atlantic Fisheries Commission (NEAFC)", "NEAFC Secretariat, London, United Kingdom",
    "Full-time, 36 hours per week", "2040-11-15", sal(52300, 58900, "GBP", "year"), "Grade B2",
    {"en": {"essential": [
        "University degree in computer science, information systems or fisheries science",
        "At least four years of experience in managing databases that receive reports from vessels or authorities",
        "Good knowledge of SQL and of data exchange formats such as XML",
        "Excellent written and spoken English"],
        "desirable": [
        "Familiarity with the NEAFC Scheme of Control and Enforcement",
        "Working knowledge of a Nordic language or of Russian"]}},
    {"en": comp(("Accuracy", "makes sure that every catch report is complete and traceable."),
                ("Discretion", "handles confidential vessel data with care."),
                ("Service orientation", "answers Contracting Parties promptly and politely."),
                ("Adaptability", "copes with peaks of work around the Annual Meeting."))})

# 7 Marais poitevin -- LaTeX with run-in headings (pdfTeX)
N["epmp-2040-09"] = notice(
    "EPMP-2040-09", ["fr"], "Technicien·ne hydraulique et gestion des niveaux d'eau (F/H)",
    "Établissement public du Marais poitevin (EPMP)", "Luçon (Vendée)",
    "Temps complet, 37 h 30 hebdomadaires avec 15 jours de RTT", "2040-11-19",
    sal(2150, 2540, "EUR", "month"), None,
    {"fr": {"essential": [
        "d'un BTS ou d'une licence en gestion et maîtrise de l'eau ou en hydraulique ;",
        "d'une expérience d'au moins deux ans dans la gestion d'ouvrages hydrauliques ;",
        "d'une bonne aisance à l'écrit comme à l'oral ;",
        "du permis B."],
        "desirable": [
        "la connaissance des zones humides littorales ;",
        "la pratique d'un logiciel de SIG (QGIS)."]}},
    {"fr": comp(("Autonomie", ""), ("sens du dialogue", ""), ("goût du terrain", ""))})

# 8 IBSF -- poster with a sidebar (Chromium)
N["ibsf-hr-2040-04"] = notice(
    "IBSF-HR-2040-04", ["en"], "Track Certification Manager",
    "International Bobsleigh and Skeleton Federation (IBSF)",
    "Maison du Sport International, Lausanne, Switzerland", "Full-time (100%)", "2040-11-21",
    sal(98000, 110000, "CHF", "year"), None,
    {"en": {"essential": [
        "Degree in civil engineering or equivalent experience in building sports venues",
        "At least five years of experience in sliding sports or winter sports infrastructure",
        "Readiness to travel to tracks in Europe, North America and Asia for up to 80 days a year",
        "Fluent English"],
        "desirable": [
        "Experience as a track official or former athlete",
        "German or French"]}},
    {"en": comp(("Safety mindset", "never signs off a curve until every check is complete."),
                ("Clear communication", "writes inspection reports that organisers can act on."),
                ("Team spirit", "works hand in hand with race directors and the medical commission."))})

# 9 FIS -- brochure with coloured bands, EN then FR (Chromium)
N["fis-hr-40-06"] = notice(
    "FIS-HR-40-06", ["en", "fr"],
    {"en": "World Cup Operations Manager, Alpine Skiing", "fr": "Responsable des opérations de Coupe du monde, ski alpin"},
    {"en": "International Ski and Snowboard Federation (FIS)", "fr": "Fédération Internationale de Ski et de Snowboard (FIS)"},
    {"en": "Oberhofen am Thunersee, Switzerland", "fr": "Oberhofen am Thunersee (Suisse)"},
    {"en": "Full-time (100%)", "fr": "Plein temps (100 %)"},
    "2040-11-26", sal(105000, 118000, "CHF", "year"), None,
    {"en": {"essential": [
        "Degree in sport management, business administration or a related field",
        "At least five years of experience in organising international snow sports events",
        "Willingness to travel extensively between November and March",
        "Fluency in English and German"],
        "desirable": [
        "Knowledge of French or Italian",
        "Experience of television production schedules"]},
     "fr": {"essential": [
        "Diplôme en management du sport, en gestion d'entreprise ou dans un domaine proche",
        "Au moins cinq ans d'expérience dans l'organisation de manifestations internationales de sports de neige",
        "Disponibilité pour de nombreux déplacements entre novembre et mars",
        "Maîtrise de l'anglais et de l'allemand"],
        "desirable": [
        "Connaissance du français ou de l'italien",
        "Expérience des plannings de production télévisée"]}},
    {"en": comp(("Composure", "keeps a clear head when weather changes the race programme."),
                ("Cooperation", "builds trust with organisers, teams and broadcasters.")),
     "fr": comp(("Sang-froid", "garde la tête claire quand la météo bouleverse le programme."),
                ("Coopération", "instaure la confiance avec les organisateurs, les équipes et les diffuseurs."))})

# 10 ANFR -- landscape page in columns (WeasyPrint)
N["anfr-2040-drh-0217"] = notice(
    "ANFR-2040-DRH-0217", ["fr"], "Technicien·ne du contrôle du spectre (F/H)",
    "Agence nationale des fréquences (ANFR)", "Centre de contrôle international, Rambouillet (Yvelines)",
    "Temps complet, 38 h 30 par semaine, astreintes ponctuelles le week-end", "2040-11-28",
    sal(30000, 36000, "EUR", "year"), None,
    {"fr": {"essential": [
        "BTS ou DUT en électronique, réseaux et télécommunications ou équivalent",
        "Connaissance des principes de la propagation radioélectrique",
        "Goût pour les mesures sur le terrain et le travail en équipe",
        "Permis B"],
        "desirable": [
        "Pratique de l'anglais technique",
        "Expérience de l'analyse de signaux satellitaires"]}},
    {"fr": comp(("Curiosité technique", "aime comprendre l'origine d'une perturbation."),
                ("Rigueur", "consigne chaque mesure dans les bases de l'Agence."),
                ("Esprit d'équipe", "partage ses résultats avec les services régionaux."))})


if __name__ == "__main__":
    os.makedirs(os.path.join(HERE, "..", "expected"), exist_ok=True)
    for k, v in N.items():
        with open(os.path.join(HERE, "..", "expected", k + ".json"), "w", encoding="utf-8") as f:
            json.dump(v, f, ensure_ascii=False, indent=2)
            f.write("\n")
    print(len(N), "expected files")
