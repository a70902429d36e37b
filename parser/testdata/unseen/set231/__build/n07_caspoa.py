from common import *
REF = "CASPOA-RECR-2037-01"
T_FR = "Gestionnaire de formation (cours de planification des opérations aériennes)"
T_EN = "Training Administrator (Air Operations Planning Courses)"
ORG_FR = "Centre d'excellence OTAN pour les opérations aériennes (CASPOA)"
ORG_EN = "NATO Air Operations Centre of Excellence (CASPOA)"
ESS_FR = [
 "Diplôme de niveau bac+2 en gestion, en administration ou en ingénierie de la formation",
 "Au moins trois ans d'expérience dans l'organisation de stages ou de sessions de formation pour adultes",
 "Maîtrise des outils bureautiques et d'une plateforme de formation en ligne",
 "Anglais professionnel (niveau B2 minimum)",
 "Nationalité française et aptitude à obtenir une habilitation Secret",
]
DES_FR = [
 "Expérience au sein d'un organisme de la défense",
 "Connaissance des cours de l'OTAN et de leur processus d'accréditation",
 "Pratique d'une autre langue d'un pays de l'Alliance",
]
ESS_EN = [
 "Two-year post-secondary diploma in management, administration or training design",
 "At least three years of experience in organising courses or training sessions for adults",
 "Proficiency in office software and in an online learning platform",
 "Professional English (at least level B2)",
 "French nationality and ability to obtain a Secret clearance",
]
DES_EN = [
 "Experience within a defence organisation",
 "Knowledge of NATO courses and of their accreditation process",
 "Command of another language of an Allied country",
]
Q_FR = ["Sens de l'organisation", "Discrétion", "Aisance relationnelle", "Réactivité"]
Q_EN = ["Organisational skills", "Discretion", "Interpersonal ease", "Responsiveness"]
E = dict(reference=REF, post_number=None, languages=["fr", "en"], title=both(T_EN, T_FR),
  organisation=both(ORG_EN, ORG_FR), location=both("Lyon Mont-Verdun, France", "Lyon Mont-Verdun (Rhône), France"),
  schedule=both("Full-time (35 hours per week)", "Temps plein (35 heures par semaine)"), deadline="2037-01-19",
  salary=sal(None, 31400, 36900, "EUR", "year"), grade=None, clearance="Secret",
  requirements=both({"essential": ESS_EN, "desirable": DES_EN}, {"essential": ESS_FR, "desirable": DES_FR}),
  competencies=both([{"name": n, "description": ""} for n in Q_EN], [{"name": n, "description": ""} for n in Q_FR]))

MISS_FR = ["Planifier le calendrier annuel des cours et réserver les salles et les moyens de simulation",
 "Gérer les inscriptions des stagiaires des pays de l'Alliance et des pays partenaires",
 "Préparer les dossiers des stagiaires, les attestations et les questionnaires d'évaluation",
 "Assurer l'accueil des stagiaires et des intervenants extérieurs",
 "Tenir les statistiques de fréquentation et contribuer aux rapports d'accréditation"]
MISS_EN = ["Plan the annual course calendar and book rooms and simulation resources",
 "Manage the registration of participants from Allied and partner nations",
 "Prepare participants' files, certificates and evaluation questionnaires",
 "Welcome participants and visiting lecturers",
 "Keep attendance statistics and contribute to accreditation reports"]

