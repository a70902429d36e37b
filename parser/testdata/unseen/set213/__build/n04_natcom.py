# Natcom (Haiti) - careers page saved as Markdown + WhatsApp group paste
from common import *
REF = "NATCOM-RH-2035-0412"
K = key_of(REF)
TITLE = "Ingénieur transmission micro-ondes"
ORG = "Natcom S.A."
LOC = "Port-au-Prince (Delmas 33), avec déplacements réguliers dans les départements du Nord et du Sud"
SCHED = "Temps plein, du lundi au samedi midi, avec astreintes en cas de panne"
SALTXT = "HTG 145 000 à HTG 175 000 brut par mois, selon expérience"
ESS = [
 "Diplôme d'ingénieur en télécommunications ou en électronique",
 "Trois (3) ans d'expérience au minimum dans le déploiement ou la maintenance de liaisons hertziennes",
 "Maîtrise des équipements IP radio et des outils de calcul de bilan de liaison",
 "Aptitude à travailler en hauteur (certificat de travail sur pylône valide)",
 "Permis de conduire haïtien valide",
]
DES = [
 "Connaissance des réseaux de transport par fibre optique",
 "Bonne maîtrise de l'anglais écrit",
]
COMP = [
 ("Réactivité", "rétablit une liaison coupée dans les délais fixés par la supervision."),
 ("Sens de la sécurité", "ne monte jamais sur un site sans le permis de travail signé."),
 ("Esprit d'équipe", "partage ses relevés avec les équipes radio et énergie."),
]
MISSIONS = [
 "Planifier et installer les nouvelles liaisons micro-ondes du réseau de transport",
 "Réaliser les alignements d'antennes et les tests de mise en service",
 "Analyser les alarmes et les dégradations de qualité remontées par le centre de supervision",
 "Mettre à jour la base de données des liaisons et des fréquences",
 "Former les techniciens régionaux aux procédures de maintenance préventive",
]
md = f"""---
title: "{TITLE} (H/F) | Carrières Natcom"
source: "https://natcom.example/carrieres/{REF.lower()}"
saved: 2035-06-24
---

[![Natcom](logo-natcom.png)](https://natcom.example/) [Particuliers](https://natcom.example/particuliers) · [Entreprises](https://natcom.example/entreprises) · [Recharges](https://natcom.example/recharges) · [Carrières](https://natcom.example/carrieres) · [Kreyòl](https://natcom.example/ht)

# {TITLE} (H/F)

*Publié le 23 juin 2035 · Direction Technique · Réf. {REF}*

Opérateur de télécommunications présent dans les dix départements du pays, Natcom modernise son réseau de
transport afin d'améliorer la qualité de la 4G hors de la région métropolitaine.

| | |
|---|---|
| **Poste** | {TITLE} |
| **Entreprise** | {ORG} |
| **Département** | Direction Technique – Service Transmission |
| **Lieu** | {LOC} |
| **Contrat** | Durée indéterminée |
| **Horaire** | {SCHED} |
| **Salaire** | {SALTXT} |
| **Date limite** | 6 juillet 2035 |

## Responsabilités

{chr(10).join(f'{i}. {x}' for i, x in enumerate(MISSIONS, 1))}

## Qualifications requises

{chr(10).join('* ' + x for x in ESS)}

## Un plus

{chr(10).join('* ' + x for x in DES)}

## Qualités recherchées

{chr(10).join(f'* **{n} :** {d}' for n, d in COMP)}

## Pour postuler

Envoyez votre CV et une lettre de motivation à <recrutement@natcom.example> avec la référence {REF} en objet.
Seuls les candidats retenus seront contactés pour un test technique, prévu à partir du 14 juillet 2035.

> Natcom ne réclame jamais d'argent aux candidats. Signalez toute annonce suspecte au 3030 (numéro fictif).

---
[Conditions d'utilisation](https://natcom.example/cgu) · [Vie privée](https://natcom.example/vie-privee) · © 2035 Natcom
"""
write(f"{K}-natcom.md", md)

wa = f"""[24/06/2035, 08:12] +509 3X XX XX 10 (fictif): Bonjou tout moun 🙏 Natcom ap chèche yon enjenyè. Men detay yo, pataje bay moun ki kalifye
[24/06/2035, 08:13] +509 3X XX XX 10 (fictif): *{TITLE.upper()} (H/F)*
*Réf. : {REF}*

*Poste* : {TITLE}
*Entreprise* : {ORG}
*Lieu* : {LOC}
*Horaire* : {SCHED}
*Salaire* : {SALTXT}
*Date limite* : vendredi 6 juillet 2035

*Responsabilités*
{chr(10).join('- ' + x for x in MISSIONS)}

*Qualifications requises*
{chr(10).join('✔️ ' + x for x in ESS)}

*Un plus*
{chr(10).join('➕ ' + x for x in DES)}

*Qualités recherchées*
{chr(10).join(f'▪️ {n} : {d}' for n, d in COMP)}

📧 CV + lettre à recrutement@natcom.example (référence en objet)
[24/06/2035, 08:20] Jocelyne (fictif): Mèsi anpil! Èske yo pran moun ki fèk sòti lekòl?
[24/06/2035, 08:22] +509 3X XX XX 10 (fictif): Non, fòk ou gen 3 an eksperyans minimòm
[24/06/2035, 09:05] Ricardo P. (fictif): Date limite se 6 juillet wi? Mwen te wè 16 yon lòt kote
[24/06/2035, 09:07] +509 3X XX XX 10 (fictif): 6 juillet 2035. Se sou sit Natcom lan mwen pran l
[24/06/2035, 09:31] Ricardo P. (fictif): 👍
"""
write(f"{K}-whatsapp.txt", wa)
expected(REF, ["fr"], {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, {"fr": SCHED}, "2035-07-06",
         sal(mn=145000, mx=175000, cur="HTG", period="month"), None,
         {"fr": {"essential": ESS, "desirable": DES}}, {"fr": comps(COMP)})
