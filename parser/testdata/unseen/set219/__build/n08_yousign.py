from common import *
KEY = "yousign-responsable-partenariats-integrateurs"
T = "Responsable partenariats intégrateurs (H/F)"
O = "Yousign"
LOC = "Caen"
ESS = ["Tu as au moins 5 ans d'expérience en partenariats ou en business development chez un éditeur SaaS B2B",
       "Tu as déjà construit un programme de partenaires intégrateurs ou revendeurs de bout en bout",
       "Tu es à l'aise avec les sujets techniques (API, intégrations, marketplaces)",
       "Tu parles anglais couramment"]
DES = ["Tu connais le marché de la signature électronique ou la réglementation eIDAS",
       "Tu as déjà travaillé avec des partenaires en Allemagne ou en Italie"]
MISS = ["Identifier et signer les éditeurs de logiciels (CRM, ERP, SIRH) qui intégreront notre API de signature",
        "Construire le programme partenaires : niveaux, commissions, supports de formation",
        "Piloter le pipeline commun avec les équipes Sales et suivre les revenus générés par les intégrations",
        "Faire remonter les besoins des partenaires aux équipes Produit",
        "Représenter Yousign sur les salons et événements de l'écosystème"]

WTTJ = f"""
Welcome to the Jungle
Trouver un job	Trouver une entreprise	Média	Employeurs
Se connecter
FR | EN

Yousign
Logiciels, SaaS / Cloud Services, Legal tech
Caen · Paris
Voir l'entreprise

{T}
CDI
Caen
Télétravail fréquent
Salaire : 57K à 67K €
Début : 02 mars 2036
Expérience : > 5 ans
Éducation : Bac +5 / Master
Postuler
Sauvegarder

Le poste
Descriptif du poste
Yousign est la solution européenne de signature électronique utilisée par plus de 20 000 PME. Pour accélérer la distribution de notre API, nous créons un poste de responsable des partenariats intégrateurs, rattaché à la VP Sales et basé à notre siège de Caen (deux jours par mois à Paris).

Tes missions
{chr(10).join(MISS)}

Profil recherché
{chr(10).join(ESS)}

Ce serait un plus
{chr(10).join(DES)}

Rémunération : 57 000 € à 67 000 € bruts annuels fixes, plus une part variable liée aux revenus des partenaires.

Déroulement des entretiens
Un appel de 30 minutes avec notre recruteuse
Un entretien avec la VP Sales
Un cas pratique présenté à l'équipe (semaine du 16 février 2036)
Une rencontre avec le CEO

Candidatures ouvertes jusqu'au 30 janvier 2036.

Envie d'en savoir plus ?
Postuler

Ces offres pourraient aussi vous intéresser
Account Executive Mid-Market – Yousign – Paris – Salaire : 50K à 60K €
Partner Manager DACH – Pennywise – Berlin – Salaire : 70K à 80K €
"""

LI = f"""
[LinkedIn](#) · Accueil · Réseau · **Emplois** · Messagerie · Notifications

# {T}

**[Yousign](#)** · Caen, Normandie, France · il y a 1 semaine · 87 candidatures

💶 57 000 €/an - 67 000 €/an · Sur site · Temps plein

🏢 201-500 employés · Logiciels

[Postuler](#) [Enregistrer](#)

## Rencontrez l'équipe de recrutement

**Claire Vasseur** · Talent Acquisition Partner chez Yousign

## À propos de l'offre d'emploi

Yousign est la solution européenne de signature électronique utilisée par plus de 20 000 PME. Pour accélérer la distribution de notre API, nous créons un poste de **{T}**, rattaché à la VP Sales.

📍 Lieu : {LOC} (deux jours par mois à Paris)

**Tes missions**

""" + "\n".join("- " + m for m in MISS) + """

**Profil recherché**

""" + "\n".join("- " + e for e in ESS) + """

**Ce serait un plus**

""" + "\n".join("- " + e for e in DES) + """

💰 Rémunération : 57 000 € à 67 000 € bruts annuels fixes + variable.

📅 Candidatures ouvertes jusqu'au 30 janvier 2036.

… voir moins

## À propos de l'entreprise

**Yousign** · 48 312 abonnés · Logiciels · 201-500 employés

## Offres d'emploi similaires

- Channel Manager – Paris – 60 000 €/an - 70 000 €/an
- Head of Partnerships – Lyon – il y a 3 jours
"""

def build():
    w(KEY + "-wttj.txt", WTTJ, KEY)
    w(KEY + "-linkedin.md", LI, KEY)
    expected(KEY, "", ["fr"], {"fr": T}, {"fr": O}, {"fr": LOC}, {}, "2036-01-30",
             sal(57000, 67000, "EUR", "year"), None, None,
             {"fr": {"essential": ESS, "desirable": DES}}, {"fr": []})
