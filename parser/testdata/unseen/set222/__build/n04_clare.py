from common import *

KEY = "clare-2036-04"
D = dict(
    reference="CLARE-2036-04", post_number=None, languages=["fr", "en"],
    title=both("Economic and Tourism Development Officer", "Agent(e) de développement économique et touristique"),
    organisation=both("Municipality of Clare", "Municipalité de Clare"),
    location=both("Little Brook, Nova Scotia", "Petit-Ruisseau (Nouvelle-Écosse)"),
    schedule=both("35 hours per week, Monday to Friday", "35 heures par semaine, du lundi au vendredi"),
    deadline="2036-04-20",
    salary=sal(mn=58760, mx=71395, cur="CAD", period="year"),
    grade=None, clearance=None,
)
ESS_FR = [
    "Diplôme universitaire en développement économique, en administration des affaires, en tourisme ou dans un domaine connexe;",
    "Au moins trois années d'expérience en développement économique, en gestion de projets ou en marketing touristique;",
    "Maîtrise du français et de l'anglais, à l'oral et à l'écrit;",
    "Permis de conduire valide de la Nouvelle-Écosse et accès à un véhicule;",
    "Vérification du casier judiciaire satisfaisante.",
]
DES_FR = [
    "Connaissance de la communauté acadienne et des entreprises de la région de Clare;",
    "Expérience de la rédaction de demandes de financement auprès d'organismes provinciaux ou fédéraux;",
    "Connaissance des outils de gestion de contenu Web et des médias sociaux.",
]
ESS_EN = [
    "University degree in economic development, business administration, tourism or a related field;",
    "At least three years of experience in economic development, project management or tourism marketing;",
    "Fluency in French and English, spoken and written;",
    "Valid Nova Scotia driver's licence and access to a vehicle;",
    "Satisfactory criminal record check.",
]
DES_EN = [
    "Knowledge of the Acadian community and of businesses in the Clare region;",
    "Experience writing funding applications to provincial or federal agencies;",
    "Knowledge of web content management tools and social media.",
]
D["requirements"] = both(req(ESS_EN, DES_EN), req(ESS_FR, DES_FR))
D["competencies"] = both([], [])

DUT_FR = [
    "Soutenir les entreprises locales dans leurs projets de démarrage, d'expansion et de relève;",
    "Coordonner la promotion touristique de la municipalité, y compris le guide des visiteurs et le kiosque d'information estival;",
    "Préparer des demandes de financement et assurer le suivi des ententes avec les partenaires;",
    "Organiser des activités de réseautage avec la Chambre de commerce et les organismes acadiens;",
    "Rédiger des rapports à l'intention de l'administrateur en chef et du conseil municipal.",
]
DUT_EN = [
    "Support local businesses with start-up, expansion and succession projects;",
    "Coordinate the Municipality's tourism promotion, including the visitor guide and the summer information kiosk;",
    "Prepare funding applications and follow up on agreements with partners;",
    "Organize networking activities with the Chamber of Commerce and Acadian organizations;",
    "Write reports for the Chief Administrative Officer and Municipal Council.",
]


def md():
    def bl(items):
        return "\n".join("- " + i for i in items)
    return f"""**Municipalité de Clare / Municipality of Clare** — Bureau municipal, Petit-Ruisseau (N.-É.)

# OFFRE D'EMPLOI — CONCOURS {D['reference']}

## {D['title']['fr']}

La {D['organisation']['fr']} est la seule municipalité de la Nouvelle-Écosse qui offre ses services dans les deux langues officielles. Elle est à la recherche d'une personne dynamique pour appuyer l'économie locale et faire connaître la Baie Sainte-Marie aux visiteurs.

| Renseignements | |
|---|---|
| Numéro de concours | {D['reference']} |
| Employeur | {D['organisation']['fr']} |
| Lieu de travail | {D['location']['fr']} |
| Statut | Poste permanent, non syndiqué |
| Horaire | {D['schedule']['fr']} |
| Salaire | de 58 760 $ à 71 395 $ par année |
| Date limite | le lundi 20 avril 2036 à 16 h 30 |

### Milieu de travail

Le poste relève de l'administrateur en chef. Le travail se fait surtout au bureau municipal, avec des déplacements réguliers dans la municipalité et quelques soirées ou fins de semaine lors d'événements.

### Responsabilités

{bl(DUT_FR)}

### Exigences

{bl(ESS_FR)}

### Atouts

{bl(DES_FR)}

### Pour postuler

Faites parvenir une lettre de présentation et un curriculum vitæ, avec les noms de trois références, à l'attention de l'administrateur en chef, par courriel à emplois@clare.example ou par la poste, au plus tard le lundi 20 avril 2036 à 16 h 30. Les entrevues auront lieu la semaine du 4 mai 2036. Entrée en fonction prévue : 1er juin 2036. Seules les personnes retenues pour une entrevue seront contactées.

```{{=openxml}}
<w:p><w:r><w:br w:type="page"/></w:r></w:p>
```

# EMPLOYMENT OPPORTUNITY — COMPETITION {D['reference']}

## {D['title']['en']}

The {D['organisation']['en']} is the only municipality in Nova Scotia that offers its services in both official languages. It is looking for an energetic person to support the local economy and promote the St. Marys Bay area to visitors.

| Information | |
|---|---|
| Competition number | {D['reference']} |
| Employer | {D['organisation']['en']} |
| Place of work | {D['location']['en']} |
| Status | Permanent, non-union position |
| Hours | {D['schedule']['en']} |
| Salary | $58,760 to $71,395 per year |
| Deadline | 4:30 p.m., Monday, April 20, 2036 |

### Working environment

The position reports to the Chief Administrative Officer. Work is mainly done at the Municipal Office, with regular travel within the Municipality and some evenings or weekends during events.

### Responsibilities

{bl(DUT_EN)}

### Requirements

{bl(ESS_EN)}

### Assets

{bl(DES_EN)}

### To apply

Send a cover letter and resume, with the names of three references, to the attention of the Chief Administrative Officer, by email to emplois@clare.example or by mail, no later than 4:30 p.m., Monday, April 20, 2036. Interviews will be held the week of May 4, 2036. Expected start date: June 1, 2036. Only those selected for an interview will be contacted.
"""


