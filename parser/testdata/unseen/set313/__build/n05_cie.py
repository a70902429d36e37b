from common import *

KEY = "cie-drh-rec-2043-0217"; REF = "CIE/DRH/REC/2043/0217"
TITLE = "Ingénieur(e) Protection et Contrôle-Commande des postes HTB"
ORG = "Compagnie Ivoirienne d'Électricité"
LOC = "Abidjan – Treichville (siège), avec déplacements sur l'ensemble du territoire"
SCHED = "Temps plein (40 heures par semaine), astreintes par roulement"
ESS = ["Diplôme d'ingénieur en électrotechnique ou en génie électrique (Bac+5)",
       "Minimum cinq (5) ans d'expérience dans la mise en service ou la maintenance des protections de postes haute tension",
       "Maîtrise des relais de protection numériques et de la norme CEI 61850",
       "Aptitude à lire et à interpréter des schémas électriques complexes"]
DES = ["Une habilitation électrique de niveau H2V ou équivalente",
       "Une expérience en conduite de projets de réhabilitation de postes"]
COMP = ["Rigueur", "Sens de la sécurité", "Esprit d'équipe", "Disponibilité"]
MISS = ["Réaliser les études de réglage des protections des postes 90 kV et 225 kV",
        "Mettre en service les systèmes de contrôle-commande numériques",
        "Analyser les incidents réseau et proposer des actions correctives",
        "Former et accompagner les techniciens des directions régionales"]

def build():
    expected(KEY, REF, ["fr"], {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, {"fr": SCHED}, "2043-11-17",
             req={"fr": {"essential": ESS, "desirable": DES}}, comp={"fr": comps([(c, "") for c in COMP])})
    tg = f"""
Offres d'Emploi Côte d'Ivoire 🇨🇮
24 817 abonnés

[12/10/2043 07:55]
📢 Concours ENSEA 2044 : les inscriptions sont ouvertes jusqu'au 30/11/2043. Lien dans la bio.
👁 5,1K

[13/10/2043 08:14]
Transféré de : Emplois Énergie & BTP Afrique
🔥🔥 LA CIE RECRUTE 🔥🔥

{ORG.upper()}
Direction des Ressources Humaines
AVIS DE RECRUTEMENT EXTERNE
Réf : {REF}

📌 Poste : {TITLE}
🏢 Entreprise : {ORG} (CIE)
📍 Lieu : {LOC}
📄 Contrat : CDI
⏰ Horaire : {SCHED}
💰 Rémunération : attractive, selon profil et grille interne
📅 Date limite : 17/11/2043 à 12h00

🎯 MISSIONS
{chr(10).join("▪️ " + m for m in MISS)}

🎓 PROFIL RECHERCHÉ
{chr(10).join("✅ " + x for x in ESS)}

➕ SERAIT UN ATOUT
{chr(10).join("🔸 " + x for x in DES)}

🤝 QUALITÉS PERSONNELLES
{chr(10).join("🔹 " + x for x in COMP)}

📩 DOSSIER : CV + lettre de motivation + copies des diplômes, à déposer sur le portail carrières de la CIE
(recrutement.cie.example) en précisant la référence.
⚠️ La CIE ne demande AUCUN frais pour le recrutement. Méfiez-vous des arnaques !

👉 Partagez à vos contacts 🙏
👁 12,4K   ↪️ 386

[13/10/2043 12:40]
Stage : Assistant(e) comptable – Abidjan Plateau – date limite 25/10/2043
👁 7,8K

[14/10/2043 09:02]
Rappel : la CIE organise des tests écrits le samedi 28/11/2043 pour les candidats retenus (à confirmer).
👁 9,9K
"""
    w(KEY + "-telegram.txt", tg, KEY)

    board = f"""
TalentsIvoire.ci
Trouver un emploi | Entreprises | Formations | Conseils | Publier une offre | Se connecter

Accueil › Offres › Énergie › {TITLE}

{TITLE}
{ORG}
Abidjan, Côte d'IvoireCDIBac+55 ans d'expérienceÉnergie / ÉlectricitéPubliée le 12/10/2043Expire le 17/11/2043
Vue 2 148 fois

Informations sur l'offre
Référence{REF}
Secteur d'activitéProduction et distribution d'électricité
Lieu de travail{LOC}
Type de contratCDI
Horaire{SCHED}
SalaireNon communiqué
Nombre de postes1

Description de l'entreprise
Concessionnaire du service public de l'électricité depuis 1990, la CIE assure la production, le transport et la distribution de l'électricité sur tout le territoire ivoirien.

Missions
{chr(10).join("- " + m for m in MISS)}

Profil du candidat
{chr(10).join("- " + x for x in ESS)}
Serait un atout :
{chr(10).join("- " + x for x in DES)}
Qualités personnelles :
{chr(10).join("- " + x for x in COMP)}

Dossier de candidature
Postulez en ligne sur le portail carrières de l'entreprise avant le 17/11/2043 à 12h00.

Postuler maintenant   Sauvegarder   Signaler

Offres similaires
Technicien(ne) de maintenance HTA – Bouaké – CDD – Expire le 05/11/2043
Chargé(e) d'études réseaux – Yamoussoukro – 850 000 FCFA/mois – Expire le 20/11/2043
"""
    w(KEY + "-talentsivoire.txt", board, KEY)
