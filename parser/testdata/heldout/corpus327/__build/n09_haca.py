from common import *

KEY = "haca-rh-2045-04"
D = dict(
    reference="HACA/RH/2045/04", post_number=None, languages=["fr"],
    title=both(None, "Chargé(e) d'études en régulation des contenus audiovisuels"),
    organisation=both(None, "Haute Autorité de la Communication Audiovisuelle"),
    location=both(None, "Rabat (siège)"),
    schedule=both(None, "Temps plein"),
    deadline="2045-01-26",
    salary=None, grade=None, clearance=None,
    requirements=both(None, req([
        "Diplôme de niveau Bac+5 en droit des médias, en sciences de l'information et de la communication ou en sciences politiques.",
        "Expérience d'au moins trois ans dans le secteur audiovisuel, la régulation ou la recherche.",
        "Excellente maîtrise de l'arabe et du français, à l'écrit comme à l'oral.",
    ], [
        "Connaissance de l'amazighe.",
        "Publications ou travaux sur le pluralisme dans les médias.",
    ])),
    competencies=both(None, comp([
        ("Esprit d'analyse", "capacité à synthétiser des corpus volumineux."),
        ("Impartialité", "respect strict de la neutralité attendue d'un régulateur."),
        ("Qualités rédactionnelles", "aisance dans la rédaction de notes et de rapports."),
    ])),
)
R = D["requirements"]["fr"]
C = D["competencies"]["fr"]


def md():
    ess = "\n".join(f"{i}. {x}" for i, x in enumerate(R['essential'], 1))
    des = "\n".join(f"- {x}" for x in R['desirable'])
    comps = "\n".join(f"- **{c['name']}** : {c['description']}" for c in C)
    return f"""![HACA](logo.png)

[Accueil](#) · [La Haute Autorité](#) · [Décisions](#) · [Publications](#) · [Appels à candidatures](#) · [عربية](#) · [ⵜⴰⵎⴰⵣⵉⵖⵜ](#)

Accueil / Appels à candidatures / {D['reference']}

# Appel à candidatures

## {D['title']['fr']}

*Mis en ligne le 22 décembre 2044*

**Référence :** {D['reference']}  
**Institution :** {D['organisation']['fr']}  
**Direction :** Direction du suivi des programmes  
**Lieu de travail :** {D['location']['fr']}  
**Régime :** {D['schedule']['fr']}  
**Rémunération :** selon le statut du personnel de la Haute Autorité  
**Date limite de réception des candidatures :** 26/01/2045

### Missions

Au sein de la Direction du suivi des programmes, le ou la titulaire :

- analyse les programmes des radios et télévisions au regard des cahiers des charges ;
- prépare les notes soumises au Conseil supérieur de la communication audiovisuelle ;
- contribue aux rapports sur le pluralisme et sur l'image de la femme dans les médias ;
- participe aux échanges avec les régulateurs partenaires.

### Profil

{ess}

### Atouts

{des}

### Compétences comportementales

{comps}

### Dossier de candidature

Lettre de motivation, CV, copies des diplômes et attestations d'expérience, à déposer sur la plateforme de candidature
en ligne. Les candidats retenus seront convoqués à un concours écrit le 9 février 2045, puis à un entretien.

---

> **Actualités** · Séminaire sur l'éducation aux médias, 14 janvier 2045 · Rapport annuel 2044 publié le 30 décembre 2044

© Haute Autorité de la Communication Audiovisuelle – Rabat
"""


def board():
    L = ["EmploiMaghreb.ma – Offres | Entreprises | Conseils carrière | Espace candidat", "",
         D['title']['fr'],
         "HACA – Haute Autorité de la Communication Audiovisuelle",
         "RabatSecteur publicBac+5Expérience 3 ansPubliée le 23/12/2044Date limite 26/01/2045",
         "214 vues · 38 candidatures", "",
         "Détails de l'offre",
         f"Référence:{D['reference']}",
         f"Employeur:{D['organisation']['fr']}",
         f"Lieu de travail:{D['location']['fr']}",
         f"Régime:{D['schedule']['fr']}",
         "Salaire:Non précisé",
         "Date limite de réception des candidatures:26/01/2045", "",
         "Missions : analyse des programmes audiovisuels, préparation de notes pour le Conseil, rapports sur le pluralisme.", "",
         "Profil recherché"]
    L += ["› " + x for x in R['essential']]
    L += ["Atouts"] + ["› " + x for x in R['desirable']]
    L += ["Compétences comportementales"] + [f"› {c['name']} : {c['description']}" for c in C]
    L += ["", "Postuler sur le site de l'employeur", "",
          "Offres similaires",
          "Chargé(e) de communication – Casablanca – 12 000 MAD/mois – il y a 3 jours",
          "Juriste en droit des médias – Rabat – date limite 31/01/2045"]
    return "\n".join(L) + "\n"


def build():
    expected(KEY, D)
    w(f"{KEY}-haca.md", md(), KEY)
    w(f"{KEY}-emploimaghreb.txt", board(), KEY)
