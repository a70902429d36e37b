# All contract data of corpus270; writes expected/. Renderers import D.
import json, os

def comp(lst):
    out = []
    for s in lst:
        if " : " in s:
            n, d = s.split(" : ", 1)
        elif ": " in s:
            n, d = s.split(": ", 1)
        else:
            n, d = s, ""
        out.append({"name": n, "description": d})
    return out

def mk(ref, langs, title, org, loc, sched, deadline, salary, grade, req, comps):
    def both(v):
        if isinstance(v, dict):
            return {"en": v.get("en"), "fr": v.get("fr")}
        return {"en": v if "en" in langs else None, "fr": v if "fr" in langs else None}
    e = {"reference": ref, "post_number": None, "languages": langs,
         "title": both(title), "organisation": both(org), "location": both(loc),
         "schedule": both(sched), "deadline": deadline, "salary": salary,
         "grade": grade, "clearance": None,
         "requirements": {l: (req[l] if l in langs else None) for l in ("en", "fr")},
         "competencies": {l: (comp(comps[l]) if l in langs else None) for l in ("en", "fr")}}
    return e

def sal(lo, hi, cur, per, amount=None):
    return {"amount": amount, "min": lo, "max": hi, "currency": cur, "period": per}

D = {}
D["fim-hr-2040-03"] = mk("FIM-HR-2040-03", ["en", "fr"],
    {"en": "Technical Officer, Circuit Racing", "fr": "Chargé·e technique, courses sur circuit"},
    {"en": "International Motorcycling Federation (FIM)", "fr": "Fédération Internationale de Motocyclisme (FIM)"},
    {"en": "Mies, Switzerland", "fr": "Mies (Suisse)"},
    {"en": "Full-time (41 hours per week)", "fr": "Temps plein (41 heures par semaine)"},
    "2040-04-02", sal(88000, 99000, "CHF", "year"), None,
    {"en": {"essential": [
        "Degree in mechanical or automotive engineering, or equivalent professional experience",
        "At least five years of experience in motorsport, preferably in circuit racing",
        "Sound knowledge of technical regulations and homologation procedures",
        "Fluency in English and a good working knowledge of French"],
      "desirable": [
        "Experience as a technical steward or scrutineer at international events",
        "Knowledge of data acquisition systems and telemetry"]},
     "fr": {"essential": [
        "Diplôme d'ingénieur en mécanique ou en automobile, ou expérience professionnelle équivalente",
        "Au moins cinq ans d'expérience dans le sport motocycliste, de préférence en courses sur circuit",
        "Bonne connaissance des règlements techniques et des procédures d'homologation",
        "Maîtrise de l'anglais et bonne connaissance pratique du français"],
      "desirable": [
        "Expérience de commissaire technique lors de manifestations internationales",
        "Connaissance des systèmes d'acquisition de données et de télémétrie"]}},
    {"en": ["Rigour: checks every measurement twice and records each decision.",
            "Diplomacy: explains unpopular rulings calmly to teams and manufacturers.",
            "Teamwork: works closely with officials from many national federations."],
     "fr": ["Rigueur : vérifie chaque mesure deux fois et consigne chaque décision.",
            "Diplomatie : explique avec calme les décisions impopulaires aux équipes et aux constructeurs.",
            "Esprit d'équipe : travaille en étroite collaboration avec les officiels de nombreuses fédérations nationales."]})

D["csd-hr-40-011"] = mk("CSD/HR/40/011", ["en"], "Senior Water Quality Officer",
    "Government of the Republic of Nauru",
    "Department of Commerce, Industry and Environment, Government Offices, Yaren District",
    "Full-time, 40 hours per week (Monday to Friday)",
    "2040-04-04", sal(41600, 47320, "AUD", "year"), "Level 8",
    {"en": {"essential": [
        "Degree in environmental science, chemistry or public health",
        "At least four years of experience in water sampling and laboratory analysis",
        "Working knowledge of national and WHO guidelines for drinking water quality",
        "Current driver's licence",
        "Good written and spoken English"],
      "desirable": [
        "Experience with desalination plants or rainwater harvesting systems",
        "Ability to speak Nauruan"]}},
    {"en": ["Integrity: reports results honestly, even when they are unwelcome.",
            "Community focus: explains water safety advice in plain language.",
            "Planning: organises sampling rounds so that no district is missed."]})

