from common import *

KEY = "agicap-customer-success-manager-eti"
T = "Customer Success Manager – ETI (H/F)"
ORG = "Agicap"
LOC = "Lyon"
ESS = [
    "Vous avez au moins 4 ans d'expérience en Customer Success, en conseil ou en gestion de comptes dans un éditeur SaaS B2B",
    "Vous avez déjà accompagné des directions financières d'entreprises de taille intermédiaire",
    "Vous comprenez les enjeux de trésorerie, de prévisionnel et de rapprochement bancaire",
    "Vous êtes à l'aise pour animer des ateliers et des comités de pilotage en français et en anglais",
]
DES = [
    "Une première expérience en cabinet d'expertise comptable ou en contrôle de gestion",
    "La connaissance d'un ERP (SAP Business One, Sage X3, Cegid)",
    "La pratique de Salesforce ou de HubSpot",
]
MISS = [
    "Piloter un portefeuille d'une cinquantaine de clients ETI, de l'onboarding au renouvellement",
    "Construire avec chaque client un plan de succès et suivre ses indicateurs d'usage",
    "Identifier les opportunités d'upsell avec l'équipe Account Management",
    "Remonter les retours clients aux équipes Produit",
]

WTTJ = f"""Welcome to the Jungle
Trouver un job   Trouver une entreprise   Média   Employeurs   Se connecter   FR | EN

{ORG}
FinTech / InsurTech · SaaS / Cloud Services · 650 salariés
Suivre   Voir tous les jobs (38)

{T}
CDI
{LOC}
Télétravail fréquent
Salaire : 52K à 62K €
Début : 01 septembre 2035
Expérience : > 4 ans
Éducation : Bac +5 / Master
Postuler   Sauvegarder   Partager

Le poste

Descriptif du poste
{ORG} aide plus de 8 000 entreprises à piloter leur trésorerie. Notre équipe Customer Success Mid-Market & ETI grandit à Lyon et nous cherchons un·e CSM pour accompagner nos clients les plus structurés.
Tes missions
{chr(10).join(MISS)}

Profil recherché
{chr(10).join(ESS)}
Ce serait un plus
{chr(10).join(DES)}

Rémunération et avantages
Rémunération : 52 000 € à 62 000 € bruts annuels fixes + variable jusqu'à 15 %
Titres-restaurant, mutuelle prise en charge à 100 %, 2 jours de télétravail par semaine, budget formation.

Déroulement des entretiens
Call RH de 30 minutes
Cas pratique avec le ou la Head of Customer Success
Rencontre de l'équipe à Lyon
Candidatures ouvertes jusqu'au 24 juin 2035.

Ces offres pourraient aussi vous intéresser
Account Executive Mid-Market (H/F) – {ORG} – Lyon – Salaire : 45K à 55K €
Onboarding Specialist (H/F) – {ORG} – Paris – CDI
"""

LI = f"""LinkedIn
Accueil   Réseau   Emplois   Messagerie   Notifications   Vous

{T}
{ORG} · {LOC}, Auvergne-Rhône-Alpes, France · il y a 6 jours · 142 candidatures
52 000 €/an - 62 000 €/an  Hybride  Temps plein  Confirmé
Postuler   Enregistrer

À propos de l'offre d'emploi
{ORG} aide plus de 8 000 entreprises à piloter leur trésorerie. Notre équipe Customer Success Mid-Market & ETI grandit à Lyon et nous cherchons un·e CSM pour accompagner nos clients les plus structurés.

📍 Lieu : {LOC} (2 jours de télétravail par semaine)
📄 Contrat : CDI
💶 Rémunération : 52 000 € à 62 000 € bruts annuels fixes + variable jusqu'à 15 %

Tes missions
• {(chr(10) + '• ').join(MISS)}

Profil recherché
• {(chr(10) + '• ').join(ESS)}

Ce serait un plus
• {(chr(10) + '• ').join(DES)}

Process : call RH, cas pratique, rencontre de l'équipe. Candidatures ouvertes jusqu'au 24 juin 2035.
… voir moins

À propos de l'entreprise
{ORG}
Services financiers · 501-1 000 employés · 1 204 sur LinkedIn
Suivre

Autres offres
Head of Customer Success (H/F) · Fintecto · Paris (Hybride) · il y a 3 jours
Customer Success Manager Enterprise · Payvio · Paris · 55 000 €/an - 65 000 €/an
"""

def build(pdf=True):
    write(KEY + "-wttj.txt", WTTJ, KEY)
    write(KEY + "-linkedin.txt", LI, KEY)
    expected(KEY, reference="", languages=["fr"], title={"en": None, "fr": T},
             organisation={"en": None, "fr": ORG}, location={"en": None, "fr": LOC},
             schedule={"en": None, "fr": None}, deadline="2035-06-24",
             salary=sal(52000, 62000, currency="EUR", period="year"),
             requirements={"en": None, "fr": {"essential": ESS, "desirable": DES}},
             competencies={"en": None, "fr": []})
