from common import *

KEY = "iai-dg-drh-2036-009"
REF = "IAI/DG/DRH/2036-009"
TITLE = "Enseignant(e)-chercheur(e) en réseaux et sécurité informatique"
ORG = "Institut Africain d'Informatique"
LOC = "Libreville (Gabon)"
SCHED = "Temps plein"
ESS = [
    "être ressortissant(e) de l'un des États membres de l'Institut ;",
    "être titulaire d'un doctorat en informatique, en télécommunications ou dans une discipline apparentée ;",
    "justifier d'au moins trois (3) années d'expérience d'enseignement dans le supérieur ou en entreprise ;",
    "avoir publié au moins deux articles dans des revues ou des conférences à comité de lecture ;",
    "maîtriser le français écrit et parlé et lire couramment l'anglais technique ;",
    "être âgé(e) de quarante-cinq (45) ans au plus au 31 décembre 2036.",
]
DES = [
    "une certification professionnelle en sécurité des systèmes d'information (CISSP, CEH ou équivalente) ;",
    "une expérience au sein d'une équipe de réponse aux incidents informatiques (CSIRT) ;",
    "l'inscription sur une liste d'aptitude du CAMES.",
]
COMP = ["Rigueur scientifique", "Sens pédagogique", "Esprit d'équipe", "Intégrité"]

expected(KEY, {
    "reference": REF, "post_number": None, "languages": ["fr"],
    "title": {"en": None, "fr": TITLE}, "organisation": {"en": None, "fr": ORG},
    "location": {"en": None, "fr": LOC}, "schedule": {"en": None, "fr": SCHED},
    "deadline": "2036-11-07", "salary": sal(972500, cur="XAF", per="month"),
    "grade": "A3", "clearance": None,
    "requirements": {"en": None, "fr": {"essential": ESS, "desirable": DES}},
    "competencies": {"en": None, "fr": [{"name": c, "description": ""} for c in COMP]},
})

MISSIONS = [
    "assurer des enseignements de cybersécurité, d'administration des réseaux et de cryptographie appliquée en cycles ingénieur et master ;",
    "concevoir et mettre à jour les travaux pratiques de la plateforme de cyber-entraînement de l'Institut ;",
    "encadrer les projets de fin d'études et les mémoires des étudiants ;",
    "conduire des travaux de recherche et contribuer aux réponses aux appels à projets ;",
    "participer aux jurys, aux concours d'entrée et aux activités de formation continue destinées aux administrations des États membres.",
]
DOSSIER = [
    "une lettre de motivation adressée au Directeur Général ;",
    "un curriculum vitae détaillé ;",
    "les copies certifiées conformes des diplômes ;",
    "la liste des publications ;",
    "une copie de la pièce d'identité ou du passeport en cours de validité ;",
    "un extrait de casier judiciaire datant de moins de trois mois.",
]

