from common import *

REF = "TAQ-38-014"; KEY = REF.lower()
T = "Technicienne ou technicien en droit – Greffe de la section des affaires immobilières"
O = "Tribunal administratif du Québec"
LOC = "Québec"
SCH = "35 heures par semaine, du lundi au vendredi"
ESS = ["Être titulaire d'un diplôme d'études collégiales (DEC) en techniques juridiques ou d'une attestation d'études dont l'équivalence est reconnue par l'autorité compétente ;",
       "Posséder au moins deux années d'expérience dans la préparation de dossiers judiciaires ou quasi judiciaires ;",
       "Avoir une excellente maîtrise du français écrit ;",
       "Maîtriser les logiciels de la suite Office et un système de gestion documentaire."]
DES = ["Connaissance de la Loi sur l'expropriation et des règles de preuve en matière immobilière ;",
       "Expérience au sein d'un tribunal administratif ou d'un greffe de cour."]
COMP = [("Rigueur", "vous vérifiez chaque pièce avant la mise au rôle d'un dossier"),
        ("Sens de l'organisation", "vous gérez des échéances multiples sans perdre de vue les priorités"),
        ("Service aux citoyens", "vous expliquez la procédure avec courtoisie et neutralité"),
        ("Discrétion", "vous traitez des renseignements confidentiels avec réserve")]
DUT = ["Ouvrir et constituer les dossiers de recours en matière d'expropriation, d'évaluation foncière et de fiscalité municipale ;",
       "Vérifier la recevabilité formelle des recours et des pièces déposées ;",
       "Préparer les avis de convocation et planifier les audiences avec les membres du Tribunal ;",
       "Répondre aux demandes d'information des parties, des avocats et des municipalités ;",
       "Tenir à jour le registre des décisions et produire des statistiques mensuelles."]
INTRO = "Le Tribunal administratif du Québec tranche les recours des citoyens contre des décisions de l'administration publique. Sa section des affaires immobilières entend notamment les litiges d'expropriation et d'évaluation foncière. Le greffe de Québec cherche une personne rigoureuse pour soutenir la mise au rôle et le suivi des dossiers."
SALTXT = "De 49 308 $ à 67 920 $ par année, selon l'expérience"
PERIOD = "Du 3 mai 2038 au 16 mai 2038 à 23 h 59"
FACTS = [("Numéro de l'offre", REF), ("Organisme", O), ("Unité administrative", "Greffe de la section des affaires immobilières"),
         ("Lieu de travail", f"{LOC} (greffe de la Haute-Ville)"), ("Classe d'emploi", "Technicienne ou technicien en droit (214)"),
         ("Statut", "Emploi régulier à temps complet"), ("Horaire", SCH), ("Traitement", SALTXT),
         ("Période d'inscription", PERIOD)]

md = f"""[Accueil](https://www.taq.example/) > [Carrières](https://www.taq.example/carrieres) > Offres d'emploi

# {T}

*Publiée le 2 mai 2038 · Mise à jour le 3 mai 2038*

{INTRO}

| | |
|---|---|
""" + "\n".join(f"| **{k}** | {v} |" for k, v in FACTS) + f"""

## Attributions

""" + "\n".join(f"{i}. {d}" for i, d in enumerate(DUT, 1)) + """

## Exigences

""" + "\n".join(f"- {e}" for e in ESS) + """

## Atouts

""" + "\n".join(f"- {e}" for e in DES) + """

## Compétences recherchées

""" + "\n".join(f"- **{n}** : {d}" for n, d in COMP) + f"""

## Pour postuler

Soumettez votre candidature en ligne pendant la période d'inscription. Les personnes retenues seront convoquées à un examen écrit le 27 mai 2038, puis à une entrevue en juin. Joignez une copie de votre diplôme ; les relevés de notes ne sont pas requis.

Le Tribunal applique un programme d'accès à l'égalité en emploi et invite les femmes, les personnes handicapées, les membres des minorités visibles et ethniques, les Autochtones et les anglophones à présenter leur candidature.

### Autres offres

- Agente ou agent de secrétariat (greffe de Montréal) — inscription jusqu'au 9 mai 2038
- Conseillère ou conseiller en gestion des ressources humaines — inscription jusqu'au 23 mai 2038

---
© Gouvernement du Québec, 2038 · Accessibilité · Politique de confidentialité
"""
w(KEY + "-taq.md", md, KEY)

txt = f"""Carrières   Québec.ca
Rechercher un emploi	Mes candidatures	Mon profil	Se déconnecter
< Retour aux résultats de recherche (14)

{T}
{O} — Québec

Numéro de l'offre	{REF}
Organisme	{O}
Lieu de travail	{LOC} (greffe de la Haute-Ville)
Classe d'emploi	Technicienne ou technicien en droit (214)
Statut	Emploi régulier à temps complet
Horaire	{SCH}
Traitement	{SALTXT}
Période d'inscription	{PERIOD}
Nombre de postes	1
Date de publication	2038-05-02

Postuler	Sauvegarder	Partager

CONTEXTE
{INTRO}

ATTRIBUTIONS
""" + "\n".join(DUT) + """

EXIGENCES
""" + "\n".join(ESS) + """

ATOUTS
""" + "\n".join(DES) + """

COMPÉTENCES RECHERCHÉES
""" + "\n".join(f"{n} : {d}" for n, d in COMP) + """

MODALITÉS
Examen écrit : 27 mai 2038. Entrevues : juin 2038.
Toute personne qui a besoin de mesures d'adaptation peut écrire à dotation@taq.example.

Offres similaires
Technicienne ou technicien en droit — Commission des normes (Québec) — jusqu'au 11 mai 2038
Greffière ou greffier audiencier — Montréal — jusqu'au 20 mai 2038

Conditions d'utilisation · Accessibilité · © Gouvernement du Québec
"""
w(KEY + "-carrieres.txt", txt, KEY)

expected(KEY, REF, ["fr"], {"fr": T}, {"fr": O}, {"fr": LOC}, {"fr": SCH}, "2038-05-16",
         sal(49308, 67920, "CAD", "year"), None, None, {"fr": {"essential": ESS, "desirable": DES}},
         {"fr": comp(*COMP)})
