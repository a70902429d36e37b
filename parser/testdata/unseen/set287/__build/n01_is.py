"""497316: NATO IS, Office of Legal Affairs. Taleo French interface browser copy
(label / blank / value) and an invented aggregator board (label line / value line)."""
from common import write, expected, sal

REF = "497316"
T_EN = "Legal Officer (Institutional Law) - Office of Legal Affairs"
T_FR = "Juriste (droit institutionnel) - Bureau des affaires juridiques"
ORG_EN = "NATO International Staff (NATO IS)"
ORG_FR = "Secrétariat international de l'OTAN (SI OTAN)"
LOC_EN, LOC_FR = "Belgium-Brussels", "Belgique-Bruxelles"
SCH_EN, SCH_FR = "Full-time", "Temps plein"
GRADE = "G16"
CLEAR = "CTS"

ESS_EN = [
    "possess a university degree in law from an institution of recognised standing and be qualified to practise law in a NATO member state;",
    "have at least six years of professional experience in public international law, international institutional law or the law of international organisations;",
    "have experience of advising senior management on the interpretation of constituent instruments, headquarters agreements or staff regulations;",
    "be able to draft precise legal opinions, agreements and correspondence under tight deadlines;",
    "possess the following minimum levels of NATO's official languages (English/French): V (\"Advanced\") in one; III (\"Intermediate\") in the other.",
]
DES_EN = [
    "experience of privileges and immunities of international organisations;",
    "experience of litigation before an international administrative tribunal;",
    "a post-graduate degree in international law.",
]
ESS_FR = [
    "être titulaire d'un diplôme universitaire en droit délivré par un établissement reconnu et être habilité(e) à exercer la profession d'avocat dans un pays membre de l'OTAN ;",
    "avoir au moins six années d'expérience professionnelle en droit international public, en droit institutionnel international ou en droit des organisations internationales ;",
    "avoir l'expérience du conseil à la haute direction sur l'interprétation d'actes constitutifs, d'accords de siège ou de règlements du personnel ;",
    "être capable de rédiger des avis juridiques, des accords et des courriers précis dans des délais serrés ;",
    "avoir au minimum le niveau de compétence suivant dans les deux langues officielles de l'OTAN (anglais/français) : V (« avancé ») dans l'une ; III (« intermédiaire ») dans l'autre.",
]
DES_FR = [
    "expérience des privilèges et immunités des organisations internationales ;",
    "expérience du contentieux devant un tribunal administratif international ;",
    "diplôme de troisième cycle en droit international.",
]
COMP_EN = [
    ("Achievement", "Creates own measures of excellence;"),
    ("Analytical Thinking", "Breaks down complex legal questions into their parts;"),
    ("Clarity and Accuracy", "Checks own work and that of others for errors;"),
    ("Customer Service Orientation", "Takes responsibility for resolving clients' problems;"),
    ("Impact and Influence", "Anticipates the reaction of the audience to an argument;"),
    ("Organisational Awareness", "Understands the informal structure of the Organization;"),
    ("Teamwork", "Expresses positive attitudes and expectations of the team."),
]
COMP_FR = [
    ("Recherche de l'excellence", "Définit ses propres critères d'excellence ;"),
    ("Réflexion analytique", "Décompose les questions juridiques complexes en leurs éléments ;"),
    ("Clarté et précision", "Vérifie l'exactitude de son travail et de celui des autres ;"),
    ("Souci du client", "Prend la responsabilité de résoudre les problèmes des clients ;"),
    ("Impact et influence", "Anticipe la réaction de l'auditoire à un argument ;"),
    ("Compréhension de l'Organisation", "Comprend la structure informelle de l'Organisation ;"),
    ("Travail en équipe", "Exprime une attitude positive et des attentes positives à l'égard de l'équipe."),
]


