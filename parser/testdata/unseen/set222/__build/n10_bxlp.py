from common import *

KEY = "bp-2036-031"
D = dict(
    reference="BP/2036/031", post_number=None, languages=["fr"],
    title=both(None, "Responsable d'atelier mécanique poids lourds (H/F/X)"),
    organisation=both(None, "Bruxelles-Propreté"),
    location=both(None, "Anderlecht – atelier central des véhicules"),
    schedule=both(None, "Temps plein – 38 heures par semaine"),
    deadline="2036-04-29",
    salary=sal(mn=3268.44, mx=5172.90, cur="EUR", period="month"),
    grade="B", clearance=None,
)
ESS = [
    "Vous êtes titulaire d'un bachelier en mécanique automobile, en électromécanique ou d'un diplôme équivalent.",
    "Vous avez au moins cinq ans d'expérience en maintenance de poids lourds, dont deux en tant que chef d'équipe.",
    "Vous maîtrisez les outils de diagnostic électronique des véhicules industriels.",
    "Vous connaissez la réglementation relative au contrôle technique et à la sécurité en atelier.",
    "Vous êtes titulaire du permis de conduire C.",
]
DES = [
    "Une expérience des véhicules électriques ou au gaz naturel comprimé (GNC).",
    "La connaissance d'un logiciel de gestion de maintenance assistée par ordinateur (GMAO).",
    "Une bonne connaissance du néerlandais.",
]
COMP = [
    ("Leadership", "vous mobilisez votre équipe et donnez l'exemple en matière de sécurité"),
    ("Orientation solution", "vous trouvez rapidement des réponses aux pannes pour garder la flotte en service"),
    ("Communication", "vous informez clairement les dépôts et la hiérarchie de l'état des véhicules"),
]
D["requirements"] = both(None, req(ESS, DES))
D["competencies"] = both(None, comps(COMP))

DUT = [
    "Vous dirigez une équipe de douze mécaniciens et électromécaniciens en deux pauses (6 h – 14 h et 13 h – 21 h).",
    "Vous planifiez l'entretien préventif et les réparations des camions de collecte et des balayeuses.",
    "Vous veillez à la disponibilité de la flotte et à la préparation des véhicules au contrôle technique.",
    "Vous gérez le stock de pièces et suivez les contrats avec les fournisseurs.",
    "Vous participez à la transition de la flotte vers des motorisations électriques.",
]
FACTS = [("Référence", D["reference"]), ("Employeur", D["organisation"]["fr"]),
         ("Département", "Flotte et logistique"), ("Lieu de travail", D["location"]["fr"]),
         ("Niveau", D["grade"]), ("Type de contrat", "Contrat à durée indéterminée"),
         ("Régime", D["schedule"]["fr"]),
         ("Rémunération", "entre 3 268,44 € et 5 172,90 € bruts mensuels indexés, selon l'ancienneté valorisable"),
         ("Langues", "FR/NL"), ("Date limite", "mercredi 29 avril 2036")]


def md():
    b = lambda xs: "\n".join("- " + x for x in xs)
    tab = "| | |\n|---|---|\n" + "\n".join("| %s | %s |" % r for r in FACTS)
    return f"""[FR](#) | [NL](#) | [EN](#) — [Particuliers](#) · [Entreprises](#) · [Emplois](#) · [Contact](#)

> Nous utilisons des cookies pour améliorer votre navigation. [Tout accepter](#) · [Paramétrer](#)

[Accueil](#) / [Emplois](#) / {D['reference']}

# {D['title']['fr']}

*Publiée le 25 mars 2036*

{tab}

## La société

{D['organisation']['fr']}, l'Agence régionale pour la propreté, collecte les déchets, nettoie l'espace public et sensibilise les Bruxellois. Son atelier central assure l'entretien de plusieurs centaines de véhicules, des camions de collecte aux balayeuses compactes.

## Vos défis

{b(DUT)}

## Votre profil

{b(ESS)}

## Atouts

{b(DES)}

## Compétences comportementales

{chr(10).join("- **%s** : %s" % c for c in COMP)}

## Notre offre

Un contrat à durée indéterminée au niveau {D['grade']}, une rémunération entre 3 268,44 € et 5 172,90 € bruts mensuels indexés, des chèques-repas, une assurance hospitalisation, la gratuité des transports en commun et une prime de bilinguisme si vous réussissez l'examen linguistique.

## Procédure

Postulez en ligne avec CV et lettre de motivation jusqu'au mercredi 29 avril 2036. Les candidats retenus seront invités à un test technique à l'atelier le 12 mai 2036, puis à un entretien.

---

*Autres offres : Chauffeur de camion de collecte (C) — jusqu'au 20 avril 2036 · Conseiller en prévention — jusqu'au 6 mai 2036*
"""


def board():
    out = ["emplois.brussels — Offres d'emploi des pouvoirs publics bruxellois", "",
           "Retour aux résultats", "", D["title"]["fr"], "", "Mis en ligne le", "", "25/03/2036", ""]
    for k, v in FACTS:
        out += [k, "", v, ""]
    out += ["La société", "", D["organisation"]["fr"] + " collecte les déchets, nettoie l'espace public et sensibilise les Bruxellois.", "",
            "Vos défis", ""] + DUT + ["", "Votre profil", ""] + ESS + ["", "Atouts", ""] + DES + ["",
            "Compétences comportementales", ""] + ["%s : %s" % c for c in COMP] + ["",
            "Procédure", "", "Candidature en ligne jusqu'au 29/04/2036. Test technique le 12/05/2036.", "",
            "Offres similaires", "", "Mécanicien poids lourds (H/F/X) – STIB – Date limite 24/04/2036",
            "Gestionnaire de flotte (H/F/X) – Commune d'Ixelles – Date limite 08/05/2036", "",
            "Imprimer | Envoyer à un ami | Postuler", ""]
    return "\n".join(out)


def build():
    write(KEY + "-bxlp.md", md())
    row(KEY + "-bxlp.md", KEY, "md")
    write(KEY + "-emplois-brussels.txt", board())
    row(KEY + "-emplois-brussels.txt", KEY, "txt")
    expected(KEY, D)
