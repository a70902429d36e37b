from common import *

KEY = "acssa-avn-rec-2039-05"
REF = "AcSSA-AVN/REC/2039-05"
TITLE = "Coordinateur(trice) de projet – banques céréalières et warrantage"
ORG = "AcSSA-Afrique Verte Niger"
LOC = "Tahoua, avec déplacements fréquents dans les communes d'intervention"
SCHED = "Temps plein, 40 heures par semaine"
SAL = "650 000 FCFA brut mensuel"
TASKS = [
    "Planifier et coordonner les activités du projet dans douze communes de la région de Tahoua",
    "Appuyer les unions de producteurs dans la gestion des banques céréalières et des stocks warrantés",
    "Négocier avec les institutions de microfinance les conditions du crédit warranté",
    "Encadrer deux animateurs et un magasinier",
    "Produire les rapports narratifs et financiers destinés au bailleur",
]
ESS = [
    "Diplôme d'ingénieur agronome ou master en économie rurale",
    "Cinq ans d'expérience au moins dans la gestion de projets de sécurité alimentaire",
    "Expérience confirmée de l'accompagnement d'organisations paysannes",
    "Maîtrise du français et du haoussa",
    "Permis de conduire moto et voiture",
]
DES = [
    "Connaissance des systèmes d'information sur les marchés céréaliers",
    "Expérience avec un bailleur de fonds européen",
]
COMP = [
    ("Leadership", "sait mobiliser une équipe dispersée sur un vaste territoire"),
    ("Écoute", "part des besoins exprimés par les producteurs"),
    ("Redevabilité", "rend compte avec exactitude de l'usage des fonds"),
]

expected(KEY, REF, ["fr"], {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, {"fr": SCHED}, "2039-08-19",
         salary=sal(amount=650000, cur="XOF"),
         req={"fr": (ESS, DES)}, comp={"fr": COMP})

md = f"""---
title: "Offre d'emploi {REF}"
lang: fr
---

<!-- page enregistrée depuis le site de l'association, rubrique Actualités -->

[Accueil](/) · [Qui sommes-nous](/asso) · [Nos projets](/projets) · [Actualités](/actus) · [Contact](/contact)

# Offre d'emploi : {TITLE}

*Niamey, le 22 juillet 2039*

L'Association pour la Sécurité et la Souveraineté Alimentaire – Afrique Verte Niger accompagne depuis plus de
trente ans les organisations paysannes nigériennes dans la commercialisation des céréales. Dans le cadre d'un
nouveau projet de trois ans financé par un partenaire européen, elle recrute :

**Référence :** {REF}  
**Poste :** {TITLE}  
**Organisation :** {ORG}  
**Lieu d'affectation :** {LOC}  
**Temps de travail :** {SCHED}  
**Salaire :** {SAL} (XOF), plus couverture maladie  
**Durée :** contrat d'un an renouvelable, avec période d'essai de trois mois  
**Date limite de dépôt :** vendredi 19 août 2039 à 17 h 00

## Tâches

{chr(10).join(f"{i}. {t}" for i, t in enumerate(TASKS, 1))}

## Qualifications requises

{chr(10).join(f"- {t}" for t in ESS)}

## Serait un plus

{chr(10).join(f"- {t}" for t in DES)}

## Aptitudes

{chr(10).join(f"- *{n}* : {d}" for n, d in COMP)}

## Dossier

Lettre de motivation, CV avec trois références, copies des diplômes et attestations de travail, à déposer sous pli
fermé au siège de Niamey (quartier Plateau) ou à envoyer à recrutement@afriqueverte-niger.example. Les entretiens
se tiendront à Tahoua à partir du 5 septembre 2039.

> Les candidatures féminines sont vivement encouragées. Aucun frais n'est demandé aux candidats.

---

© 2039 AcSSA-Afrique Verte Niger · Membre du réseau Afrique Verte International
"""
W(KEY + "-site.md", md, KEY)

wa = f"""[28/07/39 09:14] Moussa (Réseau OP Tahoua): Bonjour la famille 🙏 offre intéressante pour nos agronomes, à partager svp
[28/07/39 09:15] Moussa (Réseau OP Tahoua): *AcSSA-Afrique Verte Niger recrute* 📢

*Réf :* {REF}
*Poste :* {TITLE}
*Organisation :* {ORG}
*Lieu d'affectation :* {LOC}
*Temps de travail :* {SCHED}
*Salaire :* {SAL}
*Date limite :* 19/08/2039

*Tâches* 👇
🔸 {TASKS[0]}
🔸 {TASKS[1]}
🔸 {TASKS[2]}
🔸 {TASKS[3]}
🔸 {TASKS[4]}

*Qualifications requises* 👇
✔️ {ESS[0]}
✔️ {ESS[1]}
✔️ {ESS[2]}
✔️ {ESS[3]}
✔️ {ESS[4]}

*Serait un plus* 👇
➕ {DES[0]}
➕ {DES[1]}

*Aptitudes* 👇
▫️ {COMP[0][0]} : {COMP[0][1]}
▫️ {COMP[1][0]} : {COMP[1][1]}
▫️ {COMP[2][0]} : {COMP[2][1]}

📩 recrutement@afriqueverte-niger.example — entretiens à Tahoua à partir du 05/09/2039
[28/07/39 09:21] Hadiza K.: Merci Moussa 👍 c'est ouvert aux femmes aussi ?
[28/07/39 09:23] Moussa (Réseau OP Tahoua): Oui, les candidatures féminines sont encouragées
[28/07/39 09:40] ‎Ce message a été supprimé
[28/07/39 10:02] Issoufou: Rappel : réunion de l'union de Konni samedi 30/07 à 10h
[28/07/39 10:05] Abdoul Aziz: 👍🏾
"""
W(KEY + "-whatsapp.txt", wa, KEY)
