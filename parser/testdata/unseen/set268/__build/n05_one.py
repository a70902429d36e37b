from common import *
KEY = "f00061734"
REF = "F00061734"
T = "Assistant social pour le service Accueil et orientation (m/f)"
ORG = "Office national de l'enfance"
LOC = "Luxembourg"
SCHED = "Tâche complète"
ESS = ["Être détenteur d'un bachelor en sciences sociales et éducatives ou d'un diplôme d'assistant social reconnu par le ministre ayant l'Enseignement supérieur dans ses attributions",
       "Être autorisé à exercer la profession d'assistant social au Luxembourg",
       "Justifier d'une expérience professionnelle d'au moins deux ans dans l'aide à l'enfance ou à la famille",
       "Maîtriser les trois langues administratives du pays (luxembourgeois, français et allemand)"]
DES = ["Connaissance du réseau luxembourgeois de l'aide à l'enfance et à la famille",
       "Formation en médiation familiale ou en entretien motivationnel"]
QUAL = ["Écoute active", "Esprit d'analyse", "Résistance au stress", "Sens des responsabilités"]
MISS = ["Accueillir les familles et les jeunes qui s'adressent à l'Office et analyser leur demande",
        "Orienter les demandes vers les mesures d'aide adaptées et constituer les dossiers d'admission",
        "Rédiger des rapports sociaux à l'attention des instances de décision",
        "Collaborer avec les prestataires agréés, les écoles et les services communaux",
        "Participer aux permanences téléphoniques du service"]
WHO = ("L'Office national de l'enfance coordonne l'aide à l'enfance et à la famille au Luxembourg : il reçoit les "
       "demandes des familles, décide des mesures d'accompagnement et en assure le suivi avec un réseau de prestataires "
       "agréés. Le service Accueil et orientation est la première porte d'entrée pour les familles.")
OFFER = ("Un travail utile au sein d'une équipe pluridisciplinaire de douze personnes, un horaire mobile, des "
         "formations continues et un lieu de travail accessible en transports publics. Les entretiens auront lieu "
         "au cours de la semaine du 4 mars 2040.")

def build():
    b = lambda xs: "\n".join("  • " + x + ";" if i < len(xs) - 1 else "  • " + x + "." for i, x in enumerate(xs))
    txt = f"""Aller au contenu
GovJobs   LB  FR  DE  EN
Accueil  Postuler  Nos carrières  Travailler pour l'État  Actualités  Contact
Rechercher une offre

Accueil > Postuler > Postes ouverts > Postes vacants

{T} (réf. {REF}) (réf. E00061735)

Informations générales

  • Statut Fonctionnaire, Employé de l'État
  • GroupeA2
  • Date limite de candidature12/02/2040
  • MinistèreMinistère de l'Éducation nationale, de l'Enfance et de la Jeunesse
  • Administration/Organisme{ORG}
  • Lieu{LOC}
  • Tâche{SCHED}
  • Nombre de postes vacants1
  • NationalitéÊtre ressortissant d'un État membre de l'Union européenne
  • Catégorie de métiersSocial et éducatif
  • Type de contrat Admission au stage, CDI

Qui recrute ?

{ORG} - Ministère de l'Éducation nationale, de l'Enfance et de la Jeunesse

{WHO}

Missions

""" + "\n".join("  • " + m + ";" for m in MISS) + """

Profil

Formation et expérience
""" + "\n".join("  • " + e for e in ESS) + """

Atouts
""" + "\n".join("  • " + d for d in DES) + """

Compétences comportementales
""" + "\n".join("  • " + q for q in QUAL) + f"""

Nous offrons

{OFFER}

Comment postuler ?

Les candidatures sont à introduire exclusivement en ligne via GovJobs, en indiquant la référence correspondant à votre statut, jusqu'au 12/02/2040 inclus.

Partager  Imprimer

Offres similaires
Éducateur gradué (m/f) – Service national de la jeunesse – Date limite 05/02/2040
Psychologue (m/f) – Office national de l'enfance – Date limite 26/02/2040

Le Gouvernement luxembourgeois · Accessibilité · Aspects légaux · Plan du site
"""
    write(KEY + "-govjobs.txt", txt, KEY)
    md = f"""[moovijob.com](#) › [Offres d'emploi](#) › [GovJobs](#)

# {T}

Publié le 23/01/2040 · **GovJobs**

| | |
|---|---|
| Employeur | {ORG} |
| Référence | {REF} (fonctionnaire) / E00061735 (employé) |
| Lieu de travail | {LOC} |
| Groupe de traitement | A2 |
| Temps de travail | {SCHED} |
| Langues parlées | LB, FR, DE |
| Date limite de candidature | 12/02/2040 |

## Qui recrute ?

{WHO}

## Missions

""" + "\n".join("* " + m for m in MISS) + """

## Profil

""" + "\n".join("1. " + e for e in ESS) + """

**Atouts :** """ + " ; ".join(DES) + """

**Compétences comportementales :** """ + " – ".join(QUAL) + f"""

## Nous offrons

{OFFER}

[Postuler sur GovJobs](#)

---

*Offres similaires : Assistant administratif (m/f) – Centre de gestion informatique de l'éducation – 19/02/2040*
"""
    write(KEY + "-moovijob.md", md, KEY)
    expected(KEY, dict(reference=REF, languages=["fr"], title={"en": None, "fr": T}, organisation={"en": None, "fr": ORG},
        location={"en": None, "fr": LOC}, schedule={"en": None, "fr": SCHED}, deadline="2040-02-12",
        salary=None, grade="A2", clearance=None,
        requirements={"en": None, "fr": {"essential": ESS, "desirable": DES}},
        competencies={"en": None, "fr": comp(*[(q, "") for q in QUAL])}))
