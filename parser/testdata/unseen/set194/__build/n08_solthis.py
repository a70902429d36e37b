"""Solthis (NGO, Paris; field post in Niamey): 'Nous rejoindre' page as Markdown, and an e-mail forward."""
from common import *

KEY = "sol-ne-2033-11"
REF = "SOL-NE-2033-11"
TITLE = "Coordinateur·rice médical·e – Projet santé des adolescent·e·s (H/F)"
ORG = "Solthis"
LOC = "Niamey, Niger"
SCHED = "Temps plein"

ESS = [
    "Diplôme de médecin, avec une spécialisation ou un master en santé publique ;",
    "Au moins cinq ans d'expérience dans la gestion de programmes de santé dans des pays à ressources limitées, dont deux ans en position de coordination ;",
    "Expérience confirmée de la prise en charge du VIH et de la santé sexuelle et reproductive ;",
    "Capacité à travailler avec les autorités sanitaires et à conduire un plaidoyer technique ;",
    "Excellente maîtrise du français écrit et oral ;",
    "Maîtrise du pack Office et des outils de suivi-évaluation (DHIS2, KoboToolbox).",
]
DES = [
    "Expérience en Afrique de l'Ouest, idéalement au Niger ou au Sahel ;",
    "Connaissance du haoussa ou du zarma ;",
    "Expérience de la recherche opérationnelle.",
]
QUAL = ["Leadership bienveillant", "Diplomatie", "Capacité d'adaptation en contexte sécuritaire contraint", "Autonomie"]
MISSIONS = [
    "Assurer la qualité médicale des activités du projet dans les 14 centres de santé partenaires de Niamey et de Dosso",
    "Encadrer l'équipe médicale (2 médecins, 4 sages-femmes, 1 psychologue) et organiser les supervisions formatives",
    "Représenter Solthis auprès du ministère de la Santé publique et des partenaires techniques et financiers",
    "Piloter le suivi-évaluation médical et la capitalisation des pratiques",
    "Contribuer à la rédaction des rapports aux bailleurs et des nouvelles propositions de projet",
]
FACTS = [
    ("Référence", REF),
    ("Lieu de mission", LOC + ", avec déplacements fréquents à Dosso"),
    ("Type de contrat", "CDD de 12 mois, renouvelable, statut expatrié"),
    ("Temps de travail", SCHED),
    ("Prise de poste", "février 2034"),
    ("Rémunération", "entre 3 140 et 3 560 € bruts mensuels selon expérience, per diem et logement pris en charge"),
    ("Date limite de candidature", "01/12/2033"),
]
INTRO = ("Solthis est une ONG de santé mondiale qui agit pour améliorer la prévention et l'accès à des soins de "
         "qualité en renforçant les systèmes et services de santé. Au Niger, l'association mène depuis plusieurs "
         "années des projets sur le VIH, la santé sexuelle et reproductive et la santé des adolescent·e·s, en appui "
         "aux structures publiques.")


def build():
    md = f"""[Solthis](#) | [Qui sommes-nous](#) | [Nos actions](#) | [Publications](#) | **[Nous rejoindre](#)** | [Faire un don](#)

[Accueil](#) › [Nous rejoindre](#) › [Offres d'emploi](#)

# {TITLE}

> Publiée le 10/11/2033 · Terrain · Niger

""" + "".join(f"- **{k} :** {v}\n" for k, v in FACTS) + f"""
## Présentation de Solthis

{INTRO}

## Missions

""" + "".join(f"{i}. {m}\n" for i, m in enumerate(MISSIONS, 1)) + """
## Profil recherché

""" + "".join(f"- {x}\n" for x in ESS) + """
**Serait un plus :**

""" + "".join(f"- {x}\n" for x in DES) + """
## Qualités personnelles

""" + "".join(f"- {x}\n" for x in QUAL) + f"""
## Pour postuler

Envoyez CV et lettre de motivation en indiquant la référence {REF} à recrutement@solthis.example avant le 01/12/2033. Les candidatures sont étudiées au fil de l'eau ; le poste peut être pourvu avant cette date. Les premiers entretiens auront lieu à partir du 8 décembre 2033.

---

*Autres offres :* Chargé·e de suivi-évaluation, Conakry (jusqu'au 20/12/2033) · Stage assistant·e communication, Paris (jusqu'au 15/01/2034)
"""
    write(KEY + "-solthis.md", md, KEY)

    body = [
        "De : Réseau Emplois Santé Mondiale <liste@emplois-sante.example>",
        "Envoyé : mercredi 12 novembre 2033 08:47",
        "À : abonnes-offres@emplois-sante.example",
        "Objet : [Offre] Solthis – Niger – " + TITLE,
        "",
        "Bonjour à toutes et à tous,",
        "",
        wrap("Nous relayons ci-dessous une offre transmise par Solthis. Merci de ne pas répondre à ce message : "
             "les candidatures sont à adresser directement à l'association. Prochaine lettre d'offres le 26 novembre."),
        "",
        "L'équipe du Réseau",
        "",
        "---------- Message transféré ----------",
        "De : Recrutement Solthis <recrutement@solthis.example>",
        "Date : mar. 11 nov. 2033 à 17:02",
        "Objet : Diffusion offre " + REF,
        "",
        TITLE.upper(),
        TITLE,
        "",
    ]
    for k, v in FACTS:
        body.append(wrap(f"{k} : {v}", sub="    "))
    body += ["", "PRÉSENTATION DE SOLTHIS", wrap(INTRO), "", "MISSIONS"]
    body += [wrap(f"{i}) {m}", sub="   ") for i, m in enumerate(MISSIONS, 1)]
    body += ["", "PROFIL RECHERCHÉ"] + [wrap("* " + x, sub="  ") for x in ESS]
    body += ["", "Serait un plus :"] + [wrap("* " + x, sub="  ") for x in DES]
    body += ["", "QUALITÉS PERSONNELLES"] + ["* " + x for x in QUAL]
    body += ["", "POUR POSTULER", wrap(f"CV et lettre de motivation, en indiquant la référence {REF}, à "
             "recrutement@solthis.example avant le 1er décembre 2033. Candidatures étudiées au fil de l'eau."),
             "", "--", "Pôle Ressources humaines – Solthis", "Paris", "",
             "Vous recevez ce message car vous êtes inscrit(e) à la liste d'offres du Réseau. Se désinscrire : "
             "https://emplois-sante.example/desinscription", ""]
    write(KEY + "-email.txt", "\n".join(body), KEY)


def exp():
    expected(KEY, {
        "reference": REF, "post_number": None, "languages": ["fr"],
        "title": {"en": None, "fr": TITLE},
        "organisation": {"en": None, "fr": ORG},
        "location": {"en": None, "fr": LOC},
        "schedule": {"en": None, "fr": SCHED},
        "deadline": "2033-12-01",
        "salary": sal(mn=3140, mx=3560, cur="EUR", period="month"),
        "grade": None, "clearance": None,
        "requirements": {"en": None, "fr": req(ESS, DES)},
        "competencies": {"en": None, "fr": comp((q, "") for q in QUAL)},
    })