def md():
    b = lambda xs: "\n".join("- " + x for x in xs)
    return f"""---
title: "{T_FR}"
source: https://caspoa.example/carrieres/{REF.lower()}
clipped: 2036-12-16
---

[Aller au contenu](#contenu) · [Accueil](/) · [Le Centre](/centre) · [Formation](/formation) · **Carrières** · [English](#english)

Accueil › Carrières › Offres

# {T_FR}

*(English follows)*

Publié le 15 décembre 2036 · Référence **{REF}**

| Rubrique | Détail |
|---|---|
| Employeur | {ORG_FR} |
| Lieu de travail | Lyon Mont-Verdun (Rhône), France |
| Contrat | Contractuel de la défense, 3 ans renouvelable |
| Temps de travail | Temps plein (35 heures par semaine) |
| Rémunération | de 31 400 € à 36 900 € bruts par an selon expérience |
| Habilitation | Secret |
| Date limite de candidature | 19 janvier 2037 |

## Le Centre

Le CASPOA est le centre d'excellence de l'OTAN consacré aux opérations aériennes. Il forme chaque année plusieurs centaines d'officiers et de civils des pays de l'Alliance à la planification et à la conduite des opérations aériennes, et contribue à l'élaboration de la doctrine. Le bureau Formation recherche un(e) gestionnaire pour l'organisation de ses cours de planification.

## Vos missions

{b(MISS_FR)}

## Profil recherché

### Qualifications essentielles

{b(ESS_FR)}

### Atouts

{b(DES_FR)}

### Qualités attendues

{b(Q_FR)}

## Pour postuler

Envoyez un CV et une lettre de motivation à recrutement@caspoa.example avant la date limite. Les entretiens auront lieu à Lyon la semaine du 2 février 2037.

---

## <a id="english"></a>{T_EN}

Posted 15 December 2036 · Reference **{REF}**

| Item | Detail |
|---|---|
| Employer | {ORG_EN} |
| Place of work | Lyon Mont-Verdun, France |
| Contract | French defence contract staff, 3 years, renewable |
| Working time | Full-time (35 hours per week) |
| Pay | €31,400 to €36,900 gross per year depending on experience |
| Clearance | Secret |
| Application deadline | 19 January 2037 |

## Your tasks

{b(MISS_EN)}

## Profile

### Essential qualifications

{b(ESS_EN)}

### Assets

{b(DES_EN)}

### Expected qualities

{b(Q_EN)}

## How to apply

Send a CV and a cover letter to recrutement@caspoa.example before the deadline.

---

*Autres offres : Assistant(e) de direction — clôturée le 30 novembre 2036 · Technicien(ne) simulation — date limite 9 février 2037*

© 2036 CASPOA · Mentions légales · Accessibilité
"""

def board():
    b = lambda xs: "\n".join("▸ " + x for x in xs)
    return f"""Emplois Défense & Sécurité Rhône-Alpes
Offres | Employeurs | Alertes | Se connecter

{T_FR}
CASPOALyon Mont-Verdun (69)CDD 3 ansTemps pleinPublié il y a 1 jour

Employeur : {ORG_FR} · Lieu de travail : Lyon Mont-Verdun (Rhône), France · Temps de travail : Temps plein (35 heures par semaine) · Rémunération : 31 400 € - 36 900 € brut annuel · Habilitation : Secret · Date limite : 19/01/2037

Réf. {REF}

Missions{b(MISS_FR)}

Qualifications essentielles{ESS_FR[0]}
{chr(10).join(ESS_FR[1:])}

Atouts{DES_FR[0]}
{chr(10).join(DES_FR[1:])}

Qualités attendues{b(Q_FR)}

— English version —
{T_EN}
Employer: {ORG_EN} · Place of work: Lyon Mont-Verdun, France · Working time: Full-time (35 hours per week) · Pay: €31,400 - €36,900 per year · Clearance: Secret · Deadline: 19 January 2037

Essential qualifications{ESS_EN[0]}
{chr(10).join(ESS_EN[1:])}

Assets{DES_EN[0]}
{chr(10).join(DES_EN[1:])}

Expected qualities{b(Q_EN)}

No d'offre : EDS-36-44190

Offres similaires
Chargé(e) de formation – Base aérienne, Salon-de-Provence – 30 000 € - 34 000 € – expire le 28/01/2037
Assistant(e) RH – Lyon – 27 500 € - 30 000 € – expire le 09/01/2037
"""

def build():
    expected(E)
    write("CASPOA-RECR-2037-01-caspoa.md", md(), REF)
    write("CASPOA-RECR-2037-01-jobboard.txt", board(), REF)
