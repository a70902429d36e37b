from common import *
import os

KEY = "ustm-vr-2043-05"
REF = "USTM/VR/2043/05"
T = "Assistant(e) en géologie appliquée"
O = "Université des Sciences et Techniques de Masuku"
L = "Franceville (Gabon)"
S = "Temps plein"
ESS = ["être de nationalité gabonaise ou ressortissant(e) d'un État membre de la CEMAC ;",
       "être titulaire d'un doctorat en géologie, en géosciences de l'environnement ou en hydrogéologie ;",
       "avoir au moins une publication dans une revue scientifique à comité de lecture ;",
       "avoir une expérience d'encadrement de travaux pratiques ou de sorties de terrain ;",
       "être âgé(e) de 40 ans au plus au 31 décembre 2043."]
DES = ["la maîtrise d'un logiciel de cartographie (QGIS ou ArcGIS) ;",
       "une expérience en géologie minière, notamment sur les gisements de manganèse."]
COMP = [("Rigueur scientifique", ""), ("Sens pédagogique", ""), ("Aptitude au travail de terrain", "")]
MIS = ["assurer des enseignements de géologie appliquée en licence et en master ;",
       "encadrer les travaux pratiques et les stages de terrain des étudiants ;",
       "développer des travaux de recherche au sein du Laboratoire de géologie et ressources minérales ;",
       "participer aux activités administratives du département."]


def build():
    expected(KEY, reference=REF, languages=["fr"], title={"fr": T}, organisation={"fr": O}, location={"fr": L},
             schedule={"fr": S}, deadline="2043-04-09", salary=sal(amount=1342000, cur="XAF", period="month"),
             grade="A1", requirements={"fr": {"essential": ESS, "desirable": DES}}, competencies={"fr": COMP})
    md = f"""**RÉPUBLIQUE GABONAISE**\\
Union – Travail – Justice\\
**MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR**\\
**{O.upper()}**\\
Rectorat – Vice-Rectorat

*Franceville, le 6 mars 2043*

# APPEL À CANDIDATURES

**N° {REF}**

Le Recteur de l'{O} lance un appel à candidatures pour le recrutement d'un enseignant-chercheur au Département de Géologie de la Faculté des Sciences.

## {T}

| Rubrique | Précisions |
|---|---|
| Référence | {REF} |
| Établissement | {O} |
| Faculté / Département | Faculté des Sciences, Département de Géologie |
| Lieu de travail | {L} |
| Catégorie | A1 |
| Régime de travail | {S} |
| Rémunération | 1 342 000 FCFA brut par mois, indemnités non comprises |
| Date limite de dépôt | 9 avril 2043 à 15 heures |

### 1. Missions

{bullets(MIS)}

### 2. Conditions de candidature

Le candidat ou la candidate doit :

{bullets(ESS)}

**Seraient appréciées :**

{bullets(DES)}

### 3. Qualités attendues

{bullets([c[0] for c in COMP])}

### 4. Composition du dossier

1. une demande manuscrite adressée au Recteur ;
2. un curriculum vitae détaillé ;
3. les copies certifiées des diplômes ;
4. un extrait d'acte de naissance.

Les dossiers sont déposés au Secrétariat du Vice-Rectorat, campus de Masuku. Les candidats présélectionnés présenteront une leçon publique devant un jury le 5 mai 2043.

*Le Recteur*
"""
    open(os.path.join(BUILD, "ustm.md"), "w", encoding="utf-8").write(md)
    pdf = soffice("ustm.md", KEY + "-ustm.libreoffice.pdf")
    dump(pdf, KEY)

    fb = f"""Facebook
Rechercher sur Facebook
Groupe public · 48,2 k membres
OFFRES D'EMPLOI ET CONCOURS AU GABON 🇬🇦

Discussion   Personnes   Événements   Médias

Ornella M. · Admin
7 mars · 🌍

📢 APPEL À CANDIDATURES – USTM Franceville 📢
Partagez autour de vous !! Dossiers au Vice-Rectorat avant le 9 avril.

N° {REF}
{O.upper()}
Poste : {T}
🏛 Établissement : {O}
Faculté des Sciences, Département de Géologie
📍 Lieu de travail : {L}
🗂 Catégorie : A1
⏱ Régime de travail : {S}
💰 Rémunération : 1 342 000 FCFA brut par mois, indemnités non comprises
⏳ Date limite de dépôt : 9 avril 2043 à 15 heures

✅ MISSIONS
{bullets(MIS, '👉 ')}

✅ CONDITIONS
Le candidat ou la candidate doit :
{bullets(ESS, '👉 ')}

➕ Seraient appréciées :
{bullets(DES, '👉 ')}

Qualités attendues : {', '.join(c[0] for c in COMP)}.

📁 Dossier : demande manuscrite au Recteur, CV détaillé, copies certifiées des diplômes, extrait d'acte de naissance.
Leçon publique des présélectionnés : 5 mai 2043.

👍 312   💬 57 commentaires   ↗ 140 partages

J'aime   Commenter   Partager

Plus pertinents ▾
Landry O.
Est-ce que les titulaires d'un master peuvent postuler ?
7 mars · J'aime · Répondre
    Ornella M. · Admin
    Non, le doctorat est exigé.
    7 mars · J'aime · Répondre
Prisca N.
Merci admin 🙏 Le concours des douanes c'est pour quand ?
8 mars · J'aime · Répondre
Écrire un commentaire…
"""
    write(KEY + "-facebook.txt", fb, KEY)
