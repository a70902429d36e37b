from common import *

KEY = "462673"
TITLE = "Gestionnaire de stocks (pièces de rechange aéronautiques) - Direction des opérations logistiques"
ORG = "Agence OTAN de soutien et d'acquisition (NSPA)"
LOC = "Luxembourg-Capellen"
SCH = "Temps plein"
GRADE, CLR = "G8", "NS"

CONTEXTE = """L'Agence OTAN de soutien et d'acquisition (NSPA) fournit aux pays membres et aux commandements de l'OTAN des services d'acquisition, de logistique et de soutien aux systèmes d'armes. La Direction des opérations logistiques gère, pour le compte de groupes de pays utilisateurs, les stocks de pièces de rechange de plusieurs flottes d'aéronefs.

Au sein de la Section Gestion des stocks aéronautiques, le/la titulaire suit les niveaux de stock d'un ensemble de références, déclenche les réapprovisionnements et veille à la disponibilité des pièces pour les pays clients."""
TACHES = [
    "suivre les niveaux de stock et les consommations des références qui lui sont confiées ;",
    "établir les demandes de réapprovisionnement et en suivre l'exécution avec les acheteurs ;",
    "traiter les demandes urgentes des pays clients (AOG) en liaison avec les entrepôts ;",
    "mettre à jour les données articles dans le système de gestion de l'Agence ;",
    "participer aux inventaires annuels et analyser les écarts constatés ;",
    "rédiger des rapports mensuels sur la disponibilité des pièces.",
]
ESS = [
    "Diplôme d'études secondaires supérieures et formation complémentaire en logistique, en gestion des approvisionnements ou dans un domaine apparenté",
    "Au moins quatre années d'expérience dans la gestion de stocks, de préférence dans le secteur aéronautique",
    "Expérience pratique d'un progiciel de gestion intégré (SAP ou équivalent)",
    "Bonne maîtrise d'Excel",
    "Niveau de compétence linguistique : anglais - SLP 3333 ; français - SLP 2222",
]
DES = [
    "Connaissance de la codification OTAN des articles",
    "Expérience du soutien d'une flotte d'aéronefs militaires",
    "Notions de la réglementation relative aux marchandises dangereuses",
]
COMP = [
    ("Rigueur", "vérifie les données avant chaque commande."),
    ("Réactivité", "traite les demandes urgentes dans les délais fixés."),
    ("Sens du service", "répond aux pays clients de manière claire et courtoise."),
    ("Esprit d'équipe", "partage l'information avec les acheteurs et les magasiniers."),
]
E = exp(KEY, ["fr"], {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, {"fr": SCH}, "2039-12-12", sal(4972.18, "EUR"), GRADE,
        CLR, {"fr": {"essential": ESS, "desirable": DES}}, {"fr": comps(COMP)})


def avis(m="", tm=""):
    t = "\n".join(tm + x for x in TACHES)
    e = "\n".join(m + x for x in ESS)
    d = "\n".join(m + x for x in DES)
    c = "\n".join(m + f"{n} : {x}" for n, x in COMP)
    return f"""AVIS DE VACANCE

Intitulé : {TITLE}
Organisme : {ORG}
Lieu d'affectation : Capellen (Luxembourg)
Grade : {GRADE}
Date de clôture : 12 décembre 2039

1. CONTEXTE

{CONTEXTE}

2. TÂCHES PRINCIPALES

Le/La titulaire sera chargé(e) de :
{t}

3. QUALIFICATIONS ET EXPÉRIENCE ESSENTIELLES

{e}

4. QUALIFICATIONS ET EXPÉRIENCE SOUHAITABLES

{d}

5. COMPÉTENCES

{c}

6. CONDITIONS D'EMPLOI

Contrat de durée déterminée de trois ans, renouvelable. Horaire hebdomadaire de 40 heures. Seuls les ressortissants des pays membres de l'OTAN peuvent faire acte de candidature. Les candidatures doivent parvenir au plus tard le 12 décembre 2039 via le portail de recrutement de l'OTAN. Les entretiens auront lieu à Capellen au cours de la semaine du 30 janvier 2040."""


def build():
    expected(KEY, E)
    out(f"{KEY}-natocarrieres.txt", f"""
Passer au contenu principal
OTAN - Carrières
Accueil
Offres d'emploi
Mes candidatures
Mon compte
Langue : Français
Rechercher des offres d'emploi   >   Liste des offres   >   Description de l'emploi

Description de l'emploi - {TITLE} ({KEY})
{TITLE}-{KEY}

Lieu principal

{LOC}

Organisme OTAN

NATO Support and Procurement Agency (NSPA)

Horaire

{SCH}

Date limite de candidature

12-déc.-2039, 23:59:00

Salaire (base de rémunération)

: 4 972,18Euro (EUR) Mensuelle

Grade

Grade OTAN {GRADE}

Niveau d'habilitation

{CLR}

Description

{avis()}

Publication de l'offre

 14-nov.-2039, 08:30:00

Offres similaires
Assistant(e) achats (munitions)  |  Luxembourg-Capellen  |  05-déc.-2039
Magasinier(ère) principal(e)  |  Hongrie-Pápa  |  19-déc.-2039

Postuler en ligne     Envoyer à un ami     Sauvegarder
""", KEY)

    out(f"{KEY}-jobboard.txt", f"""
emplois-lux.example   Offres   Entreprises   Conseils carrière   Connexion
Accueil / Offres / Logistique / Capellen

{TITLE}
NATO Support and Procurement Agency (NSPA) · Capellen · CDD · publiée il y a 9 jours
Postuler   Sauvegarder   Partager

Lieu principal : {LOC} · Horaire : {SCH} · Grade : {GRADE} · Habilitation : {CLR}
Salaire : 4 972,18 EUR par mois (non imposable)
Date limite : 12/12/2039

{avis("• ", "• ")}

Référence de l'employeur : {KEY}
N° d'annonce : EL-2039-551207

Offres similaires
Approvisionneur aéronautique H/F – Luxembourg-Findel – 3 800 € - 4 400 € / mois – expire le 15/12/2039
Gestionnaire de stock – Bettembourg – 42 - 48 k€ brut annuel – expire le 03/12/2039

À propos   Mentions légales   Cookies
""", KEY)
