from common import *
K = "NMWCOE-2038-03"
T_FR = "Gestionnaire de la documentation pédagogique"
T_EN = "Training Documentation Manager"
ORG_FR = "Centre d'excellence OTAN pour la guerre des mines navales (NMW COE)"
ORG_EN = "NATO Naval Mine Warfare Centre of Excellence (NMW COE)"
IN_FR = "Le Centre d'excellence OTAN pour la guerre des mines navales, établi à Ostende au sein de l'école belgo-néerlandaise de guerre des mines, développe la doctrine, les normes et la formation dans le domaine de la lutte contre les mines marines. Le Centre recrute un(e) civil(e) sous contrat pour gérer la documentation de ses cours."
IN_EN = "The NATO Naval Mine Warfare Centre of Excellence, based in Ostend within the Belgian-Netherlands naval mine warfare school, develops doctrine, standards and training in the field of mine countermeasures. The Centre is recruiting a contracted civilian to manage the documentation of its courses."
TA_FR = ["mettre en page et tenir à jour les manuels et supports de cours ;", "gérer la bibliothèque numérique et les versions des documents ;", "contrôler la marque de classification de chaque document ;", "appuyer les instructeurs lors de la préparation des sessions."]
TA_EN = ["lay out and update course manuals and handouts;", "manage the digital library and document versions;", "check the classification marking of every document;", "support instructors when they prepare course sessions."]
ESS_FR = ["Diplôme de bachelier en communication, en bibliothéconomie ou dans un domaine apparenté", "Deux années d'expérience au moins dans la gestion documentaire ou l'édition", "Maîtrise d'un logiciel de mise en page (InDesign ou équivalent)", "Connaissance du français ou du néerlandais et de l'anglais (SLP 3333)"]
DES_FR = ["Expérience dans un environnement militaire ou naval", "Connaissance d'une plateforme d'apprentissage en ligne"]
ESS_EN = ["Bachelor's degree in communication, library science or a related field", "At least two years of experience in document management or publishing", "Good command of a layout software (InDesign or equivalent)", "Knowledge of French or Dutch and of English (SLP 3333)"]
DES_EN = ["Experience in a military or naval environment", "Knowledge of an e-learning platform"]
PR_FR = "Les candidat(e)s présélectionné(e)s seront invité(e)s à un entretien et à une épreuve pratique de mise en page à Ostende, prévus dans la seconde quinzaine de novembre 2038. L'engagement est subordonné à l'obtention de l'habilitation de sécurité et à un examen médical. Le Centre applique une politique d'égalité des chances et encourage les candidatures de toutes les personnes qualifiées."
PR_EN = "Shortlisted candidates will be invited to an interview and a practical layout test in Ostend, planned for the second half of November 2038. Employment is subject to the security clearance and a medical examination. The Centre applies an equal opportunities policy and encourages applications from all qualified persons."
C_FR = [("Précision", ""), ("Sens de l'organisation", ""), ("Discrétion", ""), ("Esprit d'équipe", "")]
C_EN = [("Accuracy", ""), ("Organisational skills", ""), ("Discretion", ""), ("Team spirit", "")]

