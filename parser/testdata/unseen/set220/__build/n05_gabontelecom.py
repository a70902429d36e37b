from common import *

KEY = "gt-rh-off-2036-011"
REF = "GT-RH-OFF-2036-011"
TITLE = "Ingénieur planification radio 4G/5G"
ORG = "Gabon Telecom S.A."
UNIT = "Direction Technique – Département Réseau d'accès radio"
LOC = "Libreville, siège (boulevard Triomphal), avec déplacements dans les provinces"
SCHED = "Temps plein, du lundi au vendredi, avec astreintes le week-end par roulement"
SALTXT = "1 150 000 à 1 420 000 FCFA (XAF) brut par mois, selon profil"
MISSIONS = [
    "Dimensionner les extensions de couverture 4G et les premiers sites 5G de Libreville et de Port-Gentil",
    "Réaliser les études de propagation et les plans de fréquences avec l'outil de planification",
    "Analyser les indicateurs de performance et proposer les optimisations",
    "Préparer les dossiers techniques des nouveaux sites pour les équipes de déploiement",
    "Suivre les prestations des sous-traitants lors des campagnes de mesures (drive tests)",
]
REQ = [
    "Diplôme d'ingénieur en télécommunications ou Master 2 en réseaux radio",
    "Trois (3) ans d'expérience au moins en planification ou optimisation radio chez un opérateur ou un équipementier",
    "Maîtrise d'un outil de planification radio (Atoll ou équivalent) et des technologies LTE et NR",
    "Capacité à rédiger des rapports techniques clairs en français",
]
DES = [
    "Une certification constructeur sur les équipements radio",
    "Des notions de scripts (Python) pour le traitement des indicateurs",
]
COMP = [
    ("Esprit d'équipe", "travaille en lien étroit avec les équipes transmission et déploiement"),
    ("Curiosité technique", "suit les évolutions des normes 3GPP"),
    ("Sens du résultat", "tient les délais de mise en service des sites"),
]
expected(KEY, REF, ["fr"], {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, {"fr": SCHED}, "2036-02-04",
         sal(mn=1150000, mx=1420000, cur="XAF"), None,
         {"fr": {"essential": REQ, "desirable": DES}}, {"fr": comps(COMP)})

md = f"""---
title: "{TITLE} (H/F)"
source: "gabontelecom.example/carrieres/{REF.lower()}"
saved: 2036-01-20
---

![Gabon Telecom](logo-gt.png) [Particuliers](#) | [Entreprises](#) | [Le Groupe](#) | **[Carrières](#)**

# {TITLE} (H/F)

*Offre n° {REF} · publiée le 14/01/2036 · Libreville*

Premier opérateur historique du pays, {ORG} accélère la modernisation de son réseau mobile.
Au sein de la {UNIT}, vous concevez le réseau radio de demain.

| Rubrique | Détail |
|---|---|
| Intitulé du poste | {TITLE} |
| Société | {ORG} |
| Rattachement | {UNIT} |
| Lieu de travail | {LOC} |
| Contrat | CDI |
| Horaires | {SCHED} |
| Salaire | {SALTXT} |
| Date limite de candidature | 04/02/2036 |

## Vos missions

""" + "\n".join(f"1. {m}" for m in MISSIONS) + """

## Votre profil

""" + "\n".join(f"- {r}" for r in REQ) + """

## Un plus

""" + "\n".join(f"- {d}" for d in DES) + """

## Savoir-être

""" + "\n".join(f"- **{n}** : {d}" for n, d in COMP) + """

Candidature (CV et lettre) via le bouton **Postuler** avant le 04/02/2036. Entretiens techniques prévus
à partir du 12/02/2036.

> Gabon Telecom ne demande jamais de frais de dossier. Signalez toute sollicitation suspecte.

| Autres offres | Lieu | Clôture |
|---|---|---|
| Technicien transmission FH | Franceville | 31/01/2036 |
| Chargé(e) de clientèle Entreprises | Libreville | 15/02/2036 |
"""
w(f"{KEY}-carrieres.md", md)

li = f"""Publication dans le fil

Direction des Ressources Humaines – Gabon Telecom
Page entreprise • 8 412 abonnés
5 j • Modifié • 🌐

📡 #Recrutement | {ORG} recrute un(e) {TITLE} !

Vous aimez les cartes de couverture, les KPI et le terrain ? Rejoignez notre Direction Technique 👇

📌 Référence : {REF}
🏢 Société : {ORG}
📍 Lieu de travail : {LOC}
🕗 Horaires : {SCHED}
💰 Salaire : {SALTXT}
⏳ Date limite de candidature : 4 février 2036

🎯 Vos missions
""" + "\n".join("▪️ " + m for m in MISSIONS) + """

✅ Votre profil
""" + "\n".join("✔️ " + r for r in REQ) + """

➕ Un plus
""" + "\n".join("• " + d for d in DES) + """

🤝 Savoir-être
""" + "\n".join(f"– {n} : {d}" for n, d in COMP) + """

👉 Postulez via le lien en commentaire.
#GabonTelecom #Emploi #Libreville #Télécoms #5G
…voir moins

👍❤️ 214 · 37 commentaires · 58 republications

J'aime   Commenter   Republier   Envoyer

Commentaires
Chargé de recrutement • 5 j
Lien pour postuler : gabontelecom.example/carrieres – la date limite est bien le 4 février.
Un membre • 4 j
Est-ce ouvert aux profils junior ? Je sors de l'école en juin.
  Direction des Ressources Humaines – Gabon Telecom • 4 j
  Merci pour votre intérêt, ce poste demande trois ans d'expérience ; surveillez nos offres de stage de mars.
"""
w(f"{KEY}-linkedin.txt", li)
print("n05 ok")