def half_en(marker="", bullet=""):
    L = []
    L += [T_EN, "",
          f"Primary Location: {LOC_EN}",
          f"NATO Body: {ORG_EN}",
          f"Schedule: {SCH_EN}",
          "Application Deadline: 3 September 2041", "",
          "1. SUMMARY", "",
          "The Office of Legal Affairs (OLA) advises the Secretary General, the International Staff and the committees of the "
          "Council on every legal aspect of the work of the Organization: its legal status, its treaties and agreements, its "
          "staff rules and the settlement of disputes. The Institutional Law Section deals with the constituent texts of NATO "
          "bodies, host country arrangements and the rules that govern the Headquarters.", "",
          "The Legal Officer drafts and reviews agreements with host nations and partner organisations, prepares opinions on "
          "the interpretation of the Organization's rules, and represents the Office in working groups. S/he deputises for "
          "the Head of Section when required.", "",
          "2. QUALIFICATIONS AND EXPERIENCE", "",
          "ESSENTIAL", "",
          "The incumbent must:"]
    L += [bullet + x for x in ESS_EN]
    L += ["", "DESIRABLE", "", "The following would be considered an advantage:"]
    L += [bullet + x for x in DES_EN]
    L += ["", "3. MAIN ACCOUNTABILITIES", "",
          "Expertise Development",
          "Provides authoritative advice on questions of institutional law and keeps abreast of the case law of international "
          "administrative tribunals. Maintains the Office's collection of precedents.",
          "Stakeholder Management",
          "Builds working relations with the legal advisers of national delegations, of the International Military Staff and of "
          "the NATO Agencies.",
          "Knowledge Management",
          "Keeps the register of agreements concluded by the Organization up to date and makes it usable for colleagues.",
          "Perform any other related duty as assigned.", "",
          "4. INTERRELATIONSHIPS", "",
          "The incumbent reports to the Head, Institutional Law Section. S/he works closely with the Executive Management "
          "Division and with the Office of Resources. Direct reports: N/a. Indirect reports: N/a.", "",
          "5. COMPETENCIES", "",
          "The incumbent must demonstrate:"]
    L += [bullet + f"{n}: {d}" for n, d in COMP_EN]
    L += ["", "6. CONTRACT", "",
          "Contract to be offered to the successful applicant (if non-seconded): Definite duration contract of three years; "
          "possibility of an indefinite duration contract thereafter. Regular working hours are 40 hours per week.", "",
          "7. USEFUL INFORMATION REGARDING APPLICATION AND RECRUITMENT PROCESS", "",
          "Applications must be submitted by 3 September 2041 (11:59 pm Brussels time) through the NATO Talent Acquisition "
          "Platform. A written test is planned in the week of 29 September 2041 and panel interviews in October 2041.", "",
          "8. ADDITIONAL INFORMATION", "",
          "NATO is committed to diversity and inclusion. Please note that we can only accept applications from nationals of "
          "NATO member countries. The basic monthly salary quoted above is tax free."]
    return L


def half_fr(bullet=""):
    L = [T_FR, "",
         f"Lieu principal : {LOC_FR}",
         f"Organisme : {ORG_FR}",
         f"Horaire : {SCH_FR}",
         "Date limite de candidature : 3 septembre 2041", "",
         "1. RÉSUMÉ", "",
         "Le Bureau des affaires juridiques (OLA) conseille le/la secrétaire général(e), le Secrétariat international et les "
         "comités du Conseil sur tous les aspects juridiques des travaux de l'Organisation : son statut, ses traités et "
         "accords, son règlement du personnel et le règlement des différends. La Section Droit institutionnel traite des "
         "textes constitutifs des organismes de l'OTAN, des arrangements avec le pays hôte et des règles applicables au siège.", "",
         "Le/La juriste rédige et examine les accords conclus avec les pays hôtes et les organisations partenaires, prépare des "
         "avis sur l'interprétation des règles de l'Organisation et représente le Bureau dans des groupes de travail.", "",
         "2. QUALIFICATIONS ET EXPÉRIENCE", "",
         "ESSENTIEL", "",
         "Le/La titulaire doit :"]
    L += [bullet + x for x in ESS_FR]
    L += ["", "SOUHAITABLE", "", "Serait considéré comme un atout :"]
    L += [bullet + x for x in DES_FR]
    L += ["", "3. RESPONSABILITÉS PRINCIPALES", "",
          "Développement de l'expertise",
          "Donne des avis faisant autorité sur les questions de droit institutionnel et suit la jurisprudence des tribunaux "
          "administratifs internationaux.",
          "Gestion des parties prenantes",
          "Entretient des relations de travail avec les conseillers juridiques des délégations nationales, de l'État-major "
          "militaire international et des agences OTAN.",
          "Effectue toute autre tâche en rapport avec ses fonctions.", "",
          "4. STRUCTURE ET LIAISONS", "",
          "Le/La titulaire relève du/de la chef de la Section Droit institutionnel. Subordonnés directs : sans objet.", "",
          "5. COMPÉTENCES", "",
          "Le/La titulaire doit faire preuve des compétences suivantes :"]
    L += [bullet + f"{n} : {d}" for n, d in COMP_FR]
    L += ["", "6. CONTRAT", "",
          "Contrat proposé (sauf détachement) : contrat de durée déterminée de trois ans, pouvant être suivi d'un contrat de "
          "durée indéterminée. L'horaire normal de travail est de 40 heures par semaine.", "",
          "7. INFORMATIONS UTILES SUR LE PROCESSUS DE CANDIDATURE ET DE RECRUTEMENT", "",
          "Les candidatures doivent être soumises au plus tard le 3 septembre 2041 (23 h 59, heure de Bruxelles). Une épreuve "
          "écrite est prévue la semaine du 29 septembre 2041.", "",
          "8. INFORMATIONS COMPLÉMENTAIRES", "",
          "L'OTAN est attachée à la diversité et à l'inclusion. Le traitement mensuel de base indiqué ci-dessus est exonéré "
          "d'impôt."]
    return L


