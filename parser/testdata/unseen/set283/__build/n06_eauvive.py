from common import *

REF = "EVI-BF/RH/2041-04"
TITLE = "Animateur(trice) principal(e) gestion communautaire des points d'eau"
ORG = "Eau Vive Internationale"
LOC = "Fada N'Gourma, région de l'Est, avec déplacements fréquents dans les communes de Diapangou et Matiacoali"
SCHED = "Temps plein, 40 heures par semaine, disponibilité certains week-ends"
ESS = [
    "Diplôme de technicien supérieur ou licence en génie sanitaire, en sociologie ou en développement rural",
    "Quatre ans d'expérience au moins dans l'intermédiation sociale autour de l'eau potable",
    "Bonne connaissance du Code de l'eau et de la réforme de la gestion des ouvrages hydrauliques",
    "Pratique courante du gulmancéma et du mooré",
    "Permis de conduire moto (catégorie A)",
]
DES = [
    "Expérience avec des associations d'usagers de l'eau",
    "Maîtrise de la collecte de données sur smartphone (KoboToolbox ou équivalent)",
]
COMP = [
    ("Écoute", "faire émerger la parole des femmes et des jeunes dans les assemblées villageoises"),
    ("Autonomie", "organiser seul(e) ses tournées sur des pistes difficiles"),
    ("Esprit d'équipe", "travailler main dans la main avec les techniciens et les mairies"),
]
TASKS = [
    "Accompagner la mise en place et le renouvellement des associations d'usagers de l'eau dans 38 villages",
    "Former les comités de gestion à la tenue des cahiers de caisse et à la fixation des tarifs",
    "Suivre avec les mairies les contrats de délégation de l'entretien des forages",
    "Animer des séances de sensibilisation à l'hygiène dans les écoles et les centres de santé",
    "Rédiger les rapports mensuels d'activité et alimenter la base de suivi du projet",
]

k = expected(REF, ["fr"], {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, {"fr": SCHED}, "2041-05-13",
             {"amount": 640000, "currency": "XOF"}, None, {"fr": {"essential": ESS, "desirable": DES}},
             {"fr": COMP})

md = f"""---
title: "Offre d'emploi : {TITLE}"
layout: offre
lang: fr
date: 2041-04-24
---

<!-- page exportée depuis le site de l'association (CMS) -->

[Accueil](/) · [Nos actions](/actions) · [Pays](/pays) · [Publications](/pub) · [Nous rejoindre](/emploi) · [Faire un don](/don)

# Nous rejoindre

*Fada N'Gourma, le 24 avril 2041*

{ORG} recrute pour son programme « Eau, école et santé dans l'Est » un(e) animateur(trice) principal(e). Le
programme accompagne les communes dans la gestion durable de 120 forages équipés de pompes à motricité humaine et
de six adductions d'eau potable simplifiées.

| Rubrique | Détail |
|---|---|
| Référence | {REF} |
| Poste | {TITLE} |
| Organisation | {ORG} |
| Lieu d'affectation | {LOC} |
| Temps de travail | {SCHED} |
| Contrat | CDD de 24 mois, renouvelable |
| Salaire | 640 000 FCFA brut mensuel (XOF), assurance santé incluse |
| Date limite | lundi 13 mai 2041 à 12 h |

## Tâches principales

{chr(10).join(f"{i+1}. {t}" for i, t in enumerate(TASKS))}

## Profil exigé

{chr(10).join(f"{i+1}) {t}" for i, t in enumerate(ESS))}

## Atouts

{chr(10).join("* " + t for t in DES)}

## Qualités personnelles

{chr(10).join(f"- **{n}** : {d}" for n, d in COMP)}

> Eau Vive Internationale applique une politique de tolérance zéro envers toute forme d'exploitation et d'abus
> sexuels. Les candidatures féminines sont vivement encouragées.

## Pour postuler

Envoyez CV, lettre de motivation et trois références à **recrutement-bf@eauvive.example**, objet « {REF} ». Les
entretiens se tiendront à Fada N'Gourma du 20 au 22 mai 2041. Seuls les candidat(e)s présélectionné(e)s seront
contacté(e)s.

---
Eau Vive Internationale – page fictive pour un jeu de test · [Mentions légales](/ml)
"""
write("evi-bf-rh-2041-04-eauvive.md", md, k)

tg = f"""Offres d'emploi Burkina 🇧🇫
canal · 18 412 abonnés

Transféré depuis Réseau WASH Est (canal fictif)

🔵 OFFRE D'EMPLOI — {ORG.upper()}

Réf. : {REF}
Poste : {TITLE}
Organisation : {ORG}
Lieu : {LOC}
Temps de travail : {SCHED}
Contrat : CDD 24 mois
Salaire : 640 000 FCFA brut/mois
⏰ Date limite : 13/05/2041 à 12 h

Tâches :
{chr(10).join("▪️ " + t for t in TASKS)}

Profil exigé :
{chr(10).join("✔️ " + t for t in ESS)}

Atouts :
{chr(10).join("➕ " + t for t in DES)}

Qualités personnelles :
{chr(10).join("🔹 " + n + " : " + d for n, d in COMP)}

📩 CV + lettre + 3 références à recrutement-bf@eauvive.example (objet : réf. de l'offre). Entretiens du 20 au
22/05/2041 à Fada.

👁 3,4K   ✏️ modifié   14:02

🔵 Rappel : la formation gratuite « Rédiger son CV » a lieu le 04/05/2041 à la Maison des jeunes de Fada.
👁 2,1K   16:40
"""
write("evi-bf-rh-2041-04-telegram.txt", tg, k)
