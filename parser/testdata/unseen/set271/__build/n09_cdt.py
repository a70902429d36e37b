from common import *

KEY = "cd-tamba-sg-2040-004"
REF = "CD-TAMBA/SG/2040-004"
T = "Chef du Service technique départemental"
O = "Conseil départemental de Tambacounda"
L = "Tambacounda (Sénégal)"
S = "Temps plein"
ESS = [
    "être de nationalité sénégalaise et âgé de 45 ans au plus au 31 décembre 2040 ;",
    "être titulaire d'un diplôme d'ingénieur en génie civil, en génie rural ou en hydraulique ;",
    "justifier d'au moins cinq (5) années d'expérience dans le suivi de travaux publics ou de pistes rurales ;",
    "maîtriser les procédures de passation des marchés publics au Sénégal."]
DES = ["la connaissance du pulaar ou du mandinka ;",
       "une expérience des projets financés par le Fonds d'équipement des collectivités territoriales."]
COMP = ["rigueur", "intégrité", "sens du dialogue", "aptitude à travailler sous pression"]


def build():
    expected(KEY, REF, ["fr"], {"fr": T}, {"fr": O}, {"fr": L}, {"fr": S}, "2040-05-24",
             sal(738500, cur="XOF", period="month"),
             req={"fr": {"essential": ESS, "desirable": DES}},
             comp={"fr": [{"name": n, "description": ""} for n in COMP]})
    md = f"""[Accueil](/) | [Politique](/politique) | [Économie](/economie) | [Régions](/regions) | [Avis & communiqués](/avis) | [Emploi](/emploi)

# TambaInfo

*L'actualité du Sénégal oriental*

[Accueil](/) › [Avis & communiqués](/avis) › Recrutement

## Avis de recrutement : le Conseil départemental de Tambacounda recrute un {T}

*Publié le 19 avril 2040 à 11 h 12 par la Rédaction · 4 min de lecture*

Le Conseil départemental a transmis à notre rédaction l'avis ci-dessous, que nous publions dans son intégralité. La session budgétaire du conseil s'est tenue le 6 avril 2040.

---

**RÉPUBLIQUE DU SÉNÉGAL**  
Un Peuple – Un But – Une Foi  
**RÉGION DE TAMBACOUNDA**  
**{O.upper()}**  
Secrétariat général

**AVIS DE RECRUTEMENT N° {REF}**

Le Président du {O} informe le public qu'il est procédé au recrutement, sur contrat à durée déterminée de deux (2) ans renouvelable, d'un (01) :

### {T}

**Lieu d'affectation :** {L}  
**Régime :** {S}  
**Rémunération :** salaire mensuel brut de 738 500 FCFA, hors indemnités de déplacement  
**Date limite de dépôt :** jeudi 24 mai 2040 à 17 heures

#### I. Missions

Placé sous l'autorité du Secrétaire général, le Chef du Service technique :

1. programme et suit les travaux d'infrastructures du Département (pistes, forages, salles de classe, postes de santé) ;
2. prépare les dossiers d'appel d'offres et participe aux commissions des marchés ;
3. contrôle l'exécution des chantiers et la qualité des ouvrages réceptionnés ;
4. appuie les communes du département dans la maîtrise d'ouvrage.

#### II. Profil du candidat

Le candidat doit :

{chr(10).join("- " + x for x in ESS)}

#### III. Atouts

{chr(10).join("- " + x for x in DES)}

#### IV. Qualités requises

Le poste exige rigueur, intégrité, sens du dialogue et aptitude à travailler sous pression.

#### V. Composition du dossier

Une demande manuscrite adressée au Président du Conseil départemental, un CV, les copies légalisées des diplômes, un extrait d'acte de naissance et un certificat de nationalité.

Les dossiers sont déposés au bureau du courrier du Conseil départemental, quartier Abattoirs, Tambacounda. Les candidats présélectionnés seront convoqués à un entretien le 7 juin 2040.

*Fait à Tambacounda, le 16 avril 2040*  
*Le Président du Conseil départemental*

---

**LIRE AUSSI**

- Campagne agricole : distribution des semences à partir du 2 mai 2040
- Koumpentoum : le marché hebdomadaire déplacé le 28 avril 2040

*3 commentaires* — Ousmane D. : « Le dépôt se fait aussi par courriel ? » — Réponse de la Rédaction : « Non, uniquement sur place. »
"""
    write(KEY + "-tambainfo.md", md, KEY)

    tg = f"""Emplois Sénégal Oriental 🇸🇳
canal · 12 408 abonnés

[19.04.2040 12:40]
📢 AVIS DE RECRUTEMENT N° {REF}

🏛 {O}
📌 Poste : {T}
📍 Lieu d'affectation : {L}
🕗 Régime : {S}
💰 Salaire mensuel brut : 738 500 FCFA
⏳ Date limite : 24/05/2040 à 17 h

✅ Le candidat doit :
🔹 {ESS[0]}
🔹 {ESS[1]}
🔹 {ESS[2]}
🔹 {ESS[3]}

➕ Atouts :
🔸 {DES[0]}
🔸 {DES[1]}

🧭 Qualités : rigueur, intégrité, sens du dialogue, aptitude à travailler sous pression

📂 Dossier : demande manuscrite, CV, diplômes légalisés, acte de naissance, certificat de nationalité
📬 Dépôt : bureau du courrier, Conseil départemental, quartier Abattoirs
📅 Entretiens : 7 juin 2040

👁 3,4K   ↪️ 214
#Tambacounda #Recrutement #Ingénieur

[19.04.2040 18:05]
⚠️ Rappel : aucun frais n'est demandé pour déposer un dossier. Signalez-nous toute arnaque.
👁 2,1K

[20.04.2040 08:15]
📢 Le lycée de Goudiry cherche des vacataires en mathématiques pour le mois de mai 2040. Détails demain.
👁 1,8K
"""
    write(KEY + "-telegram.txt", tg, KEY)
