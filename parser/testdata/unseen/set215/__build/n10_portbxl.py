from common import *

KEY = "pb-2035-hr-009"
REF = "PB-2035-HR-009"
TITLE = "Éclusier-pontier (H/F/X)"
ORG = "Port de Bruxelles"
LOC = "Bruxelles – Écluse d'Anderlecht"
SCHED = "Temps plein – 38 h/semaine en équipes (matin, après-midi, nuit)"
GRADE = "C1"
SAL = "entre 36 742,18 € et 51 904,63 € bruts annuels indexés"
ESS = [
    "Vous êtes titulaire d'un diplôme de l'enseignement secondaire supérieur (CESS) ou équivalent.",
    "Vous avez une première expérience dans la conduite d'installations techniques, la navigation ou la surveillance.",
    "Vous êtes disposé·e à travailler en horaires décalés, y compris les week-ends et jours fériés.",
    "Vous êtes apte à travailler en hauteur et à proximité de l'eau.",
    "Vous avez une connaissance de base du néerlandais ou êtes prêt·e à l'apprendre.",
]
DES = [
    "Un certificat de conducteur de bateau ou une expérience dans la navigation intérieure.",
    "Une formation en électromécanique.",
    "Le brevet de secourisme.",
]
COMP = [("Vigilance", "vous restez attentif·ve à la sécurité des bateaux, des usagers et des collègues"),
        ("Fiabilité", "vous respectez les procédures et les horaires de manœuvre"),
        ("Communication", "vous échangez clairement par radio avec les bateliers et le poste central")]
E = dict(reference=REF, post_number=None, languages=["fr"], title={"en": None, "fr": TITLE},
         organisation={"en": None, "fr": ORG}, location={"en": None, "fr": LOC},
         schedule={"en": None, "fr": SCHED}, deadline="2035-09-25",
         salary=salary(None, 36742.18, 51904.63, "EUR", "year"), grade=GRADE, clearance=None,
         requirements={"en": None, "fr": {"essential": ESS, "desirable": DES}},
         competencies={"en": None, "fr": [{"name": n, "description": d} for n, d in COMP]})

INTRO = ("Le Port de Bruxelles gère la voie d'eau qui traverse la Région de Bruxelles-Capitale sur 14 kilomètres, "
         "ses quais, ses deux écluses et une vingtaine de ponts mobiles. Chaque année, plusieurs millions de tonnes "
         "de marchandises y transitent par bateau, ce qui évite des centaines de milliers de trajets en camion.")
MISS = [
    "Vous manœuvrez l'écluse et les ponts mobiles depuis le poste de commande, dans le respect des règles de sécurité.",
    "Vous accueillez les bateaux, contrôlez les documents de bord et enregistrez les passages.",
    "Vous surveillez les installations et signalez toute anomalie au service technique.",
    "Vous effectuez les petits entretiens et le nettoyage des abords de l'écluse.",
    "Vous intervenez en première ligne en cas d'incident (pollution, objet flottant, personne à l'eau) en attendant les secours.",
]
FACTS = [("Référence", REF), ("Employeur", ORG), ("Lieu de travail", LOC), ("Grade", GRADE),
         ("Contrat", "Contrat à durée indéterminée"), ("Régime", SCHED), ("Rémunération", SAL),
         ("Date limite", "mardi 25 septembre 2035")]


def md():
    tab = "| | |\n|:--|:--|\n" + "\n".join(f"| {a} | {b} |" for a, b in FACTS)
    comp = "\n".join(f"* **{n}** : {d}" for n, d in COMP)
    return f"""[port.brussels](https://port.example/) › [Le Port](https://port.example/port) › [Emploi](https://port.example/emploi) · FR | [NL](https://port.example/nl)

> 🍪 Ce site utilise des cookies. [J'accepte](#) · [Plus d'infos](#)

# {TITLE}

*Publié le 27 août 2035 · Service Exploitation de la voie d'eau*

{tab}

## Qui sommes-nous ?

{INTRO}

## Votre fonction

{chr(10).join('* ' + m for m in MISS)}

## Votre profil

{chr(10).join('* ' + m for m in ESS)}

## Atouts

{chr(10).join('* ' + m for m in DES)}

## Compétences comportementales

{comp}

## Notre offre

* Un contrat à durée indéterminée dans un organisme public régional.
* Une rémunération {SAL}, avec primes pour prestations de nuit et de week-end.
* Des chèques-repas, une assurance hospitalisation et l'abonnement STIB gratuit.
* Une formation complète (six semaines) avant votre première prise de service seul·e.

## Procédure

Envoyez votre CV et votre lettre de motivation à jobs@port.example en mentionnant la référence {REF}, au plus tard le **mardi 25 septembre 2035**. Une épreuve pratique à l'écluse d'Anderlecht aura lieu le 9 octobre 2035 pour les candidat·es retenu·es.

Le Port de Bruxelles mène une politique de diversité ; nous encourageons toutes les candidatures.

---
*Autres offres :* Technicien·ne électromécanicien·ne (jusqu'au 02/10/2035) · Gestionnaire de concessions (jusqu'au 16/09/2035)
"""


def email():
    facts = "\n".join(wrap(f"{a} : {b}", "  ") for a, b in FACTS)
    return f"""De : Cellule Emploi – Maison de l'emploi de Molenbeek <emploi@mde-molenbeek.example>
Date : jeu. 30 août 2035 à 14:22
Objet : Fwd: Offre d'emploi {REF} – {TITLE}
À : <inscrits-jobcoaching@mde-molenbeek.example>

Bonjour à toutes et à tous,

Le Port de Bruxelles recrute des éclusiers-pontiers. Le poste est
accessible avec le CESS et une formation est prévue. Si vous souhaitez
être accompagné·e pour votre candidature, notre permanence CV a lieu
chaque mercredi de 9 h à 12 h (prochaine séance : mercredi 5 septembre
2035).

Bonne journée,
Karima – Cellule Emploi

---------- Forwarded message ---------
De : Port de Bruxelles – Ressources humaines <jobs@port.example>
Date : mer. 29 août 2035 à 11:05
Objet : Offre d'emploi {REF} – {TITLE}

{TITLE.upper()}

{facts}

QUI SOMMES-NOUS ?
{wrap(INTRO, '')}

VOTRE FONCTION
{chr(10).join(wrap(m, '  - ') for m in MISS)}

VOTRE PROFIL
{chr(10).join(wrap(m, '  - ') for m in ESS)}

ATOUTS
{chr(10).join(wrap(m, '  - ') for m in DES)}

COMPETENCES COMPORTEMENTALES
{chr(10).join(wrap(f'{n} : {d}', '  - ') for n, d in COMP)}

NOTRE OFFRE
{wrap(f'Contrat à durée indéterminée ; rémunération {SAL} ; primes de nuit et de week-end ; chèques-repas ; abonnement STIB gratuit ; formation de six semaines.', '')}

PROCEDURE
{wrap(f'CV et lettre de motivation à jobs@port.example, référence {REF}, au plus tard le mardi 25 septembre 2035. Épreuve pratique le 9 octobre 2035.', '')}

--
Port de Bruxelles – Service des ressources humaines – 1000 Bruxelles
"""


def build():
    expected(KEY, E)
    write(KEY + "-port.md", md(), KEY)
    write(KEY + "-transfert.txt", email(), KEY)