def build():
    expected(REF, languages=["en", "fr"],
             title={"en": T_EN, "fr": T_FR}, organisation={"en": ORG_EN, "fr": ORG_FR},
             location={"en": LOC_EN, "fr": LOC_FR}, schedule={"en": SCH_EN, "fr": SCH_FR},
             deadline="2041-09-03", salary=sal(9184.27, "EUR"), grade=GRADE, clearance=CLEAR,
             requirements={"en": {"essential": ESS_EN, "desirable": DES_EN},
                           "fr": {"essential": ESS_FR, "desirable": DES_FR}},
             competencies={"en": COMP_EN, "fr": COMP_FR})

    # 1. Taleo, French interface, browser copy: label / blank / value
    L = ["Passer au contenu principal", "",
         "OTAN - Offres d'emploi",
         "Accueil", "Offres d'emploi", "Mes candidatures", "English", "Connexion", "",
         "Offres d'emploi > Description de l'emploi", "",
         f"Description de l'emploi - {T_FR} ({REF})", "",
         f"{T_FR}-{REF}", "",
         "Lieu principal", "", LOC_FR, "",
         "Organisme OTAN", "", ORG_EN, "",
         "Horaire", "", SCH_FR, "",
         "Date limite de candidature", "", "03-sept.-2041, 23:59:00", "",
         "Salaire (Base de paie)", "", ": 9 184,27Euro (EUR) Mensuelle", "",
         "Grade", "", f"Grade OTAN {GRADE}", "",
         "Niveau d'habilitation", "", CLEAR, "",
         "Description", "", ":", "",
         "VACANCY NOTIFICATION / NOTIFICATION DE LA VACANCE DU POSTE",
         "OPEN TO NATIONALS OF NATO MEMBER STATES ONLY / OUVERT UNIQUEMENT AUX RESSORTISSANTS DES PAYS MEMBRES DE L'OTAN", ""]
    L += half_en()
    L += ["", "**********", ""]
    L += half_fr()
    L += ["", "Publication de l'offre", "", "13-août-2041, 09:00:00", "",
          "Postuler en ligne", "Envoyer à un ami", "Sauvegarder dans le panier", "",
          "Offres d'emploi similaires", "",
          "Administrateur/Administratrice (contrats) - Bureau des ressources  |  Belgique-Bruxelles  |  02-sept.-2041",
          "Assistant(e) juridique - Bureau des affaires juridiques  |  Belgique-Bruxelles  |  17-sept.-2041", "",
          "Copyright © 2041, Oracle. Tous droits réservés. | Paramètres des témoins | Déclaration de confidentialité"]
    write(f"{REF}-natocarrieres.txt", "\n".join(L) + "\n", REF)

    # 2. aggregator board: label line / value line, then the notice
    L = ["intljobs.example", "Jobs  Companies  Salaries  Visa guide  Post a job", "",
         f"{T_EN} at NATO", "", ", , -", "", "Full Time", "",
         "Start Date", "", "Immediate", "",
         "Expiry Date", "", "03 Sep, 41", "",
         "Salary", "", "0.0", "",
         "Posted On", "", "14 Aug, 41", "",
         "Experience", "", "6 year(s) or above", "",
         "Remote Job", "", "No", "",
         "Sponsor Visa", "", "No", "",
         "Skills", "", "Law, Legal Drafting, Public International Law, Negotiation, Analytical Thinking, Teamwork", "",
         "Industry", "", "International Affairs", "",
         "Description", "",
         "OPEN TO NATIONALS OF NATO MEMBER STATES ONLY",
         f"Salary (Pay Basis): 9,184.27Euro (EUR) Monthly",
         f"Grade: NATO Grade {GRADE}   Clearance Level: {CLEAR}", ""]
    L += half_en(bullet="• ")
    L += ["", "---", ""]
    L += half_fr(bullet="• ")
    L += ["", f"Employer reference: {REF}", "",
          "Apply Now", "", "Similar jobs", "",
          "Legal Assistant - NATO - Brussels - Expiry 17 Sep, 41",
          "Counsel (Employment Law) - EU agency - Luxembourg - Salary 7.9k - 9.2k EUR",
          "Associate Legal Officer - International court - The Hague - Expiry 30 Sep, 41", "",
          "© intljobs.example - jobs are collected from public sources; check the employer's site before applying."]
    write(f"{REF}-intljobs.txt", "\n".join(L) + "\n", REF)
