"""304572 - NSPA, Capellen (FR then EN): careers portal in its French interface copied from the browser."""
from common import write, expected, sal, bi

REF = "304572"
T_FR = "Acheteur principal/Acheteuse principale (pièces de rechange pour hélicoptères)"
T_EN = "Senior Buyer (Helicopter Spare Parts)"
ORG_FR = "Agence OTAN de soutien et d'acquisition (NSPA)"
ORG_EN = "NATO Support and Procurement Agency (NSPA)"
ESS_FR = [
    "Diplôme universitaire en gestion, en économie, en droit ou en ingénierie, ou qualification équivalente",
    "Au moins six ans d'expérience de l'achat de pièces de rechange ou de services de maintenance dans le secteur aéronautique",
    "Expérience de la conduite d'appels d'offres internationaux et de la négociation de contrats-cadres",
    "Connaissance des règles de navigabilité applicables aux pièces de rechange aéronautiques",
    "Niveau SLP 3333 en anglais",
]
DES_FR = [
    "Expérience des programmes d'hélicoptères NH90 ou CH-47",
    "Connaissance d'un progiciel de gestion intégré (SAP)",
    "Niveau SLP 2222 en français",
]
ESS_EN = [
    "A university degree in business, economics, law or engineering, or an equivalent qualification",
    "At least six years of experience in buying spare parts or maintenance services in the aviation sector",
    "Experience in running international competitive tenders and in negotiating framework contracts",
    "Knowledge of the airworthiness rules that apply to aviation spare parts",
    "English at SLP 3333",
]
DES_EN = [
    "Experience of the NH90 or CH-47 helicopter programmes",
    "Knowledge of an enterprise resource planning system (SAP)",
    "French at SLP 2222",
]
COMP_FR = [
    {"name": "Négociation", "description": "Obtient des conditions favorables tout en préservant la relation avec le fournisseur."},
    {"name": "Rigueur", "description": "Applique les règles d'acquisition de l'Agence sans exception."},
    {"name": "Sens du client", "description": "Comprend les besoins opérationnels des pays clients."},
    {"name": "Travail en équipe", "description": "Partage l'information avec les gestionnaires de programme et les juristes."},
]
COMP_EN = [
    {"name": "Negotiation", "description": "Obtains favourable terms while preserving the supplier relationship."},
    {"name": "Rigour", "description": "Applies the Agency's procurement rules without exception."},
    {"name": "Customer focus", "description": "Understands the operational needs of customer nations."},
    {"name": "Teamwork", "description": "Shares information with programme managers and legal advisers."},
]
E = dict(reference=REF, post_number=None, languages=["fr", "en"], title=bi(T_EN, T_FR),
         organisation=bi(ORG_EN, ORG_FR), location=bi("Luxembourg-Capellen", "Luxembourg-Capellen"),
         schedule=bi("Full-time", "Temps plein"), deadline="2034-02-17",
         salary=sal(7318.45), grade="G14", clearance="NS",
         requirements={"fr": {"essential": ESS_FR, "desirable": DES_FR},
                       "en": {"essential": ESS_EN, "desirable": DES_EN}},
         competencies={"fr": COMP_FR, "en": COMP_EN})


def portal():
    essf = "\n".join(ESS_FR)
    desf = "\n".join(DES_FR)
    ess = "\n".join(ESS_EN)
    des = "\n".join(DES_EN)
    compf = "\n".join(c["name"] + " : " + c["description"] for c in COMP_FR)
    comp = "\n".join(c["name"] + ": " + c["description"] for c in COMP_EN)
    return f"""Passer au contenu principal
Carrières OTAN
Accueil\tRechercher des offres\tMa page emploi\tEnglish
Connexion
Recherche d'offres > Description de l'emploi

Description de l'emploi - {T_FR} ({REF})

{T_FR}-{REF}

Emplacement principal

Luxembourg-Capellen

Organisme OTAN

{ORG_EN}

Horaire

Temps plein

Date limite de candidature

17-févr.-2034, 23:59:00

Salaire (Base de paie)

: 7 318,45Euro (EUR) Mensuelle

Grade

Grade OTAN G14

Niveau d'habilitation

NS

Description
:
AVIS DE VACANCE

Organisme : {ORG_FR}
Direction : Direction des achats - Division Aéronautique
Lieu : Luxembourg-Capellen
Horaire : Temps plein
Date limite : 17 février 2034

CONTEXTE DU POSTE
L'Agence OTAN de soutien et d'acquisition (NSPA) fournit aux pays de l'OTAN et à leurs partenaires des services logistiques et d'acquisition. La Division Aéronautique de la Direction des achats achète les pièces de rechange et les services de réparation nécessaires aux flottes d'hélicoptères gérées par les programmes de soutien de l'Agence.

RÔLE
Le/La titulaire du poste conduit les procédures d'achat les plus complexes de la division pour les pièces de rechange d'hélicoptères, encadre deux acheteurs et représente la division dans les réunions avec les pays clients.

PRINCIPALES TÂCHES
Préparer les stratégies d'achat et les dossiers d'appel d'offres.
Évaluer les offres avec les équipes techniques et recommander l'attribution.
Négocier et gérer les contrats-cadres avec les fabricants et les ateliers de réparation.
Suivre les délais de livraison et les litiges contractuels.

QUALIFICATIONS ET EXPÉRIENCE ESSENTIELLES
{essf}

QUALIFICATIONS ET EXPÉRIENCE SOUHAITABLES
{desf}

COMPÉTENCES
{compf}

CONDITIONS D'EMPLOI
Un contrat de durée déterminée de trois ans sera proposé. L'entretien des candidats présélectionnés aura lieu à Capellen au cours de la semaine du 20 mars 2034.

*****

VACANCY NOTICE

Organisation: {ORG_EN}
Directorate: Procurement Directorate - Aeronautical Division
Location: Luxembourg-Capellen
Schedule: Full-time
Closing date: 17-Feb-2034

POST CONTEXT
The NATO Support and Procurement Agency (NSPA) provides logistics and procurement services to NATO nations and their partners. The Aeronautical Division of the Procurement Directorate buys the spare parts and repair services needed by the helicopter fleets managed by the Agency's support partnerships.

Post title: {T_EN}

ROLE
The incumbent conducts the division's most complex procurement procedures for helicopter spare parts, supervises two buyers and represents the division in meetings with customer nations.

PRINCIPAL DUTIES
Prepare procurement strategies and tender files.
Evaluate bids with the technical teams and recommend the award.
Negotiate and manage framework contracts with manufacturers and repair shops.
Follow up delivery times and contractual disputes.

ESSENTIAL QUALIFICATIONS AND EXPERIENCE
{ess}

DESIRABLE QUALIFICATIONS AND EXPERIENCE
{des}

COMPETENCIES
{comp}

EMPLOYMENT CONDITIONS
A three-year definite duration contract will be offered. Interviews of shortlisted candidates will take place in Capellen during the week of 20 March 2034.

Publication de l'offre
: 09-janv.-2034, 09:00:00

Postuler en ligne
Partager

Offres similaires
Acheteur/Acheteuse (services de transport)  Luxembourg-Capellen  Date limite 06-mars-2034

Optimisé par Oracle Taleo
"""


def build():
    expected(E)
    write(f"{REF}-natocarrieres.txt", portal(), REF)
