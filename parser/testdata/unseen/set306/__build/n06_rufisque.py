from common import *

KEY = "vr-sg-2043-03"
REF = "VR/SG/2043/03"
T = "Chef du service de l'état civil"
O = "Ville de Rufisque"
L = "Hôtel de Ville de Rufisque (Sénégal)"
S = "Temps plein"
ESS = ["Être de nationalité sénégalaise.",
       "Être titulaire d'une maîtrise ou d'un master en droit privé, en administration publique ou dans un domaine équivalent.",
       "Justifier d'une expérience d'au moins trois ans dans un centre d'état civil ou un service juridique.",
       "Maîtriser les outils bureautiques et les logiciels de gestion des actes."]
DES = ["Une connaissance du projet de numérisation des registres d'état civil.",
       "La pratique du wolof ou d'une autre langue nationale."]
COMP = [("Intégrité", "garantir la confidentialité et l'exactitude des actes"),
        ("Sens de l'accueil", "recevoir les usagers avec courtoisie et patience"),
        ("Leadership", "animer une équipe d'une quinzaine d'agents")]
MIS = ["Superviser l'établissement et la délivrance des actes de naissance, de mariage et de décès.",
       "Organiser la tenue, la conservation et la sécurisation des registres.",
       "Encadrer les officiers et agents d'état civil des centres secondaires.",
       "Produire les statistiques mensuelles transmises aux services de l'État."]


def build():
    expected(KEY, reference=REF, languages=["fr"], title={"fr": T}, organisation={"fr": O}, location={"fr": L},
             schedule={"fr": S}, deadline="2043-04-17", salary=sal(amount=540000, cur="XOF", period="month"),
             requirements={"fr": {"essential": ESS, "desirable": DES}}, competencies={"fr": COMP})
    md = f"""[Accueil](https://rufisque.example/) · [La Ville](#) · [Services municipaux](#) · [Actualités](#) · [Avis et communiqués](#) · [Contact](#)

**VILLE DE RUFISQUE** — *Ndiaréme, terre d'histoire*

> **Campagne de curage des canaux :** du 6 au 30 avril 2043, merci de ne pas déposer d'ordures dans les caniveaux.

Accueil › Avis et communiqués › Recrutement

*Mis en ligne le 19 mars 2043*

# Avis de recrutement n° {REF}

Le Maire de la {O} informe le public qu'un poste est à pourvoir au sein de l'administration municipale :

## {T}

- **Référence :** {REF}
- **Employeur :** {O}
- **Direction :** Secrétariat général – Service de l'état civil
- **Lieu d'affectation :** {L}
- **Nature du contrat :** contrat à durée indéterminée, avec période d'essai de six mois
- **Régime horaire :** {S}
- **Rémunération :** 540 000 FCFA brut mensuel, hors indemnités de responsabilité
- **Date limite de dépôt :** vendredi 17 avril 2043 à 16 h 30

### Missions

1. {MIS[0]}
2. {MIS[1]}
3. {MIS[2]}
4. {MIS[3]}

### Profil du candidat

{bullets(ESS, '* ')}

### Atouts

{bullets(DES, '* ')}

### Qualités requises

{bullets(['**%s** : %s' % c for c in COMP], '* ')}

### Dépôt des candidatures

Les dossiers (demande adressée au Maire, CV, copies légalisées des diplômes, casier judiciaire de moins de trois mois) sont déposés au bureau du courrier de l'Hôtel de Ville, sous pli fermé portant la mention « {REF} ». Les candidats retenus seront convoqués à un entretien le 29 avril 2043.

*Le Maire*

---

Partager : [Facebook](#) · [WhatsApp](#)

**Autres avis :** [Avis d'appel d'offres – réhabilitation du marché central (ouverture des plis le 21 avril 2043)](#) · [Communiqué – recensement des marchands ambulants](#)

© 2043 Ville de Rufisque – Tous droits réservés
"""
    write(KEY + "-rufisque.md", md, KEY)

    tg = f"""Telegram
← Emplois & Concours Sénégal 🇸🇳
  23 416 abonnés

                                   19 mars 2043

Emplois & Concours Sénégal
🔴 LA VILLE DE RUFISQUE RECRUTE 🔴

Avis de recrutement n° {REF}
Poste : {T}

Référence : {REF}
Employeur : {O}
Direction : Secrétariat général – Service de l'état civil
Lieu d'affectation : {L}
Nature du contrat : contrat à durée indéterminée, avec période d'essai de six mois
Régime horaire : {S}
Rémunération : 540 000 FCFA brut mensuel, hors indemnités de responsabilité
Date limite de dépôt : vendredi 17 avril 2043 à 16 h 30

▪️ Missions
{bullets(MIS, '— ')}

▪️ Profil du candidat
{bullets(ESS, '— ')}

▪️ Atouts
{bullets(DES, '— ')}

▪️ Qualités requises
{bullets(['%s : %s' % c for c in COMP], '— ')}

Dépôt au bureau du courrier de l'Hôtel de Ville sous pli fermé « {REF} ».
Entretiens le 29 avril 2043.

👁 5,8K  ✏️ édité  14:22

Emplois & Concours Sénégal
📌 Rappel : le concours d'entrée à l'ENA (session 2043) ferme le 10 avril. Lien dans le post épinglé.
👁 4,1K  16:03

                                   20 mars 2043

Emplois & Concours Sénégal
Quelqu'un peut confirmer si le casier judiciaire doit être légalisé ? Réponse en commentaire 👇
👁 3,9K  09:47

REJOINDRE
"""
    write(KEY + "-telegram.txt", tg, KEY)
