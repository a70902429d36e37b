# Contract data of corpus200: every expected string is written once here and used
# both by the renderers and for expected/<key>.json.
import json, os

def C(name, desc):
    return {"name": name, "description": desc}

def mk(ref, langs, title, org, loc, sched, deadline, salary, grade, clearance, req, comp):
    def bi(d):
        return {"en": d.get("en"), "fr": d.get("fr")}
    return {
        "reference": ref, "post_number": None, "languages": langs,
        "title": bi(title), "organisation": bi(org), "location": bi(loc),
        "schedule": bi(sched), "deadline": deadline, "salary": salary,
        "grade": grade, "clearance": clearance,
        "requirements": {"en": req.get("en"), "fr": req.get("fr")},
        "competencies": {"en": comp.get("en"), "fr": comp.get("fr")},
    }

def S(amount=None, mn=None, mx=None, cur=None, per=None):
    return {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": per}

N = {}

# 1 ICES / CIEM -- EN | FR side by side (LibreOffice from python-docx)
N["ices-sec-2034-04"] = mk(
    "ICES/SEC/2034/04", ["en", "fr"],
    {"en": "Data Scientist (Fisheries Data Portals)",
     "fr": "Scientifique des données (portails de données halieutiques)"},
    {"en": "International Council for the Exploration of the Sea (ICES)",
     "fr": "Conseil international pour l'exploration de la mer (CIEM)"},
    {"en": "Copenhagen, Denmark", "fr": "Copenhague, Danemark"},
    {"en": "Full-time", "fr": "Temps plein"},
    "2034-06-09", S(52400, cur="DKK", per="month"), None, None,
    {"en": {"essential": [
        "A master's degree in data science, statistics, fisheries science or a related field;",
        "At least four years of experience building data pipelines or data products for scientific users;",
        "Good command of SQL and of R or Python;",
        "Fluent written and spoken English."],
        "desirable": [
        "Experience with biological or oceanographic survey data;",
        "Knowledge of metadata standards and data-sharing agreements;",
        "A working knowledge of French or of a Nordic language."]},
     "fr": {"essential": [
        "Master en science des données, en statistique, en halieutique ou dans un domaine connexe ;",
        "Au moins quatre ans d'expérience dans la conception de chaînes de traitement ou de produits de données pour des utilisateurs scientifiques ;",
        "Bonne maîtrise de SQL et de R ou de Python ;",
        "Anglais courant, à l'écrit comme à l'oral."],
        "desirable": [
        "Expérience des données de campagnes biologiques ou océanographiques ;",
        "Connaissance des normes de métadonnées et des accords de partage de données ;",
        "Connaissance pratique du français ou d'une langue nordique."]}},
    {"en": [C("Service orientation", "treats the expert groups as clients and answers their requests promptly."),
            C("Precision", "checks figures twice before they are published."),
            C("Collaboration", "works easily across departments and national delegations.")],
     "fr": [C("Sens du service", "traite les groupes d'experts comme des clients et répond rapidement à leurs demandes."),
            C("Précision", "vérifie deux fois les chiffres avant leur publication."),
            C("Collaboration", "travaille aisément avec les autres services et les délégations nationales.")]})

# 2 Government of Jersey -- Word template with header table (LibreOffice)
N["ihe-2034-0388"] = mk(
    "IHE-2034-0388", ["en"],
    {"en": "Senior Environmental Health Officer"},
    {"en": "Government of Jersey"},
    {"en": "St Helier, Jersey"},
    {"en": "Full-time (37 hours per week)"},
    "2034-06-14", S(None, 56942, 63180, "GBP", "year"), "CS11", None,
    {"en": {"essential": [
        "A degree in environmental health accredited by the Chartered Institute of Environmental Health, or equivalent",
        "Registration as an Environmental Health Practitioner, or eligibility to register",
        "At least three years' post-qualification experience of statutory nuisance and housing standards work",
        "Experience of preparing case files and giving evidence in court",
        "A full driving licence valid in Jersey"],
        "desirable": [
        "A postgraduate qualification in acoustics or air quality",
        "Experience of mentoring trainee officers",
        "Knowledge of Jersey's public health legislation"]}},
    {"en": [C("Working together", "you share knowledge and support colleagues across teams."),
            C("Taking ownership", "you see cases through and explain your decisions clearly."),
            C("Listening well", "you take time to understand the concerns of islanders and businesses.")]})

# 3 Liege Airport -- criteria table (LibreOffice)
N["lgg-rh-2034-022"] = mk(
    "LGG-RH-2034-022", ["fr"],
    {"fr": "Responsable d'exploitation de la zone fret (H/F/X)"},
    {"fr": "Liege Airport SA"},
    {"fr": "Grâce-Hollogne"},
    {"fr": "Temps plein, horaire en pauses (jour, nuit, week-end)"},
    "2034-06-26", None, None, None,
    {"fr": {"essential": [
        "Bachelier en logistique, en gestion des transports ou équivalent par l'expérience",
        "Minimum cinq ans dans l'encadrement d'équipes opérationnelles",
        "Français courant et anglais opérationnel (oral et écrit)",
        "Connaissance des règles de sûreté applicables au fret aérien",
        "Maîtrise de la suite bureautique",
        "Permis de conduire B"],
        "desirable": [
        "Master en gestion aéroportuaire ou en supply chain",
        "Expérience dans un environnement aéroportuaire ou de fret express",
        "Connaissance du néerlandais",
        "Certification d'agent habilité",
        "Pratique d'un système de gestion d'entrepôt (WMS)"]}},
    {"fr": [C("Leadership de proximité", None), C("Sens de l'organisation", None),
            C("Résistance au stress", None), C("Esprit de service", None)]})

# 4 Administration superieure des iles Wallis et Futuna -- form with boxes (WeasyPrint)
N["aswf-srh-2034-031"] = mk(
    "ASWF-SRH-2034-031", ["fr"],
    {"fr": "Gestionnaire des ressources humaines (F/H)"},
    {"fr": "Administration supérieure des îles Wallis et Futuna"},
    {"fr": "Mata-Utu, Wallis"},
    {"fr": "Temps complet"},
    "2034-06-05", S(412000, cur="XPF", per="month"), None, None,
    {"fr": {"essential": [
        "Connaissance du statut de la fonction publique et des règles de paie ;",
        "Maîtrise d'un logiciel de gestion des ressources humaines et du tableur ;",
        "Capacité à rédiger des actes administratifs (arrêtés, contrats, courriers) ;",
        "Expérience d'au moins deux ans sur un poste similaire."],
        "desirable": [
        "Pratique du wallisien ou du futunien ;",
        "Connaissance de l'organisation institutionnelle du territoire ;",
        "Expérience de la préparation d'une campagne d'avancement."]}},
    {"fr": [C("Discrétion", None), C("Rigueur", None), C("Sens de l'écoute", None),
            C("Capacité d'adaptation", None)]})

# 5 Trinity College Dublin -- cover page (WeasyPrint)
N["034417"] = mk(
    "034417", ["en"],
    {"en": "Research Data Steward"},
    {"en": "Trinity College Dublin, the University of Dublin"},
    {"en": "Trinity College Dublin, College Green, Dublin 2"},
    {"en": "Full-time (35 hours per week)"},
    "2034-06-16", S(None, 51940, 62315, "EUR", "year"), None, None,
    {"en": {"essential": [
        "A degree in information science, computer science or a research discipline, with a postgraduate qualification or equivalent experience.",
        "At least three years' experience supporting research data management in a university or research organisation.",
        "Working knowledge of the FAIR principles, of data management plans and of research data repositories.",
        "Experience of delivering training or guidance to academic staff and postgraduate students."],
        "desirable": [
        "Experience of a research information system or an institutional repository platform.",
        "Knowledge of data protection law as it applies to research.",
        "Some programming or scripting experience."]}},
    {"en": [C("Communication", "explains technical requirements in plain language to researchers of every discipline."),
            C("Planning and organising", "manages several requests at once and keeps to agreed timelines."),
            C("Customer focus", "builds lasting working relationships with schools and research centres.")]})

# 6 ITTO -- three pages with running heads and footers (WeasyPrint)
N["itto-va-2034-05"] = mk(
    "ITTO/VA/2034/05", ["en"],
    {"en": "Programme Officer (Forest Governance and Legal Trade)"},
    {"en": "International Tropical Timber Organization (ITTO)"},
    {"en": "Yokohama, Japan"},
    {"en": "Full-time"},
    "2034-06-20", S(72940, cur="USD", per="year"), "P-3", None,
    {"en": {"essential": [
        "Advanced university degree in forestry, natural resource management, economics or a related field.",
        "At least five years of progressively responsible experience in forest governance, timber legality or trade programmes.",
        "Proven experience in project design, monitoring and reporting for donor-funded projects.",
        "Excellent command of written and spoken English."],
        "desirable": [
        "Working knowledge of French or Spanish.",
        "Field experience in a tropical timber producing country.",
        "Familiarity with timber traceability systems."]}},
    {"en": [C("Integrity", "acts in line with the Organization's rules and declines any conflict of interest."),
            C("Results orientation", "sets clear milestones and delivers projects within budget."),
            C("Communication", "writes clearly for Council documents and speaks persuasively with partners."),
            C("Teamwork", "works cooperatively with colleagues of diverse backgrounds.")]})

# 7 Banque Pictet -- LaTeX with run-in headings, FR then EN (pdfTeX)
N["34-ge-0218"] = mk(
    "34-GE-0218", ["fr", "en"],
    {"fr": "Analyste conformité KYC", "en": "KYC Compliance Analyst"},
    {"fr": "Banque Pictet & Cie SA", "en": "Banque Pictet & Cie SA"},
    {"fr": "Genève", "en": "Geneva"},
    {"fr": "80-100 %", "en": "80-100%"},
    "2034-06-28", None, None, None,
    {"fr": {"essential": [
        "un bachelor ou un master en droit, en économie ou en finance ;",
        "trois ans au moins d'expérience en conformité ou en ouverture de comptes dans une banque privée ;",
        "une bonne connaissance de la réglementation suisse en matière de blanchiment d'argent ;",
        "un excellent niveau de français et d'anglais."],
        "desirable": [
        "la connaissance de l'allemand ou de l'italien ;",
        "une certification en conformité (par exemple ICA ou CAMS) ;",
        "la pratique des outils de filtrage des noms."]},
     "en": {"essential": [
        "a bachelor's or master's degree in law, economics or finance;",
        "at least three years of experience in compliance or account opening at a private bank;",
        "sound knowledge of Swiss anti-money-laundering regulation;",
        "excellent French and English."],
        "desirable": [
        "knowledge of German or Italian;",
        "a compliance certification (for instance ICA or CAMS);",
        "experience with name-screening tools."]}},
    {"fr": [C("Jugement", "savoir distinguer une alerte sérieuse d'une fausse alerte."),
            C("Discrétion", "traiter les informations des clients avec la plus grande confidentialité.")],
     "en": [C("Judgement", "telling a serious alert from a false positive."),
            C("Discretion", "handling client information in the strictest confidence.")]})

# 8 Concern Worldwide -- poster with a sidebar (Chromium) + board copy
N["cw-caf-2034-014"] = mk(
    "CW-CAF-2034-014", ["en"],
    {"en": "Nutrition Programme Manager"},
    {"en": "Concern Worldwide"},
    {"en": "Bangui, Central African Republic"},
    {"en": "Full-time"},
    "2034-06-22", S(None, 3920, 4310, "EUR", "month"), "C1", None,
    {"en": {"essential": [
        "Degree in nutrition, public health or a related field",
        "Three years of experience managing nutrition programmes in humanitarian settings",
        "Sound knowledge of CMAM protocols and of the Sphere standards",
        "Experience managing staff and budgets above EUR 1 million",
        "Fluent French and good English"],
        "desirable": [
        "Master's degree in public health nutrition",
        "Previous experience in the Central African Republic or the Sahel",
        "Experience of working with the Ministry of Health on integrated services"]}},
    {"en": []})

# 9 Search for Common Ground -- brochure with coloured bands (Chromium)
N["sfcg-rdc-2034-027"] = mk(
    "SFCG-RDC-2034-027", ["fr"],
    {"fr": "Coordonnateur·rice de projet – Jeunesse et dialogue communautaire"},
    {"fr": "Search for Common Ground"},
    {"fr": "Bukavu, Sud-Kivu (RDC)"},
    {"fr": "Temps plein"},
    "2034-06-12", S(2150, cur="USD", per="month"), None, None,
    {"fr": {"essential": [
        "Diplôme universitaire (licence ou master) en sciences sociales, en droit, en communication ou dans un domaine apparenté",
        "Au moins cinq ans d'expérience dans la gestion de projets de consolidation de la paix ou de cohésion sociale",
        "Expérience de l'encadrement d'une équipe et de partenaires locaux",
        "Excellente maîtrise du français et du swahili"],
        "desirable": [
        "Connaissance du kinyarwanda ou du mashi",
        "Expérience de projets financés par l'Union européenne",
        "Pratique des médias communautaires et de la radio"]}},
    {"fr": [C("Écoute active", "comprendre les positions de chacun avant de proposer une solution."),
            C("Impartialité", "garder une distance égale vis-à-vis de toutes les communautés."),
            C("Redevabilité", "rendre compte de ses résultats aux partenaires et aux participants.")]})

# 10 Barco -- landscape page in three columns (pdfTeX) + board copy
N["r-2034-4471"] = mk(
    "R-2034-4471", ["en"],
    {"en": "Embedded Software Engineer – Medical Displays"},
    {"en": "Barco NV"},
    {"en": "Kortrijk, Belgium"},
    {"en": "Full-time"},
    "2034-06-30", None, None, None,
    {"en": {"essential": [
        "A master's degree in electronics, computer science or engineering",
        "Three years of experience writing embedded C or C++ for Linux-based devices",
        "Experience with version control, code reviews and continuous integration",
        "Good English; Dutch or French is a plus but not required"],
        "desirable": [
        "Knowledge of IEC 62304 or another medical software standard",
        "Experience with display pipelines, GPU drivers or colour calibration",
        "Yocto or Buildroot experience"]}},
    {"en": []})

if __name__ == "__main__":
    out = os.path.join(os.path.dirname(__file__), "..", "expected")
    os.makedirs(out, exist_ok=True)
    for k, v in N.items():
        with open(os.path.join(out, k + ".json"), "w", encoding="utf-8") as f:
            json.dump(v, f, ensure_ascii=False, indent=2)
    print(len(N), "expected files")
