"""321573 - NSPA, CEPS Programme Office, Versailles (FR only)."""
from common import *

REF = "321573"
TITLE = "Assistant(e) administratif(ve) (contrats d'entretien du réseau d'oléoducs)"
ORG = "Agence OTAN de soutien et d'acquisition (NSPA)"
ORG_FIELD = "NATO Support and Procurement Agency (NSPA)"
LOC = "France-Versailles"
SCH = "Temps plein"
GRADE = "G8"
CLR = "NC"

ESS = [
    "Diplôme de fin d'études secondaires et au moins quatre ans d'expérience dans un emploi administratif, dont deux dans le suivi de contrats ou d'achats",
    "Expérience de la tenue de dossiers, de tableaux de suivi et d'échéanciers",
    "Bonne maîtrise des logiciels Excel, Word et Outlook",
    "Connaissance du français au niveau SLP 3333 et de l'anglais au niveau SLP 2222",
]
DES = [
    "Diplôme de l'enseignement supérieur de type court en gestion ou en administration",
    "Expérience d'un progiciel de gestion intégré (SAP ou équivalent)",
    "Connaissance du secteur pétrolier ou du transport par canalisations",
]
COMP = [
    C("Rigueur", "vérifie l'exactitude des pièces avant leur transmission."),
    C("Sens de l'organisation", "gère plusieurs échéances en parallèle."),
    C("Esprit d'équipe", "partage l'information avec les gestionnaires de contrats et les équipes techniques."),
]

BODY = f"""AVIS DE VACANCE
Organisme : {ORG}
Direction : Programme Central Europe Pipeline System (CEPS)
Intitulé : {TITLE}
Lieu d'affectation : Versailles (France)

CONTEXTE DU POSTE
Le bureau du Programme CEPS, installé à Versailles, gère pour le compte des pays participants l'exploitation et l'entretien du réseau d'oléoducs de l'OTAN en Europe centrale. La Section Contrats suit plusieurs centaines de contrats d'entretien passés avec les divisions nationales du réseau et avec des entreprises privées.
Le/La titulaire apporte un soutien administratif aux gestionnaires de contrats de la Section.

PRINCIPALES FONCTIONS
Le/La titulaire :
– ouvre et tient à jour les dossiers de contrats et l'échéancier des renouvellements ;
– enregistre les bons de commande, les avenants et les factures dans le système de gestion ;
– prépare les courriers, les tableaux de suivi et les comptes rendus de réunion ;
– organise les réunions avec les divisions nationales et les visites de chantiers ;
– classe et archive les pièces conformément aux règles de gestion documentaire de l'Agence.

QUALIFICATIONS ET EXPÉRIENCE ESSENTIELLES
{bullets(ESS, "– ")}

QUALIFICATIONS ET EXPÉRIENCE SOUHAITABLES
{bullets(DES, "– ")}

COMPÉTENCES
{bullets(comps(COMP, " : "), "– ")}

CONDITIONS D'EMPLOI
Contrat de durée déterminée de trois ans, renouvelable. Le poste requiert une habilitation de sécurité NATO CONFIDENTIAL. Les candidat(e)s présélectionné(e)s seront convoqué(e)s à un test écrit et à un entretien à Versailles au cours de la deuxième quinzaine de mai 2035.
Seuls les ressortissants des pays membres de l'OTAN peuvent faire acte de candidature, sur la plateforme de recrutement de l'OTAN, au plus tard le 16 avril 2035 à 23 h 59 (heure de Bruxelles)."""

PORTAL = f"""Passer au contenu principal
Accueil carrières\tRecherche d'emploi\tMon dossier\tDéconnexion
Accueil carrières > Recherche d'emploi > Description de l'emploi
Description de l'emploi - {TITLE} ({REF})
Description de l'emploi
{TITLE}-{REF}

Emplacement principal

{LOC}

Organisme OTAN

{ORG_FIELD}

Horaire

{SCH}

Date limite de candidature

16-avr.-2035, 23:59:00

Salaire (Base de paie)

: 4 236,90Euro (EUR) Mensuelle

Grade

Grade OTAN G8

Niveau d'habilitation

{CLR}

Description

:
{BODY}

Publication de l'offre

: 05-mars-2035, 14:02:11

Postuler en ligne
Ajouter à mon panier d'emplois
Emplois similaires
Gestionnaire de contrats (CEPS) - France-Versailles - Date limite 30-mars-2035
Propulsé par Taleo
"""

BOARD = f"""CarrièresInternationales.fr — Offres | Organisations | Conseils | Publier une offre
Accueil › Organisations internationales › OTAN
{TITLE}
NSPA - OTANVersailles (78)Publiée il y a 6 jours
CDD 3 ansTemps plein4 236,90 € / moisCandidature avant le 16 avril 2035
Postuler sur le site de l'employeur
Résumé de l'offre
Emplacement principal{LOC}Organisme OTAN{ORG_FIELD}Horaire{SCH}Date limite de candidature16-avr.-2035, 23:59:00Salaire (Base de paie)4 236,90Euro (EUR) MensuelleGradeGrade OTAN G8Niveau d'habilitation{CLR}
Description du poste
Description de l'emploi - {TITLE} ({REF})
{BODY.replace("– ", "• ")}
Référence annonce : CI-2035-088145
Signaler cette offre
Offres similaires
Assistante de direction — Saint-Germain-en-Laye — 2 600 à 2 900 € brut / mois — jusqu'au 20/04/2035
Acheteur public — Versailles — jusqu'au 9 avril 2035
© CarrièresInternationales.fr 2035 — Mentions légales — Cookies
"""


def build():
    expected(REF, reference=REF, languages=["fr"], title={"fr": TITLE}, organisation={"fr": ORG},
             location={"fr": LOC}, schedule={"fr": SCH}, deadline="2035-04-16",
             salary=sal(4236.90), grade=GRADE, clearance=CLR,
             req={"fr": {"essential": ESS, "desirable": DES}}, comp={"fr": COMP})
    write(f"{REF}-natocarrieres.txt", PORTAL, REF)
    write(f"{REF}-jobboard.txt", BOARD, REF)
