"""IDEP (Dakar), French only, P-4: the Institute's web page clipped to Markdown and a Senegalese job-board copy."""
from common import write, expected, comps

KEY = "idep-av-2037-04"
REF = "IDEP/AV/2037/04"
TITLE = "Spécialiste de la planification du développement (formation des cadres)"
ORG = "Institut africain de développement économique et de planification"
LOC = "Dakar (Sénégal)"
SAL = "87 461 dollars des États-Unis"
CADRE = ("L'Institut africain de développement économique et de planification (IDEP), organe subsidiaire de la "
         "Commission économique pour l'Afrique, forme les cadres des administrations africaines à la planification "
         "et à l'analyse des politiques. Le ou la titulaire relève du Chef de la Division de la formation.")
FONCTIONS = [
    "Concevoir et animer des cours de courte durée sur la planification à long terme et la programmation budgétaire",
    "Élaborer des modules d'apprentissage en ligne et superviser les tuteurs",
    "Conduire des travaux de recherche appliquée sur les plans nationaux de développement",
    "Nouer des partenariats avec les universités et les écoles d'administration de la région",
    "Rédiger les rapports d'activité destinés au Conseil d'administration de l'Institut",
]
COMPS = [
    ("Professionnalisme", "Maîtrise les méthodes de planification et d'évaluation des politiques publiques ; fait preuve de rigueur dans la conception des formations ; reste calme face aux difficultés."),
    ("Aptitude à planifier et à organiser", "Fixe des objectifs clairs ; établit des priorités ; prévoit les risques et tient compte des imprévus dans l'organisation des sessions."),
    ("Souci du client", "Considère les administrations et les participants comme des clients ; se tient informé de leurs besoins ; respecte les délais convenus."),
]
ESS = [
    "Diplôme universitaire du niveau du master ou équivalent en économie, planification du développement, administration publique ou dans une discipline apparentée.",
    "Au moins sept années d'expérience à des niveaux de responsabilité croissants dans la planification du développement ou la formation des cadres.",
    "Maîtrise du français et bonne connaissance de l'anglais.",
]
ATOUTS = [
    "Expérience de l'enseignement en ligne.",
    "Connaissance de l'arabe ou du portugais.",
]


def md():
    f = "\n".join(f"- {x} ;" for x in FONCTIONS)
    c = "\n\n".join(f"**{n} :** {d}" for n, d in COMPS)
    e = "\n".join(f"1. {x}" for x in ESS)
    a = "\n".join(f"1. {x}" for x in ATOUTS)
    return f"""[IDEP](#) · [L'Institut](#) · [Formations](#) · [Recherche](#) · **[Recrutement](#)** · [EN](#)

[Accueil](#) › [Recrutement](#) › Avis de vacance

# {TITLE}

Avis de vacance de poste n° **{REF}** — publié le 5 janvier 2037

- **Organisation :** {ORG}
- **Classe :** P-4
- **Lieu d'affectation :** {LOC}
- **Type d'engagement :** engagement de durée déterminée (deux ans)
- **Date limite de candidature :** 2 février 2037

## Cadre organisationnel

{CADRE}

## Fonctions

Dans les limites des pouvoirs qui lui sont délégués, le ou la titulaire sera chargé(e) des fonctions suivantes :

{f}

## Compétences

{c}

## Qualifications requises

{e}

## Atouts

{a}

## Rémunération

Traitement annuel net de base : {SAL}, auquel s'ajoute une indemnité de poste (actuellement 48,3 %).

## Évaluation

Les candidat(e)s présélectionné(e)s pourront être convoqué(e)s à une épreuve écrite le 24 février 2037, suivie d'un
entretien.

*Les candidatures féminines sont vivement encouragées. L'IDEP ne perçoit aucun frais à quelque stade que ce soit du
processus de recrutement.*
"""


def board():
    f = "\n".join(f"• {x} ;" for x in FONCTIONS)
    c = "\n".join(f"{n} : {d}" for n, d in COMPS)
    return f"""EmploiDakar.example — Offres d'emploi au Sénégal
Accueil | Offres | Entreprises | Conseils | Publier une offre | Connexion

Accueil > Offres d'emploi > Organisations internationales

{TITLE}
IDEP – {ORG}
Dakar · CDD · Bac+5 · Publiée il y a 3 jours · 412 vues
Expire le : 02/02/2037

Postuler    Partager    Signaler

DESCRIPTION DU POSTE

Avis de vacance : {REF}
Classe : P-4
Lieu d'affectation : {LOC}
Date limite de candidature : 2 février 2037

{CADRE}

Fonctions :
{f}

Compétences :
{c}

PROFIL RECHERCHÉ

Qualifications requises :
- {ESS[0]}
- {ESS[1]}
- {ESS[2]}

Atouts :
- {ATOUTS[0]}
- {ATOUTS[1]}

Rémunération : traitement annuel net de base de {SAL}, plus indemnité de poste.

Offres similaires
Assistant(e) administratif(ve), G-5 – CEA Bureau sous-régional – Dakar – expire le 30/01/2037
Chargé(e) de formation – Institut régional – Thiès – expire le 15/02/2037

EmploiDakar.example n'est pas l'employeur. Ne payez jamais pour postuler.
"""


def build():
    write(KEY + "-idep.fr.md", md(), KEY)
    write(KEY + "-emploidakar.fr.txt", board(), KEY)
    expected(KEY, reference=REF, languages=["fr"], title=TITLE, organisation=ORG, location=LOC,
             deadline="2037-02-02", salary=(87461, None, None, "USD", "year"), grade="P-4",
             requirements={"fr": {"essential": ESS, "desirable": ATOUTS}}, competencies={"fr": comps(COMPS)})
