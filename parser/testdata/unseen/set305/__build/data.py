"""All contract data of corpus305. Writes expected/<key>.json; every renderer takes the
expected strings from here (python3 data.py)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def C(name, desc=""):
    return {"name": name, "description": desc}


def sal(mn, mx, cur, per, amount=None):
    return {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": per}


def mono(lang, **kw):
    """Helper for a one-language notice: fills the other language with null."""
    other = "fr" if lang == "en" else "en"
    d = {}
    for f in ("title", "organisation", "location", "schedule"):
        d[f] = {lang: kw[f], other: None}
    d["requirements"] = {lang: {"essential": kw["essential"], "desirable": kw["desirable"]}, other: None}
    d["competencies"] = {lang: kw["competencies"], other: None}
    return d


N = {}

# 1. UITP -- EN | FR side by side (Chromium)
N["uitp-hr-2043-04"] = dict(
    reference="UITP/HR/2043/04", post_number=None, languages=["en", "fr"],
    title={"en": "Project Officer, Urban Rail Automation",
           "fr": "Chargé·e de projet, automatisation du rail urbain"},
    organisation={"en": "International Association of Public Transport (UITP)",
                  "fr": "Union internationale des transports publics (UITP)"},
    location={"en": "Secretariat General, Brussels, Belgium",
              "fr": "Secrétariat général, Bruxelles (Belgique)"},
    schedule={"en": "Full-time (38 hours per week)", "fr": "Temps plein (38 heures par semaine)"},
    deadline="2043-03-02", salary=sal(4200, 4900, "EUR", "month"), grade=None, clearance=None,
    requirements={
        "en": {"essential": [
            "Master's degree in transport engineering, electrical engineering or a related field",
            "At least three years of experience in metro, tram or railway signalling projects",
            "Good knowledge of CBTC and of unattended train operation",
            "Fluency in English and a good working knowledge of French"],
            "desirable": [
            "Experience of coordinating projects funded by the European Union",
            "Knowledge of German or Spanish"]},
        "fr": {"essential": [
            "Master en ingénierie des transports, en génie électrique ou dans un domaine apparenté",
            "Au moins trois ans d'expérience de projets de signalisation de métro, de tramway ou ferroviaire",
            "Bonne connaissance du CBTC et de l'exploitation sans conducteur",
            "Maîtrise de l'anglais et bonne connaissance pratique du français"],
            "desirable": [
            "Expérience de la coordination de projets financés par l'Union européenne",
            "Connaissance de l'allemand ou de l'espagnol"]}},
    competencies={
        "en": [C("Member focus", "answers operators and suppliers quickly and precisely."),
               C("Clear writing", "turns long working-group debates into short, usable reports."),
               C("Team spirit", "shares tasks openly across departments and offices.")],
        "fr": [C("Sens du service aux membres", "répond aux exploitants et aux industriels avec rapidité et précision."),
               C("Clarté rédactionnelle", "transforme de longs débats de groupes de travail en rapports courts et utiles."),
               C("Esprit d'équipe", "partage ouvertement les tâches entre départements et bureaux.")]},
)

# 2. Botswana -- Word template with a header table (LibreOffice)
N["dws-vc-07-2043"] = dict(
    reference="DWS/VC/07/2043", post_number=None, languages=["en"],
    deadline="2043-03-05", salary=sal(412668, 486120, "BWP", "year"), grade="C1", clearance=None,
    **mono("en",
           title="Principal Hydrogeologist I",
           organisation="Government of the Republic of Botswana",
           location="Groundwater Division headquarters, Gaborone, with field visits to all districts",
           schedule="07:30 to 16:30, Monday to Friday (40 hours a week)",
           essential=[
               "Bachelor's degree in Geology, Hydrogeology or Water Resources Engineering",
               "Master's degree in Hydrogeology or a closely related field",
               "A minimum of eight (8) years of relevant experience, two (2) of which at D1 level or equivalent",
               "Sound knowledge of groundwater modelling software and GIS",
               "A valid Class B driving licence"],
           desirable=[
               "Registration with the Engineers Registration Board",
               "Experience of wellfield management in the Kalahari sandveld"],
           competencies=[
               C("Analytical thinking", "interprets pumping-test and water-level data soundly."),
               C("Leadership", "guides a team of hydrogeologists and drilling technicians."),
               C("Integrity", "handles abstraction permits and borehole data in line with the Public Service Charter.")]),
)

# 3. New Forest NPA -- criteria table (LibreOffice)
N["nfnpa-hr-43-05"] = dict(
    reference="NFNPA/HR/43/05", post_number=None, languages=["en"],
    deadline="2043-03-09", salary=sal(31450, 34890, "GBP", "year"), grade="Band 5", clearance=None,
    **mono("en",
           title="Commoning Liaison Officer",
           organisation="New Forest National Park Authority",
           location="Lymington Town Hall, with fieldwork across the New Forest",
           schedule="Full time, 37 hours per week (some evening and early-morning work)",
           essential=[
               "Experience of working with farmers, graziers or other land managers",
               "Knowledge of the New Forest commoning system and the role of the Verderers",
               "Ability to explain technical and regulatory matters in plain language",
               "Full driving licence and access to a vehicle for work",
               "Willingness to attend evening meetings and the autumn pony drifts"],
           desirable=[
               "A qualification in agriculture, rural estate management or countryside management",
               "Experience of administering agri-environment schemes",
               "Experience of handling livestock"],
           competencies=[C("Trusted"), C("Open"), C("Practical")]),
)
# criteria table rows in table order: (attribute, criterion, E/D, assessed by)
NF_ROWS = [
    ("Experience", 0, "E", "A / I"),
    ("Knowledge", 1, "E", "A / I"),
    ("Qualifications", 0, "D", "A"),
    ("Skills", 2, "E", "I / P"),
    ("Experience", 1, "D", "A"),
    ("Other", 3, "E", "A"),
    ("Skills", 2, "D", "I"),
    ("Other", 4, "E", "I"),
]

# 4. CEN Limousin -- form with boxes (WeasyPrint)
N["cen-lim-2043-006"] = dict(
    reference="CEN-LIM-2043-006", post_number=None, languages=["fr"],
    deadline="2043-03-11", salary=sal(2150, 2480, "EUR", "month"), grade=None, clearance=None,
    **mono("fr",
           title="Technicien·ne tourbières et zones humides (F/H)",
           organisation="Conservatoire d'espaces naturels du Limousin (CEN Limousin)",
           location="Antenne de la Montagne limousine, Gentioux-Pigerolles (Creuse)",
           schedule="Temps complet (35 h hebdomadaires, annualisées)",
           essential=[
               "BTS Gestion et protection de la nature ou licence professionnelle en gestion des milieux humides",
               "Expérience de deux ans minimum dans le suivi de travaux de génie écologique",
               "Maîtrise des protocoles de suivi hydrologique (piézomètres, sondes de niveau)",
               "Permis B indispensable"],
           desirable=[
               "Connaissance de la flore des tourbières du Massif central",
               "Pratique de QGIS et des outils de saisie nomade"],
           competencies=[
               C("Autonomie", "organise seul·e ses tournées de terrain."),
               C("Sens du contact", "dialogue avec les éleveurs, les propriétaires et les élus."),
               C("Rigueur", "consigne chaque relevé le jour même.")]),
)

# 5. Government of Guam -- cover page (pdfTeX)
N["doa-ja-43-117"] = dict(
    reference="DOA/JA/43-117", post_number=None, languages=["en"],
    deadline="2043-03-13", salary=sal(48212, 69890, "USD", "year"), grade="Pay Grade N", clearance=None,
    **mono("en",
           title="Environmental Health Specialist II",
           organisation="Government of Guam",
           location="Division of Environmental Health, Department of Public Health and Social Services, Mangilao, Guam",
           schedule="8:00 a.m. to 5:00 p.m., Monday through Friday (40 hours per week)",
           essential=[
               "Bachelor's degree in environmental health, biology, chemistry or a related natural science",
               "Two (2) years of professional experience in environmental health inspection or enforcement",
               "Valid Guam driver's license",
               "Ability to lift and carry 40 pounds of sampling equipment"],
           desirable=[
               "Registered Environmental Health Specialist (REHS) credential",
               "Working knowledge of Chamorro or another Micronesian language"],
           competencies=[
               C("Sound judgment", "applies the Guam Food Code consistently across establishments."),
               C("Communication", "explains corrective actions to owners in plain terms."),
               C("Reliability", "files inspection reports within two working days.")]),
)

# 6. OSPAR Commission -- three pages with running heads and footers (WeasyPrint)
N["ospar-vn-2043-01"] = dict(
    reference="OSPAR/VN/2043/01", post_number=None, languages=["en"],
    deadline="2043-03-17", salary=sal(71400, 78900, "GBP", "year"), grade="A3", clearance=None,
    **mono("en",
           title="Deputy Secretary, Hazardous Substances and Eutrophication",
           organisation="OSPAR Commission",
           location="OSPAR Secretariat, London, United Kingdom",
           schedule="Full-time (37.5 hours per week)",
           essential=[
               "University degree in environmental chemistry, marine science or a related discipline",
               "At least seven years of relevant professional experience, including work with national authorities or international bodies",
               "Sound understanding of the OSPAR Convention and of European marine and chemicals policy",
               "Excellent drafting skills in English"],
           desirable=[
               "A good working knowledge of French",
               "Experience of chairing or servicing intergovernmental meetings"],
           competencies=[
               C("Diplomacy", "finds common ground between sixteen Contracting Parties."),
               C("Planning", "keeps a full cycle of committee meetings on schedule."),
               C("Analytical rigour", "checks monitoring data before it reaches an assessment."),
               C("Collaboration", "works closely with the other Deputy Secretaries and the assistants.")]),
)

# 7. PNR des Causses du Quercy -- LaTeX with run-in headings (pdfTeX)
N["pnrcq-2043-03"] = dict(
    reference="PNRCQ-2043-03", post_number=None, languages=["fr"],
    deadline="2043-03-19", salary=sal(2280, 2710, "EUR", "month"), grade=None, clearance=None,
    **mono("fr",
           title="Chargé·e de mission géopatrimoine (F/H)",
           organisation="Syndicat mixte du Parc naturel régional des Causses du Quercy",
           location="Maison du Parc, Labastide-Murat (Lot)",
           schedule="Temps complet, 36 h par semaine avec RTT",
           essential=[
               "un master en géologie, en géosciences ou en médiation scientifique ;",
               "une première expérience dans l'inventaire ou la valorisation du patrimoine géologique ;",
               "une réelle aisance rédactionnelle et orale ;",
               "le permis B."],
           desirable=[
               "la connaissance du réseau mondial des géoparcs de l'UNESCO ;",
               "la pratique de l'anglais."],
           competencies=[
               C("Curiosité", "vous aimez lire un paysage et en raconter l'histoire."),
               C("Pédagogie", "vous rendez la géologie accessible aux enfants comme aux élus."),
               C("Sens du collectif", "vous travaillez volontiers avec les équipes tourisme et biodiversité.")]),
)

# 8. World Squash Federation -- poster with a sidebar (Chromium)
N["wsf-hr-2043-02"] = dict(
    reference="WSF-HR-2043-02", post_number=None, languages=["en"],
    deadline="2043-03-24", salary=sal(42000, 48000, "GBP", "year"), grade=None, clearance=None,
    **mono("en",
           title="Coach Education Manager",
           organisation="World Squash Federation (WSF)",
           location="Hastings, United Kingdom (hybrid)",
           schedule="Full-time, 37.5 hours per week",
           essential=[
               "Level 3 coaching qualification in squash or another racket sport",
               "At least five years of experience designing coach education courses",
               "Experience of working with national federations on several continents",
               "Fluent English and willingness to travel up to 60 days a year"],
           desirable=[
               "Knowledge of Spanish, French or Arabic",
               "Experience of building courses on an e-learning platform"],
           competencies=[
               C("Curious", "you test every course with real coaches before it ships."),
               C("Organised", "you run several tutor cohorts across time zones without losing track."),
               C("Respectful", "you adapt material to each federation's culture and resources.")]),
)

# 9. International Federation of Surveyors -- brochure with coloured bands, EN then FR (WeasyPrint)
N["fig-off-2043-02"] = dict(
    reference="FIG/OFF/2043/02", post_number=None, languages=["en", "fr"],
    title={"en": "Membership and Commissions Officer",
           "fr": "Chargé·e des adhésions et des commissions"},
    organisation={"en": "International Federation of Surveyors (FIG)",
                  "fr": "Fédération Internationale des Géomètres (FIG)"},
    location={"en": "FIG Office, Copenhagen, Denmark", "fr": "Bureau de la FIG, Copenhague (Danemark)"},
    schedule={"en": "Full-time, 37 hours per week", "fr": "Temps plein, 37 heures par semaine"},
    deadline="2043-03-26", salary=sal(38500, 43000, "DKK", "month"), grade=None, clearance=None,
    requirements={
        "en": {"essential": [
            "Bachelor's degree in business administration, geomatics or a related field",
            "Three years of experience in membership services of an association or federation",
            "Excellent written and spoken English"],
            "desirable": [
            "Knowledge of French or Spanish",
            "Experience with a CRM database"]},
        "fr": {"essential": [
            "Licence en gestion, en géomatique ou dans un domaine apparenté",
            "Trois ans d'expérience dans le service aux membres d'une association ou d'une fédération",
            "Excellente maîtrise de l'anglais écrit et oral"],
            "desirable": [
            "Connaissance du français ou de l'espagnol",
            "Expérience d'une base de données de gestion de la relation membres"]}},
    competencies={
        "en": [C("Service mindset", "answers member associations within two working days."),
               C("Accuracy", "keeps fees, invoices and voting rights in order.")],
        "fr": [C("Sens du service", "répond aux associations membres sous deux jours ouvrés."),
               C("Exactitude", "tient en ordre cotisations, factures et droits de vote.")]},
)

# 10. Mission locale du Pays de Fougères -- landscape page in columns (WeasyPrint)
N["mlpf-2043-02"] = dict(
    reference="MLPF-2043-02", post_number=None, languages=["fr"],
    deadline="2043-03-31", salary=sal(27500, 31000, "EUR", "year"), grade=None, clearance=None,
    **mono("fr",
           title="Chargé·e de relations entreprises (F/H)",
           organisation="Mission locale du Pays de Fougères",
           location="Fougères, avec permanences à Louvigné-du-Désert et Saint-Brice-en-Coglès",
           schedule="35 h sur 4,5 jours, du lundi au vendredi midi",
           essential=[
               "Formation de niveau bac + 3 en ressources humaines, commerce ou insertion",
               "Expérience réussie de prospection auprès des entreprises",
               "Connaissance des dispositifs d'alternance et du contrat d'engagement jeune",
               "Permis B et véhicule personnel"],
           desirable=[
               "Connaissance du tissu économique du nord de l'Ille-et-Vilaine",
               "Pratique d'un logiciel de gestion de la relation client"],
           competencies=[
               C("Aisance relationnelle", "vous créez vite la confiance avec un chef d'entreprise."),
               C("Ténacité", "vous relancez sans vous décourager."),
               C("Écoute", "vous partez des besoins du jeune comme de ceux de l'employeur.")]),
)

ORDER = ["uitp-hr-2043-04", "dws-vc-07-2043", "nfnpa-hr-43-05", "cen-lim-2043-006", "doa-ja-43-117",
         "ospar-vn-2043-01", "pnrcq-2043-03", "wsf-hr-2043-02", "fig-off-2043-02", "mlpf-2043-02"]
KEYS = ["reference", "post_number", "languages", "title", "organisation", "location", "schedule",
        "deadline", "salary", "grade", "clearance", "requirements", "competencies"]


def E(key):
    return N[key]


def write_expected():
    os.makedirs(os.path.join(ROOT, "expected"), exist_ok=True)
    for k in ORDER:
        d = N[k]
        out = {f: d[f] for f in KEYS}
        with open(os.path.join(ROOT, "expected", k + ".json"), "w", encoding="utf-8") as fh:
            json.dump(out, fh, ensure_ascii=False, indent=2)
            fh.write("\n")


if __name__ == "__main__":
    write_expected()
    print("wrote", len(ORDER), "expected files")
