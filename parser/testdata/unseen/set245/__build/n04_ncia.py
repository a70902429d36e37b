from common import *

KEY = "394318"
TITLE = "Gestionnaire de services (messagerie et outils collaboratifs)"
ORG = "Agence OTAN d'information et de communication (NCIA)"
LOC = "Belgique-Bruxelles"
SCH = "Temps plein"
GRADE, CLR = "G12", "NS"
ESS = [
    "Diplôme universitaire en informatique, en systèmes d'information ou dans une discipline apparentée",
    "Au moins quatre ans d'expérience dans l'exploitation de services de messagerie ou de plateformes collaboratives pour plus de 2 000 utilisateurs",
    "Expérience de la gestion des incidents, des problèmes et des changements selon les pratiques ITIL",
    "Expérience du pilotage de prestataires au moyen d'accords de niveau de service",
    "Connaissance de l'anglais au niveau SLP 3333 de l'OTAN",
]
DES = [
    "Certification ITIL Foundation ou supérieure",
    "Expérience de la migration de services de messagerie vers une nouvelle plateforme",
    "Expérience dans un environnement classifié ou militaire",
]
COMP = [
    ("Orientation service", "place les besoins des utilisateurs au centre des décisions d'exploitation"),
    ("Rigueur", "suit les procédures et documente chaque changement"),
    ("Communication", "explique clairement les interruptions de service et leurs conséquences"),
    ("Travail en équipe", "coopère avec les équipes techniques de plusieurs sites"),
]
ROLE = ("Le Centre de services de l'Agence assure l'exploitation quotidienne des services informatiques utilisés au "
        "siège de l'OTAN à Bruxelles. Au sein de la Section Services aux utilisateurs, le/la gestionnaire de services "
        "est responsable de bout en bout des services de messagerie, d'agenda et de travail collaboratif, de leur "
        "disponibilité et de leur évolution.")
TASKS = [
    "suivre les indicateurs de performance des services et en rendre compte chaque mois ;",
    "coordonner la résolution des incidents majeurs et rédiger les rapports d'analyse ;",
    "présenter les demandes de changement au comité consultatif des changements ;",
    "tenir à jour le catalogue de services et les procédures d'exploitation ;",
    "recueillir les besoins des utilisateurs et proposer des améliorations.",
]


def build():
    expected(KEY, ["fr"], {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, {"fr": SCH}, "2038-03-09",
             (6024.15, None, None, "EUR", "month"), GRADE, CLR, {"fr": (ESS, DES)}, {"fr": COMP})
    mail = f"""De : Secrétariat Fédération numérique bruxelloise <secretariat@federation-ict.example>
Envoyé : lundi 8 février 2038 11:17
À : Membres - groupe de travail défense et sécurité
Objet : TR: Offre d'emploi NCIA - {TITLE} ({KEY})

Bonjour à toutes et à tous,

Comme convenu lors de notre réunion du 2 février, nous relayons ci-dessous une offre de l'Agence OTAN
d'information et de communication. Merci de la diffuser à vos équipes. Notre prochain petit-déjeuner
thématique aura lieu le 17 février 2038 à 8 h 30.

Cordialement,
Le secrétariat

-------- Message transféré --------
De : NCIA Recrutement <recrutement@ncia.example>
Date : vendredi 5 février 2038 15:02
Objet : Avis de vacance {KEY}

Intitulé du poste : {TITLE}
Réquisition : {KEY}
Organisme : {ORG}
Lieu : {LOC}
Horaire : {SCH}
Date limite de candidature : 9 mars 2038, 23:59 (heure de Bruxelles)
Salaire : 6 024,15 EUR par mois, net d'impôt
Grade : {GRADE}
Niveau d'habilitation : {CLR}

RÉSUMÉ
{ROLE}

RÔLE
Le/La titulaire sera notamment chargé(e) de :
{lines(TASKS, '- ')}

QUALIFICATIONS ET EXPÉRIENCE ESSENTIELLES
{lines(ESS, '- ')}

QUALIFICATIONS ET EXPÉRIENCE SOUHAITABLES
{lines(DES, '- ')}

ATTRIBUTS/COMPÉTENCES
{lines([f'{n} : {d}' for n, d in COMP], '- ')}

CONDITIONS D'EMPLOI
Contrat de trois ans, renouvelable. Seules les candidatures de ressortissants des pays membres de l'OTAN
introduites sur la plateforme de recrutement de l'OTAN seront examinées. Les entretiens auront lieu
à Bruxelles dans la semaine du 12 avril 2038.

Ce message et ses pièces jointes sont confidentiels. Si vous l'avez reçu par erreur, merci de le supprimer.
"""
    write(f"{KEY}-email.txt", mail, KEY)

    board = f"""JobsBrussels.be   Offres   Entreprises   Conseils carrière   Connexion
Accueil › Offres › Informatique › Bruxelles

{TITLE}
NCIA - OTAN
Bruxelles · Publiée il y a 4 jours · 63 vues

Postuler   Sauvegarder   Partager

En bref
Lieu
{LOC}
Type de contrat
CDD 3 ans
Horaire
{SCH}
Salaire
6 024,15 EUR / mois
Grade
{GRADE}
Habilitation
{CLR}
Date limite
09/03/2038

Description de l'offre
Organisme : {ORG}

{ROLE}

Vos missions
{lines(TASKS, '▪ ')}

Profil recherché
Qualifications et expérience essentielles
{lines(ESS, '▪ ')}
Qualifications et expérience souhaitables
{lines(DES, '▪ ')}

Attributs/compétences
{lines([f'{n} : {d}' for n, d in COMP], '▪ ')}

Référence de l'employeur : {KEY}
Réf. JobsBrussels : JB-772310

Offres similaires
Administrateur systèmes Microsoft 365 · Evere · 4 200 € - 5 100 € brut/mois · expire le 28/02/2038
Service Delivery Manager · Zaventem · 65k€ - 75k€ · expire le 15/03/2038

© 2038 JobsBrussels.be · Mentions légales · Cookies
"""
    write(f"{KEY}-jobboard.txt", board, KEY)
