from common import *
KEY = "nie-rh-2043-02"
REF = "NIE/RH/2043/02"
T = "Employé communal (m/f) – gestionnaire technique des bâtiments communaux"
O = "Administration communale de Niederanven"
LOC = "Niederanven"
SCHED = "tâche partielle de 75 % (30 heures par semaine)"
ESS = ["être détenteur d'un diplôme de technicien en génie civil, en électrotechnique ou en équipement énergétique et technique du bâtiment, ou d'un diplôme reconnu équivalent",
       "justifier d'une expérience professionnelle de deux ans au moins dans la maintenance de bâtiments",
       "être titulaire du permis de conduire de la catégorie B",
       "avoir une bonne connaissance de deux des trois langues administratives du pays"]
ATO = ["une expérience dans la gestion technique centralisée (GTC) des bâtiments",
       "la connaissance de la réglementation luxembourgeoise en matière de sécurité incendie",
       "la maîtrise d'un logiciel de gestion de maintenance"]
QUAL = ["Sens de l'organisation", "Esprit d'équipe", "Disponibilité", "Fiabilité"]
MISS = ["planifier et suivre l'entretien des écoles, de la maison relais, du hall sportif et du centre culturel",
        "coordonner les interventions des entreprises externes et contrôler les travaux réalisés",
        "assurer le suivi des contrats de maintenance et des contrôles réglementaires",
        "participer à l'élaboration du budget des bâtiments et au suivi des consommations d'énergie",
        "organiser le service de piquet technique avec l'équipe du service technique"]

MD = f"""[Accueil](#) › [Commune](#) › [Emplois](#) › Poste vacant

*LB | DE | **FR** | EN*

*Publié le 17 décembre 2042*

Le collège des bourgmestre et échevins de la commune de Niederanven se propose de procéder à l'engagement d'un

## {T}

sous le statut de l'employé communal, à durée indéterminée, pour les besoins du service technique.

> **Les candidatures doivent parvenir au collège des bourgmestre et échevins pour le 16.01.2043 au plus tard.**

- **Référence :** {REF}
- **Employeur :** {O}
- **Lieu de travail :** {LOC}
- **Statut :** employé communal (m/f), contrat à durée indéterminée
- **Carrière :** groupe d'indemnité B1, sous-groupe technique
- **Durée de travail :** {SCHED}
- **Entrée en service :** 1er avril 2043

### Missions

""" + "\n".join(f"{i}. {m} ;" for i, m in enumerate(MISS, 1)) + """

### Conditions d'admission

Être ressortissant d'un État membre de l'Union européenne, jouir des droits civils et politiques et avoir réussi l'examen d'admissibilité du groupe d'indemnité B1.

### Profil requis

""" + "\n".join(f"- {e} ;" for e in ESS) + """

**Constituent un atout :** """ + " ; ".join(ATO) + """.

**Qualités personnelles :** """ + " · ".join(QUAL) + """

### Pièces à joindre

Lettre de motivation, curriculum vitae, copies des diplômes, extrait récent du casier judiciaire et copie de la carte d'identité. Les entretiens auront lieu pendant la semaine du 2 février 2043.

---

**Voir aussi :** Éducateur diplômé (m/f) pour la maison relais – délai : 30.01.2043 · Agent municipal (m/f) – délai : 13.02.2043

*Administration communale de Niederanven · Mentions légales · Contact*
"""

TXT = f"""Luxembourg Jobs Portal  >  Secteur public  >  Communes
Retour aux offres

{T}
{O}

Lieu
{LOC}, Luxembourg
Secteur
Administration publique
Type de contrat
CDI
Temps de travail
Temps partiel
Carrière
B1
Date de publication
17.12.2042
Date limite
16.01.2043

Postuler maintenant    Sauvegarder l'offre

Description de l'offre
La commune recrute pour son service technique un employé communal (m/f) sous le statut de l'employé communal (groupe d'indemnité B1, sous-groupe technique). Réf. : {REF}
Durée de travail : {SCHED}

Vos missions :
""" + "\n".join("• " + m[0].upper() + m[1:] for m in MISS) + """

Profil requis :
""" + "\n".join(f"{i}) {e}" for i, e in enumerate(ESS, 1)) + """

Atouts : """ + " ; ".join(ATO) + """

Qualités recherchées : """ + ", ".join(QUAL) + """

Conditions d'admission : nationalité d'un État membre de l'UE, examen d'admissibilité réussi.
Les dossiers complets sont à adresser au collège des bourgmestre et échevins pour le 16.01.2043 au plus tard. Entrée en service prévue le 01.04.2043.

Offres similaires
Technicien (m/f) – Commune de Contern – Date limite 23.01.2043
Ouvrier qualifié (m/f) – Commune de Schuttrange – Date limite 06.02.2043
"""

def build():
    write(KEY + "-niederanven.md", MD, KEY)
    write(KEY + "-jobportal.txt", TXT, KEY)
    expected(KEY, REF, ["fr"], T, O, LOC, SCHED, "2043-01-16", None, grade="B1",
             requirements={"fr": (ESS, ATO)}, competencies={"fr": [(q, "") for q in QUAL]})
