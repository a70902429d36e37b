from common import *
KEY = "cmat-rh-2042-09"
E = dict(
    reference="CMAT-RH-2042-09", post_number=None, languages=["fr"],
    title={"en": None, "fr": "Conseiller ou conseillère pédagogique – technologies éducatives"},
    organisation={"en": None, "fr": "Cégep de Matane"},
    location={"en": None, "fr": "Matane (Bas-Saint-Laurent)"},
    schedule={"en": None, "fr": "Temps complet, 35 heures par semaine, du lundi au vendredi"},
    deadline="2042-02-27", salary=sal(mn=30.52, mx=56.81, cur="CAD", period="hour"),
    grade=None, clearance=None,
    requirements={"en": None, "fr": {"essential": [
        "Diplôme universitaire terminal de premier cycle dans un champ de spécialisation approprié, notamment en éducation, en technologie éducative ou en sciences de l'éducation.",
        "Minimum de deux années d'expérience pertinente en enseignement ou en accompagnement pédagogique.",
        "Excellente maîtrise du français écrit (un test sera administré).",
        "Connaissance approfondie des plateformes d'apprentissage en ligne et des outils de création de contenus numériques."],
        "desirable": [
        "Expérience d'enseignement au collégial.",
        "Connaissance des principes de la conception universelle de l'apprentissage."]}},
    competencies={"en": None, "fr": comp([
        ("Sens du service", "soutient les enseignantes et les enseignants avec patience et disponibilité."),
        ("Créativité", "propose des approches pédagogiques nouvelles et adaptées au contexte collégial."),
        ("Collaboration", "travaille en équipe avec les départements, le service informatique et la bibliothèque.")])})
R = E["requirements"]["fr"]; C = E["competencies"]["fr"]

MD = """[Aller au contenu](#contenu)

**Cégep de Matane** · [Étudiants](/etudiants) · [Futurs étudiants](/admission) · [Formation continue](/fc) · [Résidences](/residences) · [Emplois](/emplois)

> 📅 Journée portes ouvertes le samedi 8 février 2042, de 10 h à 15 h.

[Accueil](/) › [Emplois](/emplois) › Personnel professionnel

# Conseiller ou conseillère pédagogique – technologies éducatives

**Concours n° CMAT-RH-2042-09** — *Affiché du 28 janvier 2042 au 27 février 2042*

**Service :** Direction des études – Service du soutien pédagogique\\
**Lieu de travail :** Matane (Bas-Saint-Laurent)\\
**Statut :** poste régulier à temps complet\\
**Horaire de travail :** Temps complet, 35 heures par semaine, du lundi au vendredi\\
**Traitement :** selon l'échelle du personnel professionnel, de 30,52 $ à 56,81 $ l'heure\\
**Date d'entrée en fonction :** 23 mars 2042\\
**Fin de l'affichage :** jeudi 27 février 2042, 16 h

## Nature du travail

L'emploi de conseillère ou conseiller pédagogique comporte plus spécifiquement des fonctions d'accompagnement, de conseil et de soutien auprès du personnel enseignant en ce qui a trait à l'intégration des technologies à l'enseignement, à la formation à distance et à l'évaluation des apprentissages.

## Attributions caractéristiques

* conseiller les enseignantes et les enseignants dans la conception d'activités d'apprentissage hybrides ou en ligne;
* administrer l'environnement numérique d'apprentissage en collaboration avec le service informatique;
* offrir des ateliers de perfectionnement au personnel enseignant;
* assurer une veille sur les pratiques pédagogiques numériques.

## Qualifications requises

""" + "\n".join("* " + x for x in R["essential"]) + """

## Atouts

""" + "\n".join("* " + x for x in R["desirable"]) + """

## Profil recherché

""" + "\n".join(f"* **{c['name']} :** {c['description']}" for c in C) + """

Les personnes intéressées doivent postuler en ligne avant la fin de l'affichage. Les tests de français auront lieu le 5 mars 2042 et les entrevues le 11 mars 2042. Le Cégep de Matane applique un programme d'accès à l'égalité en emploi.
"""

BOARD = """Emplois Bas-Saint-Laurent
Rechercher  |  Employeurs  |  Alertes  |  Mon dossier

Conseiller ou conseillère pédagogique – technologies éducatives

Employeur

Cégep de Matane

Lieu de travail

Matane (Bas-Saint-Laurent)

Numéro de concours

CMAT-RH-2042-09

Statut

Régulier

Horaire

Temps complet, 35 heures par semaine, du lundi au vendredi

Salaire

30,52 $ à 56,81 $ l'heure

Date d'affichage

2042-01-28

Date limite pour postuler

2042-02-27

Description
Accompagnement et soutien du personnel enseignant pour l'intégration des technologies, la formation à distance et l'évaluation des apprentissages ; administration de l'environnement numérique d'apprentissage ; ateliers de perfectionnement.

Qualifications requises

""" + "\n\n".join(R["essential"]) + """

Atouts

""" + "\n\n".join(R["desirable"]) + """

Profil recherché

""" + "\n\n".join(f"{c['name']} : {c['description']}" for c in C) + """

Postuler

Offres semblables
Technicien(ne) en travaux pratiques – Rimouski – 2042-02-14
Aide pédagogique individuelle – Rivière-du-Loup – 2042-02-21
"""

def build():
    exp(KEY, E)
    W(KEY + "-cegep.md", MD, KEY)
    W(KEY + "-emploisbsl.txt", BOARD, KEY)
