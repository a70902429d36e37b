from common import *

KEY = "gheskio-rh-2042-023"
REF = "GHESKIO-RH-2042-023"
TITLE = "Technologiste médical(e) – laboratoire de charge virale"
ORG = "Centres GHESKIO"
LOC = "Site de Tabarre, Port-au-Prince, Haïti"
SCHED = "40 heures par semaine, du lundi au samedi par rotation"
DUTIES = [
    "réceptionner, enregistrer et préparer les échantillons de plasma et de sang total",
    "réaliser les analyses de charge virale VIH et de diagnostic précoce du nourrisson",
    "appliquer le contrôle de qualité interne et participer aux évaluations externes",
    "assurer la maintenance de premier niveau des automates",
    "saisir et valider les résultats dans le système d'information du laboratoire",
]
ESS = [
    "Diplôme de technologiste médical reconnu par le Ministère de la Santé Publique et de la Population;",
    "Licence d'exercice valide;",
    "Au moins deux ans d'expérience en biologie moléculaire ou en laboratoire de référence;",
    "Connaissance des bonnes pratiques de biosécurité;",
    "Maîtrise du français et du créole haïtien.",
]
DES = [
    "Formation à la norme ISO 15189;",
    "Connaissance de base de l'anglais technique.",
]
COMP = [
    ("Précision", "exécuter chaque étape des protocoles sans approximation."),
    ("Confidentialité", "protéger en toutes circonstances les données des patients."),
    ("Travail en équipe", "collaborer avec les cliniciens et le personnel de saisie."),
]

expected(KEY, fr_only(
    reference=REF, post_number=None, title=TITLE, organisation=ORG, location=LOC, schedule=SCHED,
    deadline="2042-07-15", salary=salary(amount=78000, cur="HTG"), grade=None,
    essential=ESS, desirable=DES, competencies=COMP))

md = f"""# Offres d'emploi – Centres GHESKIO

[Accueil](#) | [Qui sommes-nous](#) | [Soins](#) | [Recherche](#) | [Formation](#) | **[Emplois](#)**

## {TITLE}

**Référence :** {REF}\\
**Organisation :** {ORG}\\
**Lieu d'affectation :** {LOC}\\
**Horaire :** {SCHED}\\
**Salaire :** 78 000 HTG bruts par mois (gourdes), assurance santé incluse\\
**Date de publication :** 24 juin 2042\\
**Date limite :** mardi 15 juillet 2042

### Description sommaire

Sous la supervision du responsable du laboratoire de biologie moléculaire, le/la technologiste médical(e) réalise les analyses de suivi des personnes vivant avec le VIH.

### Tâches principales

""" + "\n".join("- " + d[0].upper() + d[1:] + ";" for d in DUTIES) + """

### Qualifications requises

""" + "\n".join("1. " + e for e in ESS) + """

### Atouts

""" + "\n".join("+ " + d for d in DES) + """

### Compétences

""" + "\n".join(f"* *{n}* : {d}" for n, d in COMP) + """

### Dossier de candidature

Envoyez votre CV, une lettre de motivation, une copie de la licence et deux références à emplois@gheskio.example. Les candidat(e)s retenu(e)s seront invité(e)s à un test pratique le 24 juillet 2042. Les candidatures féminines sont vivement encouragées.

---

*Centres GHESKIO – page de démonstration, coordonnées fictives.*
"""
write(KEY + "-gheskio.md", md)
row(KEY + "-gheskio.md", KEY, "md")

mail = f"""
De : Rose-Andrée Pierre (fictif) <rapierre@labo-reseau.example>
Envoyé : mercredi 25 juin 2042 09:14
À : Liste Technologistes Médicaux Haïti <technos-ht@listes.example>
Objet : TR: Offre GHESKIO – technologiste médical(e) charge virale (réf. {REF})

Bonjour chers collègues,

Je vous transfère cette offre reçue ce matin. Le poste intéressera surtout ceux qui ont déjà touché à la PCR. Attention, la date limite est courte.

Pour info, la réunion mensuelle de l'association est reportée au samedi 5 juillet (même salle).

Bonne journée,
Rose-Andrée

-----Message d'origine-----
De : Ressources Humaines GHESKIO <rh@gheskio.example>
Envoyé : mardi 24 juin 2042 16:02
Objet : Avis de recrutement {REF}

AVIS DE RECRUTEMENT

Référence ........ {REF}
Poste ............ {TITLE}
Organisation ..... {ORG}
Lieu ............. {LOC}
Horaire .......... {SCHED}
Salaire .......... 78 000 HTG bruts par mois
Date limite ...... 15/07/2042

TÂCHES
{"; ".join(DUTIES)}.

QUALIFICATIONS REQUISES
""" + "\n".join(f"  {i}. {e}" for i, e in enumerate(ESS, 1)) + """

ATOUTS
""" + "\n".join("  - " + d for d in DES) + """

COMPÉTENCES
""" + "\n".join(f"  * {n} : {d}" for n, d in COMP) + """

Envoyer CV, lettre, copie de la licence et deux références à emplois@gheskio.example.
Test pratique le 24/07/2042 pour les candidat(e)s retenu(e)s.

Ce message et ses pièces jointes sont confidentiels.
"""
write(KEY + "-courriel.txt", mail)
row(KEY + "-courriel.txt", KEY, "txt")
