from common import *
REF = "LA/DE/RH/2038-03"
K = key(REF)
T = "Chargé(e) de suivi-évaluation du programme VIH pédiatrique"
ORG = "ONG Lumière Action"
LOC = "Abidjan (Cocody), avec missions à Bouaké et Korhogo"
SCH = "Temps plein, du lundi au vendredi de 8 h à 17 h"
SAL = "700 000 FCFA (XOF) net par mois"
ESS = ["Master en santé publique, statistique ou démographie",
       "Trois ans d'expérience au moins en suivi-évaluation de projets de santé financés par des bailleurs internationaux",
       "Maîtrise de DHIS2 et d'un logiciel d'analyse statistique (Stata, SPSS ou R)",
       "Capacité à rédiger des rapports clairs en français",
       "Disponibilité pour des missions fréquentes à l'intérieur du pays"]
DES = ["Connaissance des indicateurs PEPFAR ou Fonds mondial",
       "Expérience avec des associations de personnes vivant avec le VIH"]
COMP = [("Intégrité", "respect strict de la confidentialité des données des patients."),
        ("Sens de l'écoute", "capacité à travailler avec les médiatrices communautaires."),
        ("Autonomie", "organisation de ses missions de terrain sans supervision rapprochée.")]
MIS = ["Tenir à jour le cadre de mesure des performances du programme",
       "Vérifier la qualité des données transmises par les sites partenaires",
       "Produire les rapports trimestriels destinés au bailleur",
       "Former les agents de saisie des centres de santé"]

md = f"""<!-- page enregistrée depuis lumiere-action.example/recrutement -->
[Accueil](https://lumiere-action.example/) · [Qui sommes-nous](https://lumiere-action.example/ong) · [Nos programmes](https://lumiere-action.example/programmes) · **Recrutement** · [Faire un don](https://lumiere-action.example/don)

# Avis de recrutement n° {REF}

*Abidjan, le 14 mai 2038*

L'ONG Lumière Action, engagée depuis plus de vingt ans auprès des enfants et des familles affectés par le VIH, recrute pour son programme pédiatrique.

| Rubrique | Détail |
|---|---|
| Intitulé du poste | {T} |
| Organisation | {ORG} |
| Lieu | {LOC} |
| Temps de travail | {SCH} |
| Contrat | CDD de 12 mois renouvelable |
| Rémunération | {SAL} |
| Date limite | Vendredi 19 juin 2038 à 12 h |

## Missions

{chr(10).join(f"{i}. {x}" for i, x in enumerate(MIS, 1))}

## Profil requis

{chr(10).join("- " + x for x in ESS)}

## Seraient un plus

{chr(10).join("- " + x for x in DES)}

## Qualités attendues

{chr(10).join(f"- **{n}** : {d}" for n, d in COMP)}

## Dossier de candidature

Lettre de motivation, CV et copies des diplômes à envoyer à recrutement@lumiere-action.example. Les entretiens se tiendront du 29 juin au 1er juillet 2038.

> Lumière Action ne demande aucun frais aux candidat(e)s à aucune étape du recrutement.

---
© 2038 ONG Lumière Action — exemple fictif
"""
w(K + "-lumiereaction.md", md, K)

txt = f"""AccueilOffres d'emploiOffres de stageAppels d'offresConseilsCV-thèqueConnexion
Educarriere.ci (copie) › Offres d'emploi › Santé / ONG

{T.upper()}
Code : 71 305Date d'édition : 15/05/2038Date limite : 19/06/2038Vue : 1 842
Entreprise : {ORG}Lieu : {LOC}Type d'offre : Offre d'emploiMétier : Santé publique / Suivi-évaluationNiveau : Bac+5Expérience : 3 ans
DESCRIPTION DU POSTE
L'ONG Lumière Action recrute pour son programme VIH pédiatrique.Intitulé du poste : {T}Référence : {REF}Temps de travail : {SCH}Rémunération : {SAL}
MISSIONS : {" - ".join(MIS)}
PROFIL DU CANDIDAT :
{chr(10).join("- " + x for x in ESS)}
ATOUTS SUPPLÉMENTAIRES : {" ; ".join(DES)}
QUALITÉS : {" ".join(f"{n} : {d}" for n, d in COMP)}
DOSSIER DE CANDIDATURE
Lettre de motivation, CV et copies des diplômes à recrutement@lumiere-action.example au plus tard le 19/06/2038 à 12 h. Entretiens du 29/06 au 01/07/2038.
Postuler à cette offre | Envoyer à un ami | Imprimer
LES DERNIÈRES OFFRES
Infirmier(e) diplômé(e) d'État - Yamoussoukro - 12/06/2038
Comptable senior - Abidjan Plateau - 08/06/2038
Chauffeur polyvalent - San-Pedro - 05/06/2038
"""
w(K + "-educarriere.txt", txt, K)
expected(REF, ["fr"], {"fr": T}, {"fr": ORG}, {"fr": LOC}, {"fr": SCH}, "2038-06-19",
         {"amount": 700000, "currency": "XOF", "period": "month"}, None, {"fr": (ESS, DES)}, {"fr": COMP})
