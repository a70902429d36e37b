from common import *
REF = "NCAN-2037-05"; KEY = REF.lower()
T_EN = "Local Groups Coordinator"; T_FR = "Coordonnatrice ou coordonnateur des groupes locaux"; O = "Nature Canada"
L_EN = "Ottawa, Ontario"; L_FR = "Ottawa (Ontario)"; S_EN = "37.5 hours per week"; S_FR = "37,5 heures par semaine"
ESS_EN = ["University degree or college diploma in environmental studies, community development, communications or a related field.",
          "At least three years of experience supporting volunteers, chapters or community groups.",
          "Experience organizing online and in-person events.",
          "Proficiency in English and French, written and spoken."]
DES_EN = ["Experience with a CRM such as Salesforce or CiviCRM.",
          "Knowledge of bird and habitat conservation issues in Canada."]
ESS_FR = ["Diplôme universitaire ou collégial en environnement, en développement communautaire, en communication ou dans un domaine connexe.",
          "Au moins trois ans d'expérience dans le soutien de bénévoles, de sections ou de groupes communautaires.",
          "Expérience de l'organisation d'événements en ligne et en personne.",
          "Maîtrise de l'anglais et du français, à l'oral et à l'écrit."]
DES_FR = ["Expérience d'un logiciel de gestion des relations (CRM) comme Salesforce ou CiviCRM.",
          "Connaissance des enjeux de conservation des oiseaux et des habitats au Canada."]
C_EN = [("Relationship building", "you make volunteers feel heard and supported."),
        ("Organization", "you keep many small projects moving at once."),
        ("Adaptability", "you are comfortable changing plans when a campaign shifts.")]
C_FR = [("Création de liens", "vous faites en sorte que les bénévoles se sentent écoutés et soutenus."),
        ("Organisation", "vous faites avancer plusieurs petits projets à la fois."),
        ("Adaptabilité", "vous êtes à l'aise de modifier vos plans lorsqu'une campagne évolue.")]

def half_txt(lang):
    if lang == "en":
        return f"""==================================================
JOB POSTING
==================================================
Position: {T_EN}
Organization: {O}
Reference: {REF}
Location: {L_EN} (hybrid, two days a week at the office)
Status: Permanent, full-time
Hours: {S_EN}
Salary: $58,200 to $64,700 per year, plus group benefits
Start date: December 1, 2037
Application deadline: October 30, 2037, 5:00 p.m. (ET)

ABOUT US
Nature Canada is a national charity that has worked for more than a century to protect wildlife and wild places. We support a network of about 900 local nature groups across the country.

THE ROLE
The {T_EN} is the first point of contact for these groups. You will run the monthly network calls, manage the small-grants program, prepare toolkits for campaigns, and organize a national gathering each spring.

WHAT YOU BRING
""" + "\n".join("   - " + x for x in ESS_EN) + """

ASSETS
""" + "\n".join("   - " + x for x in DES_EN) + """

HOW YOU WORK
""" + "\n".join(f"   - {n} — {d}" for n, d in C_EN) + """

Interviews will take place the week of November 9, 2037.
"""
    return f"""==================================================
OFFRE D'EMPLOI
==================================================
Poste : {T_FR}
Organisme : {O}
Référence : {REF}
Lieu : {L_FR} (mode hybride, deux jours par semaine au bureau)
Statut : Permanent, temps plein
Horaire : {S_FR}
Salaire : de 58 200 $ à 64 700 $ par année, plus assurances collectives
Entrée en fonction : 1er décembre 2037
Date limite : 30 octobre 2037, 17 h (HE)

À PROPOS DE NOUS
Nature Canada est un organisme de bienfaisance national qui protège depuis plus d'un siècle la faune et les espaces naturels. Nous soutenons un réseau d'environ 900 groupes naturalistes locaux partout au pays.

LE RÔLE
La personne titulaire du poste est le premier point de contact de ces groupes. Vous animerez les appels mensuels du réseau, gérerez le programme de petites subventions, préparerez des trousses de campagne et organiserez un rassemblement national chaque printemps.

CE QUE VOUS APPORTEZ
""" + "\n".join("   - " + x for x in ESS_FR) + """

ATOUTS
""" + "\n".join("   - " + x for x in DES_FR) + """

VOTRE FAÇON DE TRAVAILLER
""" + "\n".join(f"   - {n} — {d}" for n, d in C_FR) + """

Les entrevues auront lieu la semaine du 9 novembre 2037.
"""

