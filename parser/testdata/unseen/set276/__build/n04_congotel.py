from common import *

KEY = "drh-rec-ct-2040-093"
REF = "DRH/REC/CT/2040/093"
TITLE = "Ingénieur(e) supervision réseau – transmission et IP"
ORG = "Congo Telecom"
LOC = "Brazzaville, centre technique de Mpila"
SCHED = "Travail posté en 3 x 8 par roulement, week-ends et jours fériés compris"
SAL = "1 050 000 FCFA brut mensuel, plus prime de quart et assurance maladie"
ESS = [
    "Diplôme d'ingénieur en télécommunications, en réseaux informatiques ou en électronique (Bac + 5)",
    "Trois ans d'expérience au moins dans un centre de supervision d'opérateur ou d'intégrateur",
    "Bonne maîtrise des protocoles IP/MPLS et des équipements de transmission SDH et DWDM",
    "Pratique d'un outil de supervision (type Zabbix, NetAct ou U2000)",
    "Permis de conduire de catégorie B",
]
DES = [
    "Certification CCNA ou CCNP",
    "Connaissance de l'anglais technique",
]
COMP = [
    ("Réactivité", "vous qualifiez une alarme majeure en moins de quinze minutes"),
    ("Esprit d'équipe", "vous passez chaque quart avec une main courante claire et complète"),
    ("Calme", "vous gardez la maîtrise des escalades en pleine nuit comme en pleine journée"),
]
MISSIONS = [
    "surveiller en temps réel les liens de transmission, le cœur IP et la dorsale en fibre optique",
    "ouvrir, qualifier et suivre les incidents jusqu'à leur résolution",
    "coordonner les équipes d'intervention de Brazzaville et de Pointe-Noire",
    "produire les rapports de disponibilité hebdomadaires",
    "proposer des améliorations des seuils d'alarme et des procédures",
]

expected(KEY, reference=REF, languages=["fr"], title=TITLE, organisation=ORG, location=LOC,
         schedule=SCHED, deadline="2040-10-15", salary=salary(amount=1050000, currency="XAF"),
         grade=None, requirements={"fr": {"essential": ESS, "desirable": DES}},
         competencies={"fr": COMP})

md = f"""<!-- Page enregistrée depuis congotelecom.example/carrieres/{KEY} -->
[Accueil](/) · [Particuliers](/particuliers) · [Entreprises](/entreprises) · [Carrières](/carrieres) · [Contact](/contact)

# Rejoignez la Direction technique

*Brazzaville, le 18 septembre 2040 — Avis n° {REF}*

Congo Telecom poursuit la modernisation de son réseau national et recrute un profil technique pour son centre de supervision.

### Informations clés

| Rubrique | Détail |
|---|---|
| Référence | {REF} |
| Poste | {TITLE} |
| Société | {ORG} |
| Lieu de travail | {LOC} |
| Régime de travail | {SCHED} |
| Rémunération | {SAL} |
| Contrat | CDI |
| Clôture des candidatures | lundi 15 octobre 2040, 18 h 00 (heure de Brazzaville) |

### Vos missions

{chr(10).join(f"{i}. {m} ;" if i < len(MISSIONS) else f"{i}. {m}." for i, m in enumerate(MISSIONS, 1))}

### Profil requis

{chr(10).join("* " + x for x in ESS)}

### Un plus

{chr(10).join("* " + x for x in DES)}

### Savoir-être

{chr(10).join(f"* **{n}** : {d}" for n, d in COMP)}

### Candidature

Envoyez CV et lettre de motivation via le formulaire en ligne en indiquant la référence. Les candidat(e)s retenu(e)s seront invité(e)s à un test technique le 24 octobre 2040 puis à un entretien.

> Congo Telecom ne demande aucun frais pour le traitement des candidatures. Méfiez-vous des annonces frauduleuses.

---
Actualités : lancement de la box fibre à 25 000 FCFA par mois (1er octobre 2040) · © 2040 Congo Telecom
"""
write(KEY + "-congotelecom.md", md)

ln = f"""
Grâce N. • 2e
Responsable recrutement chez Congo Telecom | Talent Acquisition
5 j • Modifié • 🌐

🚀 #Recrutement | Congo Telecom recrute pour son centre de supervision réseau (NOC) à Brazzaville !

📌 Poste : {TITLE}
🏢 Société : {ORG}
📍 Lieu de travail : {LOC}
🕒 Régime de travail : {SCHED}
💰 Rémunération : {SAL}
🔖 Référence : {REF}
⏳ Clôture : 15/10/2040

🎯 Ce que vous ferez :
→ {MISSIONS[0]}
→ {MISSIONS[1]}
→ {MISSIONS[2]}
→ {MISSIONS[3]}
→ {MISSIONS[4]}

✅ Profil requis :
✔️ {ESS[0]}
✔️ {ESS[1]}
✔️ {ESS[2]}
✔️ {ESS[3]}
✔️ {ESS[4]}

➕ Un plus :
🔹 {DES[0]}
🔹 {DES[1]}

🤝 Savoir-être :
▪️ {COMP[0][0]} : {COMP[0][1]}
▪️ {COMP[1][0]} : {COMP[1][1]}
▪️ {COMP[2][0]} : {COMP[2][1]}

👉 Postulez via le lien en commentaire. Test technique prévu le 24/10 pour les profils retenus.

#CongoTelecom #Brazzaville #Télécoms #NOC #Emploi #Congo
…voir moins

👍❤️👏 248 · 37 commentaires · 19 republications

J'aime   Commenter   Republier   Envoyer

Patrick M. • 1er
Ingénieur transmission
Intéressé ! Le poste est ouvert aux candidats de Pointe-Noire ?
J'aime · Répondre · 4 j

Grâce N. • Auteur
@Patrick M. Oui, le poste est basé à Brazzaville mais toutes les candidatures du pays sont étudiées.
J'aime · Répondre · 4 j
"""
write(KEY + "-linkedin.txt", ln)
