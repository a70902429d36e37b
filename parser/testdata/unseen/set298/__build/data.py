# -*- coding: utf-8 -*-
"""All contract data of corpus298; writes expected/. Renderers import N (by key)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def C(name, desc=""):
    return {"name": name, "description": desc}


def notice(reference, languages, title, org, loc, sched, deadline, salary, grade,
           req, comp, post_number=None, clearance=None):
    def both(v):
        if isinstance(v, dict):
            return v
        return {"en": v if "en" in languages else None, "fr": v if "fr" in languages else None}
    out = {
        "reference": reference, "post_number": post_number, "languages": languages,
        "title": both(title), "organisation": both(org), "location": both(loc),
        "schedule": both(sched), "deadline": deadline, "salary": salary, "grade": grade,
        "clearance": clearance,
        "requirements": {"en": None, "fr": None}, "competencies": {"en": None, "fr": None},
    }
    for l in languages:
        out["requirements"][l] = {"essential": req[l][0], "desirable": req[l][1]}
        out["competencies"][l] = comp[l]
    return out


def sal(lo, hi, cur, per, amount=None):
    return {"amount": amount, "min": lo, "max": hi, "currency": cur, "period": per}


N = {}

# 1. ICID / CIID -- EN | FR side by side (Chromium)
N["icid-vn-2042-02"] = notice(
    "ICID/VN/2042/02", ["en", "fr"],
    {"en": "Technical Officer, Irrigation Knowledge Networks",
     "fr": "Chargé·e technique, réseaux de connaissances en irrigation"},
    {"en": "International Commission on Irrigation and Drainage (ICID)",
     "fr": "Commission internationale des irrigations et du drainage (CIID)"},
    {"en": "Central Office, New Delhi, India", "fr": "Bureau central, New Delhi (Inde)"},
    {"en": "Full-time (40 hours per week)", "fr": "Temps plein (40 heures par semaine)"},
    "2042-08-04", sal(46800, 53400, "USD", "year"), None,
    {"en": ([
        "Master's degree in agricultural engineering, water resources or a related field",
        "At least five years of experience with irrigation or drainage projects, including work with national institutions",
        "Proven ability to edit technical papers and run online working groups",
        "Excellent command of English or French and a good working knowledge of the other",
    ], [
        "Experience with a scientific or professional association",
        "Knowledge of a third language, in particular Spanish, Russian or Chinese",
    ]),
     "fr": ([
        "Master en génie rural, en ressources en eau ou dans un domaine apparenté",
        "Au moins cinq ans d'expérience de projets d'irrigation ou de drainage, dont un travail avec des institutions nationales",
        "Capacité avérée à éditer des articles techniques et à animer des groupes de travail en ligne",
        "Excellente maîtrise de l'anglais ou du français et bonne connaissance pratique de l'autre langue",
     ], [
        "Expérience au sein d'une association scientifique ou professionnelle",
        "Connaissance d'une troisième langue, notamment l'espagnol, le russe ou le chinois",
     ])},
    {"en": [C("Networking", "keeps more than seventy national committees informed and engaged."),
            C("Editorial rigour", "turns raw field reports into clear, checked publications."),
            C("Teamwork", "shares work fairly in a small secretariat.")],
     "fr": [C("Travail en réseau", "tient informés et mobilisés plus de soixante-dix comités nationaux."),
            C("Rigueur éditoriale", "transforme des rapports de terrain bruts en publications claires et vérifiées."),
            C("Esprit d'équipe", "partage équitablement le travail au sein d'un petit secrétariat.")]})

# 2. Eswatini -- Word template with a header table (LibreOffice)
N["csc-vac-42-019"] = notice(
    "CSC/VAC/42/019", ["en"], "Principal Groundwater Hydrologist",
    "Government of the Kingdom of Eswatini",
    "Department of Water Affairs, Mbabane",
    "Full-time, 40 hours per week (Monday to Friday)",
    "2042-08-08", sal(418236, 497604, "SZL", "year"), "D5",
    {"en": ([
        "Bachelor of Science in Geology, Hydrogeology or Civil Engineering from a recognised university",
        "A postgraduate qualification (Diploma or Masters) in Hydrogeology or Water Resources Management",
        "Six (6) years' experience in groundwater assessment, three (3) of them at a supervisory level",
        "A valid driver's licence (Code B or higher)",
    ], [
        "Experience with groundwater modelling software (MODFLOW or equivalent)",
        "Training in Public Administration or Project Management",
    ])},
    {"en": [C("Technical judgement", "interprets pumping tests and borehole logs soundly."),
            C("Leadership", "supervises field teams in remote constituencies."),
            C("Integrity", "handles drilling contracts and permits transparently.")]})

# 3. Loch Lomond & The Trossachs -- criteria table (LibreOffice) + board copy
N["lltnp-42-031"] = notice(
    "LLTNP/42/031", ["en"], "Visitor Operations Ranger Team Leader",
    "Loch Lomond & The Trossachs National Park Authority",
    "National Park Headquarters, Balloch, with fieldwork across the National Park",
    "37 hours per week, including weekend working on a rota",
    "2042-08-11", sal(35120, 39480, "GBP", "year"), "Grade 6",
    {"en": ([
        "SVQ Level 3, HNC or equivalent in countryside management, outdoor education or a related subject",
        "Experience of leading a team of staff or volunteers in a visitor services setting",
        "Good knowledge of the Scottish Outdoor Access Code",
        "Full UK driving licence",
        "Willingness to work weekends, public holidays and occasional early mornings",
    ], [
        "Experience of byelaw enforcement or working alongside Police Scotland",
        "Outdoor first aid certificate (16 hours)",
        "Ability to speak Gaelic",
    ])},
    {"en": [C("Caring"), C("Collaborative"), C("Courageous")]})

# 4. CNPF -- form with boxes (WeasyPrint)
N["cnpf-na-2042-027"] = notice(
    "CNPF-NA-2042-027", ["fr"], "Technicien·ne forestier·ère (F/H)",
    "Centre national de la propriété forestière (CNPF)",
    "CNPF Nouvelle-Aquitaine, antenne de Guéret, 12 rue des Tanneries, 23000 Guéret",
    "Temps complet (37 h 30 hebdomadaires avec RTT)",
    "2042-08-13", sal(2190, 2580, "EUR", "month"), None,
    {"fr": ([
        "BTS gestion forestière ou diplôme équivalent ;",
        "connaissance de la sylviculture des feuillus et des résineux du Massif central ;",
        "maîtrise des outils bureautiques et d'un logiciel de SIG ;",
        "permis B indispensable (véhicule de service fourni).",
    ], [
        "expérience du conseil aux propriétaires privés ;",
        "connaissance du code forestier et des documents de gestion durable.",
    ])},
    {"fr": [C("Sens du contact", "vous savez écouter et convaincre des propriétaires aux attentes très diverses."),
            C("Autonomie", "vous organisez seul·e vos visites sur un large secteur."),
            C("Rigueur", "vos avis sur les plans simples de gestion sont précis et motivés.")]})

# 5. CNMI -- cover page (pdflatex)
N["opm-42-118"] = notice(
    "OPM-42-118", ["en"], "Wastewater Permitting Engineer II",
    "Commonwealth of the Northern Mariana Islands Government",
    "Bureau of Environmental and Coastal Quality, Gualo Rai, Saipan",
    "Full-time, 40 hours per week (7:30 a.m. to 4:30 p.m., Monday to Friday)",
    "2042-08-14", sal(41280, 47930, "USD", "year"), "Pay Level 27",
    {"en": ([
        "Bachelor's degree in civil, environmental or chemical engineering from a U.S.-accredited college or university",
        "Three (3) years of experience in wastewater treatment design, permitting or inspection",
        "Working knowledge of the Clean Water Act and NPDES permit conditions",
        "Valid CNMI driver's license or ability to obtain one within thirty (30) days",
    ], [
        "Registration as a Professional Engineer (PE) in any U.S. jurisdiction",
        "Experience with onsite disposal systems on small islands",
    ])},
    {"en": [C("Analytical thinking", "reads design reports critically and asks the right questions."),
            C("Customer service", "explains permit conditions to applicants in plain language."),
            C("Reliability", "meets statutory review periods without reminders.")]})

# 6. HELCOM -- three pages with running heads and footers (LibreOffice) + e-mail forward
N["helcom-va-2042-2"] = notice(
    "HELCOM/VA/2042/2", ["en"], "Marine Monitoring Data Officer",
    "Baltic Marine Environment Protection Commission – Helsinki Commission (HELCOM)",
    "HELCOM Secretariat, Helsinki, Finland",
    "Full-time, 37.5 hours per week",
    "2042-08-18", sal(5320, 6040, "EUR", "month"), None,
    {"en": ([
        "University degree (Master's level) in marine science, environmental science, data science or a related field",
        "At least four years of professional experience in managing environmental monitoring data",
        "Good command of SQL and of at least one scripting language (Python or R)",
        "Excellent command of written and spoken English",
    ], [
        "Experience of working with an intergovernmental organisation or a regional seas convention",
        "Knowledge of the ICES data formats and vocabularies",
        "Knowledge of one of the languages of the Baltic Sea countries",
    ])},
    {"en": [C("Accuracy", "checks data submissions thoroughly before they are published."),
            C("Cooperation", "works patiently with national data reporters in nine countries."),
            C("Initiative", "proposes practical improvements to the data flows."),
            C("Clear communication", "explains technical issues to non-specialists.")]})

# 7. Monts d'Ardeche -- LaTeX with run-in headings (pdflatex)
N["pnrma-2042-09"] = notice(
    "PNRMA-2042-09", ["fr"], "Chargé·e de mission architecture et paysages de terrasses (F/H)",
    "Syndicat mixte du Parc naturel régional des Monts d'Ardèche",
    "Maison du Parc, Jaujac (Ardèche)",
    "Temps complet, 35 heures hebdomadaires du lundi au vendredi",
    "2042-08-20", sal(2230, 2640, "EUR", "month"), None,
    {"fr": ([
        "un diplôme d'architecte, de paysagiste ou d'urbaniste (bac + 5) ;",
        "une première expérience du conseil aux communes ou aux particuliers ;",
        "une bonne connaissance des techniques de construction en pierre sèche ;",
        "le permis B et l'aptitude aux déplacements sur des routes de montagne.",
    ], [
        "une pratique du dessin à main levée et de la maquette ;",
        "une connaissance des procédures d'urbanisme en site classé.",
    ])},
    {"fr": [C("Pédagogie", "vous savez expliquer une règle d'urbanisme sans jargon."),
            C("Curiosité", "vous aimez lire un paysage et en comprendre l'histoire."),
            C("Diplomatie", "vous trouvez des compromis entre élus, habitants et services de l'État.")]})

# 8. IKF -- poster with a sidebar (Chromium) + HTML board copy
N["ikf-hr-2042-03"] = notice(
    "IKF-HR-2042-03", ["en"], "Competitions and Match Officials Coordinator",
    "International Korfball Federation (IKF)",
    "Zeist, the Netherlands",
    "Full-time, 38 hours per week",
    "2042-08-21", sal(3900, 4450, "EUR", "month"), None,
    {"en": ([
        "Bachelor's degree in sport management, event management or a related field",
        "At least three years of experience in organising international or national competitions",
        "Fluent English; Dutch is an advantage but not required",
        "Availability to travel about eight weekends a year",
    ], [
        "Experience as a referee or referee educator in any team sport",
        "Knowledge of competition management software",
    ])},
    {"en": [C("Planning", "keeps calendars, venues and appointments in line."),
            C("Fairness", "treats all member federations alike."),
            C("Calm under pressure", "solves match-day problems quickly.")]})

# 9. IAU / AIU -- brochure with coloured bands, EN then FR (WeasyPrint)
N["iau-hr-2042-05"] = notice(
    "IAU-HR-2042-05", ["en", "fr"],
    {"en": "Programme Officer, Higher Education and Sustainable Development",
     "fr": "Chargé·e de programme, enseignement supérieur et développement durable"},
    {"en": "International Association of Universities (IAU)",
     "fr": "Association internationale des universités (AIU)"},
    {"en": "UNESCO House, Paris, France", "fr": "Maison de l'UNESCO, Paris (France)"},
    {"en": "Full-time (35 hours per week)", "fr": "Temps plein (35 heures par semaine)"},
    "2042-08-25", sal(3650, 4100, "EUR", "month"), None,
    {"en": ([
        "Master's degree in education, sustainability studies, international relations or a related field",
        "Three years of experience in project coordination in higher education or with an international network",
        "Excellent drafting skills in English and French",
    ], [
        "Experience of organising online surveys of institutions",
        "Knowledge of Spanish",
    ]),
     "fr": ([
        "Master en sciences de l'éducation, en études du développement durable, en relations internationales ou dans un domaine apparenté",
        "Trois ans d'expérience de la coordination de projets dans l'enseignement supérieur ou au sein d'un réseau international",
        "Excellentes capacités rédactionnelles en anglais et en français",
     ], [
        "Expérience de l'organisation d'enquêtes en ligne auprès d'établissements",
        "Connaissance de l'espagnol",
     ])},
    {"en": [C("Collaboration", "builds trust with member universities on every continent."),
            C("Organisation", "runs several projects at once without losing track.")],
     "fr": [C("Collaboration", "instaure la confiance avec les universités membres de tous les continents."),
            C("Organisation", "mène plusieurs projets de front sans rien perdre de vue.")]})

# 10. CAUE de l'Ariege -- landscape page in columns (WeasyPrint) + Markdown board copy
N["caue09-2042-04"] = notice(
    "CAUE09-2042-04", ["fr"], "Architecte conseiller·ère (F/H)",
    "Conseil d'architecture, d'urbanisme et de l'environnement de l'Ariège (CAUE 09)",
    "Foix (09), avec déplacements dans tout le département",
    "35 heures hebdomadaires, du lundi au vendredi",
    "2042-08-28", sal(32000, 37000, "EUR", "year"), None,
    {"fr": ([
        "diplôme d'État d'architecte (DEA ou HMONP) ;",
        "expérience de trois ans au moins en maîtrise d'œuvre ou en conseil ;",
        "aisance dans l'expression orale devant des élus et des particuliers ;",
        "permis B.",
    ], [
        "connaissance de l'architecture rurale pyrénéenne ;",
        "pratique de la rénovation énergétique du bâti ancien.",
    ])},
    {"fr": [C("Écoute", "vous partez toujours du projet de la personne que vous conseillez."),
            C("Sens pédagogique", "vous rendez l'architecture accessible à tous les publics."),
            C("Esprit d'équipe", "vous travaillez en binôme avec les paysagistes et les urbanistes du CAUE.")]})


def write_expected():
    d = os.path.join(ROOT, "expected")
    os.makedirs(d, exist_ok=True)
    for k, v in N.items():
        with open(os.path.join(d, k + ".json"), "w", encoding="utf-8") as f:
            json.dump(v, f, ensure_ascii=False, indent=2)
            f.write("\n")


if __name__ == "__main__":
    write_expected()
    print(len(N), "expected files")