D["iow-ce-40-052"] = mk("IOW/CE/40/052", ["en"], "Shoreline Management Engineer",
    "Isle of Wight Council", "County Hall, High Street, Newport, Isle of Wight",
    "Full-time, 37 hours per week", "2040-04-06", sal(39114, 43421, "GBP", "year"), "Band 10",
    {"en": {"essential": [
        "Degree in civil or coastal engineering",
        "At least three years of experience in coastal defence or flood risk schemes",
        "Knowledge of shoreline management plans and coastal legislation",
        "Ability to write clear reports for councillors and the public",
        "Full driving licence and willingness to work outdoors in all weathers"],
      "desirable": [
        "Chartered or incorporated engineer status",
        "Experience of managing contractors on site",
        "Familiarity with hydraulic modelling software"]}},
    {"en": ["Listening", "Working together", "Taking ownership"]})

D["inpi-drh-2040-031"] = mk("INPI-DRH-2040-031", ["fr"],
    "Ingénieur·e examinateur·rice brevets – mécanique et transports (F/H)",
    "Institut national de la propriété industrielle (INPI)",
    "Siège de l'INPI, Courbevoie (Hauts-de-Seine)",
    "Temps complet (37 h 30 hebdomadaires)", "2040-04-09", sal(2950, 3550, "EUR", "month"), None,
    {"fr": {"essential": [
        "Diplôme d'ingénieur ou doctorat en mécanique, génie des transports ou domaine voisin",
        "Très bon niveau d'anglais technique (B2 minimum)",
        "Capacité d'analyse et de rédaction à la fois juridique et technique",
        "Aisance dans la recherche documentaire sur bases de données"],
      "desirable": [
        "Première expérience en propriété industrielle ou en bureau d'études",
        "Connaissance de l'allemand"]}},
    {"fr": ["Rigueur", "Esprit de synthèse", "Sens du service", "Curiosité technique"]})

D["pso-2040-022"] = mk("PSO 2040/022", ["en"], "Senior Fisheries Licensing Officer",
    "Government of Kiribati",
    "Ministry of Fisheries and Marine Resource Development, Bairiki, Tarawa",
    "Full-time, 40 hours per week", "2040-04-11", sal(19850, 23410, "AUD", "year"), "L9-7",
    {"en": {"essential": [
        "Degree in fisheries science, marine management or economics",
        "At least five years of experience in fisheries licensing, compliance or revenue collection",
        "Sound knowledge of regional fisheries agreements and vessel monitoring",
        "Good command of English and I-Kiribati"],
      "desirable": [
        "Experience with an electronic licensing database",
        "Training in observer or port inspection programmes"]}},
    {"en": ["Integrity: applies licence conditions fairly to every vessel operator.",
            "Communication: prepares clear briefs for the Minister and for industry.",
            "Leadership: guides and develops junior licensing staff."]})

D["icsg-va-2040-02"] = mk("ICSG/VA/2040/02", ["en"], "Economist, Refined Copper Markets",
    "International Copper Study Group (ICSG)", "Lisbon, Portugal",
    "Full-time, 37.5 hours per week", "2040-04-13", sal(61500, 69800, "EUR", "year"), "P-3",
    {"en": {"essential": [
        "Advanced university degree in economics, statistics or mineral economics",
        "At least five years of experience in commodity market analysis",
        "Proven ability to build and maintain supply and demand balances",
        "Excellent drafting skills in English"],
      "desirable": [
        "Knowledge of Spanish, Portuguese or Chinese",
        "Experience of working with an intergovernmental body"]}},
    {"en": ["Analytical thinking: tests every forecast against the underlying data.",
            "Accountability: delivers the monthly bulletin on time and owns its figures.",
            "Communication: presents complex market trends to member delegations in plain terms.",
            "Client orientation: answers requests from governments and industry promptly."]})

D["pnmi-2040-07"] = mk("PNMI-2040-07", ["fr"],
    "Technicien·ne de suivi des mammifères marins (F/H)",
    "Office français de la biodiversité (OFB)",
    "Parc naturel marin d'Iroise, Le Conquet (Finistère)",
    "Temps complet, 38 heures hebdomadaires avec RTT", "2040-04-16",
    sal(2180, 2560, "EUR", "month"), None,
    {"fr": {"essential": [
        "un BTS Gestion et protection de la nature ou une licence en biologie marine ;",
        "une aptitude au travail en mer par tous les temps ;",
        "une expérience des protocoles d'observation en mer (transects, photo-identification) ;",
        "une bonne maîtrise des tableurs et d'un logiciel de SIG."],
      "desirable": [
        "une connaissance des cétacés et des phoques de la mer d'Iroise ;",
        "une expérience de sensibilisation auprès des usagers de la mer."]}},
    {"fr": ["Autonomie", "Sens de l'observation", "Goût du travail en équipe"]})

