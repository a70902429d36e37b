from common import *
KEY = "336455"
TITLE = "Technicien(ne) (Soutien aux postes de travail et aux salles de réunion)"
ORG_BODY = "Agence OTAN d'information et de communication (NCIA)"
ORG_PORTAL = "NATO Communications and Information Agency (NCIA)"
LOC = "Belgique-Braine-l'Alleud"
SCH = "Temps plein"
GRADE, CLR = "G9", "NS"
ESS = [
    "Diplôme de l'enseignement secondaire supérieur et certification de niveau bachelier ou équivalente en informatique ou en électronique",
    "Au moins trois ans d'expérience dans le support informatique de proximité (niveau 1 et 2) pour un parc d'au moins 300 postes de travail",
    "Expérience de l'installation et du dépannage de systèmes de visioconférence et d'équipements audiovisuels de salles de réunion",
    "Connaissance pratique de Windows 11, de Microsoft 365 et d'un outil de gestion des tickets conforme à ITIL",
    "Capacité à expliquer simplement une solution technique à des utilisateurs non spécialistes",
    "Connaissance de l'anglais et du français au niveau SLP 3333 dans l'une des langues et 2222 dans l'autre",
]
DES = [
    "Certification ITIL 4 Foundation",
    "Expérience du soutien informatique dans un environnement classifié ou militaire",
    "Permis de conduire B valide",
]
COMPS = [
    ("Orientation client", "Répond aux demandes des utilisateurs avec courtoisie et les tient informés de l'avancement"),
    ("Rigueur", "Documente chaque intervention dans l'outil de tickets avant de la clôturer"),
    ("Travail en équipe", "Partage ses solutions avec les autres techniciens et les remplace au besoin"),
    ("Sens des priorités", "Traite d'abord les incidents qui bloquent une réunion ou un service"),
]
exp = expected(KEY, languages=["fr"], title={"fr": TITLE}, organisation={"fr": ORG_BODY}, location={"fr": LOC},
               schedule={"fr": SCH}, deadline="2035-11-09", salary=sal(4518.92), grade=GRADE, clearance=CLR,
               req={"fr": {"essential": ESS, "desirable": DES}}, comps={"fr": comp(COMPS)})

def body(marker=""):
    return f"""AVIS DE VACANCE

Intitulé : {TITLE}
Organisme : {ORG_BODY}
Lieu d'affectation : Braine-l'Alleud (Belgique)
Grade : Grade OTAN {GRADE}

CONTEXTE

L'Agence OTAN d'information et de communication fournit à l'OTAN, à ses nations et à ses partenaires des capacités de communication et d'information sécurisées. Sur son site de Braine-l'Alleud, l'Unité de soutien des services aux utilisateurs assure le soutien de proximité de quelque 900 postes de travail et de 60 salles de réunion équipées de visioconférence.

Le/La titulaire fait partie d'une équipe de huit techniciens. Il/Elle résout les incidents signalés par les utilisateurs, prépare les salles de réunion avant les réunions importantes et installe les nouveaux postes de travail.

PRINCIPALES RESPONSABILITÉS

{lines(["Traiter les tickets d'incident et de demande de niveau 1 et 2 dans les délais fixés par les accords de niveau de service", "Installer, configurer et déplacer des postes de travail, des imprimantes et des périphériques", "Vérifier chaque matin le fonctionnement des salles de visioconférence et assister les utilisateurs pendant les réunions", "Tenir à jour l'inventaire du matériel de l'Unité", "Rédiger des fiches de solution pour la base de connaissances"], marker)}

QUALIFICATIONS ET EXPÉRIENCE ESSENTIELLES

{lines(ESS, marker)}

QUALIFICATIONS ET EXPÉRIENCE SOUHAITABLES

{lines(DES, marker)}

COMPÉTENCES

{chr(10).join(f"{marker}{n} : {d}" for n, d in COMPS)}

CONDITIONS D'EMPLOI

Le/La candidat(e) retenu(e) se verra proposer un contrat de durée déterminée de trois ans. Le poste peut exiger des interventions en dehors des heures normales de bureau, qui sont compensées conformément au Règlement du personnel civil de l'OTAN.

PROCÉDURE DE CANDIDATURE

Les candidatures doivent être soumises au plus tard le 9 novembre 2035 à 23 h 59 (heure de Bruxelles), au moyen du système de recrutement en ligne. Seuls les ressortissants des pays membres de l'OTAN peuvent postuler. Les candidat(e)s présélectionné(e)s seront invité(e)s à un test pratique.
"""

PORTAL = f"""Passer au contenu principal
Carrières OTAN
Recherche d'emplois   Ma page emploi   Paramètres de mon compte   Connexion
Recherche d'emplois > Description de l'emploi
Description de l'emploi - {TITLE} ({KEY})
Postuler en ligne
Ajouter à mon panier d'emplois
Partager cette offre

{TITLE}-{KEY}

Emplacement principal

{LOC}

Organisme OTAN

{ORG_PORTAL}

Horaire

{SCH}

Date limite de candidature

09-nov.-2035, 23:59:00

Salaire (base de rémunération)

: 4 518,92Euro (EUR) Mensuelle

Grade

Grade OTAN {GRADE}

Niveau d'habilitation

{CLR}

Description

:

{body()}
Publication de l'offre

: 12-oct.-2035, 09:00:00

Postuler en ligne
Ajouter à mon panier d'emplois

Offres similaires
Technicien(ne) (Réseaux) - Belgique-Mons - Date limite de candidature 23-nov.-2035
Assistant(e) (Gestion des actifs informatiques) - Belgique-Braine-l'Alleud - Date limite de candidature 30-nov.-2035

Politique de confidentialité | Accessibilité | Optimisé par Oracle
"""
write(f"{KEY}-natocarrieres.txt", PORTAL, KEY)

BOARD = f"""EmploiBrabantWallon.be
Offres   Entreprises   Conseils   Déposer mon CV   Se connecter
Accueil > Offres d'emploi > Informatique > Braine-l'Alleud

{TITLE}
NCIA - OTAN
Braine-l'Alleud • CDD 3 ans • Temps plein • Publiée il y a 3 jours
Postuler   Sauvegarder   Envoyer à un ami

Résumé de l'offre
Emplacement principal
{LOC}
Organisme OTAN
{ORG_PORTAL}
Horaire
{SCH}
Date limite de candidature
09-nov.-2035, 23:59:00
Salaire (base de rémunération)
4 518,92Euro (EUR) Mensuelle
Grade
Grade OTAN {GRADE}
Niveau d'habilitation
{CLR}

Description de l'offre (réf. employeur {KEY})
{body("• ")}
Référence de l'annonce : EBW-2035-31877

Offres similaires
Helpdesk IT bilingue FR/NL - Waterloo - 2 900 € à 3 300 € brut/mois - expire le 28/11/2035
Technicien audiovisuel événementiel - Nivelles - Publiée il y a 8 jours

© 2035 EmploiBrabantWallon.be - Mentions légales - Cookies
"""
write(f"{KEY}-jobboard.txt", BOARD, KEY)
