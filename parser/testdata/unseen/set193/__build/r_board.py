# Job-board copies (text as a browser "select all, copy" gives it) on invented boards.
from data import N


def aci_board():
    x = N["aci-hr-2033-041"]["exp"]
    r = x["requirements"]["en"]
    return "\n".join([
        "AeroCareers Board",
        "Jobs  Employers  Salaries  Sign in  Post a job",
        "Home > Jobs > Economics & policy > Montreal",
        "",
        x["title"]["en"],
        x["organisation"]["en"] + x["location"]["en"] + "PermanentHybrid",
        "Posted 12 days ago · 317 views · 41 applicants",
        "Apply on company site   Save   Share",
        "",
        "Job details",
        "ReferenceACI-HR-2033-041Employer" + x["organisation"]["en"] + "Location" + x["location"]["en"]
        + "Hours" + x["schedule"]["en"] + "SalaryCAD 84,500 – 99,000 per yearDeadlineNov 14, 2033",
        "",
        "About the job",
        "ACI World speaks for the world's airports before governments and international bodies. The Senior "
        "Analyst prepares ACI's positions on airport charges and economic oversight: maintaining the global "
        "charges database, drafting guidance for members facing tariff consultations, representing ACI in "
        "working groups and answering data requests from members and regions.",
        "",
        "Requirements",
        *["* " + i for i in r["essential"]],
        "",
        "Assets",
        *["* " + i for i in r["desirable"]],
        "",
        "Benefits: hybrid work (3 days on site), defined-benefit pension plan, group insurance, four weeks of vacation.",
        "",
        "Version française",
        x["title"]["fr"],
        "Référence ACI-HR-2033-041 · " + x["organisation"]["fr"] + " · " + x["location"]["fr"] + " · "
        + x["schedule"]["fr"] + " · 84 500 $ à 99 000 $ par année · Date limite : 14 novembre 2033",
        "Exigences",
        *["* " + i for i in x["requirements"]["fr"]["essential"]],
        "Atouts",
        *["* " + i for i in x["requirements"]["fr"]["desirable"]],
        "",
        "Similar jobs",
        "Airline Revenue Analyst – Laurentian Air Cargo – Dorval, QC – $71,000 – $80,000 – closes Nov 3, 2033",
        "Transport Policy Advisor – Port Corridor Authority – Montreal, QC – closes Dec 1, 2033",
        "Aviation Statistician – Remote (Canada) – $68,000 – closes Oct 31, 2033",
        "",
        "Employers: post a job from $129 · About · Privacy · Terms · © 2033 AeroCareers Board",
        "We use cookies to improve your experience. Accept all  Settings",
    ]) + "\n"


def eso_board():
    x = N["2033_0187"]["exp"]
    r = x["requirements"]["en"]
    return "\n".join([
        "AstroJobs Europe — careers in astronomy, space and instrumentation",
        "Search jobs | Institutes | Fellowships | Alerts | Login",
        "",
        x["title"]["en"],
        "ESOGarching near Munich, GermanyInternational Staff3 yearsEngineering",
        "Posted on: 24 October 2033   Closes: 20 November 2033",
        "",
        "Advert. No.2033_0187Employer" + x["organisation"]["en"] + "Location" + x["location"]["en"]
        + "Working time" + x["schedule"]["en"] + "Grade7SalaryEUR 7,480 – 9,120 net per monthDeadline20/11/2033",
        "",
        "The role",
        "The cryogenic team designs, integrates and maintains the cooling systems of the ELT instruments. "
        "You take technical ownership of several cryostats from design review to commissioning in Chile: "
        "specifying and verifying designs, running thermal analyses, supporting cool-down campaigns and "
        "maintaining interface documentation, with missions to Chile up to three times a year.",
        "",
        "Essential:",
        *["- " + i for i in r["essential"]],
        "Desirable:",
        *["- " + i for i in r["desirable"]],
        "",
        "Apply via the employer's recruitment portal quoting 2033_0187.",
        "",
        "More jobs like this",
        "Optical Engineer — Observatoire de Haute-Provence — closes 2 December 2033",
        "Detector Physicist — Leiden — closes 15 November 2033",
        "Telescope Operator — La Palma — closes 30 November 2033",
        "",
        "AstroJobs Europe · Post a vacancy (from EUR 90) · Contact · Privacy",
    ]) + "\n"


def sos_board():
    x = N["sos-mediterranee-coordinateur-logistique-navire"]["exp"]
    r = x["requirements"]["fr"]
    return "\n".join([
        "SolidaJobs",
        "Offres  Missions  Structures  Conseils  Se connecter",
        "Accueil › Offres › Logistique › Provence-Alpes-Côte d'Azur",
        "",
        x["title"]["fr"],
        "SOS MEDITERRANEE FranceMarseilleCDD 12 moisLogistique",
        "Publiée il y a 4 jours · 562 vues",
        "Postuler   Sauvegarder   Partager",
        "",
        "Structure" + x["organisation"]["fr"] + "Lieu" + x["location"]["fr"] + "ContratCDD de 12 mois"
        + "Temps de travail" + x["schedule"]["fr"] + "Salaire2 650 € bruts mensuelsDate limite27/11/2033",
        "",
        "Description",
        "Association européenne de sauvetage en mer, SOS MEDITERRANEE recherche une personne pour organiser la "
        "logistique du navire entre deux rotations et à bord : commandes de vivres et de matériel, inventaire, "
        "escales avec les agents maritimes, encadrement de deux logisticien·nes pendant les rotations de cinq semaines.",
        "",
        "Profil recherché",
        *["• " + i for i in r["essential"]],
        "",
        "Atouts",
        *["• " + i for i in r["desirable"]],
        "",
        "Offres similaires",
        "Logisticien·ne entrepôt humanitaire – Lyon – CDI – date limite 15/11/2033",
        "Responsable approvisionnement – Bordeaux – 2 400 € bruts – date limite 30/11/2033",
        "",
        "Recruteurs : publiez une offre à partir de 79 € HT · Mentions légales · Cookies",
    ]) + "\n"
