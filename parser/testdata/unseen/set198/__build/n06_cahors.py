from common import *
KEY = "chcah-34-041"; REF = "CHCAH-34-041"
T = "Préparateur ou préparatrice en pharmacie hospitalière (H/F)"
ORG = "Centre hospitalier de Cahors"; LOC = "Cahors (46)"
SCH = "Temps plein – 100 % (7 h 30 par jour du lundi au vendredi, un samedi matin sur cinq)"
GR = "Préparateur en pharmacie hospitalière de classe normale"
ESS = ["Diplôme de préparateur en pharmacie hospitalière (DPPH) ou diplôme d'État de préparateur en pharmacie hospitalière",
 "Connaissance des bonnes pratiques de pharmacie hospitalière et des circuits du médicament",
 "Maîtrise des outils informatiques de gestion de stock et de dispensation",
 "Capacité à travailler sous isolateur dans le respect des règles d'hygiène"]
DES = ["Expérience en unité de reconstitution des chimiothérapies",
 "Connaissance du logiciel Pharma ou d'un logiciel équivalent",
 "Formation aux dispositifs médicaux stériles"]
Q = ["Rigueur", "Sens du travail en équipe", "Discrétion professionnelle", "Capacité d'adaptation"]
MIS = ["Préparer et dispenser les traitements nominatifs pour les unités de soins",
 "Réaliser les préparations magistrales et participer aux préparations de chimiothérapies sous isolateur",
 "Gérer les commandes, la réception et le stockage des médicaments et des dispositifs médicaux",
 "Participer aux inventaires et à la traçabilité des produits dérivés du sang"]
md = f"""---
title: "{T}"
source: centre-hospitalier-cahors.example/recrutement
---

[Aller au contenu](#contenu) · [Accès rapide](#) · [Prendre rendez-vous](#) · [Nous rejoindre](#)

**Centre hospitalier de Cahors** · Hôpital Jean-Rougier

Accueil › Nous rejoindre › Offres d'emploi › Pharmacie

# {T}

*Pôle Médico-technique – Pharmacie à usage intérieur · Réf. {REF} · mise en ligne le 20/03/2034*

**Établissement :** {ORG}  
**Lieu de travail :** {LOC}  
**Grade :** {GR} (catégorie B)  
**Type de contrat :** CDD de 6 mois en vue de stagiairisation, ou mutation  
**Temps de travail :** {SCH}  
**Rémunération :** entre 2 180 € et 2 745 € bruts mensuels selon expérience, hors prime Ségur et indemnités  
**Poste à pourvoir :** 2 mai 2034  
**Date limite de candidature :** 12/04/2034

## Présentation

La pharmacie à usage intérieur dessert les 520 lits et places de l'établissement et des EHPAD du groupement hospitalier du Lot. L'équipe compte quatre pharmaciens, onze préparateurs et deux magasiniers.

## Vos missions

{chr(10).join('- ' + x for x in MIS)}

## Votre profil

{chr(10).join('- ' + x for x in ESS)}

**Serait un plus :**

{chr(10).join('- ' + x for x in DES)}

## Qualités attendues

{chr(10).join('- ' + x for x in Q)}

## Pour postuler

CV et lettre de motivation à adresser à la Direction des ressources humaines, 335 rue Président Wilson, 46000 Cahors, ou par courriel à recrutement@ch-cahors.example, avant le 12/04/2034. Les entretiens se tiendront le 18/04/2034.

---

Offres similaires : Infirmier(ère) en bloc opératoire – date limite 30/04/2034 · Aide-soignant(e) de nuit – date limite 26/04/2034
"""
out(KEY + "-chcahors.md", md)
board = f"""FHF Emploi
Offres d'emploi   Établissements   Concours   Mon espace

Accueil > Offres > Pharmacie > Cahors

{T}
{ORG}
Publiée le 21/03/2034 - Offre n° 1502338

Synthèse de l'offre
Établissement
{ORG}
Ville
{LOC}
Métier
Préparateur en pharmacie hospitalière
Grade
{GR}
Catégorie
B
Type de contrat
CDD de 6 mois en vue de stagiairisation, ou mutation
Temps de travail
{SCH}
Rémunération
entre 2 180 € et 2 745 € bruts mensuels selon expérience, hors prime Ségur et indemnités
Date de prise de poste
02/05/2034
Date limite de candidature
12/04/2034
Référence de l'établissement
{REF}

Descriptif du poste
La pharmacie à usage intérieur dessert les 520 lits et places de l'établissement.
Missions : {' ; '.join(MIS)}.

Profil recherché
{chr(10).join('- ' + x for x in ESS)}
Serait un plus :
{chr(10).join('- ' + x for x in DES)}
Qualités attendues : {', '.join(Q)}

Contact
Direction des ressources humaines - recrutement@ch-cahors.example

Offres similaires
Préparateur en pharmacie (H/F) - CH de Figeac - Figeac (46) - Date limite : 28/04/2034
Préparateur en pharmacie hospitalière - CHU de Toulouse - Toulouse (31) - Publiée le 15/03/2034
"""
out(KEY + "-fhf.txt", board)
expected(KEY, dict(reference=REF, post_number=None, languages=["fr"], title=bi(None, T), organisation=bi(None, ORG),
  location=bi(None, LOC), schedule=bi(None, SCH), deadline="2034-04-12",
  salary=dict(amount=None, min=2180, max=2745, currency="EUR", period="month"), grade=GR, clearance=None,
  requirements={"en": None, "fr": {"essential": ESS, "desirable": DES}}, competencies={"en": None, "fr": comps(Q)}))
