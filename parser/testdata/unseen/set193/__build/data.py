# Contract data of corpus193: every expected string is written once here and used
# both by the renderers (r_*.py) and by make.py to write expected/<key>.json.
# All names of people, references, figures, e-mails (.example) and dates are invented.

def sal(amount=None, mn=None, mx=None, cur=None, per=None):
    return {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": per}


def exp(ref, langs, title, org, loc, sched, deadline, salary, grade, clearance, req, comp):
    def both(d):
        return {"en": d.get("en"), "fr": d.get("fr")}
    return {
        "reference": ref, "post_number": None, "languages": langs,
        "title": both(title), "organisation": both(org), "location": both(loc),
        "schedule": both(sched), "deadline": deadline, "salary": salary, "grade": grade,
        "clearance": clearance,
        "requirements": {"en": req.get("en"), "fr": req.get("fr")},
        "competencies": {"en": comp.get("en"), "fr": comp.get("fr")},
    }


N = {}

# 1 ---------------------------------------------------------------- ACI World, EN | FR side by side
N["aci-hr-2033-041"] = dict(
    exp=exp("ACI-HR-2033-041", ["en", "fr"],
            {"en": "Senior Analyst, Airport Economics and Charges",
             "fr": "Analyste principal(e), économie et redevances aéroportuaires"},
            {"en": "Airports Council International (ACI World)",
             "fr": "Conseil international des aéroports (ACI World)"},
            {"en": "Montreal, Quebec, Canada", "fr": "Montréal (Québec) Canada"},
            {"en": "Full-time, 37.5 hours per week", "fr": "Temps plein, 37,5 heures par semaine"},
            "2033-11-14", sal(None, 84500, 99000, "CAD", "year"), None, None,
            {"en": {"essential": [
                "A master's degree in economics, transport economics, finance or a related field;",
                "At least six years of experience in economic regulation, airport finance or infrastructure pricing;",
                "Demonstrated ability to build and explain cost-allocation and benchmarking models;",
                "Excellent drafting skills in English, including for policy papers addressed to governments."],
                "desirable": [
                "Working knowledge of French or Spanish;",
                "Experience with ICAO policies on airport charges;",
                "Familiarity with Python, R or Stata for panel data."]},
             "fr": {"essential": [
                "Maîtrise en économie, en économie des transports, en finance ou dans un domaine connexe ;",
                "Au moins six ans d'expérience en régulation économique, en finance aéroportuaire ou en tarification des infrastructures ;",
                "Capacité démontrée à construire et à expliquer des modèles de répartition des coûts et d'étalonnage ;",
                "Excellentes aptitudes rédactionnelles en anglais, y compris pour des notes de politique destinées aux gouvernements."],
                "desirable": [
                "Connaissance pratique du français ou de l'espagnol ;",
                "Expérience des politiques de l'OACI relatives aux redevances d'aéroport ;",
                "Connaissance de Python, de R ou de Stata pour les données de panel."]}},
            {"en": [], "fr": []}),
)

# 2 ---------------------------------------------------------------- IEC, Word template with header table
N["iec-co-vn-2033-12"] = dict(
    exp=exp("IEC/CO/VN/2033/12", ["en"],
            {"en": "Technical Officer, Conformity Assessment Schemes"},
            {"en": "International Electrotechnical Commission (IEC)"},
            {"en": "Geneva, Switzerland"},
            {"en": "Full-time (100%)"},
            "2033-11-03", sal(None, 118600, 142300, "CHF", "year"), "G8", None,
            {"en": {"essential": [
                "University degree in electrical or electronic engineering, physics or a related technical discipline.",
                "A minimum of seven years of professional experience in testing, certification or accreditation.",
                "Proven experience of working with international committees or working groups.",
                "Fluency in English, spoken and written."],
                "desirable": [
                "Knowledge of ISO/IEC 17065 and ISO/IEC 17025.",
                "Working knowledge of French, German or Spanish.",
                "Experience in a membership-based or standards-setting organization."]}},
            {"en": [
                {"name": "Technical rigour", "description": "applies standards and procedures consistently and checks the facts behind each decision."},
                {"name": "Stakeholder focus", "description": "builds trust with members, experts and certification bodies across regions."},
                {"name": "Communication", "description": "explains complex technical rules in plain and precise language."},
                {"name": "Planning and organization", "description": "manages several meeting cycles and deadlines without losing sight of priorities."}]}),
)

# 3 ---------------------------------------------------------------- ESO, criteria table
N["2033_0187"] = dict(
    exp=exp("2033_0187", ["en"],
            {"en": "Cryogenic Systems Engineer (ELT Instruments)"},
            {"en": "European Organisation for Astronomical Research in the Southern Hemisphere (ESO)"},
            {"en": "Garching near Munich, Germany"},
            {"en": "Full-time"},
            "2033-11-20", sal(None, 7480, 9120, "EUR", "month"), "7", None,
            {"en": {"essential": [
                "Master's degree in mechanical engineering, physics or an equivalent discipline",
                "At least five years of experience in the design or operation of cryogenic systems below 80 K",
                "Hands-on experience with vacuum technology and leak testing",
                "Good command of thermal modelling tools",
                "Ability to write clear technical specifications in English"],
                "desirable": [
                "Experience with closed-cycle coolers or pulse-tube refrigerators",
                "Previous work on astronomical instrumentation",
                "Knowledge of German or Spanish"]}},
            {"en": []}),
)

# 4 ---------------------------------------------------------------- Collectivité de Corse, form with boxes
N["cdc-drh-2033-0562"] = dict(
    exp=exp("CdC-DRH-2033-0562", ["fr"],
            {"fr": "Chef(fe) d'équipe d'exploitation et d'entretien routier (F/H)"},
            {"fr": "Collectivité de Corse"},
            {"fr": "Centre d'exploitation de Corte"},
            {"fr": "Temps complet"},
            "2033-11-07", None, None, None,
            {"fr": {"essential": [
                "Connaissance des techniques d'entretien et d'exploitation de la voirie",
                "Maîtrise des règles de signalisation temporaire de chantier",
                "Permis C en cours de validité",
                "Capacité à encadrer une équipe de huit à douze agents",
                "Aptitude à participer au service hivernal et aux astreintes"],
                "desirable": [
                "Pratique de la langue corse",
                "CACES engins de chantier (catégorie A ou C1)",
                "Expérience d'un logiciel de suivi d'activité sur tablette"]}},
            {"fr": [
                {"name": "Sens du service public", "description": None},
                {"name": "Rigueur et respect des consignes de sécurité", "description": None},
                {"name": "Esprit d'équipe", "description": None},
                {"name": "Réactivité en situation d'urgence", "description": None}]}),
)

# 5 ---------------------------------------------------------------- IHES, cover page, FR then EN
N["ihes-2033-adm-04"] = dict(
    exp=exp("IHES-2033-ADM-04", ["fr", "en"],
            {"fr": "Responsable du service d'accueil des chercheurs invités (F/H)",
             "en": "Head of the Visiting Researchers Office (F/M)"},
            {"fr": "Institut des Hautes Études Scientifiques (IHES)",
             "en": "Institut des Hautes Études Scientifiques (IHES)"},
            {"fr": "Bures-sur-Yvette (Essonne)", "en": "Bures-sur-Yvette, France"},
            {"fr": "Temps plein", "en": "Full-time"},
            "2033-11-24", sal(None, 42000, 48000, "EUR", "year"), None, None,
            {"fr": {"essential": [
                "Diplôme de niveau bac+3 minimum en administration, langues étrangères appliquées ou gestion ;",
                "Expérience d'au moins cinq ans dans l'accueil de publics internationaux ou la mobilité des chercheurs ;",
                "Bonne connaissance des procédures de visas et de titres de séjour pour les scientifiques ;",
                "Anglais courant à l'oral comme à l'écrit."],
                "desirable": [
                "Expérience dans un établissement d'enseignement supérieur ou de recherche ;",
                "Connaissance d'une troisième langue ;",
                "Pratique d'un logiciel de gestion des réservations d'hébergement."]},
             "en": {"essential": [
                "A bachelor's degree or equivalent in administration, applied languages or management;",
                "At least five years of experience in welcoming international guests or in researcher mobility;",
                "Sound knowledge of visa and residence-permit procedures for scientists;",
                "Fluent spoken and written French and English."],
                "desirable": [
                "Experience in a higher-education or research institution;",
                "Knowledge of a third language;",
                "Use of accommodation-booking software."]}},
            {"fr": [
                {"name": "Sens de l'accueil", "description": "vous savez mettre à l'aise des visiteurs venus du monde entier."},
                {"name": "Organisation", "description": "vous anticipez les arrivées et tenez les délais administratifs."},
                {"name": "Discrétion", "description": "vous traitez avec tact des informations personnelles."}],
             "en": [
                {"name": "Hospitality", "description": "you put visitors from all over the world at ease."},
                {"name": "Organisation", "description": "you anticipate arrivals and meet administrative deadlines."},
                {"name": "Discretion", "description": "you handle personal information with tact."}]}),
)

# 6 ---------------------------------------------------------------- MMV, three pages with running heads (LaTeX)
N["mmv-2033-027"] = dict(
    exp=exp("MMV-2033-027", ["en"],
            {"en": "Associate Director, Clinical Pharmacology"},
            {"en": "Medicines for Malaria Venture (MMV)"},
            {"en": "Geneva, Switzerland"},
            {"en": "Full-time (100%)"},
            "2033-11-10", sal(None, 158000, 186000, "CHF", "year"), None, None,
            {"en": {"essential": [
                "PhD, PharmD or MD with specialist training in clinical pharmacology or pharmacometrics.",
                "At least eight years of experience in clinical drug development, including early-phase studies.",
                "Hands-on experience with population pharmacokinetic and exposure-response modelling.",
                "Track record of regulatory interactions with stringent authorities.",
                "Excellent written and spoken English."],
                "desirable": [
                "Experience in infectious diseases or in paediatric formulations.",
                "Knowledge of French or Portuguese.",
                "Experience of working with partners in malaria-endemic countries."]}},
            {"en": [
                {"name": "Scientific leadership", "description": "sets a clear scientific direction and challenges assumptions with data."},
                {"name": "Collaboration", "description": "works across functions and with external partners to reach joint goals."},
                {"name": "Integrity", "description": "acts transparently and in line with MMV's mission and values."}]}),
)

# 7 ---------------------------------------------------------------- CERFACS, LaTeX run-in headings
N["cerfacs-rh-2033-15"] = dict(
    exp=exp("CERFACS-RH-2033-15", ["fr"],
            {"fr": "Ingénieur(e) de recherche en portage GPU de codes de mécanique des fluides (H/F)"},
            {"fr": "Centre Européen de Recherche et de Formation Avancée en Calcul Scientifique (CERFACS)"},
            {"fr": "Toulouse (Haute-Garonne)"},
            {"fr": "Temps plein"},
            "2033-11-17", sal(None, 3150, 3600, "EUR", "month"), None, None,
            {"fr": {"essential": [
                "doctorat ou diplôme d'ingénieur en calcul scientifique, en informatique ou en mécanique des fluides ;",
                "expérience confirmée de la programmation parallèle (MPI, OpenMP) en Fortran ou en C++ ;",
                "pratique d'au moins un modèle de programmation sur GPU (CUDA, HIP, OpenACC ou Kokkos) ;",
                "aisance en anglais technique, à l'écrit comme à l'oral."],
                "desirable": [
                "connaissance des méthodes volumes finis sur maillages non structurés ;",
                "expérience des outils de profilage sur supercalculateur ;",
                "contributions à un logiciel libre scientifique."]}},
            {"fr": [
                {"name": "Autonomie", "description": None},
                {"name": "Goût du travail en équipe", "description": None},
                {"name": "Rigueur dans la documentation du code", "description": None}]}),
)

# 8 ---------------------------------------------------------------- SOS MEDITERRANEE, poster with a sidebar (no reference)
N["sos-mediterranee-coordinateur-logistique-navire"] = dict(
    exp=exp("", ["fr"],
            {"fr": "Coordinateur·rice logistique embarqué·e (F/H)"},
            {"fr": "SOS MEDITERRANEE France"},
            {"fr": "Marseille et à bord du navire"},
            {"fr": "Temps plein, en rotation"},
            "2033-11-27", sal(2650, None, None, "EUR", "month"), None, None,
            {"fr": {"essential": [
                "Expérience d'au moins trois ans en logistique humanitaire, maritime ou industrielle",
                "Connaissance de la gestion de stocks et des procédures d'achat",
                "Capacité à vivre et travailler en espace restreint pendant plusieurs semaines",
                "Anglais opérationnel",
                "Adhésion aux principes humanitaires"],
                "desirable": [
                "Certificat de formation de base à la sécurité (STCW)",
                "Notions d'italien ou d'arabe",
                "Expérience de la maintenance de moteurs hors-bord"]}},
            {"fr": []}),
)

# 9 ---------------------------------------------------------------- Swisscontact, brochure with coloured bands, EN then FR
N["sc-bf-2033-118"] = dict(
    exp=exp("SC-BF-2033-118", ["en", "fr"],
            {"en": "Country Finance and Administration Manager",
             "fr": "Responsable pays finances et administration"},
            {"en": "Swisscontact", "fr": "Swisscontact"},
            {"en": "Ouagadougou, Burkina Faso", "fr": "Ouagadougou (Burkina Faso)"},
            {"en": "Full-time", "fr": "Temps plein"},
            "2033-11-21", sal(1850000, None, None, "XOF", "month"), None, None,
            {"en": {"essential": [
                "Master's degree in finance, accounting or business administration",
                "At least seven years of experience in finance and administration, including four in a management role",
                "Sound knowledge of SYSCOHADA and of Burkinabè tax and labour law",
                "Experience with donor-funded projects (SDC, EU or similar)",
                "Fluency in French and good working knowledge of English"],
                "desirable": [
                "Professional accounting qualification (DECF, ACCA or equivalent)",
                "Experience with an ERP such as Sage or Navision",
                "Knowledge of Mooré or Dioula"]},
             "fr": {"essential": [
                "Master en finance, en comptabilité ou en gestion des entreprises",
                "Au moins sept ans d'expérience en finances et administration, dont quatre à un poste de responsable",
                "Bonne connaissance du SYSCOHADA et du droit fiscal et social burkinabè",
                "Expérience de projets financés par des bailleurs (DDC, UE ou similaires)",
                "Maîtrise du français et bonne connaissance pratique de l'anglais"],
                "desirable": [
                "Diplôme professionnel d'expertise comptable (DECF, ACCA ou équivalent)",
                "Expérience d'un ERP tel que Sage ou Navision",
                "Connaissance du mooré ou du dioula"]}},
            {"en": [], "fr": []}),
)

# 10 --------------------------------------------------------------- Lindt France, landscape page in columns
N["lsf-olo-2033-046"] = dict(
    exp=exp("LSF-OLO-2033-046", ["fr"],
            {"fr": "Conducteur·rice de ligne de moulage de tablettes (H/F)"},
            {"fr": "Lindt & Sprüngli SAS"},
            {"fr": "Oloron-Sainte-Marie (64)"},
            {"fr": "Temps plein en 3x8"},
            "2033-11-05", sal(None, 29500, 33000, "EUR", "year"), None, None,
            {"fr": {"essential": [
                "CAP, bac pro ou BTS en pilotage de lignes de production, maintenance ou agroalimentaire",
                "Première expérience de conduite de ligne automatisée",
                "Respect strict des règles d'hygiène et de sécurité alimentaire",
                "Disponibilité pour le travail en 3x8, week-ends ponctuels compris"],
                "desirable": [
                "Expérience en chocolaterie ou en confiserie",
                "Habilitation électrique BR ou B1V",
                "Connaissance d'un système de supervision de ligne"]}},
            {"fr": [
                {"name": "Vigilance", "description": "vous repérez une dérive avant qu'elle ne devienne une non-conformité."},
                {"name": "Esprit d'équipe", "description": "vous transmettez les consignes à chaque changement de poste."}]}),
)
