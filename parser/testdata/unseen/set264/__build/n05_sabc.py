from common import *
KEY = "sabc-drh-2039-114"
REF = "SABC-DRH-2039-114"
T = "Chef(fe) d'atelier maintenance conditionnement (H/F)"
O = "Société Anonyme des Brasseries du Cameroun"
L = "Douala (Cameroun)"
S = "Temps plein, en horaires postés (3x8)"
ESS = [
 "Diplôme d'ingénieur en électromécanique, en maintenance industrielle ou équivalent",
 "Au moins 5 ans d'expérience en maintenance de lignes d'embouteillage ou d'emballage agroalimentaire",
 "Bonne maîtrise des automates programmables (Siemens S7) et de la GMAO",
 "Connaissance des outils TPM et de l'analyse des causes racines",
]
DES = ["Expérience dans le secteur brassicole", "Pratique courante de l'anglais"]
C = [
 ("Leadership", "savoir animer une équipe de techniciens postés"),
 ("Rigueur", "respecter les standards de sécurité et de qualité"),
 ("Réactivité", "intervenir vite en cas d'arrêt de ligne"),
]

def build():
    md = f"""[Aller au contenu](#contenu) · [English](/en/careers)

**SABC – Brasseries du Cameroun** · [Nos marques](/marques) · [Le Groupe](/groupe) · [Engagements](/rse) · [Carrières](/carrieres) · [Contact](/contact)

> 🍪 Nous utilisons des cookies pour mesurer l'audience. [Accepter](#) · [Paramétrer](#)

Accueil › Carrières › Offres d'emploi

# {T}

*Publiée le 19 septembre 2039 · Direction industrielle · Usine de Koumassi*

| | |
|---|---|
| Référence | {REF} |
| Entreprise | {O} |
| Lieu de travail | {L} |
| Type de contrat | CDI |
| Horaires | {S} |
| Rémunération | Attractive, selon profil et expérience |
| Date limite de candidature | 13/10/2039 |

## Qui sommes-nous ?

Acteur historique de la boisson au Cameroun, la {O} produit et distribue des bières, des boissons gazeuses et des eaux minérales depuis ses usines de Douala, Yaoundé, Garoua et Bafoussam. Nos lignes de conditionnement de Koumassi remplissent chaque jour plusieurs centaines de milliers de bouteilles.

## Vos missions

1. Organiser et piloter la maintenance préventive et corrective des lignes de conditionnement (soutireuses, laveuses, étiqueteuses, palettiseurs).
2. Encadrer une équipe de douze techniciens répartis sur les trois postes.
3. Suivre les indicateurs de performance (TRS, MTBF, MTTR) et conduire les plans d'amélioration.
4. Gérer le stock de pièces de rechange et préparer le budget de l'atelier.

## Profil recherché

{bullets(ESS, '* ')}

## Serait un plus

{bullets(DES, '* ')}

## Savoir-être

{chr(10).join('* **' + n + '** – ' + d for n, d in C)}

## Comment postuler ?

Envoyez votre CV et votre lettre de motivation, en précisant la référence **{REF}**, via le bouton *Postuler* ou à recrutement@sabc.example avant le 13/10/2039. Les candidats retenus seront invités à un test technique sur site le 27 octobre 2039.

La SABC ne demande jamais de frais pour une candidature.

[Postuler](#) · [Partager](#)

---

**Autres offres** : Technicien(ne) froid industriel – Yaoundé – clôture 06/10/2039 · Superviseur(e) des ventes – Garoua – clôture 20/10/2039

© 2039 SABC · Mentions légales · Politique de confidentialité
"""
    w(KEY + "-sabc.md", md, KEY, "md")
    li_txt = f"""LinkedIn
Accueil   Réseau   Emplois   Messagerie   Notifications   Vous

{T}
Brasseries du Cameroun (SABC) · Douala, Littoral, Cameroun · il y a 5 jours · 143 candidatures
Sur site   Temps plein   Niveau hiérarchique : Confirmé
1 001-5 000 employés · Fabrication de boissons
Postuler   Enregistrer

À propos de l'offre
Référence : {REF}
Entreprise : {O}
Lieu de travail : {L}
Contrat : CDI
Horaires : {S}
Rémunération : selon profil
Date limite : 13/10/2039

Vos missions
• Piloter la maintenance préventive et corrective des lignes de conditionnement
• Encadrer une équipe de techniciens postés
• Suivre les indicateurs TRS, MTBF et MTTR

Profil recherché
{bullets(ESS, '• ')}

Serait un plus
{bullets(DES, '• ')}

Savoir-être
{chr(10).join('• ' + n + ' – ' + d for n, d in C)}

Test technique sur site prévu le 27 octobre 2039 pour les candidats retenus.
…afficher moins

Offres similaires
Responsable utilités (H/F) · Société de boissons · Douala · il y a 2 semaines
Ingénieur maintenance (H/F) · Cimenterie · Douala · Date limite 30/09/2039
"""
    w(KEY + "-linkedin.txt", li_txt, KEY, "txt")
    expected(KEY, reference=REF, languages=["fr"], title={"en": None, "fr": T},
             organisation={"en": None, "fr": O}, location={"en": None, "fr": L},
             schedule={"en": None, "fr": S}, deadline="2039-10-13", salary=None,
             requirements={"en": None, "fr": {"essential": ESS, "desirable": DES}},
             competencies={"en": None, "fr": comp(C)})