mail = f"""
Subject: Fwd: Job posting / Offre d'emploi – {T_EN} ({REF})
From: Marc Tremblay <m.tremblay@ottawanaturalists.example>
Date: 2/10/2037, 09:14
To: members-list@ottawanaturalists.example

Hi everyone, passing this along from our friends at Nature Canada. There is an online info session on October 14 at noon for anyone curious. – Marc

-------- Forwarded Message --------
Subject: Job posting / Offre d'emploi – {T_EN} ({REF})
Date: Wed, 30 Sep 2037 16:02:11 -0400
From: Nature Canada Careers <careers@naturecanada.example>
To: partners@naturecanada.example

*** Le français suit l'anglais ***

{half_txt("en")}
{half_txt("fr")}
--
Nature Canada | 75 Albert Street, Suite 300, Ottawa ON
To stop receiving partner e-mails, reply with "unsubscribe" / Pour vous désabonner, répondez « désabonnement ».
"""
w(KEY + "-courriel.txt", mail, KEY)

def half_md(T, L, S, sal, dl, ess, des, comp, lab):
    return f"""## {T}

| {lab[0]} | |
|---|---|
| {lab[1]} | {O} |
| {lab[2]} | {REF} |
| {lab[3]} | {L} |
| {lab[4]} | {S} |
| {lab[5]} | {sal} |
| {lab[6]} | {dl} |

### {lab[7]}

""" + "\n".join("- " + x for x in ess) + f"""

### {lab[8]}

""" + "\n".join("- " + x for x in des) + f"""

### {lab[9]}

""" + "\n".join(f"- **{n}** — {d}" for n, d in comp) + "\n"

md = f"""
*View this newsletter in your browser* · [Français plus bas](#fr)

# Nature Network News — October 2037

Welcome to this month's edition! Our fall bird count runs October 17 to 19, 2037. Below: a job opening at Nature Canada.

{half_md(T_EN, L_EN, S_EN, "$58,200 to $64,700 per year, plus group benefits", "October 30, 2037", ESS_EN, DES_EN, C_EN,
         ["Key facts", "Organization", "Reference", "Location", "Hours", "Salary", "Application deadline", "What you bring", "Assets", "How you work"])}
Send your CV and cover letter to careers@naturecanada.example, quoting {REF}.

---

<a id="fr"></a>

# Nouvelles du réseau — octobre 2037

Notre dénombrement d'oiseaux d'automne a lieu du 17 au 19 octobre 2037. Voici une offre d'emploi chez Nature Canada.

{half_md(T_FR, L_FR, S_FR, "de 58 200 $ à 64 700 $ par année, plus assurances collectives", "30 octobre 2037", ESS_FR, DES_FR, C_FR,
         ["En bref", "Organisme", "Référence", "Lieu", "Horaire", "Salaire", "Date limite", "Ce que vous apportez", "Atouts", "Votre façon de travailler"])}
Envoyez votre CV et votre lettre à careers@naturecanada.example en indiquant {REF}.

---

© 2037 Nature Canada · [Update preferences / Modifier vos préférences](#) · [Unsubscribe / Se désabonner](#)
"""
w(KEY + "-newsletter.md", md, KEY)

expected(KEY, reference=REF, languages=["en", "fr"], title={"en": T_EN, "fr": T_FR}, organisation=O,
         location={"en": L_EN, "fr": L_FR}, schedule={"en": S_EN, "fr": S_FR}, deadline="2037-10-30",
         salary=sal("CAD", "year", mn=58200, mx=64700),
         requirements={"en": {"essential": ESS_EN, "desirable": DES_EN}, "fr": {"essential": ESS_FR, "desirable": DES_FR}},
         competencies={"en": C_EN, "fr": C_FR})
