"""Nexttel (Cameroon): careers page as Markdown + Emploi.cm-like board copy."""
from common import *

KEY = "nxt-drh-rs-2041-118"
REF = "NXT/DRH/RS/2041/118"
TITLE = "Ingénieur(e) alimentation électrique des sites radio"
ORG = "Viettel Cameroun S.A. (Nexttel)"
LOC = "Douala (Bonabéri), avec interventions dans les régions du Littoral et du Sud-Ouest"
SCHED = "Du lundi au vendredi de 7 h 30 à 16 h 30, astreintes par rotation le week-end"
ESS = [
    "Diplôme d'ingénieur en électrotechnique, en énergétique ou équivalent (Bac + 5)",
    "Quatre ans d'expérience au minimum dans la maintenance d'infrastructures télécoms ou énergétiques",
    "Bonne maîtrise des groupes électrogènes, des redresseurs et des batteries lithium",
    "Expérience des systèmes hybrides solaire-diesel",
    "Permis de conduire de catégorie B",
    "Bilinguisme français-anglais",
]
DES = [
    "Habilitation électrique en cours de validité",
    "Connaissance d'un outil de supervision à distance des sites",
]
COMP = [
    ("Réactivité", "intervenir rapidement en cas de coupure d'un site"),
    ("Sens de la sécurité", "appliquer sans exception les consignes de consignation"),
    ("Esprit d'équipe", "coordonner les sous-traitants et les techniciens de zone"),
]
MISSIONS = [
    "Piloter la maintenance préventive et corrective des équipements d'énergie de plus de 400 sites radio",
    "Analyser les alarmes remontées par le centre de supervision et organiser les interventions",
    "Réduire la consommation de gasoil grâce à l'hybridation solaire et au suivi des autonomies",
    "Contrôler les prestations des sous-traitants et valider leurs rapports d'intervention",
    "Tenir à jour l'inventaire des groupes, des batteries et des panneaux par site",
]

md = f"""---
title: "Offre d'emploi {REF}"
lang: fr
---

<!-- page carrières, gabarit « offre » -->

[Accueil](https://nexttel.example/) · [Particuliers](https://nexttel.example/particuliers) · [Entreprises](https://nexttel.example/entreprises) · **Carrières** · [English](https://nexttel.example/en/careers)

# Rejoignez la Direction technique de Nexttel

*Douala, le 25 novembre 2041 — offre n° {REF}*

Leader de la 4G et de la 5G dans le Littoral, Nexttel poursuit la modernisation de son réseau d'accès. Pour fiabiliser l'alimentation électrique de ses sites, l'entreprise recrute :

## {TITLE}

| Rubrique | Détail |
|---|---|
| Société | {ORG} |
| Direction | Direction technique – Département énergie et environnement |
| Lieu de travail | {LOC} |
| Type de contrat | CDI |
| Horaires | {SCHED} |
| Rémunération | Selon profil et grille interne |
| Date limite de candidature | 9 décembre 2041 |

### Vos missions

{chr(10).join(f"{i}. {m}" for i, m in enumerate(MISSIONS, 1))}

### Votre profil

{chr(10).join(f"- {x}" for x in ESS)}

**Un plus :**

{chr(10).join(f"- {x}" for x in DES)}

### Savoir-être

{chr(10).join(f"- **{n}** : {d}" for n, d in COMP)}

### Postuler

Envoyez votre CV et votre lettre de motivation à carrieres@nexttel.example, en indiquant la référence {REF} dans l'objet, au plus tard le **9 décembre 2041**. Les tests techniques auront lieu à Bonabéri à partir du 15 décembre 2041.

> Nexttel ne demande jamais d'argent aux candidats. Signalez toute sollicitation au 8000 (appel gratuit).

---

*Offre du moment : pass Internet 10 Go à 5 000 FCFA, valable 30 jours.*
"""
write(KEY + "-nexttel.md", md, KEY)

board = f"""emploi.cm (copie) | Offres d'emploi | Appels d'offres | Concours | Formations | Espace candidat

Accueil » Offres d'emploi » Télécommunications » Douala

INGÉNIEUR(E) ALIMENTATION ÉLECTRIQUE DES SITES RADIO
Viettel Cameroun S.A. (Nexttel)Douala - LittoralPubliée le 26.11.2041Date limite 09.12.2041

Type de contratCDISecteurTélécommunicationsNiveau d'étudeBac + 5Expérience4 ans
Nombre de postes1Langues exigéesFrançais, Anglais

Description du poste

Poste : {TITLE}
Entreprise : {ORG}
Référence : {REF}
Lieu : {LOC}
Horaires : {SCHED}
Salaire : selon profil

Missions : piloter la maintenance des équipements d'énergie des sites radio ; analyser
les alarmes et organiser les interventions ; réduire la consommation de gasoil ; contrôler
les sous-traitants ; tenir l'inventaire des équipements.

Profil recherché :
{chr(10).join(ESS)}

Un plus :
{chr(10).join(DES)}

Savoir-être :
{chr(10).join(f"{n} : {d}" for n, d in COMP)}

Dossier de candidature : CV + lettre de motivation à carrieres@nexttel.example
(référence {REF} dans l'objet).

Date limite : 09.12.2041

Partager : Facebook | WhatsApp | LinkedIn       Signaler cette offre

OFFRES SIMILAIRES
Technicien(ne) énergie – Yaoundé – Date limite 30.11.2041
Ingénieur(e) transmission micro-ondes – Douala – Date limite 12.12.2041
Superviseur(e) sites solaires – Garoua – 450 000 FCFA – Date limite 20.12.2041
"""
write(KEY + "-emploicm.txt", board, KEY)

expected(KEY, reference=REF, languages=["fr"], title=TITLE, organisation=ORG, location=LOC,
         schedule=SCHED, deadline="2041-12-09", salary=None, grade=None,
         requirements={"fr": {"essential": ESS, "desirable": DES}}, competencies={"fr": COMP})
save_rows("n04")
