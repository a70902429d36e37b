from common import *
REF = "10502PA813950018"; KEY = REF.lower()
T = "Conseillère ou conseiller en aménagement du territoire agricole"
O = "Commission de protection du territoire agricole du Québec"; LOC = "Longueuil"
SCH = "35 heures par semaine, du lundi au vendredi"
ESS = ["Être titulaire d'un diplôme universitaire de premier cycle en urbanisme, en géographie, en agronomie ou dans une discipline connexe;",
  "Posséder au moins une année d'expérience pertinente en aménagement du territoire ou en analyse de dossiers réglementaires;",
  "Maîtriser la langue française à l'oral et à l'écrit."]
DES = ["Connaissance de la Loi sur la protection du territoire et des activités agricoles;",
  "Expérience de l'utilisation d'un système d'information géographique;",
  "Expérience dans le milieu municipal ou dans une MRC."]
COMP = ["Rigueur", "Sens de l'analyse", "Capacité de rédaction", "Autonomie", "Esprit d'équipe"]
ATT = ["analyser les demandes d'autorisation et d'exclusion présentées par les citoyens, les municipalités et les MRC;",
  "réaliser des visites de terrain et rédiger des orientations préliminaires;",
  "conseiller les commissaires sur l'application des critères prévus par la loi;",
  "répondre aux questions des demandeurs et de leurs mandataires."]
def build():
    txt = f"""Aller au contenu principal
Québec.ca    Recherche    English
Placement en ligne > Consulter les offres d'emploi > Détail de l'offre

Imprimer    Postuler    Retour aux résultats

Titre de l'offre

{T}

Numéro de l'offre d'emploi

{REF}

Organisme

{O}

Direction

Direction de l'analyse et des orientations

Lieu de travail

{LOC}

Adresse

25, boulevard La Fayette, 3e étage

Classe d'emploi

Agente ou agent de recherche et de planification socio-économique (105)

Statut de l'emploi

Régulier

Horaire de travail

{SCH}

Nombre d'emplois

1

Traitement

De 55 806 $ à 98 411 $ par année

Période d'inscription

Du 25 novembre 2038 au 9 décembre 2038 à 23 h 59

Date de publication

25 novembre 2038

Attributions

La Commission veille à la protection du territoire et des activités agricoles. Au sein d'une équipe de quinze professionnels, la personne titulaire de l'emploi aura à :
- {ATT[0]}
- {ATT[1]}
- {ATT[2]}
- {ATT[3]}

Exigences
- {ESS[0]}
- {ESS[1]}
- {ESS[2]}

Atouts
- {DES[0]}
- {DES[1]}
- {DES[2]}

Profil recherché
- {COMP[0]}
- {COMP[1]}
- {COMP[2]}
- {COMP[3]}
- {COMP[4]}

Conditions d'admission
Détenir un diplôme universitaire de premier cycle reconnu par l'autorité compétente. Les personnes qui présentent leur candidature seront soumises à une évaluation écrite prévue le 17 décembre 2038.

Pour postuler
Cliquez sur Postuler. Pour toute question, communiquez avec la Direction des ressources humaines au 450 555-0142.

Autres offres de cet organisme
Technicienne ou technicien en géomatique – Québec – inscription jusqu'au 2 décembre 2038
Agente ou agent de secrétariat – Longueuil – inscription jusqu'au 16 décembre 2038

Accessibilité    Politique de confidentialité    © Gouvernement du Québec, 2038
"""
    w(f"{KEY}-placement.txt", txt, KEY)
    md = f"""![Commission de protection du territoire agricole du Québec](logo.svg)

[Accueil](#) > [La Commission](#) > [Carrières](#) > Offre d'emploi

# {T}

*Publié le 25 novembre 2038*

| | |
|---|---|
| **Numéro de l'offre** | {REF} |
| **Organisme** | {O} |
| **Lieu de travail** | {LOC} |
| **Classe d'emploi** | Agente ou agent de recherche et de planification socio-économique (105) |
| **Statut** | Régulier, temps plein |
| **Horaire** | {SCH} |
| **Traitement** | De 55 806 $ à 98 411 $ par année |
| **Période d'inscription** | Du 25 novembre 2038 au 9 décembre 2038 à 23 h 59 |

## Votre rôle

Vous rejoindrez la Direction de l'analyse et des orientations. Vos principales attributions seront de :

1. {ATT[0]}
2. {ATT[1]}
3. {ATT[2]}
4. {ATT[3]}

## Exigences de l'emploi

* {ESS[0]}
* {ESS[1]}
* {ESS[2]}

## Atouts

+ {DES[0]}
+ {DES[1]}
+ {DES[2]}

## Profil recherché

{", ".join(COMP)}.

## Conditions de travail

Conciliation travail-famille, horaire variable, régime de retraite à prestations déterminées. Une évaluation écrite aura lieu le 17 décembre 2038.

> Pour postuler, rendez-vous sur Placement en ligne avant la fin de la période d'inscription.

---

[Nous joindre](#) · [Accessibilité](#) · © {O}
"""
    w(f"{KEY}-cptaq.md", md, KEY)
    exp(KEY, ["fr"], {"fr": T}, {"fr": O}, {"fr": LOC}, {"fr": SCH}, "2038-12-09",
        sal(55806, 98411, "CAD", "year"), None, None, {"fr": {"essential": ESS, "desirable": DES}}, {"fr": names(*COMP)}, REF)
