from common import *
REF = "ODE972/DRH/2036-14"; K = key_of(REF)
TITLE = "Chargé de mission qualité des eaux littorales"
ORG = "Office de l'Eau Martinique"
LOC = "Fort-de-France (Martinique)"
SCHED = "Complet, 35h00 hebdomadaires"
GRADE = "Ingénieur territorial"
ESS = ["Diplôme d'ingénieur ou master 2 en sciences de l'environnement, en océanographie ou en hydrobiologie",
       "Expérience d'au moins trois ans dans le suivi de la qualité des eaux ou des milieux marins",
       "Connaissance de la directive-cadre sur l'eau et de sa mise en œuvre dans les départements d'outre-mer",
       "Maîtrise des outils SIG (QGIS) et du traitement statistique de données",
       "Permis B exigé (déplacements sur l'ensemble du littoral)"]
DES = ["Pratique de la plongée professionnelle (classe 1B)",
       "Connaissance du créole martiniquais"]
COMP = [("Autonomie", ""), ("Sens du travail en équipe", ""), ("Aisance relationnelle avec les usagers de la mer", ""), ("Rigueur scientifique", "")]
MISS = ["Piloter le réseau de surveillance des masses d'eau côtières et de transition",
        "Exploiter et valider les résultats d'analyses transmis par les laboratoires",
        "Rédiger les bilans annuels et les porter à connaissance des élus et du public",
        "Accompagner les communes littorales dans leurs profils de baignade"]

board = f"""Aller au contenu
Emploi-Territorial    Offres    Employeurs    Concours    Mon espace
Accueil > Offres d'emploi > Martinique (972)

Offre n° O972360800114
{TITLE} (h/f)

Synthèse de l'offre

Employeur
{ORG}
7 avenue Condorcet (adresse fictive)
97200 Fort-de-France

Référence
{REF}

Date de publication de l'offre
18/08/2036

Date limite de candidature
26/09/2036

Date prévue du recrutement
01/12/2036

Type d'emploi
Emploi permanent - vacance d'emploi

Nombre de postes
1

Lieu de travail
{LOC}

Détails de l'offre

Grade(s)
{GRADE}

Famille de métier
Environnement > Milieux aquatiques et littoraux

Métier(s)
Chargé ou chargée d'études environnement

Temps de travail
{SCHED}

Descriptif de l'emploi
Établissement public local chargé de la connaissance et de la protection de la ressource en eau, l'Office recrute, au sein de son service Milieux aquatiques, un ingénieur qui assurera le suivi de la qualité des eaux du littoral martiniquais.

Missions / conditions d'exercice
{bullets(MISS, "- ")}
Travail ponctuel en mer et sur le terrain ; horaires décalés possibles lors des campagnes.

Profils recherchés
{bullets(ESS, "- ")}
Serait apprécié :
{bullets(DES, "- ")}
Savoir-être :
{bullets((c[0] for c in COMP), "- ")}

Contact et informations complémentaires
Rémunération statutaire, régime indemnitaire (RIFSEEP) et majoration de traitement de 40 % applicable en Martinique. Ouvert aux contractuels (article L. 332-8 du code général de la fonction publique).
Candidature (lettre de motivation, CV, dernier arrêté de situation ou attestation de réussite au concours) à adresser avant le 26/09/2036.
Jurys de recrutement prévus la semaine du 13/10/2036.

Téléphone collectivité
05 96 00 00 00 (numéro fictif)

Adresse e-mail
recrutement@eaumartinique.example

Postuler    Imprimer    Partager

Offres similaires
Technicien rivières (h/f) – Communauté d'agglomération (972) – date limite 19/09/2036
Agent de contrôle des assainissements (h/f) – Commune (972) – date limite 03/10/2036
"""
write(K + "-emploi-territorial.txt", board, K)

md = f"""<!-- page enregistrée depuis le site de l'Office (reproduction fictive) -->
**Office de l'Eau Martinique** · [L'Office](#) · [Données sur l'eau](#) · [Aides](#) · [Marchés](#) · [Recrutement](#)

[Accueil](#) › [Recrutement](#) › Offre {REF}

# Recrutement : {TITLE} (h/f)

*Offre publiée le 18 août 2036 – date limite de candidature : 26 septembre 2036*

**Intitulé du poste :** {TITLE}  
**Employeur :** {ORG}  
**Service :** Milieux aquatiques  
**Lieu de travail :** {LOC}  
**Grade :** {GRADE} (catégorie A, filière technique)  
**Temps de travail :** {SCHED}  
**Rémunération :** statutaire, régime indemnitaire et majoration de traitement de 40 %  
**Prise de poste :** 1er décembre 2036  
**Référence :** {REF}

## Vos missions

{bullets(MISS, "1. ")}

## Votre profil

{bullets(ESS, "* ")}

**Serait apprécié :**

{bullets(DES, "* ")}

## Savoir-être

{bullets((c[0] for c in COMP), "* ")}

## Pour candidater

Adressez lettre de motivation et CV à Monsieur le Directeur de l'Office, par courriel à recrutement@eaumartinique.example, **au plus tard le 26 septembre 2036**. Les candidats retenus seront reçus en jury la semaine du 13 octobre 2036.

> L'Office ne demande jamais de frais de dossier aux candidats.

---
*Autres offres : Technicien de laboratoire (clôture le 10 septembre 2036) · Gestionnaire des redevances (clôture le 30 septembre 2036)*
"""
write(K + "-ode.md", md, K)

expected(REF, ["fr"], {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, {"fr": SCHED}, "2036-09-26",
         None, GRADE, {"fr": (ESS, DES)}, {"fr": COMP})
