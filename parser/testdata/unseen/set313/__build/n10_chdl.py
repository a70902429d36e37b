from common import *

KEY = "chdl-si-2043-114"; REF = "CHdL-SI-2043-114"
TITLE = "Infirmier / Infirmière en soins intensifs pédiatriques (m/f)"
ORG = "Centre Hospitalier de Luxembourg"
LOC = "Luxembourg-Ville – site de la Kannerklinik"
SCHED = "Temps plein (40 heures par semaine), travail posté en 3x8 incluant nuits, week-ends et jours fériés"
ESS = ["Diplôme d'État d'infirmier ou titre équivalent reconnu par le ministère de la Santé luxembourgeois.",
       "Autorisation d'exercer la profession au Luxembourg ou demande en cours.",
       "Expérience d'au moins deux ans en soins intensifs, réanimation ou néonatologie.",
       "Très bonne maîtrise du français ; la connaissance du luxembourgeois ou de l'allemand est requise pour communiquer avec les familles."]
DES = ["Spécialisation en pédiatrie ou en anesthésie-réanimation.",
       "Formation à la ventilation non invasive du nouveau-né."]
COMP = [("Calme", "vous gardez votre sang-froid dans les situations d'urgence."),
        ("Bienveillance", "vous accompagnez les enfants et leurs parents avec tact."),
        ("Esprit d'équipe", "vous travaillez en lien étroit avec les médecins, les kinésithérapeutes et les puéricultrices.")]
MISS = ["Assurer la surveillance clinique continue d'enfants de 0 à 16 ans en situation critique.",
        "Préparer et administrer les traitements, gérer les dispositifs de ventilation et de monitorage.",
        "Participer aux transferts inter-hospitaliers pédiatriques.",
        "Accueillir et informer les familles, en collaboration avec l'équipe psychosociale.",
        "Contribuer à l'encadrement des étudiants en soins infirmiers."]

def build():
    expected(KEY, REF, ["fr"], {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, {"fr": SCHED}, "2043-11-30",
             req={"fr": {"essential": ESS, "desirable": DES}}, comp={"fr": comps(COMP)})
    md = f"""
![Logo CHL](logo.png) **{ORG}**

[Patients et visiteurs](#) · [Nos services](#) · [Enseignement et recherche](#) · **[Carrières](#)** · [Presse](#) · [DE](#) · [EN](#)

> ℹ️ Visites en pédiatrie : depuis le 2 novembre 2043, deux parents peuvent être présents 24 h/24 auprès de leur enfant.

[Accueil](#) › [Carrières](#) › [Offres d'emploi](#) › Soins infirmiers

# {TITLE}

| Référence | Site | Contrat | Date limite |
|---|---|---|---|
| {REF} | {LOC} | CDI | 30/11/2043 |

**Employeur :** {ORG}  
**Service :** Soins intensifs pédiatriques (USIP)  
**Horaire :** {SCHED}  
**Rémunération :** selon la convention collective de travail des hôpitaux luxembourgeois (FHL)

Établissement public de référence au Grand-Duché, le CHL regroupe plusieurs sites spécialisés, dont la Kannerklinik,
seul hôpital pédiatrique du pays. L'unité de soins intensifs pédiatriques compte huit lits et accueille des enfants
venus de tout le territoire et des régions frontalières.

## Vos missions

{chr(10).join("- " + m for m in MISS)}

## Votre profil

{chr(10).join("- " + x for x in ESS)}

## Atouts

{chr(10).join("- " + x for x in DES)}

## Vos qualités

{chr(10).join(f"- *{n}* : {d}" for n, d in COMP)}

## Nous offrons

Un CDI à temps plein, une formation d'intégration de six semaines avec un parrain ou une marraine, un accès à la crèche
du CHL. Début de l'intégration : 1er février 2044. Une journée d'observation dans l'unité est proposée aux candidats
présélectionnés le 10 décembre 2043.

[Postuler en ligne](#)

---

*Autres offres : Sage-femme (m/f) – date limite 20/11/2043 · Aide-soignant en gériatrie (m/f) – date limite 15/12/2043*

{ORG} · 4, rue Ernest Barblé, L-1210 Luxembourg · Mentions légales · Protection des données
"""
    w(KEY + "-chl.md", md, KEY)

    board = f"""
santejobs.lu – l'emploi dans la santé au Luxembourg
Offres  Employeurs  Salons  Conseils  Espace candidat   FR | DE | EN

Retour aux offres (214)

{TITLE}
{ORG}
Luxembourg-VilleCDITemps pleinSanté / Soins infirmiersFR · LU · DEPubliée le 26/10/2043
Postuler   ☆ Favori   Partager

Détails
Référence : {REF}
Lieu : {LOC}
Horaire : {SCHED}
Salaire : selon CCT FHL
Date de clôture : 30/11/2043

Description
Le CHL recrute pour son unité de soins intensifs pédiatriques.

Vos missions
{chr(10).join("› " + m for m in MISS)}

Votre profil
{chr(10).join("› " + x for x in ESS)}

Atouts
{chr(10).join("› " + x for x in DES)}

Vos qualités
{chr(10).join(f"› {n} : {d}" for n, d in COMP)}

Le CHL propose une intégration de six semaines et l'accès à la crèche de l'hôpital.

Salon Santé Emploi Luxembourg – 5 décembre 2043 – Luxexpo. Inscrivez-vous !

Offres qui pourraient vous intéresser
Infirmier en bloc opératoire (m/f) – Esch-sur-Alzette – CDI – publiée le 24/10/2043
Puériculteur (m/f) – Luxembourg – CDD 12 mois – publiée le 21/10/2043
"""
    w(KEY + "-santejobs.txt", board, KEY)
