from common import *
KEY = "bouc-2042-03"
E = dict(
    reference="BOUC-2042-03", post_number=None, languages=["fr", "en"],
    title={"fr": "Coordonnateur(trice) du centre communautaire et des loisirs",
           "en": "Community Centre and Recreation Coordinator"},
    organisation={"fr": "Ville de Bouctouche", "en": "Town of Bouctouche"},
    location={"fr": "Bouctouche (Nouveau-Brunswick)", "en": "Bouctouche, New Brunswick"},
    schedule={"fr": "35 heures par semaine, horaire variable incluant des soirs et des fins de semaine",
              "en": "35 hours per week, variable schedule including evenings and weekends"},
    deadline="2042-02-12", salary=sal(mn=28.52, mx=33.70, cur="CAD", period="hour"),
    grade=None, clearance=None,
    requirements={
        "fr": {"essential": [
            "Diplôme collégial ou universitaire en loisirs, en éducation physique, en gestion communautaire ou dans un domaine connexe;",
            "Au moins trois années d'expérience dans l'organisation d'activités communautaires ou sportives;",
            "Maîtrise du français et de l'anglais, à l'oral et à l'écrit;",
            "Permis de conduire valide de classe 5;",
            "Certificat de secourisme et de RCR valide ou engagement à l'obtenir avant l'entrée en fonction."],
            "desirable": [
            "Expérience de la gestion de bénévoles;",
            "Connaissance d'un logiciel de réservation d'installations."]},
        "en": {"essential": [
            "College diploma or university degree in recreation, physical education, community management or a related field;",
            "At least three years of experience organizing community or sports activities;",
            "Proficiency in French and English, spoken and written;",
            "Valid Class 5 driver's licence;",
            "Valid first aid and CPR certificate, or commitment to obtain it before starting."],
            "desirable": [
            "Experience managing volunteers;",
            "Knowledge of facility booking software."]}},
    competencies={"fr": [], "en": []})
R = E["requirements"]

MD = """[Passer au contenu](#contenu) · [English](#english)

**Ville de Bouctouche** — *Là où la rivière rencontre la mer*

[Accueil](/) · [Hôtel de ville](/hotel-de-ville) · [Services](/services) · [Loisirs](/loisirs) · [Tourisme](/tourisme) · [Emplois](/emplois) · [Nous joindre](/contact)

> **Avis :** la patinoire extérieure du parc Irving sera fermée le 29 janvier 2042 pour l'entretien de la surface.

[Accueil](/) › [Emplois](/emplois) › Concours BOUC-2042-03

## OFFRE D'EMPLOI

### Coordonnateur(trice) du centre communautaire et des loisirs

*Publié le 15 janvier 2042*

| | |
|---|---|
| **Numéro de concours** | BOUC-2042-03 |
| **Employeur** | Ville de Bouctouche |
| **Service** | Loisirs, culture et vie communautaire |
| **Lieu de travail** | Bouctouche (Nouveau-Brunswick) |
| **Statut** | Permanent, non syndiqué |
| **Horaire** | 35 heures par semaine, horaire variable incluant des soirs et des fins de semaine |
| **Salaire** | De 28,52 $ à 33,70 $ l'heure, plus avantages sociaux |
| **Date limite** | Le mercredi 12 février 2042, à 16 h 30 |

La Ville de Bouctouche cherche une personne dynamique pour animer son centre communautaire et coordonner le programme de loisirs offert aux 2 500 résidentes et résidents de la ville et des environs.

#### Responsabilités

1. planifier et faire la promotion de la programmation saisonnière (camps de jour, cours, festival d'hiver);
2. gérer les réservations des salles, de l'aréna et des terrains sportifs;
3. recruter, former et encadrer le personnel étudiant et les bénévoles;
4. préparer le budget du service et les demandes de subvention;
5. agir comme personne-ressource auprès des associations locales.

#### Exigences

""" + "\n".join("- " + x for x in R["fr"]["essential"]) + """

#### Atouts

""" + "\n".join("- " + x for x in R["fr"]["desirable"]) + """

Faites parvenir votre curriculum vitæ et une lettre de présentation à la greffière municipale à emplois@bouctouche.example. Les entrevues auront lieu la semaine du 23 février 2042. Seules les personnes retenues seront contactées.

---

<a id="english"></a>

## EMPLOYMENT OPPORTUNITY

### Community Centre and Recreation Coordinator

| | |
|---|---|
| **Competition number** | BOUC-2042-03 |
| **Employer** | Town of Bouctouche |
| **Department** | Recreation, Culture and Community Life |
| **Work location** | Bouctouche, New Brunswick |
| **Status** | Permanent, non-union |
| **Hours** | 35 hours per week, variable schedule including evenings and weekends |
| **Salary** | $28.52 to $33.70 per hour, plus benefits |
| **Closing date** | Wednesday, February 12, 2042, at 4:30 p.m. |

The Town of Bouctouche is looking for an energetic person to run its community centre and coordinate the recreation program offered to the 2,500 residents of the town and surrounding area.

#### Responsibilities

1. plan and promote the seasonal programming (day camps, courses, winter festival);
2. manage bookings of rooms, the arena and sports fields;
3. recruit, train and supervise student staff and volunteers;
4. prepare the department budget and grant applications;
5. act as a resource person for local associations.

#### Requirements

""" + "\n".join("- " + x for x in R["en"]["essential"]) + """

#### Assets

""" + "\n".join("- " + x for x in R["en"]["desirable"]) + """

Send your résumé and a cover letter to the Town Clerk at emplois@bouctouche.example. Interviews will be held the week of February 23, 2042. Only selected candidates will be contacted.

---

Ville de Bouctouche · 219, boulevard Irving · Bouctouche (N.-B.) · Heures d'ouverture : lundi au vendredi, 8 h 30 à 16 h 30
"""

