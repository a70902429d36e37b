from common import *

KEY = "chp-2034-093"
REF = "CHP-2034-093"
TITLE = "Technicien ou technicienne d'information médicale (H/F)"
ORG = "Centre hospitalier de Périgueux"
LOC = "Périgueux"
GRADE = "Technicien supérieur hospitalier de 2e classe"
SCHED = "100 % – 37 h 30 par semaine, du lundi au vendredi (15 jours de RTT)"
ESS = [
    "Diplôme de niveau bac + 2 dans le domaine de la santé ou de l'information médicale (BTS, BUT, DU de TIM)",
    "Connaissance des nomenclatures CIM-10 et CCAM et des règles de groupage du PMSI MCO",
    "Maîtrise d'Excel (tableaux croisés dynamiques) et des outils de requêtage",
    "Respect absolu du secret médical",
]
DES = [
    "Expérience de deux ans au sein d'un DIM",
    "Connaissance du PMSI SMR ou HAD",
    "Pratique du logiciel de dossier patient informatisé de l'établissement",
]
QUAL = ["Rigueur", "Discrétion", "Autonomie", "Esprit d'équipe", "Curiosité"]
DUTIES = [
    "contrôler l'exhaustivité et la qualité du codage des séjours MCO",
    "coder les diagnostics et les actes à partir du dossier patient informatisé",
    "préparer les envois mensuels ePMSI et analyser les retours",
    "participer aux contrôles externes de l'Assurance maladie",
    "produire des tableaux de bord d'activité pour les pôles cliniques",
]
expected(KEY, {
    "reference": REF, "post_number": None, "languages": ["fr"],
    "title": lang2(None, TITLE), "organisation": lang2(None, ORG), "location": lang2(None, LOC),
    "schedule": lang2(None, SCHED), "deadline": "2034-11-23",
    "salary": {"amount": None, "min": 2096, "max": 2812, "currency": "EUR", "period": "month"},
    "grade": GRADE, "clearance": None,
    "requirements": {"en": None, "fr": {"essential": ESS, "desirable": DES}},
    "competencies": {"en": None, "fr": comp([(q, None) for q in QUAL])},
})
INTRO = ("Établissement support du groupement hospitalier de territoire de la Dordogne, le Centre hospitalier de Périgueux compte "
         "près de 1 000 lits et places. Le département d'information médicale (DIM), composé de deux médecins et de six techniciens, "
         "recrute un technicien ou une technicienne pour renforcer la cellule de codage.")
CONTRAT = "Poste permanent – mutation, détachement ou CDD de 6 mois en vue d'une mise en stage"
REM = "de 2 096 € à 2 812 € brut mensuel selon expérience, hors complément de traitement indiciaire (CTI)"

md = f"""[Aller au contenu](#contenu) · [Accessibilité](#) · [Urgences : 15](#)

**CH Périgueux** — [Patients et visiteurs](#) · [Nos services](#) · [Professionnels](#) · [Recrutement](#)

[Accueil](#) › [Recrutement](#) › [Offres d'emploi](#) › Information médicale

# {TITLE}

*Pôle Performance – Département d'information médicale (DIM) · Réf. {REF} · offre publiée le 27/10/2034*

{INTRO}

## En bref

- **Référence :** {REF}
- **Établissement :** {ORG}
- **Lieu :** {LOC}
- **Grade :** {GRADE} (catégorie B)
- **Contrat :** {CONTRAT}
- **Temps de travail :** {SCHED}
- **Rémunération :** {REM}
- **Poste à pourvoir :** 2 janvier 2035
- **Date limite de candidature :** 23/11/2034

## Vos missions

{chr(10).join('- ' + d + ' ;' for d in DUTIES[:-1])}
- {DUTIES[-1]}.

## Votre profil

### Diplôme et compétences exigés

{chr(10).join('- ' + e for e in ESS)}

### Atouts appréciés

{chr(10).join('- ' + d for d in DES)}

### Qualités attendues

{chr(10).join('- ' + q for q in QUAL)}

## Candidater

Adressez CV et lettre de motivation à la direction des ressources humaines avant le **23 novembre 2034**, en rappelant la
référence {REF}. Les entretiens auront lieu le 1er décembre 2034. Renseignements : Dr Anne Lacombe, médecin DIM,
05 53 00 00 00 (standard).

---

*Voir aussi : Assistant médico-administratif (H/F) – consultations externes · Préparateur en pharmacie (H/F) – PUI*
"""
out(KEY + "-chperigueux.md", md)

hw = f"""HelloWork
Offres d'emploi   Entreprises   Salaires   Conseils
Rechercher : technicien information médicale	Dordogne	Rechercher
Retour aux offres

{TITLE}
{ORG}
Périgueux - 24
CDD
Temps plein
Bac +2
Salaire : 2 096 € - 2 812 € / mois
Publiée le 28/10/2034 · Réf : 61742209
Postuler

Le poste
{INTRO}

Référence : {REF}
Grade : {GRADE} (catégorie B)
Contrat : {CONTRAT}
Temps de travail : {SCHED}
Rémunération : {REM}
Poste à pourvoir le 2 janvier 2035.

Vos missions :
{chr(10).join('- ' + d for d in DUTIES)}

Le profil recherché
Diplôme et compétences exigés :
{chr(10).join('- ' + e for e in ESS)}
Atouts appréciés :
{chr(10).join('- ' + d for d in DES)}
Qualités attendues : {', '.join(QUAL)}

Date limite de candidature : 23 novembre 2034. Entretiens le 1er décembre 2034.

L'entreprise
{ORG}
Santé, hôpitaux · 2 000 à 4 999 salariés
Voir les 14 offres

Compétences
Codage PMSI · CIM-10 · CCAM · Excel

Ces offres pourraient aussi vous intéresser
Technicien DIM H/F - Bergerac - 24 - CDI - 2 100 € - 2 600 € / mois
Secrétaire médicale H/F - Périgueux - 24 - CDD - 1 900 € - 2 200 € / mois

Alerte emploi : recevez les nouvelles offres par e-mail
"""
out(KEY + "-hellowork.txt", hw)
