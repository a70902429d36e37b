from common import *

KEY = "fnb-rh-2040-05"
REF = "FNB/RH/2040-05"
TITLE = "Responsable du suivi écologique des lémuriens et des forêts sèches"
ORG = "Association Fanamby"
LOC = "Daraina, région SAVA (séjours fréquents en forêt)"
SCHED = "Temps plein, 6 semaines sur le terrain et 2 semaines au bureau"
SAL = "2 900 000 Ariary (MGA) brut mensuel, plus indemnités de terrain"
ESS = [
    "Master en biologie de la conservation, en écologie ou en foresterie",
    "Trois ans d'expérience au moins de suivi de la faune en forêt tropicale",
    "Maîtrise des protocoles de transects et des outils de collecte sur tablette",
    "Bonne condition physique pour les longues marches en forêt",
    "Malagasy et français courants",
]
DES = ["Connaissance de la région SAVA", "Permis moto"]
COMP = [
    ("Autonomie", "organise seul(e) les missions de terrain."),
    ("Pédagogie", "forme les patrouilleurs villageois aux protocoles."),
    ("Intégrité", "rapporte fidèlement les données collectées."),
]
DUTIES = [
    "Planifier et conduire les inventaires de lémuriens sur les transects permanents de l'aire protégée.",
    "Encadrer une équipe de douze patrouilleurs issus des communautés riveraines.",
    "Saisir, vérifier et analyser les données de suivi, puis rédiger les rapports semestriels.",
    "Cartographier les défrichements et les feux avec l'équipe SIG d'Antananarivo.",
]

md = f"""<!-- page enregistrée depuis le site de l'association (copie de démonstration) -->
[Accueil](#) · [Nos sites](#) · [Nos actions](#) · [Nous rejoindre](#) · [Faire un don](#)

# Offre d'emploi : suivi écologique à Daraina

_Antananarivo, le 20 février 2040_

L'Association Fanamby cogère avec les communautés locales une aire protégée de forêts sèches dans le nord-est de
Madagascar. Pour renforcer son programme de suivi de la biodiversité, elle recrute :

- **Référence :** {REF}
- **Intitulé du poste :** {TITLE}
- **Organisation :** {ORG}
- **Lieu d'affectation :** {LOC}
- **Rythme de travail :** {SCHED}
- **Salaire :** {SAL}
- **Contrat :** CDD de deux ans, renouvelable
- **Date limite de candidature :** vendredi 23 mars 2040

## Vos responsabilités

""" + "\n".join(f"{i}. {d}" for i, d in enumerate(DUTIES, 1)) + """

## Profil requis

""" + bullets(ESS, "+ ") + """

## Ce qui fera la différence

""" + bullets(DES, "+ ") + """

## Qualités attendues

""" + "\n".join(f"- **{n}** : {d}" for n, d in COMP) + f"""

## Pour postuler

Envoyez votre CV et une lettre de motivation à emploi@fanamby.example avec la référence {REF} en objet,
au plus tard le 23/03/2040. Les entretiens se tiendront à Antananarivo du 9 au 11 avril 2040.

> L'association applique une politique de protection de l'enfance et de lutte contre l'exploitation et les abus ;
> les candidat(e)s retenu(e)s feront l'objet de vérifications de références.
"""
write(KEY + "-fanamby.md", md)

li = f"""LinkedIn
Accueil   Réseau   Emplois   Messagerie   Notifications   Vous

Association Fanamby
1 842 abonnés
1 j • Modifié • 🌍

🌿 Nous recrutons ! 🌿
Rejoignez notre équipe de Daraina pour protéger les lémuriens et les forêts sèches du nord de Madagascar.

📌 Poste : {TITLE}
🔖 Réf. : {REF}
🏢 Organisation : {ORG}
📍 Lieu : {LOC}
🗓️ Rythme : {SCHED}
💰 Salaire : {SAL}
⏳ Date limite : 23 mars 2040

👉 Vos missions
""" + "\n".join("• " + d for d in DUTIES) + """

🎓 Profil requis
""" + "\n".join("✔️ " + d for d in ESS) + """

➕ Un plus
""" + "\n".join("➕ " + d for d in DES) + """

🤝 Qualités
""" + "\n".join(f"▪️ {n} : {d}" for n, d in COMP) + """

📩 CV + lettre à emploi@fanamby.example (objet : la référence)
#Madagascar #Conservation #Biodiversité #Emploi #Lémuriens
…voir moins

👍❤️ 214 · 37 commentaires · 58 republications
J'aime   Commenter   Republier   Envoyer

Hery R. • 1er
Très belle opportunité, je partage dans mon réseau !
J'aime · Répondre · 1 j

Lalao M. • 2e
Les anciens stagiaires de la saison 2039 peuvent-ils postuler ?
J'aime · Répondre · 20 h
"""
write(KEY + "-linkedin.txt", li)

expected(KEY, REF, ["fr"], TITLE, ORG, LOC, SCHED, "2040-03-23",
         {"amount": 2900000, "currency": "MGA"},
         requirements={"fr": {"essential": ESS, "desirable": DES}}, competencies={"fr": COMP})
