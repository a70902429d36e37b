from common import *
KEY = "skello-customer-success-manager-hotellerie-restauration"
T = "Customer Success Manager – Hôtellerie-restauration (H/F)"
ORG = "Skello"
LOC = "Paris"
ESS = ["Tu as au moins 3 ans d'expérience en Customer Success ou en gestion de comptes dans un éditeur SaaS B2B.",
       "Tu connais le fonctionnement d'un restaurant ou d'un hôtel (une expérience terrain est la bienvenue).",
       "Tu sais piloter un portefeuille avec des indicateurs (NRR, churn, adoption).",
       "Tu es à l'aise à l'oral comme à l'écrit en français."]
DES = ["Tu parles espagnol ou italien.",
       "Tu as déjà utilisé Salesforce et Gainsight."]
SOFT = ["Empathie", "Sens de l'organisation", "Goût du challenge", "Esprit d'équipe"]
DUTIES = ["Accompagner un portefeuille d'environ 120 clients (groupes de restaurants, hôtels indépendants) après leur déploiement.",
          "Animer des revues d'activité trimestrielles et identifier les opportunités d'upsell avec l'équipe Sales.",
          "Réduire le churn grâce à des plans d'action ciblés sur l'adoption du produit.",
          "Remonter les retours clients à l'équipe Produit et participer aux tests des nouvelles fonctionnalités."]
COMPANY = ("Skello simplifie la gestion des plannings et de la paie pour les entreprises à forte activité de terrain. "
           "Plus de 20 000 établissements en Europe utilisent notre outil pour construire leurs plannings, suivre les "
           "heures travaillées et préparer la paie sans ressaisie.")

def build():
    wttj = f"""Welcome to the Jungle
Trouver un job   Trouver une entreprise   Média        Se connecter   Employeurs

{ORG}
Logiciel, SaaS / Cloud Services, Ressources humaines
Suivre   Voir tous les jobs (14)

{T}

CDI
{LOC}
Télétravail fréquent
Salaire : 42K à 50K €
Début : 06 avril 2040
Expérience : > 3 ans
Éducation : Bac +5 / Master

Postuler

Le poste

Descriptif du poste

Au sein de l'équipe Customer Success (18 personnes), tu rejoins la squad dédiée à l'hôtellerie-restauration. Tes missions :

""" + "\n".join("- " + d for d in DUTIES) + """

Profil recherché

""" + "\n".join(ESS) + """

Bonus :
""" + "\n".join(DES) + """

Tes soft skills : """ + ", ".join(SOFT) + """.

Rémunération : entre 42 000 € et 50 000 € bruts annuels fixes, plus une part variable. Candidatures ouvertes jusqu'au 24 février 2040.

Déroulement des entretiens

1. Échange de 30 minutes avec notre Talent Acquisition Partner
2. Entretien avec Claire, Head of Customer Success
3. Étude de cas à présenter à l'équipe (semaine du 9 mars 2040)
4. Rencontre avec deux futurs collègues

Envie d'en savoir plus ?

L'entreprise
""" + COMPANY + f"""

Ces entreprises recrutent aussi
Account Executive Mid-Market – Paris – Salaire : 45K à 55K €
Product Designer – Nantes – Salaire : 48K à 56K €

Welcome to the Jungle · Qui sommes-nous · Mentions légales · CGU
"""
    write(KEY + "-wttj.txt", wttj, KEY)
    md = f"""[Skello](#) / [Offres](#) / Customer Success

# {T}

**{LOC}** · Customer Success · CDI · Hybride

[Postuler pour ce poste](#)

## Qui sommes-nous ?

{COMPANY}

## Ta mission

""" + "\n".join("+ " + d for d in DUTIES) + """

## Ce que nous recherchons

""" + "\n".join("+ " + e for e in ESS) + """

## Les petits plus

""" + "\n".join("+ " + d for d in DES) + """

## Tes soft skills

""" + " · ".join(f"*{s}*" for s in SOFT) + """

## Ce que nous offrons

- Rémunération : 42 000 € – 50 000 € bruts annuels fixes + variable
- Carte Swile, mutuelle prise en charge à 100 %, 2 jours de télétravail par semaine
- Date limite de candidature : 24/02/2040

---

[Postuler pour ce poste](#) · Jobs powered by Lever
"""
    write(KEY + "-lever.md", md, KEY)
    expected(KEY, dict(reference="", languages=["fr"], title={"en": None, "fr": T}, organisation={"en": None, "fr": ORG},
        location={"en": None, "fr": LOC}, schedule={"en": None, "fr": None}, deadline="2040-02-24",
        salary=sal(42000, 50000, "EUR", "year"), grade=None, clearance=None,
        requirements={"en": None, "fr": {"essential": ESS, "desirable": DES}},
        competencies={"en": None, "fr": comp(*[(s, "") for s in SOFT])}))
