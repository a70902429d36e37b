from common import *

KEY = "pu-2036-07"
D = dict(
    reference="PU-2036-07", post_number=None, languages=["fr"],
    title=both(None, "Chargé·e de partenariats forêt et biodiversité – Afrique centrale (F/H)"),
    organisation=both(None, "Planète Urgence"),
    location=both(None, "Paris (75)"),
    schedule=both(None, "Temps plein (forfait jours)"),
    deadline="2036-04-08",
    salary=sal(mn=36850, mx=41650, cur="EUR", period="year"),
    grade=None, clearance=None,
)
ESS = [
    "Formation supérieure (bac +5) en gestion de l'environnement, agronomie, foresterie ou développement international ;",
    "Trois ans minimum d'expérience en gestion de projets de solidarité internationale, dont une partie sur le terrain en Afrique subsaharienne ;",
    "Bonne connaissance des bailleurs publics et privés du secteur de l'environnement ;",
    "Excellentes capacités rédactionnelles en français ;",
    "Disponibilité pour des missions de deux à trois semaines, trois à quatre fois par an.",
]
DES = [
    "Expérience en agroforesterie ou en restauration de mangroves ;",
    "Anglais professionnel ;",
    "Maîtrise d'un outil de cartographie (QGIS).",
]
COMP = [
    ("Sens relationnel", "construire des relations de confiance avec des partenaires locaux très divers"),
    ("Organisation", "piloter plusieurs projets en parallèle sans perdre le fil des échéances"),
    ("Adaptabilité", "ajuster ses méthodes aux contextes de terrain et aux imprévus"),
]
D["requirements"] = both(None, req(ESS, DES))
D["competencies"] = both(None, comps(COMP))

DUT = [
    "Suivre les projets de reforestation et de protection de la biodiversité menés avec les associations partenaires au Cameroun, au Gabon et en République du Congo ;",
    "Accompagner les partenaires dans la planification, le suivi-évaluation et le reporting ;",
    "Préparer les missions des volontaires en congé solidaire et veiller à leur sécurité ;",
    "Rédiger les propositions de financement et les rapports aux bailleurs ;",
    "Contribuer à la capitalisation des pratiques et à la communication de l'association.",
]


def md():
    b = lambda xs: "\n".join("- " + x for x in xs)
    return f"""[Planète Urgence](#) · [Nos actions](#) · [S'engager](#) · [Entreprises](#) · [Nous rejoindre](#) · **[Faire un don](#)**

[Accueil](#) › [Nous rejoindre](#) › [Offres d'emploi](#)

# {D['title']['fr']}

> Publiée le 9 mars 2036 · Siège · Réf. {D['reference']}

Association de solidarité internationale, {D['organisation']['fr']} agit depuis les années 2000 pour la protection des forêts et le renforcement des capacités des populations locales, notamment grâce au congé solidaire qui permet à des salariés de s'engager sur des missions courtes aux côtés de partenaires locaux.

## Le poste en bref

| | |
|---|---|
| **Référence** | {D['reference']} |
| **Employeur** | {D['organisation']['fr']} |
| **Lieu** | {D['location']['fr']} |
| **Déplacements** | 3 à 4 missions par an au Cameroun, au Gabon et au Congo |
| **Contrat** | CDI |
| **Temps de travail** | {D['schedule']['fr']} |
| **Rémunération** | entre 36 850 € et 41 650 € bruts annuels selon expérience, tickets-restaurant, mutuelle prise en charge à 60 % |
| **Prise de poste** | 11 mai 2036 |
| **Date limite de candidature** | 8 avril 2036 |

## Vos missions

Rattaché·e à la responsable du pôle Forêts, vous aurez pour missions de :

{b(DUT)}

## Votre profil

{b(ESS)}

**Serait un plus :**

{b(DES)}

## Savoir-être

{chr(10).join("- **%s** : %s" % c for c in COMP)}

## Pour postuler

Envoyez CV et lettre de motivation à recrutement@planete-urgence.example avec la référence {D['reference']} en objet, avant le 8 avril 2036 inclus. Les premiers entretiens pourront avoir lieu dès le 1er avril 2036 : n'attendez pas la date limite.

---

*Autres offres : Stagiaire communication digitale (jusqu'au 25 mars 2036) · Volontaire de solidarité internationale – Madagascar (jusqu'au 15 avril 2036)*
"""


def linkedin():
    return "\n".join([
        "Accueil", "Réseau", "Emplois", "Messagerie", "Notifications", "Vous", "",
        "Camille Rouvière a republié ceci",
        "Camille Rouvière • 2e",
        "Responsable RH & vie associative chez Planète Urgence",
        "1 sem. • 🌐",
        "",
        "🌳 On recrute au siège ! Partages bienvenus 🙏",
        "",
        "Planète Urgence",
        "12 418 abonnés",
        "1 sem. • Modifié • 🌐",
        "",
        "📣 OFFRE D'EMPLOI — " + D["title"]["fr"],
        "",
        "📍 Lieu : " + D["location"]["fr"] + " (3 à 4 missions par an au Cameroun, au Gabon et au Congo)",
        "📄 CDI — " + D["schedule"]["fr"],
        "💶 Rémunération : entre 36 850 € et 41 650 € bruts annuels selon expérience",
        "🗓️ Prise de poste : 11 mai 2036",
        "⏳ Date limite de candidature : 8 avril 2036",
        "🔖 Réf. " + D["reference"],
        "",
        "Vos missions 👇",
        *["→ " + d for d in DUT],
        "",
        "Votre profil 👇",
        *["✅ " + e for e in ESS],
        "",
        "Serait un plus :",
        *["➕ " + e for e in DES],
        "",
        "Savoir-être :",
        *["🔸 %s : %s" % c for c in COMP],
        "",
        "Candidatures : CV + LM à recrutement@planete-urgence.example, objet " + D["reference"] + ". Entretiens au fil de l'eau dès le 1er avril 2036.",
        "",
        "#recrutement #ONG #forêts #biodiversité #solidaritéinternationale",
        "…voir moins",
        "",
        "👍❤️ 187 • 23 commentaires • 41 republications",
        "J'aime   Commenter   Republier   Envoyer",
        "",
        "Julien M. • 1re",
        "Partagé à mon réseau ! Le poste est-il ouvert au télétravail ?",
        "J'aime · Répondre · 6 j",
        "",
        "Planète Urgence (Auteur)",
        "Bonjour Julien, deux jours de télétravail par semaine sont possibles après la période d'essai.",
        "J'aime · Répondre · 6 j",
        ""])


def build():
    write(KEY + "-planete.md", md())
    row(KEY + "-planete.md", KEY, "md")
    write(KEY + "-linkedin.txt", linkedin())
    row(KEY + "-linkedin.txt", KEY, "txt")
    expected(KEY, D)
