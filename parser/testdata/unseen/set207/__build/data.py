# -*- coding: utf-8 -*-
"""Contract data of corpus207 (written blind). Every expected string is written once here;
the renderers take them from here, and write_expected() writes expected/<key>.json."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def comp(*pairs):
    return [{"name": n, "description": d} for n, d in pairs]


def names(*ns):
    return [{"name": n, "description": None} for n in ns]


def sal(amount=None, mn=None, mx=None, cur=None, period=None):
    return {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": period}


def notice(key, ref, langs, title, org, loc, sched, deadline, salary, grade, req, comps):
    def both(d):
        return {"en": d.get("en"), "fr": d.get("fr")}
    return {
        "key": key,
        "json": {
            "reference": ref,
            "post_number": None,
            "languages": langs,
            "title": both(title),
            "organisation": both(org),
            "location": both(loc),
            "schedule": both(sched),
            "deadline": deadline,
            "salary": salary,
            "grade": grade,
            "clearance": None,
            "requirements": {"en": req.get("en"), "fr": req.get("fr")},
            "competencies": {"en": comps.get("en"), "fr": comps.get("fr")},
        },
    }


N = {}

# 1 ICMM -- EN | FR side by side (WeasyPrint)
N["icmm"] = notice(
    "icmm-sg-vn-2035-01", "ICMM/SG/VN/2035-01", ["en", "fr"],
    {"en": "Congress and Training Programme Officer",
     "fr": "Chargé(e) du programme des congrès et des formations"},
    {"en": "International Committee of Military Medicine (ICMM)",
     "fr": "Comité international de médecine militaire (CIMM)"},
    {"en": "Brussels, Belgium", "fr": "Bruxelles, Belgique"},
    {"en": "Full-time (38 hours per week)", "fr": "Temps plein (38 heures par semaine)"},
    "2035-01-12",
    sal(amount=4850, cur="EUR", period="month"),
    None,
    {"en": {"essential": [
        "A university degree in public health, international relations, education or a related field;",
        "At least five years of experience organising international conferences or training courses;",
        "Proven ability to manage a budget and to report to donors or member states;",
        "Excellent command of English and a good working knowledge of French.",
    ], "desirable": [
        "Experience in a military or civil-military health environment;",
        "Knowledge of international humanitarian law;",
        "A third language, in particular Spanish or Arabic.",
    ]},
     "fr": {"essential": [
        "Diplôme universitaire en santé publique, relations internationales, sciences de l'éducation ou domaine apparenté ;",
        "Au moins cinq ans d'expérience dans l'organisation de conférences ou de formations internationales ;",
        "Capacité avérée à gérer un budget et à rendre compte aux bailleurs ou aux États membres ;",
        "Excellente maîtrise de l'anglais et bonne connaissance pratique du français.",
    ], "desirable": [
        "Expérience dans un environnement de santé militaire ou civilo-militaire ;",
        "Connaissance du droit international humanitaire ;",
        "Une troisième langue, notamment l'espagnol ou l'arabe.",
    ]}},
    {"en": comp(("Planning", "keeps several events on schedule at the same time."),
                ("Diplomacy", "deals tactfully with senior officers and national delegates."),
                ("Reliability", "delivers what was promised, on time and within budget.")),
     "fr": comp(("Planification", "mène plusieurs événements de front sans retard."),
                ("Diplomatie", "traite avec tact les officiers supérieurs et les délégués nationaux."),
                ("Fiabilité", "tient ses engagements, dans les délais et le budget."))},
)

# 2 TAAF -- Word template with a header table (LibreOffice)
N["taaf"] = notice(
    "taaf-daaf-2035-004", "TAAF-DAAF-2035-004", ["fr"],
    {"fr": "Responsable technique de district – Kerguelen (H/F)"},
    {"fr": "Terres australes et antarctiques françaises (TAAF)"},
    {"fr": "District de Kerguelen – base de Port-aux-Français"},
    {"fr": "Temps complet"},
    "2035-01-08",
    sal(amount=3400, cur="EUR", period="month"),
    None,
    {"fr": {"essential": [
        "Formation de niveau bac + 2 en maintenance industrielle, électrotechnique ou génie climatique",
        "Expérience d'au moins cinq ans dans l'entretien de bâtiments ou d'installations techniques",
        "Habilitations électriques BR et B2V en cours de validité",
        "Capacité à encadrer une petite équipe pluridisciplinaire",
        "Aptitude médicale à un séjour prolongé en milieu isolé",
    ], "desirable": [
        "Expérience d'un hivernage ou d'une mission en base isolée",
        "Permis poids lourd ou CACES engins",
        "Notions de gestion des déchets et de protection de l'environnement",
    ]}},
    {"fr": names("Sens des responsabilités", "Aptitude à la vie en collectivité",
                 "Calme et sang-froid", "Rigueur et sens de l'organisation")},
)

# 3 IWC -- criteria table (LibreOffice)
N["iwc"] = notice(
    "iwc-sec-2035-02", "IWC/SEC/2035/02", ["en"],
    {"en": "Scientific Data Officer (Bycatch and Strandings)"},
    {"en": "International Whaling Commission"},
    {"en": "Impington, Cambridge, United Kingdom"},
    {"en": "Full-time, 37.5 hours per week"},
    "2035-01-15",
    sal(mn=38400, mx=44100, cur="GBP", period="year"),
    "6",
    {"en": {"essential": [
        "Degree in marine biology, ecology, statistics or a related discipline",
        "Experience of managing scientific databases with several contributors",
        "Working knowledge of R or Python for data cleaning and summaries",
        "Ability to write clear technical reports for readers who are not specialists",
        "Ability to work to deadlines around international meetings",
    ], "desirable": [
        "Postgraduate qualification in a quantitative subject",
        "Knowledge of cetacean biology or of fisheries bycatch monitoring",
        "Experience of GIS mapping of stranding or sighting records",
    ]}},
    {"en": []},
)

# 4 IPEV -- form with boxes (Chromium)
N["ipev"] = notice(
    "ipev-rh-2035-11", "IPEV-RH-2035-11", ["fr"],
    {"fr": "Électrotechnicien·ne de centrale – hivernage Dumont d'Urville (F/H)"},
    {"fr": "Institut polaire français Paul-Émile Victor (IPEV)"},
    {"fr": "Station Dumont d'Urville (Terre Adélie)"},
    {"fr": "Temps plein"},
    "2035-01-19",
    sal(amount=2750, cur="EUR", period="month"),
    None,
    {"fr": {"essential": [
        "BTS ou DUT en électrotechnique, ou expérience équivalente",
        "Trois ans au moins d'expérience sur des groupes électrogènes ou une centrale de production",
        "Lecture de schémas électriques et diagnostic de pannes",
        "Habilitation électrique BR/BC et H0V",
    ], "desirable": [
        "Connaissance des automates programmables",
        "Expérience de la vie en base isolée ou à bord d'un navire",
        "Anglais technique",
    ]}},
    {"fr": names("Autonomie", "Goût du travail en équipe réduite",
                 "Stabilité émotionnelle", "Sens du partage des tâches collectives")},
)

# 5 Observatoire de Paris -- cover page (WeasyPrint), FR then EN
N["obspm"] = notice(
    "obspm-2035-it-07", "OBSPM-2035-IT-07", ["fr", "en"],
    {"fr": "Ingénieur·e systèmes temps-fréquence (F/H)",
     "en": "Time and Frequency Systems Engineer (F/M)"},
    {"fr": "Observatoire de Paris - PSL", "en": "Observatoire de Paris - PSL"},
    {"fr": "Paris 14e, site de Denfert-Rochereau",
     "en": "Paris (14th arrondissement), Denfert-Rochereau site"},
    {"fr": "Temps complet", "en": "Full-time"},
    "2035-01-22",
    sal(mn=2900, mx=3350, cur="EUR", period="month"),
    None,
    {"fr": {"essential": [
        "Diplôme d'ingénieur ou master en physique, électronique ou instrumentation ;",
        "Expérience de l'exploitation d'horloges atomiques, de masers ou de liaisons fibrées ;",
        "Pratique de Python ou de C pour l'acquisition et le traitement de mesures ;",
        "Anglais technique lu et écrit.",
    ], "desirable": [
        "Connaissance des échelles de temps (UTC, TAI) et des comparaisons par satellite ;",
        "Expérience d'un système qualité ou d'une accréditation en métrologie.",
    ]},
     "en": {"essential": [
        "An engineering degree or a master's in physics, electronics or instrumentation;",
        "Experience operating atomic clocks, masers or fibre links;",
        "Practice of Python or C for acquiring and processing measurements;",
        "Technical English, read and written.",
    ], "desirable": [
        "Knowledge of time scales (UTC, TAI) and of satellite time comparisons;",
        "Experience of a quality system or of a metrology accreditation.",
    ]}},
    {"fr": comp(("Rigueur", "documenter chaque intervention sur les équipements de référence."),
                ("Esprit d'équipe", "travailler avec les chercheurs, les techniciens et les partenaires européens.")),
     "en": comp(("Rigour", "documenting every intervention on the reference equipment."),
                ("Team spirit", "working with researchers, technicians and European partners."))},
)

# 6 PIFS -- three pages with running heads and footers (LibreOffice)
N["pifs"] = notice(
    "pifs-2035-009", "PIFS-2035-009", ["en"],
    {"en": "Regional Trade Policy Adviser"},
    {"en": "Pacific Islands Forum Secretariat"},
    {"en": "Suva, Fiji"},
    {"en": "Full-time, 40 hours per week"},
    "2035-01-26",
    sal(mn=98450, mx=123060, cur="FJD", period="year"),
    "Band 11",
    {"en": {"essential": [
        "A postgraduate degree in international trade, economics, law or public policy;",
        "At least eight years of professional experience in trade policy or trade negotiations, including at regional or multilateral level;",
        "Sound knowledge of WTO rules and of regional trade agreements in the Pacific;",
        "Demonstrated ability to draft policy papers and briefs for ministers;",
        "Excellent written and spoken English.",
    ], "desirable": [
        "Experience working in or with a Pacific Island government;",
        "Knowledge of e-commerce and services trade policy;",
        "Working knowledge of French.",
    ]}},
    {"en": comp(("Strategic thinking", "links technical trade issues to the priorities of Forum Leaders."),
                ("Influence", "builds consensus among member countries with different interests."),
                ("Accountability", "owns results and reports honestly on progress."),
                ("Cultural awareness", "works respectfully with people from across the Blue Pacific region."))},
)

# 7 NASCO -- LaTeX with run-in headings (pdfTeX)
N["nasco"] = notice(
    "nasco-s-35-01", "NASCO/S/35/01", ["en"],
    {"en": "Assistant Secretary (Science and Policy)"},
    {"en": "North Atlantic Salmon Conservation Organization (NASCO)"},
    {"en": "Edinburgh, United Kingdom"},
    {"en": "Full-time"},
    "2035-01-05",
    sal(amount=52300, cur="GBP", period="year"),
    None,
    {"en": {"essential": [
        "a degree in fisheries science, biology, environmental policy or a related field;",
        "at least five years of relevant experience, including work with scientific advice for management;",
        "the ability to draft clear papers, reports and meeting records;",
        "fluency in English."
    ], "desirable": [
        "experience of an intergovernmental organisation or a regional fisheries body;",
        "knowledge of Atlantic salmon biology and of the threats to wild stocks;",
        "a working knowledge of French, Norwegian or Russian."
    ]}},
    {"en": comp(("Impartiality", "serving all Parties equally."),
                ("Precision", "getting the detail right in documents that will be negotiated word by word."),
                ("Initiative", "seeing what needs doing in a small team before being asked."))},
)

# 8 Universcience -- poster with a sidebar (WeasyPrint)
N["usc"] = notice(
    "usc-2035-0042", "USC-2035-0042", ["fr"],
    {"fr": "Médiateur·rice scientifique – planétarium (F/H)"},
    {"fr": "Universcience"},
    {"fr": "Cité des sciences et de l'industrie, Paris 19e"},
    {"fr": "Temps plein, week-ends et vacances scolaires par roulement"},
    "2035-01-10",
    sal(amount=2480, cur="EUR", period="month"),
    None,
    {"fr": {"essential": [
        "Formation supérieure en sciences physiques, astronomie ou médiation scientifique",
        "Expérience de l'animation de séances devant des publics variés",
        "Aisance à l'oral et capacité à improviser à partir des questions du public",
        "Connaissances solides en astronomie et en sciences de l'Univers",
    ], "desirable": [
        "Pratique d'un logiciel de planétarium numérique",
        "Maîtrise de l'anglais ou de la langue des signes française",
        "Expérience de l'accueil de publics en situation de handicap",
    ]}},
    {"fr": []},
)

# 9 Arctic Council Secretariat -- brochure with coloured bands (Chromium)
N["acs"] = notice(
    "acs-2035-03", "ACS-2035-03", ["en"],
    {"en": "Communications Officer"},
    {"en": "Arctic Council Secretariat"},
    {"en": "Tromsø, Norway"},
    {"en": "Full-time (37.5 hours per week)"},
    "2035-01-17",
    sal(mn=720000, mx=810000, cur="NOK", period="year"),
    None,
    {"en": {"essential": [
        "A relevant university degree in communications, journalism, political science or Arctic studies",
        "At least four years of experience in strategic communications, preferably in an international setting",
        "Excellent writing and editing skills in English",
        "Experience managing websites and social media channels",
    ], "desirable": [
        "Knowledge of Arctic affairs and of the work of Indigenous Permanent Participants",
        "Skills in photography, video editing or graphic design",
        "Knowledge of a Nordic language or Russian",
    ]}},
    {"en": comp(("Storytelling", "turns technical reports into stories people want to read"),
                ("Neutrality", "represents all Member States and Permanent Participants in a balanced way"),
                ("Flexibility", "adapts quickly to the rhythm of chairmanships and ministerial meetings"))},
)

# 10 Versailles -- landscape page in columns (pdfTeX, multicol)
N["epv"] = notice(
    "epv-drh-2035-017", "EPV-DRH-2035-017", ["fr"],
    {"fr": "Jardinier·ère d'art – secteur du Petit Trianon (F/H)"},
    {"fr": "Établissement public du château, du musée et du domaine national de Versailles"},
    {"fr": "Versailles (78)"},
    {"fr": "Temps complet (35 h hebdomadaires)"},
    "2035-01-29",
    sal(amount=2150, cur="EUR", period="month"),
    None,
    {"fr": {"essential": [
        "CAP, BEP ou bac professionnel en aménagements paysagers ou en horticulture ;",
        "Trois années d'expérience au moins dans l'entretien de jardins ;",
        "Maîtrise de la taille des arbustes et des topiaires ;",
        "Connaissance des végétaux et de leurs besoins.",
    ], "desirable": [
        "Expérience dans un jardin historique ou un jardin botanique ;",
        "Certiphyto ou formation aux méthodes de protection biologique intégrée ;",
        "Permis B.",
    ]}},
    {"fr": names("Patience et minutie", "Goût du travail en extérieur", "Esprit d'équipe")},
)


def write_expected():
    os.makedirs(os.path.join(ROOT, "expected"), exist_ok=True)
    for n in N.values():
        with open(os.path.join(ROOT, "expected", n["key"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(n["json"], f, ensure_ascii=False, indent=2)
            f.write("\n")


if __name__ == "__main__":
    write_expected()
