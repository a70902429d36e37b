from common import *
KEY = "acufc-33-06"; REF = "ACUFC-33-06"
T = {"en": "Project Coordinator, Francophone Immigration", "fr": "Coordonnateur ou coordonnatrice de projet, immigration francophone"}
ORG = {"en": "Association des collèges et universités de la francophonie canadienne (ACUFC)", "fr": "Association des collèges et universités de la francophonie canadienne (ACUFC)"}
LOC = {"en": "Ottawa, Ontario (hybrid)", "fr": "Ottawa (Ontario) (mode hybride)"}
SCH = {"en": "Full-time, 35 hours per week", "fr": "Temps plein, 35 heures par semaine"}
SALS = {"en": "$69,400 to $78,200 per year", "fr": "69 400 $ à 78 200 $ par année"}
DLS = {"en": "September 23, 2033, 5:00 p.m. (ET)", "fr": "23 septembre 2033, 17 h (HE)"}
ESS = {"en": ["Bachelor's degree in political science, international development, education or a related field", "At least three years of experience in project coordination, ideally in the non-profit or post-secondary sector", "Excellent written and spoken French and English", "Experience managing budgets and reporting to a federal funder"],
       "fr": ["Baccalauréat en science politique, en développement international, en éducation ou dans un domaine connexe", "Au moins trois années d'expérience en coordination de projets, idéalement dans le secteur sans but lucratif ou postsecondaire", "Excellente maîtrise du français et de l'anglais, à l'oral comme à l'écrit", "Expérience de la gestion de budgets et de la reddition de comptes à un bailleur de fonds fédéral"]}
DES = {"en": ["Knowledge of Canada's immigration programs for international students", "Lived experience of immigration to a francophone minority community"],
       "fr": ["Connaissance des programmes d'immigration du Canada destinés aux étudiants internationaux", "Expérience vécue de l'immigration dans une communauté francophone en situation minoritaire"]}
COMP = {"en": ["Sense of organization", "Diplomacy", "Team spirit", "Adaptability"], "fr": ["Sens de l'organisation", "Diplomatie", "Esprit d'équipe", "Capacité d'adaptation"]}
expected(KEY, reference=REF, languages=["en", "fr"], title=T, organisation=ORG, location=LOC, schedule=SCH,
         deadline="2033-09-23", salary=sal(None, 69400, 78200, "CAD", "year"),
         requirements={l: {"essential": ESS[l], "desirable": DES[l]} for l in ("en", "fr")},
         competencies={l: names(COMP[l]) for l in ("en", "fr")})
DUT = {"en": ["Coordinate a three-year project that helps member institutions welcome and retain francophone international students", "Organize the project's working groups and an annual national forum", "Prepare progress reports and financial statements for the funder"],
       "fr": ["Coordonner un projet triennal qui aide les établissements membres à accueillir et à retenir les étudiants internationaux francophones", "Organiser les groupes de travail du projet et un forum national annuel", "Préparer les rapports d'étape et les états financiers destinés au bailleur de fonds"]}
lab = {"en": ("Position", "Organization", "Reference", "Location", "Status", "Schedule", "Salary", "Start date", "Application deadline", "Main responsibilities", "Requirements", "Assets", "Qualities sought", "Permanent position", "November 14, 2033", "Send your CV and cover letter, in French or in English, to emplois@acufc.example, quoting reference " + REF + ". Only candidates selected for an interview will be contacted; interviews will be held on October 4 and 5, 2033.",
              "ACUFC brings together some twenty colleges and universities that offer French-language postsecondary education outside Quebec. We are looking for a project coordinator to join our team in Ottawa."),
       "fr": ("Poste", "Organisme", "Référence", "Lieu", "Statut", "Horaire", "Salaire", "Entrée en fonction", "Date limite", "Principales responsabilités", "Exigences", "Atouts", "Qualités recherchées", "Poste permanent", "14 novembre 2033", "Faites parvenir votre CV et votre lettre de présentation, en français ou en anglais, à emplois@acufc.example, en indiquant la référence " + REF + ". Seules les personnes retenues pour une entrevue seront contactées ; les entrevues auront lieu les 4 et 5 octobre 2033.",
              "L'ACUFC regroupe une vingtaine de collèges et d'universités qui offrent des études postsecondaires en français à l'extérieur du Québec. Nous cherchons une personne pour coordonner un projet au sein de notre équipe à Ottawa.")}