md = f"""**INSTITUT AFRICAIN D'INFORMATIQUE** — *Établissement inter-États d'enseignement supérieur*\\
Direction Générale — Direction des Ressources Humaines\\
B.P. 2263 — Libreville (Gabon)

N° d'ordre : 0412/IAI/DG/DRH/2036 — Libreville, le 6 octobre 2036

# AVIS DE RECRUTEMENT N° {REF}

**Objet : recrutement d'un(e) {TITLE}**

Le Directeur Général de l'{ORG} (IAI), établissement inter-États d'enseignement supérieur créé par les États membres pour la formation d'ingénieurs et de cadres en informatique, porte à la connaissance du public qu'un poste est ouvert au recrutement au sein du Département Réseaux et Sécurité.

## I. PRÉSENTATION DU POSTE

| | |
|---|---|
| Intitulé du poste | {TITLE} |
| Département | Réseaux et Sécurité |
| Lieu d'affectation | {LOC} |
| Catégorie | A3 |
| Nature du contrat | Contrat à durée déterminée de deux (2) ans, renouvelable |
| Régime de travail | {SCHED} |
| Prise de fonction souhaitée | 1er février 2037 |

## II. MISSIONS PRINCIPALES

Placé(e) sous l'autorité du Chef du Département Réseaux et Sécurité, le (la) titulaire du poste aura pour missions de :

{bullets(MISSIONS)}

## III. PROFIL REQUIS

Le (la) candidat(e) doit :

{bullets(ESS)}

## IV. ATOUTS

Seraient considérés comme des atouts :

{bullets(DES)}

## V. QUALITÉS PERSONNELLES

{bullets(COMP)}

## VI. RÉMUNÉRATION ET AVANTAGES

Le (la) candidat(e) retenu(e) percevra un salaire de base de 972 500 FCFA brut mensuel, auquel s'ajoutent une indemnité de logement, une indemnité de transport et une couverture médicale selon le règlement du personnel de l'Institut. Les agents non gabonais bénéficient en outre d'une indemnité d'expatriation.

## VII. COMPOSITION DU DOSSIER

1. {DOSSIER[0]}
2. {DOSSIER[1]}
3. {DOSSIER[2]}
4. {DOSSIER[3]}
5. {DOSSIER[4]}
6. {DOSSIER[5]}

## VIII. DÉPÔT DES CANDIDATURES

Les dossiers doivent parvenir sous pli fermé au Secrétariat de la Direction des Ressources Humaines ou par courriel à recrutement@iai-afrique.example au plus tard le vendredi 7 novembre 2036 à 16 heures (heure de Libreville), avec la mention « Candidature au poste {REF} ».

Seul(e)s les candidat(e)s présélectionné(e)s seront convoqué(e)s à une leçon publique et à un entretien prévus au cours de la semaine du 7 décembre 2036. Les dossiers incomplets ou parvenus hors délai ne seront pas examinés.

*Le Directeur Général*
"""
libreoffice(md, KEY + "-iai.libreoffice.pdf", KEY)

tg = f"""Emplois & Concours Afrique Centrale
channel · 18 412 subscribers

Pinned message
📌 Règles du canal : pas de publicité, pas de frais de dossier !

Forwarded from IAI Libreville – Officiel
📣 AVIS DE RECRUTEMENT N° {REF}

🏛 {ORG} (IAI)
🎓 Poste : {TITLE}
📍 Lieu d'affectation : {LOC}
🗂 Catégorie : A3
⏱ Régime : {SCHED}
📄 CDD de 2 ans renouvelable – prise de fonction le 1er février 2037
💰 972 500 FCFA brut mensuel + logement, transport, couverture médicale

🔧 Missions
• Enseignements de cybersécurité, réseaux et cryptographie appliquée (ingénieur, master)
• Travaux pratiques de la plateforme de cyber-entraînement
• Encadrement des projets de fin d'études
• Recherche et appels à projets
• Jurys, concours d'entrée, formation continue

✅ Profil requis
{bullets(ESS, "▫️ ")}

➕ Atouts
{bullets(DES, "▫️ ")}

🤝 Qualités personnelles : {", ".join(COMP)}

📨 Dossier : lettre, CV, diplômes certifiés, publications, pièce d'identité, casier judiciaire (- de 3 mois)
⏳ Date limite : vendredi 7 novembre 2036 à 16 h (heure de Libreville)
✉️ recrutement@iai-afrique.example – objet « Candidature au poste {REF} »

Leçon publique et entretien : semaine du 7 décembre 2036 (présélectionnés uniquement).
👁 3.2K  ✏️ edited  14:07

Comments (12)
Brice N.: Les diplômes étrangers doivent-ils être authentifiés ?
    ↳ Admin: Oui, joindre l'équivalence si le diplôme n'est pas délivré dans un État membre.
Mireille A.: Merci pour le partage 🙏
Stève K.: Dépôt physique possible jusqu'au 31 octobre seulement ? 
    ↳ Admin: Non, la date limite de l'avis fait foi.

Join channel · Mute · Share
"""
write(KEY + "-telegram.txt", tg, KEY)