def board():
    return "\n".join([
        "Job Title or Location", "RECENT SEARCHES", "Sign in  |  Post a job", "",
        D["title"]["en"], D["organisation"]["en"], "Little Brook, NS", "In-person",
        "$58,760 - $71,395 / year", "Full-time", "Posted 5 days ago", "Apply now", "Save", "",
        "Bilingual posting — la version française précède la version anglaise.", "",
        "OFFRE D'EMPLOI — CONCOURS " + D["reference"], D["title"]["fr"],
        "Numéro de concours : " + D["reference"],
        "Employeur : " + D["organisation"]["fr"],
        "Lieu de travail : " + D["location"]["fr"],
        "Statut : Poste permanent, non syndiqué",
        "Horaire : " + D["schedule"]["fr"],
        "Salaire : de 58 760 $ à 71 395 $ par année",
        "Date limite : le lundi 20 avril 2036 à 16 h 30", "",
        "Responsabilités", *DUT_FR, "", "Exigences", *ESS_FR, "", "Atouts", *DES_FR, "",
        "Pour postuler : lettre, CV et trois références à emplois@clare.example, au plus tard le lundi 20 avril 2036 à 16 h 30. Entrevues la semaine du 4 mai 2036.", "",
        "EMPLOYMENT OPPORTUNITY — COMPETITION " + D["reference"], D["title"]["en"],
        "Competition number: " + D["reference"],
        "Employer: " + D["organisation"]["en"],
        "Place of work: " + D["location"]["en"],
        "Status: Permanent, non-union position",
        "Hours: " + D["schedule"]["en"],
        "Salary: $58,760 to $71,395 per year",
        "Deadline: 4:30 p.m., Monday, April 20, 2036", "",
        "Responsibilities", *DUT_EN, "", "Requirements", *ESS_EN, "", "Assets", *DES_EN, "",
        "To apply: cover letter, resume and three references to emplois@clare.example, no later than 4:30 p.m., Monday, April 20, 2036. Interviews the week of May 4, 2036.", "",
        "Job Details", "Job type: Full-time", "Job category: Economic Development", "Education: Bachelor's Degree",
        "Posted: March 24, 2036", "Expires: April 20, 2036", "",
        "Similar jobs", "Recreation Programmer — Municipality of the District of Digby — Apply by April 9, 2036",
        "Visitor Information Counsellor (seasonal) — Town of Yarmouth — Apply by April 3, 2036", "",
        "© 2036 Job board  |  Privacy  |  Terms", ""])


def build():
    import re
    # non-breaking hyphens so that LibreOffice never breaks a compound at a line end
    mp = write(KEY + "-clare.md", re.sub(r"(?<=\w)-(?=\w)", "\u2011", md()), BUILD)
    pdf = os.path.join(ROOT, KEY + "-clare.libreoffice.pdf")
    libreoffice(mp, pdf)
    txt = dump(pdf)
    row(os.path.basename(pdf), KEY, "pdf")
    row(os.path.basename(txt), KEY, "txt")
    write(KEY + "-jobboard.txt", board())
    row(KEY + "-jobboard.txt", KEY, "txt")
    expected(KEY, D)