def browser():
    L = ["Passer au contenu", "English", "Ville de Bouctouche", "Là où la rivière rencontre la mer",
         "Accueil", "Hôtel de ville", "Services", "Loisirs", "Tourisme", "Emplois", "Nous joindre",
         "Avis : la patinoire extérieure du parc Irving sera fermée le 29 janvier 2042 pour l'entretien de la surface.",
         "Accueil › Emplois › Concours BOUC-2042-03", "OFFRE D'EMPLOI", E["title"]["fr"], "Publié le 15 janvier 2042",
         "Numéro de concours\tBOUC-2042-03", "Employeur\tVille de Bouctouche", "Service\tLoisirs, culture et vie communautaire",
         "Lieu de travail\tBouctouche (Nouveau-Brunswick)", "Statut\tPermanent, non syndiqué",
         "Horaire\t" + E["schedule"]["fr"], "Salaire\tDe 28,52 $ à 33,70 $ l'heure, plus avantages sociaux",
         "Date limite\tLe mercredi 12 février 2042, à 16 h 30",
         "La Ville de Bouctouche cherche une personne dynamique pour animer son centre communautaire et coordonner le programme de loisirs offert aux 2 500 résidentes et résidents de la ville et des environs.",
         "Responsabilités", "planifier et faire la promotion de la programmation saisonnière (camps de jour, cours, festival d'hiver);",
         "gérer les réservations des salles, de l'aréna et des terrains sportifs;", "recruter, former et encadrer le personnel étudiant et les bénévoles;",
         "préparer le budget du service et les demandes de subvention;", "agir comme personne-ressource auprès des associations locales.",
         "Exigences"] + R["fr"]["essential"] + ["Atouts"] + R["fr"]["desirable"] + [
         "Faites parvenir votre curriculum vitæ et une lettre de présentation à la greffière municipale à emplois@bouctouche.example. Les entrevues auront lieu la semaine du 23 février 2042. Seules les personnes retenues seront contactées.",
         "EMPLOYMENT OPPORTUNITY", E["title"]["en"], "Competition number\tBOUC-2042-03", "Employer\tTown of Bouctouche",
         "Department\tRecreation, Culture and Community Life", "Work location\tBouctouche, New Brunswick", "Status\tPermanent, non-union",
         "Hours\t" + E["schedule"]["en"], "Salary\t$28.52 to $33.70 per hour, plus benefits",
         "Closing date\tWednesday, February 12, 2042, at 4:30 p.m.",
         "The Town of Bouctouche is looking for an energetic person to run its community centre and coordinate the recreation program offered to the 2,500 residents of the town and surrounding area.",
         "Responsibilities", "plan and promote the seasonal programming (day camps, courses, winter festival);",
         "manage bookings of rooms, the arena and sports fields;", "recruit, train and supervise student staff and volunteers;",
         "prepare the department budget and grant applications;", "act as a resource person for local associations.",
         "Requirements"] + R["en"]["essential"] + ["Assets"] + R["en"]["desirable"] + [
         "Send your résumé and a cover letter to the Town Clerk at emplois@bouctouche.example. Interviews will be held the week of February 23, 2042. Only selected candidates will be contacted.",
         "Ville de Bouctouche · 219, boulevard Irving · Bouctouche (N.-B.) · Heures d'ouverture : lundi au vendredi, 8 h 30 à 16 h 30",
         "Suivez-nous", "Facebook", "Instagram", "© 2042 Ville de Bouctouche"]
    return "\n".join(L) + "\n"

def build():
    exp(KEY, E)
    W(KEY + "-bouctouche.md", MD, KEY)
    W(KEY + "-navigateur.txt", browser(), KEY)
