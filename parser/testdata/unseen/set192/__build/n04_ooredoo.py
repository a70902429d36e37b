from common import *
K = "ota-rh-2033-0361"
REF = "OTA-RH-2033-0361"
H1 = "Ingénieur Optimisation Radio 4G/5G (H/F)"
TITLE = "Ingénieur Optimisation Radio"
ORG = "Ooredoo Algérie"
UNIT = "Direction Technique – Département Performance Réseau"
LOC = "Alger (Bab Ezzouar), avec déplacements dans la région Centre"
SCHED = "Temps plein, du dimanche au jeudi"
SAL = "180 000 à 230 000 DZD net par mois, selon expérience"
MISS = ["Analyser quotidiennement les indicateurs de performance des réseaux 4G et 5G de la région Centre",
        "Proposer et mettre en œuvre les réglages de paramètres, d'azimuts et de tilts",
        "Préparer et exploiter les campagnes de mesures terrain (drive tests)",
        "Traiter les réclamations de couverture remontées par les équipes commerciales",
        "Rédiger les rapports hebdomadaires d'optimisation à l'attention du management"]
ESS = ["Diplôme d'ingénieur d'État ou master en télécommunications ;",
       "trois (3) ans d'expérience au minimum en optimisation de réseaux radio mobiles ;",
       "bonne connaissance des technologies LTE et 5G NR et des indicateurs de performance associés ;",
       "maîtrise d'au moins un outil de drive test et de post-traitement ;",
       "permis de conduire catégorie B."]
DES = ["Une certification constructeur sur les équipements d'accès radio ;",
       "des notions de programmation (Python ou SQL) pour l'automatisation des rapports."]
COMP = [("Curiosité technique", "se tient informé(e) des évolutions des normes 3GPP."),
        ("Sens du résultat", "s'engage sur des objectifs chiffrés de qualité de service."),
        ("Esprit d'équipe", "partage ses analyses avec les équipes terrain et exploitation.")]
expected(fr_only(key=K, reference=REF, title=TITLE, organisation=ORG, location=LOC, schedule=SCHED,
  deadline="2033-10-05", salary=salary(mn=180000, mx=230000, cur="DZD", period="month"), grade=None,
  essential=ESS, desirable=DES, competencies=COMP))

FACTS = [("Référence", REF), ("Intitulé du poste", TITLE), ("Société", ORG), ("Direction", UNIT),
         ("Lieu de travail", LOC), ("Type de contrat", "CDI"), ("Horaires", SCHED), ("Salaire", SAL),
         ("Date limite", "05/10/2033")]
md = f"""---
title: "{H1} – Ooredoo Algérie Carrières"
source: https://carrieres.ooredoo-dz.example/offres/{K}
clipped: 2033-09-26T10:41:07+01:00
tags: [clippings]
---

[![Ooredoo](https://carrieres.ooredoo-dz.example/static/logo.svg)](https://carrieres.ooredoo-dz.example/) [Accueil](https://carrieres.ooredoo-dz.example/) · [Nos métiers](https://carrieres.ooredoo-dz.example/metiers) · [Offres](https://carrieres.ooredoo-dz.example/offres) · [Étudiants](https://carrieres.ooredoo-dz.example/etudiants) · [العربية](https://carrieres.ooredoo-dz.example/ar/)

# {H1}

*Publiée le 14/09/2033 · Alger · Réseau & Technique · 2 postes*

Rejoignez l'équipe qui améliore chaque jour l'expérience mobile de millions de clients en Algérie. Dans le cadre de l'extension de son réseau 5G dans la région Centre, la Direction Technique recrute deux ingénieur(e)s en optimisation radio.

{chr(10).join(f"- **{a} :** {b}" for a, b in FACTS)}

## Vos missions

{chr(10).join(f"{i}. {m}." for i, m in enumerate(MISS, 1))}

## Profil requis

{chr(10).join(f"* {x}" for x in ESS)}

## Un plus

{chr(10).join(f"* {x}" for x in DES)}

## Savoir-être

{chr(10).join(f"* **{n} :** {d}" for n, d in COMP)}

## Ce que nous offrons

Une couverture médicale complémentaire pour vous et votre famille, un forfait mobile et internet, un plan de formation certifiante et des perspectives d'évolution au sein du groupe.

[Postuler maintenant](https://carrieres.ooredoo-dz.example/postuler/{K}) · [Envoyer à un ami](mailto:?subject={REF})

---

### Offres similaires

| Poste | Lieu | Clôture |
|---|---|---|
| Ingénieur Transmission IP/MPLS | Oran | 28/09/2033 |
| Technicien(ne) Maintenance Sites | Constantine | 09/10/2033 |
| Analyste Qualité de Service Data | Alger | 16/10/2033 |

© 2033 Ooredoo Algérie – Wataniya Télécom Algérie SPA · [Mentions légales](https://carrieres.ooredoo-dz.example/legal) · [Cookies](https://carrieres.ooredoo-dz.example/cookies)
"""
write(K + "-ooredoo.md", md)

li = f"""LinkedIn
Rejoindre maintenant	S'identifier
{H1}
Ooredoo Algérie Alger, Alger, Algérie Il y a 1 semaine Plus de 200 candidats
Postuler	Enregistrer
Rejoignez l'équipe qui améliore chaque jour l'expérience mobile de millions de clients en Algérie. Dans le cadre de l'extension de son réseau 5G dans la région Centre, la Direction Technique recrute deux ingénieur(e)s en optimisation radio.
{"".join(f"{a} : {b}" for a, b in FACTS)}
Vos missions
{chr(10).join(m for m in MISS)}
Profil requis
{chr(10).join(ESS)}
Un plus
{chr(10).join(DES)}
Savoir-être
{chr(10).join(f"{n} : {d}" for n, d in COMP)}
Ce que nous offrons
Une couverture médicale complémentaire pour vous et votre famille, un forfait mobile et internet, un plan de formation certifiante et des perspectives d'évolution au sein du groupe.
Afficher moins
Niveau hiérarchique
Confirmé
Type d'emploi
Temps plein
Fonction
Ingénierie et Informatique
Secteurs
Télécommunications
Recommandations de LinkedIn
Ajouter l'intitulé de poste pour recevoir des alertes
Offres d'emploi similaires
Ingénieur RAN 5G
Opérateur télécom Alger, Algérie Il y a 3 jours
Radio Planning Engineer
Djezzy Alger, Algérie Il y a 2 semaines
Ingénieur Performance Réseau
Intégrateur télécom Blida, Algérie Il y a 5 jours
Voir plus d'offres
Conditions générales d'utilisation de LinkedIn	Politique de confidentialité	Politique relative aux cookies
© 2033 LinkedIn
"""
write(K + "-linkedin.txt", li)