def half(l):
    p, o, r, lo, st, sc, sa, sd, dl, resp, req, ass, qual, perm, start, how, intro = lab[l]
    sep = ":" if l == "en" else " :"
    out = [intro, "", f"{p}{sep} {T[l]}", f"{o}{sep} {ORG[l]}", f"{r}{sep} {REF}", f"{lo}{sep} {LOC[l]}", f"{st}{sep} {perm}",
           f"{sc}{sep} {SCH[l]}", f"{sa}{sep} {SALS[l]}", f"{sd}{sep} {start}", f"{dl}{sep} {DLS[l]}", "", f"{resp}{sep}"]
    out += [f"  - {x}" for x in DUT[l]] + ["", f"{req}{sep}"] + [f"  - {x}" for x in ESS[l]] + ["", f"{ass}{sep}"] + [f"  - {x}" for x in DES[l]]
    out += ["", f"{qual}{sep} " + ", ".join(COMP[l]) + ".", "", how]
    return out
rule = "-" * 70
d = ["Send Francophonie-emplois mailing list submissions to", "\tfrancophonie-emplois@listes.example", "",
     "To subscribe or unsubscribe via the World Wide Web, visit", "\thttps://listes.example/mailman/listinfo/francophonie-emplois", "",
     "When replying, please edit your Subject line so it is more specific than \"Re: Contents of Francophonie-emplois digest...\"", "", "",
     "Today's Topics:", "", "   1. Webinaire : recruter a l'international (8 septembre) (Nadia Thériault)",
     "   2. Offre d'emploi / Job posting - ACUFC - Coordination de projet (Ressources humaines ACUFC)",
     "   3. Rappel : appel de communications, colloque du 20 octobre (Comité du colloque)", "", "", rule, "", "Message: 1",
     "Date: Mon, 5 Sep 2033 09:12:40 -0400", "From: Nadia Thériault <nadia.theriault@reseau.example>", "To: francophonie-emplois@listes.example",
     "Subject: [Francophonie-emplois] Webinaire : recruter a l'international (8 septembre)", "Message-ID: <a81c2@reseau.example>", "",
     "Bonjour à toutes et à tous,", "", "Notre prochain webinaire portera sur les exigences salariales et les conditions d'un permis de travail pour les diplômés étrangers. Il aura lieu le jeudi 8 septembre 2033 à 13 h (HE). Inscription gratuite avant le 7 septembre.", "",
     "Nadia", "", rule, "", "Message: 2", "Date: Tue, 6 Sep 2033 14:03:11 -0400", "From: Ressources humaines ACUFC <rh@acufc.example>",
     "To: francophonie-emplois@listes.example", "Subject: [Francophonie-emplois] Offre d'emploi / Job posting - ACUFC - Coordination de projet",
     "Message-ID: <5d90e1@acufc.example>", "Content-Type: text/plain; charset=\"utf-8\"", "",
     "(Le français suit l'anglais)", "", "Hello everyone,", "", "Please share the following posting within your networks. Thank you!", "",
     "=== JOB POSTING ==="] + half("en") + ["", "=== OFFRE D'EMPLOI ==="] + half("fr") + ["", "--", "Équipe des ressources humaines | Human Resources Team", "ACUFC", "",
     rule, "", "Message: 3", "Date: Wed, 7 Sep 2033 08:47:02 -0400", "From: Comité du colloque <colloque@reseau.example>", "To: francophonie-emplois@listes.example",
     "Subject: [Francophonie-emplois] Rappel : appel de communications, colloque du 20 octobre", "",
     "Rappel : les propositions de communication pour le colloque du 20 octobre 2033 (thème : l'employabilité des diplômés francophones) sont attendues au plus tard le 16 septembre 2033. Exigences : résumé de 300 mots, courte biographie.", "",
     rule, "", "Subject: Digest Footer", "", "_______________________________________________", "Francophonie-emplois mailing list", "francophonie-emplois@listes.example", "",
     "End of Francophonie-emplois Digest, Vol 42, Issue 17", "****************************************************", ""]
write(KEY + "-digest.txt", "\n".join(d))
