"""383552 - NSPA, Capellen (FR only): Taleo French interface browser copy, Luxembourg board copy."""
from common import *

REF = "383552"
TITLE = "Assistant(e) achats (Soutien des systèmes terrestres)"
ORG = "Agence OTAN de soutien et d'acquisition (NSPA)"
LOC = "Luxembourg-Capellen"
SAL = "4 011,73Euro (EUR) Mensuelle"
DL = "12-août-2037, 23:59:00"
ESS = [
    "Diplôme d'études secondaires supérieures et formation complémentaire en achats, en logistique ou en gestion",
    "Au moins trois années d'expérience dans les achats publics ou industriels, dont l'établissement de demandes de prix et de bons de commande",
    "Expérience de l'utilisation d'un progiciel de gestion intégré (ERP) pour le suivi des commandes",
    "Bonne maîtrise des outils bureautiques, en particulier du tableur",
    "Niveau de compétence linguistique : anglais - SLP 3333 ; français - SLP 2222",
]
DES = [
    "Connaissance des règles d'achat de l'OTAN ou d'une organisation internationale",
    "Expérience des pièces de rechange de véhicules militaires ou d'équipements terrestres",
    "Connaissance pratique de l'allemand ou du luxembourgeois",
]
COMP = [
    ("Rigueur", "vérifie chaque commande avant envoi et tient des dossiers complets."),
    ("Sens du service", "répond rapidement aux demandes des programmes et des pays clients."),
    ("Travail en équipe", "partage l'information avec les acheteurs et les gestionnaires de stocks."),
    ("Intégrité", "respecte strictement les règles d'achat et de confidentialité."),
]
CONTEXTE = "L'Agence OTAN de soutien et d'acquisition (NSPA) fournit aux pays de l'Alliance et aux organismes de l'OTAN des services de soutien logistique et d'achat. Au sein de la Direction Achats, la Section Systèmes terrestres passe les commandes de pièces de rechange et de services de maintenance pour des véhicules et équipements terrestres. Le/La titulaire prépare et suit les commandes de faible montant sous la supervision d'un(e) acheteur(se)."
TACHES = [
    "Préparer les demandes de prix et analyser les offres reçues",
    "Établir les bons de commande dans le progiciel de gestion et en assurer le suivi jusqu'à la livraison",
    "Tenir à jour les dossiers d'achat et les fiches fournisseurs",
    "Répondre aux questions des fournisseurs et des clients internes",
    "Participer à la clôture des commandes et au rapprochement des factures",
]


def notice():
    out = ["AVIS DE VACANCE", "",
           f"Intitulé : {TITLE}", f"Organisme : {ORG}",
           "Lieu d'affectation : Capellen (Luxembourg)", "Grade : G7",
           "Date de clôture : 12 août 2037", "",
           "1. CONTEXTE", "", CONTEXTE, "",
           "2. TÂCHES PRINCIPALES", "", "Le/La titulaire devra :"]
    out += ["- " + x + " ;" for x in TACHES[:-1]] + ["- " + TACHES[-1] + "."]
    out += ["", "3. QUALIFICATIONS ET EXPÉRIENCE ESSENTIELLES", ""] + ["- " + x for x in ESS]
    out += ["", "4. QUALIFICATIONS ET EXPÉRIENCE SOUHAITABLES", ""] + ["- " + x for x in DES]
    out += ["", "5. COMPÉTENCES", ""] + [f"- {n} : {d}" for n, d in COMP]
    out += ["", "6. CONDITIONS",
            "Un contrat de durée déterminée de trois ans sera proposé. Les candidatures doivent être soumises via le portail des carrières de l'OTAN au plus tard le 12 août 2037. Les candidat(e)s présélectionné(e)s seront convoqué(e)s à un test écrit à Capellen au cours de la semaine du 7 septembre 2037."]
    return "\n".join(out)


def build():
    expected(REF, reference=REF, post_number=None, languages=["fr"],
             title={"en": None, "fr": TITLE}, organisation={"en": None, "fr": ORG},
             location={"en": None, "fr": LOC}, schedule={"en": None, "fr": "Temps plein"},
             deadline="2037-08-12", salary=sal(4011.73), grade="G7", clearance="NC",
             requirements={"en": None, "fr": {"essential": ESS, "desirable": DES}},
             competencies={"en": None, "fr": comps(COMP)})

    page = f"""Passer au contenu principal
Carrières OTAN
Recherche d'emploi | Ma page emploi | Déconnexion | Aide
Langue : Français ▾
Recherche d'emploi  >  Description de l'emploi
Description de l'emploi - {TITLE} ({REF})
{TITLE}-{REF}

Emplacement principal

{LOC}

Organisme OTAN

NATO Support and Procurement Agency (NSPA)

Horaire

Temps plein

Date limite de candidature

{DL}

Salaire (Base de paie)

: {SAL}

Grade

Grade OTAN G7

Niveau d'habilitation

NC

Description

:
{notice()}

Publication de l'offre

: 08-juil.-2037, 09:00:00

Postuler en ligne   Ajouter à mon panier   Envoyer à un ami

Offres similaires
Magasinier(ère) (Entrepôt central)    Luxembourg-Capellen    27-juil.-2037
Acheteur(se) (Munitions)    Luxembourg-Capellen    31-août-2037

Propulsé par le portail des carrières de l'OTAN | Confidentialité | Accessibilité
"""
    write(f"{REF}-natocarrieres.txt", page, REF)

    board = f"""EmploisLux.example – l'emploi au Grand-Duché
Accueil › Offres › Achats / Logistique
Se connecter   Déposer mon CV   Employeurs
{TITLE}
NSPA – OTAN · Capellen · CDD 3 ans · Temps plein · Publiée le 15/07/2037
Postuler   Sauvegarder   Alerte e-mail
Informations clés
Emplacement principal
{LOC}
Horaire
Temps plein
Date limite de candidature
{DL}
Salaire (Base de paie)
{SAL}
Grade
Grade OTAN G7
Niveau d'habilitation
NC
Description du poste
Réf. employeur : {REF}
{notice()}

Référence de l'annonce : EL-2037-0719304
Cette offre a été vue 264 fois.

Offres similaires
Acheteur(se) junior – Bertrange – 3 600 € - 4 100 € brut/mois – expire le 31/07/2037
Gestionnaire de commandes – Leudelange – 3 300 € - 3 800 € – expire le 20/08/2037

© 2037 EmploisLux.example · Mentions légales · Cookies
"""
    write(f"{REF}-jobboard.txt", board, REF)
