from common import *
KEY = "hearc-2038-071"
REF = "HEARC-2038-071"
FR = dict(
 title="Adjoint·e scientifique en conservation-restauration d'objets techniques",
 organisation="Haute Ecole Arc",
 location="Neuchâtel",
 schedule="80 %",
 essential=[
  "Master HES ou universitaire en conservation-restauration, orientation objets scientifiques, techniques et horlogers, ou titre jugé équivalent",
  "Expérience de deux ans au moins dans un projet de recherche appliquée ou dans un atelier de conservation",
  "Maîtrise des techniques d'analyse non destructive des métaux et des alliages",
  "Excellentes capacités rédactionnelles en français et bonnes connaissances de l'anglais (niveau B2)",
 ],
 desirable=[
  "Connaissance de l'allemand",
  "Pratique de l'imagerie 3D et de la photogrammétrie",
  "Réseau dans les musées de l'Arc jurassien",
 ],
 competencies=[("Rigueur", ""), ("Autonomie", ""), ("Sens de la communication", ""), ("Esprit d'équipe", "")])
D = dict(reference=REF, languages=["fr"], deadline="2038-08-09", salary=sal(None, 84350, 109655, "CHF", "year"), fr=FR)

md = f"""[Aller au contenu](#contenu) · [Plan du site](#) · [DE](#) · [EN](#)

**[HE-Arc](https://he-arc.example) — Haute Ecole Arc** | [Formations](#) | [Recherche](#) | [Prestations](#) | [L'école](#) | [Emplois](#)

> Ce site utilise des cookies. En poursuivant la navigation, vous acceptez leur utilisation. [OK](#)

[Accueil](#) › [L'école](#) › [Emplois](#) › Conservation-restauration

## Offres d'emploi – Domaine Conservation-restauration

La {FR['organisation']}, membre de la HES-SO, met au concours un poste d'

# {FR['title']}

| Offre | |
|---|---|
| N° de l'offre | {REF} |
| Employeur | {FR['organisation']} |
| Domaine | Conservation-restauration |
| Lieu de travail | {FR['location']} |
| Taux d'activité | {FR['schedule']} |
| Type de contrat | Durée déterminée de trois ans, renouvelable |
| Entrée en fonction | 1er novembre 2038 ou à convenir |
| Délai de postulation | 09.08.2038 |

### Votre mission

Au sein de l'équipe de recherche du domaine Conservation-restauration, vous participez à un projet financé par le Fonds national suisse sur la conservation des mécanismes horlogers et des instruments scientifiques conservés dans les musées régionaux. Vous :

1. planifiez et réalisez des campagnes d'analyse sur des collections muséales ;
2. documentez les états de conservation et proposez des protocoles de traitement ;
3. rédigez des rapports scientifiques et des articles pour des revues spécialisées ;
4. encadrez des étudiant·e·s de bachelor et de master lors de travaux pratiques ;
5. contribuez à la valorisation du projet auprès des musées partenaires, notamment lors de la journée d'étude du 19 octobre 2038.

### Votre profil

{items(FR['essential'], '* ')}

### Vos atouts

{items(FR['desirable'], '* ')}

### Compétences personnelles

{items([n for n, _ in FR['competencies']], '* ')}

### Nous offrons

* Un environnement de recherche interdisciplinaire et des ateliers récemment rénovés
* Un salaire annuel brut de CHF 84'350.– à CHF 109'655.– pour un 100 %, versé en 13 mensualités, selon l'échelle des traitements de l'école
* Des conditions sociales conformes au règlement du personnel de la HE-Arc

### Renseignements et postulation

Renseignements : Mme Léa Vuilleumier, responsable de l'équipe de recherche, lea.vuilleumier@he-arc.example.

Votre dossier complet (lettre de motivation, CV, copies des diplômes et certificats de travail) est à déposer sur notre plateforme de recrutement **jusqu'au 9 août 2038**. Les entretiens auront lieu le 25 août 2038.

[Postuler en ligne](#) · [Imprimer l'offre](#)

---

*Haute Ecole Arc · Espace de l'Europe 11 · 2000 Neuchâtel · © 2038 · Mentions légales*
"""
w(KEY + "-hearc.md", md, KEY)

board = f"""jobsuisse.example   Emplois   Entreprises   Salaires   Conseils carrière   Se connecter
Recherche : conservation restauration · Lieu : Neuchâtel

← Retour aux résultats (14)

{FR['title']}
{FR['organisation']}4,2 ★ (31 avis)
Publication :il y a 3 joursTaux d'activité :{FR['schedule']}Type de contrat :Durée déterminéeLieu de travail :{FR['location']}
Postuler  Sauvegarder  Partager

N° de l'offre : {REF}
Délai de postulation : 09.08.2038

La {FR['organisation']}, membre de la HES-SO, met au concours un poste d'{FR['title']} pour un projet de recherche sur la conservation des mécanismes horlogers et des instruments scientifiques.

Votre missionPlanifier et réaliser des campagnes d'analyse sur des collections muséales, documenter les états de conservation, rédiger rapports et articles, encadrer des étudiant·e·s, valoriser le projet auprès des musées partenaires.
Votre profil
– {FR['essential'][0]}
– {FR['essential'][1]}
– {FR['essential'][2]}
– {FR['essential'][3]}
Vos atouts
– {FR['desirable'][0]}
– {FR['desirable'][1]}
– {FR['desirable'][2]}
Compétences personnelles{FR['competencies'][0][0]} · {FR['competencies'][1][0]} · {FR['competencies'][2][0]} · {FR['competencies'][3][0]}
Nous offronsSalaire annuel brut de CHF 84'350.– à CHF 109'655.– pour un 100 %, 13 mensualités. Entrée en fonction : 1er novembre 2038 ou à convenir.

Contact : Mme Léa Vuilleumier, lea.vuilleumier@he-arc.example
Voir moins ▴

Estimation de salaire jobsuisse pour ce poste : CHF 78'000 – 96'000 / an (indicatif, non communiqué par l'employeur)

Offres similaires
Conservateur-restaurateur / Conservatrice-restauratrice (60 %) · Musée d'horlogerie · Le Locle · il y a 2 semaines
Collaborateur·trice scientifique, collections · Musée cantonal · Porrentruy · délai 20.08.2038
Assistant·e HES en microtechnique · Saint-Imier · il y a 5 jours

© 2038 jobsuisse.example · Protection des données · CGU
"""
w(KEY + "-jobsuisse.txt", board, KEY)
expected(KEY, D)