D["uipm-2040-05"] = mk("UIPM-2040-05", ["en"], "Competitions and Events Coordinator",
    "Union Internationale de Pentathlon Moderne (UIPM)",
    "Monte-Carlo, Monaco (with frequent international travel)",
    "Full-time (39 hours per week)", "2040-04-18", sal(54000, 61000, "EUR", "year"), None,
    {"en": {"essential": [
        "Bachelor's degree in sport management, event management or a related field",
        "Three years of experience organising international sports competitions",
        "Fluent English and good French",
        "Willingness to travel for up to 90 days a year"],
      "desirable": [
        "Knowledge of one or more pentathlon disciplines",
        "Experience with accreditation or results systems"]}},
    {"en": []})

D["fai-hr-2040-02"] = mk("FAI-HR-2040-02", ["en", "fr"],
    {"en": "Records and Badges Officer", "fr": "Chargé·e des records et insignes"},
    {"en": "World Air Sports Federation (FAI)", "fr": "Fédération Aéronautique Internationale (FAI)"},
    {"en": "FAI Head Office, Lausanne, Switzerland", "fr": "Siège de la FAI, Lausanne (Suisse)"},
    {"en": "Full-time, 40 hours per week", "fr": "Temps plein, 40 heures par semaine"},
    "2040-04-20", sal(79000, 88000, "CHF", "year"), None,
    {"en": {"essential": [
        "Degree in sports administration, aeronautics or a related field",
        "At least three years of experience in a sports federation or aviation body",
        "Excellent command of English and French",
        "High attention to detail when checking evidence and measurements"],
      "desirable": [
        "Pilot licence or active practice of an air sport",
        "Knowledge of GNSS flight recorders"]},
     "fr": {"essential": [
        "Diplôme en administration du sport, en aéronautique ou dans un domaine voisin",
        "Au moins trois ans d'expérience dans une fédération sportive ou un organisme aéronautique",
        "Excellente maîtrise de l'anglais et du français",
        "Grand souci du détail dans la vérification des preuves et des mesures"],
      "desirable": [
        "Licence de pilote ou pratique active d'un sport aérien",
        "Connaissance des enregistreurs de vol GNSS"]}},
    {"en": ["Precision: verifies every claim against the Sporting Code.",
            "Service: answers pilots and national federations promptly."],
     "fr": ["Précision : vérifie chaque demande au regard du Code sportif.",
            "Sens du service : répond rapidement aux pilotes et aux fédérations nationales."]})

D["psf-2040-019"] = mk("PSF-2040-019", ["fr"],
    "Technicien·ne de maintenance des engins portuaires (F/H)",
    "Port Sud de France",
    "Port de Sète-Frontignan, quai d'Alger, Sète (Hérault)",
    "Temps complet, 35 heures en cycle 2x8, astreinte une semaine sur cinq",
    "2040-04-23", sal(32000, 37000, "EUR", "year"), None,
    {"fr": {"essential": [
        "Bac pro ou BTS en maintenance des systèmes, électrotechnique ou hydraulique",
        "Expérience de trois ans minimum sur engins de levage ou matériels de manutention",
        "Habilitations électriques en cours de validité",
        "Permis B"],
      "desirable": [
        "Connaissance des grues mobiles portuaires",
        "Anglais technique"]}},
    {"fr": ["Sens de la sécurité : vous appliquez les consignes sans exception",
            "Réactivité : vous intervenez vite lors d'une panne",
            "Esprit d'équipe : vous partagez les informations avec l'équipe de quart"]})

if __name__ == "__main__":
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "expected")
    os.makedirs(out, exist_ok=True)
    for k, v in D.items():
        with open(os.path.join(out, k + ".json"), "w", encoding="utf-8") as f:
            json.dump(v, f, ensure_ascii=False, indent=2)
            f.write("\n")
    print(len(D), "expected files")
