from common import *
REF = "486124"
T_EN = "Officer (Resilience Exercises) - Operations Division"
T_FR = "Administrateur/Administratrice (exercices de résilience) - Division Opérations"
ORG_EN = "NATO International Staff (NATO IS)"
ORG_FR = "Secrétariat international de l'OTAN (SI OTAN)"
LOC_EN, LOC_FR = "Belgium-Brussels", "Belgique-Bruxelles"
SCH_EN, SCH_FR = "Full-time", "Temps plein"
ESS_EN = [
    "possess a university degree in political science, international relations, emergency management or a related discipline;",
    "have at least five years of experience in planning, conducting or evaluating national or multinational exercises;",
    "have experience of working with civil protection, crisis management or critical infrastructure authorities;",
    "be able to draft exercise scenarios, injects and evaluation reports quickly and accurately;",
    "possess the following minimum levels of NATO's official languages (English/French): V (\"Advanced\") in one; II (\"Elementary\") in the other.",
]
DES_EN = [
    "experience of NATO's crisis management arrangements and of its civil preparedness baseline requirements;",
    "a post-graduate qualification in risk, resilience or security studies;",
    "experience of working in an international organisation.",
]
ESS_FR = [
    "être titulaire d'un diplôme universitaire en sciences politiques, en relations internationales, en gestion des urgences ou dans une discipline connexe ;",
    "avoir au moins cinq années d'expérience de la planification, de la conduite ou de l'évaluation d'exercices nationaux ou multinationaux ;",
    "avoir l'expérience du travail avec des autorités de protection civile, de gestion de crise ou d'infrastructures critiques ;",
    "être capable de rédiger rapidement et avec précision des scénarios d'exercice, des incidents simulés et des rapports d'évaluation ;",
    "avoir au minimum le niveau de compétence suivant dans les deux langues officielles de l'OTAN (anglais/français) : V (« avancé ») dans l'une ; II (« élémentaire ») dans l'autre.",
]
DES_FR = [
    "expérience des dispositions de gestion de crise de l'OTAN et de ses exigences de base en matière de préparation du secteur civil ;",
    "diplôme de troisième cycle en gestion des risques, en résilience ou en études de sécurité ;",
    "expérience du travail dans une organisation internationale.",
]
COMP_EN = [
    ("Achievement", "Sets own standards and works to meet them;"),
    ("Analytical Thinking", "Sees multiple relationships between the parts of a problem;"),
    ("Flexibility", "Adapts the exercise plan when circumstances change;"),
    ("Impact and Influence", "Uses indirect influence to bring partners on board;"),
    ("Initiative", "Anticipates problems and acts before they arise;"),
    ("Teamwork", "Solicits inputs and encourages others."),
]
COMP_FR = [
    ("Recherche de l'excellence", "Se fixe ses propres normes et s'efforce de les atteindre ;"),
    ("Réflexion analytique", "Voit les multiples liens entre les éléments d'un problème ;"),
    ("Flexibilité", "Adapte le plan d'exercice lorsque les circonstances changent ;"),
    ("Impact et influence", "Recourt à l'influence indirecte pour rallier les partenaires ;"),
    ("Initiative", "Anticipe les problèmes et agit avant qu'ils ne surviennent ;"),
    ("Travail en équipe", "Sollicite les contributions et encourage les autres."),
]

