from common import *

KEY = "sotel-drh-ar-042-2042"
REF = "SOTEL/DRH/AR/042/2042"
TITLE = "Technicien(ne) alimentation électrique des sites radio"
ORG = "Société des Télécommunications du Tchad (SOTEL Tchad)"
LOC = "N'Djamena (Farcha), avec déplacements sur les sites du Chari-Baguirmi et du Mayo-Kebbi"
SCHED = "5 jours sur 7, avec une permanence de week-end une semaine sur quatre"
DUTIES = [
    "Assurer la maintenance préventive et corrective des groupes électrogènes, redresseurs et batteries des sites radio",
    "Installer et mettre en service les kits solaires hybrides des nouveaux sites",
    "Suivre la consommation de carburant et signaler toute anomalie",
    "Tenir à jour les fiches d'intervention dans l'outil de gestion de la maintenance",
    "Participer aux astreintes de rétablissement du réseau en cas de coupure",
]
ESS = [
    "BTS ou DUT en électrotechnique, en maintenance industrielle ou en énergies renouvelables",
    "Au moins trois ans d'expérience dans la maintenance d'installations électriques ou de groupes électrogènes",
    "Connaissance des systèmes d'alimentation -48 V en courant continu",
    "Permis de conduire de catégorie B en cours de validité",
    "Aptitude médicale aux travaux en hauteur",
]
DES = [
    "Habilitation électrique B1V/BR",
    "Pratique de l'arabe tchadien",
]
COMP = [
    ("Autonomie", "organiser seul(e) ses tournées sur des sites isolés"),
    ("Sens de la sécurité", "appliquer les consignes de consignation avant toute intervention"),
    ("Réactivité", "intervenir rapidement pour limiter les coupures de service"),
]

expected(KEY, fr_only(
    reference=REF, post_number=None, title=TITLE, organisation=ORG, location=LOC, schedule=SCHED,
    deadline="2042-07-09", salary=salary(mn=385000, mx=470000, cur="XAF"), grade=None,
    essential=ESS, desirable=DES, competencies=COMP))

md = f"""---
title: "Offre d'emploi {REF}"
site: SOTEL Tchad – Espace recrutement
date: 2042-06-18
---

<!-- page exportée depuis le CMS, version imprimable -->

[Accueil](#) · [Particuliers](#) · [Entreprises](#) · [Carrières](#) · [Agences](#)

# Recrutement externe : un(e) technicien(ne) pour le réseau radio

*N'Djamena, le 18 juin 2042 – Direction des Ressources Humaines*

Pour accompagner l'extension de son réseau mobile en zone rurale, SOTEL Tchad recherche un(e) technicien(ne) spécialisé(e) dans l'énergie des sites.

### Fiche du poste

| Rubrique | Détail |
|---|---|
| Référence | {REF} |
| Poste | {TITLE} |
| Société | {ORG} |
| Direction | Direction Technique et des Réseaux |
| Lieu | {LOC} |
| Régime de travail | {SCHED} |
| Contrat | CDI après une période d'essai de trois mois |
| Salaire de base | 385 000 à 470 000 FCFA bruts par mois (XAF) selon expérience |
| Date limite | mercredi 9 juillet 2042 |

### Vos missions

""" + "\n".join(f"{i}. {d}" for i, d in enumerate(DUTIES, 1)) + """

### Profil exigé

""" + "\n".join("* " + e for e in ESS) + """

### Atouts appréciés

""" + "\n".join("* " + d for d in DES) + """

### Savoir-être

""" + "\n".join(f"- **{n}** : {d}" for n, d in COMP) + """

> Attention : SOTEL Tchad ne demande jamais de frais pour le traitement d'une candidature. Toute sollicitation de paiement doit être signalée.

### Candidater

Envoyez CV, lettre de motivation et copies des diplômes à recrutement@sotel-tchad.example en précisant la référence en objet. Les tests pratiques auront lieu au centre technique de Farcha à partir du 21 juillet 2042.

---
Forfait internet mobile 10 Go : 5 000 FCFA valable 30 jours · © 2042 SOTEL Tchad (page fictive)
"""
write(KEY + "-sotel.md", md)
row(KEY + "-sotel.md", KEY, "md")

wa = f"""
[19/06/2042, 08:12:44] Abakar (Techniciens Énergie TD): Bonjour la famille 👋 offre SOTEL qui vient de sortir, partagez aux jeunes électrotechniciens
[19/06/2042, 08:13:02] Abakar (Techniciens Énergie TD): *📢 SOTEL TCHAD RECRUTE*

*Réf :* {REF}
*Poste :* {TITLE}
*Société :* {ORG}
*Lieu :* {LOC}
*Régime de travail :* {SCHED}
*Salaire :* 385 000 à 470 000 FCFA/mois (XAF) selon expérience
*Date limite :* 09/07/2042

*🛠️ Missions*
""" + "\n".join("▫️ " + d for d in DUTIES) + """

*🎓 Profil exigé*
""" + "\n".join("🔹 " + e for e in ESS) + """

*➕ Atouts*
""" + "\n".join("▪️ " + d for d in DES) + """

*🤝 Savoir-être*
""" + "\n".join(f"• {n} : {d}" for n, d in COMP) + """

Dossier à envoyer par mail : recrutement@sotel-tchad.example (référence en objet)
[19/06/2042, 08:20:15] Khadidja: Merci grand frère 🙏 est-ce que la licence pro est acceptée ?
[19/06/2042, 08:27:51] Abakar (Techniciens Énergie TD): Ils demandent BTS ou DUT minimum, donc licence pro ça passe
[19/06/2042, 09:02:10] Youssouf: ‎Ce message a été supprimé.
[19/06/2042, 09:40:33] Mahamat Salleh: Réunion du groupe samedi 28/06 à 16h au siège de l'association, cotisation 2 000 FCFA
[19/06/2042, 09:41:02] Mahamat Salleh: ‎image absente
"""
write(KEY + "-whatsapp.txt", wa)
row(KEY + "-whatsapp.txt", KEY, "txt")
