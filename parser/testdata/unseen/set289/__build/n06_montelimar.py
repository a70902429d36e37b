from common import *

KEY = "drh-chm-2041-118"
REF = "DRH-CHM-2041-118"
T = "Secrétaire médicale – service d'oncologie (H/F)"
O = "Centre hospitalier de Montélimar"
LOC = "Montélimar"
GR = "Assistant médico-administratif"
SCH = "100 % – 37 h 30 par semaine, du lundi au vendredi"
ESS = ["Diplôme de secrétaire médicale ou baccalauréat ST2S",
       "Maîtrise de la terminologie médicale",
       "Expérience d'au moins un an en secrétariat hospitalier"]
DES = ["Connaissance du logiciel de dossier patient informatisé",
       "Pratique de la reconnaissance vocale"]
COMP = ["Discrétion", "Sens de l'accueil", "Réactivité"]
MISS = ["Accueil physique et téléphonique des patients et de leurs proches",
        "Gestion des rendez-vous de consultation et d'hôpital de jour",
        "Frappe et diffusion des comptes rendus et courriers médicaux",
        "Préparation des dossiers des réunions de concertation pluridisciplinaire",
        "Suivi administratif des parcours de soins"]

txt = f"""HelloWork
Emploi   Alternance   Entreprises   Salaires   Mon espace
Accueil > Emploi > Emploi Santé > Emploi Montélimar (26)

{T}
{O} – {LOC} - 26
CDD  Temps plein  1 981 - 2 874 € / mois
Publiée le 29/10/2041

Postuler   ♡ Sauvegarder

Le poste
Secteur : Santé, Hôpitaux
Ville : {LOC} - 26
Contrat : CDD de 12 mois, renouvelable
Salaire : 1 981 - 2 874 € / mois
Télétravail : non

Description du poste
Au cœur de la vallée du Rhône, le {O} (650 lits et places) recrute pour son service d'oncologie et son hôpital de jour.
Référence de l'offre : {REF}
Grade : {GR}
Temps de travail : {SCH}
Rémunération : de 1 981 € à 2 874 € bruts mensuels selon l'échelon, prime de service en sus
Date limite de candidature : 16/11/2041

Missions principales
{chr(10).join(MISS)}

Profil
{chr(10).join(ESS)}
Serait un plus :
{chr(10).join(DES)}
Qualités requises : {', '.join(COMP)}

Prise de poste souhaitée le 05/01/2042. Les entretiens se dérouleront le 24/11/2041.
Candidature (CV et lettre de motivation) à adresser à la Direction des ressources humaines, en rappelant la référence.

Entreprise
{O}
Établissement public de santé · 1 500 à 2 000 salariés

Offres similaires
Assistant médico-administratif H/F · Valence - 26 · CDI · il y a 3 jours
Secrétaire médicale H/F · Pierrelatte - 26 · CDD · il y a 1 semaine

HelloWork · Plan du site · CGU · Cookies
"""

md = f"""[Centre hospitalier de Montélimar](https://ch-montelimar.example/) · [Patients](#) · [Professionnels](#) · **[Nous rejoindre](#)**

> Information visiteurs : les visites sont autorisées de 13 h à 20 h.

[Accueil](#) › [Nous rejoindre](#) › Offres d'emploi non médicales

# {T}

*Direction des ressources humaines – Réf. {REF} – mise en ligne le 29 octobre 2041*

- **Grade :** {GR}
- **Pôle :** Médecine – Oncologie et hôpital de jour
- **Lieu :** {LOC}, site principal
- **Quotité :** {SCH}
- **Contrat :** CDD de 12 mois pouvant déboucher sur une mise en stage
- **Rémunération :** de 1 981 € à 2 874 € bruts mensuels
- **Date limite de candidature :** 16 novembre 2041

## Vos missions

{chr(10).join(f'{i}. {m}' for i, m in enumerate(MISS, 1))}

## Votre profil

{chr(10).join('- ' + e for e in ESS)}

### Serait un plus

{chr(10).join('- ' + d for d in DES)}

**Qualités :** {' · '.join(COMP)}

## Candidater

Adressez CV et lettre de motivation à drh.recrutement@ch-montelimar.example avant le 16 novembre 2041 en précisant la référence {REF}. Jury de sélection le 24 novembre 2041.

---

Voir aussi : Agent des services hospitaliers (H/F) – candidatures jusqu'au 30 novembre 2041
"""

def build():
    write(KEY + "-hellowork.txt", txt, KEY)
    write(KEY + "-chm.md", md, KEY)
    expected(KEY, reference=REF, languages=["fr"], title={"fr": T}, organisation={"fr": O},
             location={"fr": LOC}, schedule={"fr": SCH}, deadline="2041-11-16",
             salary=(1981, 2874, "EUR", "month"), grade=GR,
             requirements={"fr": (ESS, DES)}, competencies={"fr": [(c, "") for c in COMP]})