def half_en(bullet=""):
    L = []
    L += ["OFFICER (RESILIENCE EXERCISES)", "",
          "Primary Location: " + LOC_EN, "NATO Body: " + ORG_EN, "Schedule: " + SCH_EN,
          "Post title: " + T_EN, "", "1. SUMMARY", "",
          "The Operations Division (OPS) leads the International Staff's support to NATO's crisis management and "
          "resilience work. Within the Division, the Resilience and Civil Preparedness Directorate helps Allies to "
          "strengthen the ability of their societies and infrastructure to withstand and recover from shocks.",
          "",
          "The incumbent will design, run and evaluate the resilience strand of NATO's crisis management exercises, "
          "bringing together national civil authorities, the Strategic Commands and the relevant planning groups. "
          "He/she will also keep the lessons identified in earlier exercises under review and report on their follow-up.",
          "", "2. QUALIFICATIONS AND EXPERIENCE", "", "ESSENTIAL", "", "The incumbent must:"]
    L += [bullet + x for x in ESS_EN]
    L += ["", "DESIRABLE", "", "The following would be considered an advantage:"]
    L += [bullet + x for x in DES_EN]
    L += ["", "3. MAIN ACCOUNTABILITIES", "",
          "Planning and Execution",
          "Drafts the resilience objectives, storyline and injects for the annual crisis management exercise and "
          "for smaller table-top events. Coordinates the participation of national civil authorities.",
          "Expertise Development",
          "Maintains a network of exercise planners in Allied and partner nations and shares good practice.",
          "Knowledge Management",
          "Records lessons identified, tracks remedial action and prepares a yearly summary for the committees.",
          "Perform any other related duty as assigned.",
          "", "4. INTERRELATIONSHIPS", "",
          "The incumbent reports to the Head, Civil Preparedness Section, and works closely with the Defence Policy "
          "and Planning Division, the International Military Staff and SHAPE.",
          "", "5. COMPETENCIES", "", "The incumbent must demonstrate:"]
    L += [bullet + n + ": " + d for n, d in COMP_EN]
    L += ["", "6. CONTRACT", "",
          "Contract to be offered to the successful applicant (if non-seconded): Definite duration contract of three "
          "years; possibility of an indefinite duration contract thereafter. Normal working hours are 40 hours per week.",
          "", "7. RECRUITMENT PROCESS", "",
          "Please note that we can only accept applications from nationals of NATO member countries. Applications must "
          "be submitted by 1 February 2041 at the latest. Shortlisted candidates will be invited to an online "
          "assessment in the week of 18 February 2041 and to a panel interview in Brussels in March 2041.",
          "", "8. ADDITIONAL INFORMATION", "",
          "NATO is committed to diversity and inclusion, and strives to provide equal access to employment, "
          "advancement and retention, independently of gender, age, nationality, ethnic origin, religion or belief, "
          "cultural background, sexual orientation, and disability."]
    return L

def half_fr(bullet=""):
    L = ["ADMINISTRATEUR/ADMINISTRATRICE (EXERCICES DE RÉSILIENCE)", "",
         "Lieu principal : " + LOC_FR, "Organisme : " + ORG_FR, "Horaire : " + SCH_FR,
         "Intitulé du poste : " + T_FR, "", "1. RÉSUMÉ", "",
         "La Division Opérations (OPS) conduit l'appui du Secrétariat international aux travaux de l'OTAN dans les "
         "domaines de la gestion de crise et de la résilience. Au sein de la Division, la Direction Résilience et "
         "préparation du secteur civil aide les Alliés à renforcer la capacité de leurs sociétés et de leurs "
         "infrastructures à résister aux chocs et à s'en relever.",
         "",
         "Le/La titulaire concevra, conduira et évaluera le volet résilience des exercices de gestion de crise de "
         "l'OTAN, en réunissant les autorités civiles nationales, les commandements stratégiques et les groupes de "
         "planification concernés.",
         "", "2. QUALIFICATIONS ET EXPÉRIENCE", "", "ESSENTIEL", "", "Le/La titulaire doit :"]
    L += [bullet + x for x in ESS_FR]
    L += ["", "SOUHAITABLE", "", "Serait considéré comme un atout :"]
    L += [bullet + x for x in DES_FR]
    L += ["", "3. RESPONSABILITÉS PRINCIPALES", "",
          "Planification et exécution",
          "Rédige les objectifs de résilience, le scénario et les incidents simulés de l'exercice annuel de gestion de "
          "crise et d'exercices sur table de moindre ampleur.",
          "Gestion des connaissances",
          "Consigne les enseignements identifiés, suit les mesures correctives et prépare une synthèse annuelle.",
          "", "4. STRUCTURE ET LIAISONS", "",
          "Le/La titulaire relève du chef de la Section Préparation du secteur civil.",
          "", "5. COMPÉTENCES", "", "Le/La titulaire doit faire preuve des compétences suivantes :"]
    L += [bullet + n + " : " + d for n, d in COMP_FR]
    L += ["", "6. CONTRAT", "",
          "Contrat proposé au/à la candidat(e) retenu(e) (hors détachement) : contrat de durée déterminée de trois ans.",
          "", "7. PROCÉDURE DE RECRUTEMENT", "",
          "Les candidatures doivent être soumises au plus tard le 1er février 2041. Les candidat(e)s présélectionné(e)s "
          "passeront une évaluation en ligne au cours de la semaine du 18 février 2041.",
          "", "8. INFORMATIONS COMPLÉMENTAIRES", "",
          "L'OTAN est attachée à la diversité et à l'inclusion."]
    return L

