from common import *
KEY = "ageos-dg-drh-2039-006"
REF = "AGEOS/DG/DRH/2039-006"
T = "Analyste en imagerie satellitaire radar (H/F)"
O = "Agence Gabonaise d'Études et d'Observations Spatiales"
L = "Libreville (Gabon)"
S = "Temps plein"
ESS = [
 "Être titulaire d'un master ou d'un diplôme d'ingénieur en télédétection, en géomatique ou en physique ;",
 "Justifier d'au moins trois (3) années d'expérience dans le traitement d'images radar (SAR) ;",
 "Maîtriser les logiciels SNAP, QGIS et au moins un langage de programmation (Python ou R) ;",
 "Avoir une bonne capacité de rédaction de rapports techniques en français.",
]
DES = [
 "Une expérience du suivi du couvert forestier ou des zones côtières ;",
 "Une maîtrise de l'anglais scientifique.",
]
C = [
 ("Esprit d'analyse", "savoir interpréter des séries temporelles d'images et en tirer des conclusions fiables"),
 ("Sens du travail en équipe", "collaborer avec les ingénieurs de la station de réception et les partenaires ministériels"),
 ("Discrétion", "respecter la confidentialité des données sensibles"),
]
SALT = "1 240 000 FCFA brut mensuel"

def build():
    md = f"""**RÉPUBLIQUE GABONAISE**  
Union – Travail – Justice

**PRÉSIDENCE DE LA RÉPUBLIQUE**  
**{O.upper()}**  
Direction générale – Direction des Ressources humaines

*Libreville, le 15 septembre 2039*

# AVIS DE RECRUTEMENT EXTERNE

**N° {REF}**

L'{O} (AGEOS) recrute, pour son Département Applications et Services, un(e) :

## {T}

| Rubrique | Précisions |
|---|---|
| Référence | {REF} |
| Employeur | {O} |
| Lieu de travail | {L} |
| Type de contrat | CDI |
| Régime de travail | {S} |
| Salaire | {SALT} |
| Date limite de dépôt | 19 octobre 2039 |

### 1. Missions

- Produire des cartes de suivi du couvert forestier et des zones inondées à partir d'images radar ;
- Contribuer aux services d'alerte sur l'exploitation forestière illégale et la pollution marine ;
- Développer des chaînes de traitement automatisées ;
- Former les utilisateurs des administrations partenaires.

### 2. Profil requis

Le (la) candidat(e) doit :

{bullets(ESS, '- ')}

### 3. Atouts

{bullets(DES, '- ')}

### 4. Compétences comportementales

{chr(10).join('- **' + n + '** : ' + d for n, d in C)}

### 5. Dossier de candidature

Une lettre de motivation, un CV, les copies des diplômes et des attestations de travail sont à déposer au secrétariat de la Direction des Ressources humaines, site de Nkok, ou à envoyer à recrutement@ageos.example au plus tard le **19 octobre 2039 à 15 heures**. Les candidat(e)s présélectionné(e)s passeront un test pratique le 3 novembre 2039.

**Le Directeur Général**
"""
    src = os.path.join(BUILD, "ageos.md")
    open(src, "w", encoding="utf-8").write(md)
    pdf = KEY + "-ageos.libreoffice.pdf"
    libreoffice(src, pdf)
    dump(pdf, KEY, "libreoffice")
    fb = f"""Facebook
Rechercher sur Facebook
Emplois & Stages Gabon 🇬🇦
Groupe public · 48,2 k membres

Nadège Mba Obiang ▸ Emplois & Stages Gabon
18 septembre 2039 à 19:42 · 🌍

📢 AVIS DE RECRUTEMENT EXTERNE N° {REF}
🛰️ {O} (AGEOS)

👉 Poste : {T}
📍 Lieu de travail : {L}
📝 Contrat : CDI
⏰ Régime de travail : {S}
💵 Salaire : {SALT}
🗓️ Date limite de dépôt : 19 octobre 2039 à 15 h

✅ PROFIL REQUIS – Le (la) candidat(e) doit :
{bullets(ESS, '▪️ ')}

➕ ATOUTS
{bullets(DES, '▪️ ')}

🤝 COMPÉTENCES COMPORTEMENTALES
{chr(10).join('▪️ ' + n + ' : ' + d for n, d in C)}

📩 Dossier : lettre, CV, diplômes, attestations → DRH de l'AGEOS, site de Nkok, ou recrutement@ageos.example

#EmploiGabon #Libreville #Télédétection #Recrutement

👍❤️ 214    37 commentaires    96 partages

Brice Ndong
Le test pratique c'est le 3 novembre d'après l'avis 👌
J'aime · Répondre · 2 j

Sylvie Moussavou
Identifiez vos amis géomaticiens ! @Joël Nzé
J'aime · Répondre · 1 j
"""
    w(KEY + "-facebook.txt", fb, KEY, "txt")
    expected(KEY, reference=REF, languages=["fr"], title={"en": None, "fr": T},
             organisation={"en": None, "fr": O}, location={"en": None, "fr": L},
             schedule={"en": None, "fr": S}, deadline="2039-10-19",
             salary=sal(1240000, cur="XAF", period="month"),
             requirements={"en": None, "fr": {"essential": ESS, "desirable": DES}},
             competencies={"en": None, "fr": comp(C)})