def build():
    expected(K, None, ("fr", "en"), {"fr": T_FR, "en": T_EN}, {"fr": ORG_FR, "en": ORG_EN},
             {"fr": "Ostende (Belgique)", "en": "Ostend, Belgium"},
             {"fr": "Temps plein (38 heures par semaine)", "en": "Full-time (38 hours per week)"}, "2038-10-18",
             sal(3418.40), "B1", "NATO SECRET",
             {"fr": {"essential": ESS_FR, "desirable": DES_FR}, "en": {"essential": ESS_EN, "desirable": DES_EN}},
             {"fr": C_FR, "en": C_EN})
    md = f"""---
title: "{T_FR} / {T_EN}"
source: https://www.nmwcoe.example/fr/emplois/{K.lower()}
clipped: 2038-09-20
---

[Aller au contenu](#contenu) | [FR](#) · [NL](#) · [EN](#)

[Accueil](/) | [Le Centre](/centre) | [Cours](/cours) | [Publications](/pub) | [Emplois](/emplois) | [Contact](/contact)

Accueil › Emplois › {K}

# {T_FR}

*Publié le 17 septembre 2038 — English version below*

| | |
|---|---|
| **Référence** | {K} |
| **Employeur** | {ORG_FR} |
| **Lieu de travail** | Ostende (Belgique) |
| **Régime** | Temps plein (38 heures par semaine) |
| **Grade** | B1 |
| **Rémunération** | 3 418,40 EUR bruts par mois |
| **Habilitation** | NATO SECRET |
| **Date limite** | 18 octobre 2038 |

{IN_FR}

## Vos tâches

{lines(TA_FR, '- ')}

## Profil

### Qualifications essentielles

{lines(ESS_FR, '1. ')}

### Atouts

{lines(DES_FR, '- ')}

## Qualités attendues

{lines([n for n, _ in C_FR], '- ')}

## Nous offrons

Un contrat à durée déterminée de deux ans, renouvelable, un environnement international et des chèques-repas.

## Procédure de sélection

{PR_FR}

---

# {T_EN}

| | |
|---|---|
| **Reference** | {K} |
| **Employer** | {ORG_EN} |
| **Place of work** | Ostend, Belgium |
| **Working time** | Full-time (38 hours per week) |
| **Grade** | B1 |
| **Salary** | EUR 3,418.40 gross per month |
| **Clearance** | NATO SECRET |
| **Deadline** | 18 October 2038 |

{IN_EN}

## Your tasks

{lines(TA_EN, '- ')}

## Profile

### Essential qualifications

{lines(ESS_EN, '1. ')}

### Assets

{lines(DES_EN, '- ')}

## Expected qualities

{lines([n for n, _ in C_EN], '- ')}

## We offer

A two-year renewable fixed-term contract, an international environment and meal vouchers.

## Selection process

{PR_EN}

---

**Actualités** — 12/09/2038 : clôture du cours MCM Staff Officers · 02/10/2038 : journée portes ouvertes de la base navale
"""
    write(f"{K}-coe.md", md, K)
    mail = f"""De : Secrétariat ACV-Défense <secretariat@syndicat-defense.example>
Envoyé : mardi 21 septembre 2038 11:03
À : Membres Région Côte
Objet : TR: Offre d'emploi civil au NMW COE Ostende (réf. {K})

Bonjour à toutes et à tous,

Nous relayons ci-dessous une offre du Centre d'excellence d'Ostende. Notre permanence juridique reste ouverte le jeudi de 14 h à 16 h ; l'assemblée de section aura lieu le 30 septembre 2038.

Bien cordialement,
Le secrétariat

-------- Message transféré --------
De : NMW COE Support Branch <support@nmwcoe.example>
Date : 17/09/2038 15:22
Objet : Vacature / Vacance / Vacancy {K}

(English version below)

{T_FR}
Référence : {K}
Employeur : {ORG_FR}
Lieu de travail : Ostende (Belgique)
Régime : Temps plein (38 heures par semaine)
Grade : B1
Rémunération : 3 418,40 EUR bruts par mois
Habilitation : NATO SECRET
Date limite : 18 octobre 2038

{IN_FR}

Vos tâches :
{lines(TA_FR, '  * ')}

Qualifications essentielles :
{lines(ESS_FR, '  * ')}

Atouts :
{lines(DES_FR, '  * ')}

Qualités attendues : {', '.join(n for n, _ in C_FR)}.

{PR_FR}

Candidature (CV et lettre) à support@nmwcoe.example.

=====

{T_EN}
Reference: {K}
Employer: {ORG_EN}
Place of work: Ostend, Belgium
Working time: Full-time (38 hours per week)
Grade: B1
Salary: EUR 3,418.40 gross per month
Clearance: NATO SECRET
Deadline: 18 October 2038

{IN_EN}

Your tasks:
{lines(TA_EN, '  * ')}

Essential qualifications:
{lines(ESS_EN, '  * ')}

Assets:
{lines(DES_EN, '  * ')}

Expected qualities: {', '.join(n for n, _ in C_EN)}.

{PR_EN}

Apply (CV and letter) to support@nmwcoe.example.
"""
    write(f"{K}-email.txt", mail, K)