def build():
    expected(REF, None, ("en", "fr"), {"en": T_EN, "fr": T_FR}, {"en": ORG_EN, "fr": ORG_FR},
             {"en": LOC_EN, "fr": LOC_FR}, {"en": SCH_EN, "fr": SCH_FR}, "2041-02-01",
             sal(8742.19, "EUR"), "G15", "CTS",
             {"en": (ESS_EN, DES_EN), "fr": (ESS_FR, DES_FR)}, {"en": COMP_EN, "fr": COMP_FR})
    # 1. Taleo, English interface, label / blank / value
    L = ["Skip to main content", "NATO Careers", "Job Search", "My Jobpage", "Français", "Sign In", "",
         "Job Search > Job Description", "",
         "Job Description - " + T_EN + " (" + REF + ")", "", "Job Description", "", T_EN + "-" + REF, "",
         "Primary Location", "", LOC_EN, "NATO Body", "", ORG_EN, "Schedule", "", SCH_EN,
         "Application Deadline", "", "01-Feb-2041, 11:59:00 PM", "Salary (Pay Basis)", "",
         ": 8,742.19Euro (EUR) Monthly", "Grade", "", "NATO Grade G15", "Clearance Level", "", "CTS",
         "Description", "", ":", "",
         "OPEN TO NATIONALS OF NATO MEMBER STATES ONLY / OUVERT AUX RESSORTISSANTS DES PAYS MEMBRES DE L'OTAN UNIQUEMENT",
         ""]
    L += half_en()
    L += ["", "**********", ""]
    L += half_fr()
    L += ["", "Job Posting", "", "03-Jan-2041, 4:02:17 PM", "",
          "Apply Online", "Add to My Favorite Jobs", "Email to Friend", "",
          "Similar Jobs", "",
          "Assistant (Conference Planning) - Executive Management Division  Belgium-Brussels  Deadline 29-Jan-2041",
          "Principal Officer (Civil Emergency Planning Committees) - Operations Division  Belgium-Brussels  Deadline 14-Feb-2041",
          "", "Terms of Use | Privacy | Cookie Preferences", "Powered by Oracle Taleo"]
    write(REF + "-natocareers.txt", "\n".join(L), REF)
    # 2. job board copy, fields glued as boards print them
    B = ["be.jobvista.example", "Jobs  Companies  Salaries  Post a job", "", "Jobs in Brussels > International organisations", "",
         T_EN, "NATO · Brussels · Posted 6 days ago · 31 applicants", "", "Apply on employer site", "Save", "",
         "Primary Location", LOC_EN + "NATO Body", ORG_EN + "Schedule", SCH_EN + "Application Deadline",
         "01-Feb-2041, 11:59:00 PMSalary (Pay Basis)", ": 8,742.19Euro (EUR) MonthlyGrade NATO Grade G15Clearance Level CTSDescription",
         ":OPEN TO NATIONALS OF NATO MEMBER STATES ONLY / OUVERT AUX RESSORTISSANTS DES PAYS MEMBRES DE L'OTAN UNIQUEMENT"]
    B += half_en()
    B += ["**********"]
    B += half_fr()
    B += ["", "Employer reference: " + REF, "Job ID: BE-88315207", "Report this job", "",
          "Similar jobs", "Crisis Management Officer · SHAPE · Mons · €6.9k - €8.1k / month · 2 days ago",
          "Emergency Planning Adviser · EU institution · Brussels · expires 31 Jan 2041",
          "Exercise Planner (Civil Protection) · Federal Public Service · Brussels · €4,200 - €5,600",
          "", "© 2041 jobvista · Privacy · Cookies"]
    write(REF + "-jobboard.txt", "\n".join(B), REF)
