from common import *

KEY = "394455"
TITLE = "Technicien(ne) principal(e) (intégrité des oléoducs)"
ORG_PORTAL = "NATO Support and Procurement Agency (NSPA)"
ORG = "Agence OTAN de soutien et d'acquisition (NSPA)"
LOC = "France-Versailles"
SCH = "Temps plein"
GRADE, CLR = "G9", "NS"
ESS = [
    "diplôme de l'enseignement supérieur (niveau bac + 2 au minimum) en génie mécanique, en génie des procédés ou en instrumentation",
    "au moins cinq ans d'expérience dans l'inspection, la maintenance ou la surveillance de canalisations de transport d'hydrocarbures",
    "connaissance des techniques de contrôle non destructif et d'inspection par piston instrumenté",
    "bonne maîtrise des logiciels bureautiques et d'un système de gestion de la maintenance assistée par ordinateur",
    "connaissance de l'anglais au niveau SLP 2222 de l'OTAN",
]
DES = [
    "connaissance de la réglementation française et européenne relative aux canalisations de transport",
    "expérience d'un système d'information géographique",
    "permis de conduire de catégorie B en cours de validité",
]
COMP = [
    ("Sens de la sécurité", "applique et fait appliquer les règles de sécurité sur les chantiers"),
    ("Rigueur technique", "consigne les mesures et les constats de manière complète et vérifiable"),
    ("Autonomie", "organise ses déplacements et ses inspections sans supervision directe"),
    ("Esprit d'équipe", "partage les informations avec les exploitants nationaux et les collègues du Bureau"),
]
CONTEXTE = ("Le Bureau de programme du réseau d'oléoducs en Centre-Europe (CEPS), situé à Versailles, veille à la "
            "sécurité et à la disponibilité d'un réseau transfrontière de canalisations et de dépôts de carburant. "
            "La Section Intégrité technique définit les programmes d'inspection et suit leur exécution par les "
            "divisions nationales d'exploitation.")
TACHES = [
    "préparer et suivre les campagnes d'inspection des canalisations ;",
    "analyser les rapports d'inspection et proposer les réparations à réaliser ;",
    "tenir à jour la base de données des anomalies et des interventions ;",
    "participer aux audits techniques dans les pays hôtes ;",
    "contribuer à la rédaction des normes techniques du réseau.",
]


def build():
    expected(KEY, ["fr"], {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, {"fr": SCH}, "2038-03-11",
             (5287.36, None, None, "EUR", "month"), GRADE, CLR, {"fr": (ESS, DES)}, {"fr": COMP})
    page = f"""Passer au contenu principal
Carrières OTAN
Recherche d'emploi   Ma page emploi   Déconnexion
English   Français
Recherche d'emploi  >  Description de l'emploi

Description de l'emploi - {TITLE} ({KEY})

Description de l'emploi

{TITLE}-{KEY}

Lieu principal

{LOC}

Organisme OTAN

{ORG_PORTAL}

Horaire

{SCH}

Date limite de candidature

11-mars-2038, 23:59:00

Salaire (base de rémunération)

: 5 287,36Euro (EUR) Mensuelle

Grade

{GRADE}

Niveau d'habilitation

{CLR}

Description

:

AVIS DE VACANCE

Intitulé : {TITLE}
Organisme : {ORG}
Lieu d'affectation : Versailles (France)
Grade : {GRADE}
Date de clôture : 11 mars 2038

1. CONTEXTE

{CONTEXTE}

2. TÂCHES PRINCIPALES

Le/La titulaire sera chargé(e) de :
{lines(TACHES)}

3. QUALIFICATIONS ET EXPÉRIENCE ESSENTIELLES

{lines(ESS)}

4. QUALIFICATIONS ET EXPÉRIENCE SOUHAITABLES

{lines(DES)}

5. COMPÉTENCES

{lines([f'- {n} : {d}' for n, d in COMP])}

6. CONDITIONS PARTICULIÈRES

Le poste comporte des déplacements fréquents en Allemagne, en Belgique, aux Pays-Bas et au Luxembourg, d'une
durée de deux à cinq jours. Contrat initial de trois ans. Les candidatures doivent être déposées au plus tard le
11 mars 2038 ; les candidats retenus seront convoqués à des épreuves techniques en avril 2038.

Publication de l'offre

: 04-févr.-2038, 09:00:00

Offres similaires
Ingénieur(e) (automatisme des dépôts) - NSPA   Date limite 25-févr.-2038
Assistant(e) (achats) - NSPA   Date limite 18-mars-2038

Conditions d'utilisation   Confidentialité   Accessibilité   © OTAN 2038
"""
    write(f"{KEY}-natocarrieres.txt", page, KEY)

    board = f"""emploi-idf.example   Trouver un emploi   Déposer un CV   Recruteurs
Emplois › Yvelines › Versailles › Maintenance industrielle

{TITLE}
NSPA - Agence OTANVersailles (78)CDD 36 moisTemps pleinPubliée il y a 2 jours
5 287,36 € / mois (net d'impôt)Grade OTAN {GRADE}Habilitation {CLR}Candidature avant le 11/03/2038

Postuler

L'entreprise
{ORG} · Lieu : {LOC} · Horaire : {SCH}

Le poste
{CONTEXTE}

Vos missionspréparer et suivre les campagnes d'inspection des canalisations ;
{lines(TACHES[1:])}

Profil - qualifications essentielles{ESS[0]}
{lines(ESS[1:])}

Profil - qualifications souhaitables{DES[0]}
{lines(DES[1:])}

Compétences{COMP[0][0]} : {COMP[0][1]}
{lines([f'{n} : {d}' for n, d in COMP[1:]])}

Réf. employeur : {KEY} · Réf. annonce : IDF-5521-907

Offres similaires
Technicien inspection canalisations H/F · Rueil-Malmaison · 2 800 - 3 300 € brut/mois · jusqu'au 20/03/2038
Chargé d'affaires intégrité pipeline H/F · Gennevilliers · 45 - 52 k€ brut annuel · jusqu'au 31/03/2038
"""
    write(f"{KEY}-jobboard.txt", board, KEY)
