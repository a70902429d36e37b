from common import *
KEY = "chuc-drh-2042-007"
E = dict(
    reference="CHUC/DRH/2042/007", post_number=None, languages=["fr"],
    title={"en": None, "fr": "Psychologue clinicien(ne) de santé publique – service d'oncologie médicale"},
    organisation={"en": None, "fr": "Centre hospitalo-universitaire Benbadis de Constantine"},
    location={"en": None, "fr": "Constantine (Algérie)"},
    schedule={"en": None, "fr": "Temps plein"},
    deadline="2042-02-06", salary=None, grade="13", clearance=None,
    requirements={"en": None, "fr": {"essential": [
        "être de nationalité algérienne ;",
        "être âgé(e) de dix-huit (18) ans au moins à la date du concours ;",
        "être en position régulière vis-à-vis du service national (pour les candidats de sexe masculin) ;",
        "jouir de ses droits civiques ;",
        "être titulaire d'une licence ou d'un master en psychologie clinique, ou d'un titre reconnu équivalent ;",
        "remplir les conditions d'aptitude physique et mentale exigées pour l'exercice de la fonction."],
        "desirable": [
        "une expérience en psycho-oncologie ou en soins palliatifs ;",
        "la maîtrise des langues arabe et française à l'oral comme à l'écrit."]}},
    competencies={"en": None, "fr": []})
R = E["requirements"]["fr"]

MD = """**RÉPUBLIQUE ALGÉRIENNE DÉMOCRATIQUE ET POPULAIRE**\\
**Ministère de la Santé**\\
**Centre hospitalo-universitaire Benbadis de Constantine**\\
**Direction des ressources humaines**

*Constantine, le 12 janvier 2042*

# AVIS DE RECRUTEMENT

**N° CHUC/DRH/2042/007**

Le Directeur général du Centre hospitalo-universitaire Benbadis de Constantine annonce l'ouverture d'un concours sur titre pour le recrutement au grade suivant :

## Psychologue clinicien(ne) de santé publique – service d'oncologie médicale

| Rubrique | Précisions |
|---|---|
| Référence | CHUC/DRH/2042/007 |
| Établissement | Centre hospitalo-universitaire Benbadis de Constantine (CHUC) |
| Service | Oncologie médicale, centre anti-cancer |
| Lieu d'affectation | Constantine (Algérie) |
| Nombre de postes | 02 |
| Catégorie | 13 |
| Mode de recrutement | Concours sur titre, externe |
| Régime | Temps plein |
| Date limite de dépôt | 06/02/2042 à 15 h 00 |

### 1. Missions

- accompagner les patients atteints de cancer et leurs familles, de l'annonce du diagnostic à la fin des traitements ;
- mener des entretiens cliniques et des évaluations psychologiques à la demande des médecins ;
- animer des groupes de parole pour les patients et pour le personnel soignant ;
- participer aux réunions de concertation pluridisciplinaire et tenir le dossier psychologique.

### 2. Conditions de participation

Le candidat ou la candidate doit :

""" + "\n".join("- " + x for x in R["essential"]) + """

**Seront pris en considération :**

""" + "\n".join("- " + x for x in R["desirable"]) + """

### 3. Critères de sélection

1. adéquation de la spécialité du diplôme avec le poste : 0 à 6 points ;
2. formations complémentaires : 0 à 2 points ;
3. expérience professionnelle : 0 à 6 points ;
4. entretien avec le jury : 0 à 3 points.

### 4. Composition du dossier

1. une demande manuscrite précisant le poste postulé ;
2. une copie de la pièce d'identité nationale ;
3. une copie certifiée conforme du diplôme, accompagnée du relevé de notes ;
4. une attestation justifiant la situation vis-à-vis du service national ;
5. deux photos d'identité et une enveloppe timbrée libellée à l'adresse du candidat.

Les dossiers sont à déposer au bureau du recrutement de la Direction des ressources humaines (bloc administratif, rez-de-chaussée) ou à adresser par voie postale. Les candidats retenus seront convoqués à l'entretien prévu le 2 mars 2042. Les pièces complémentaires (extrait du casier judiciaire, certificats médicaux) ne seront exigées qu'après l'admission définitive.

*Le Directeur général*
"""

BOARD = """EmploiDZ — Offres d'emploi en Algérie
Accueil | Offres | Concours | Entreprises | Espace candidat | العربية

Concours > Santé > Constantine

Psychologue clinicien(ne) de santé publique – service d'oncologie médicale
Centre hospitalo-universitaire Benbadis de Constantine
Publié le : 14/01/2042   Expire le : 06/02/2042   Vues : 2 340

Type d'offre ........ Concours sur titre
Référence ........... CHUC/DRH/2042/007
Lieu d'affectation .. Constantine (Algérie)
Postes .............. 02
Catégorie ........... 13
Régime .............. Temps plein
Diplôme ............. Licence / Master

Description
Le CHU Benbadis recrute, par voie de concours sur titre, des psychologues cliniciens pour le service d'oncologie médicale : accompagnement des patients et des familles, entretiens et évaluations, groupes de parole, réunions pluridisciplinaires.

Conditions de participation
Le candidat ou la candidate doit :
""" + "\n".join("  > " + x for x in R["essential"]) + """

Seront pris en considération :
""" + "\n".join("  > " + x for x in R["desirable"]) + """

Dossier : demande manuscrite, pièce d'identité, diplôme et relevé de notes, attestation du service national, deux photos, enveloppe timbrée. Entretien prévu le 02/03/2042.

Partager : Facebook · LinkedIn · WhatsApp

Offres similaires
- Infirmier(ère) de santé publique – EPH El Khroub – expire le 29/01/2042
- Ingénieur(e) en biologie – CHU – expire le 20/02/2042
- Administrateur(trice) – Direction de la santé de wilaya – expire le 13/02/2042
"""

def build():
    exp(KEY, E)
    md = os.path.join(B, "chuc.md"); open(md, "w", encoding="utf-8").write(MD)
    pdf = KEY + "-chuc.libreoffice.pdf"
    libreoffice(md, pdf); row(pdf, KEY, "pdf"); row(dump(pdf), KEY, "txt")
    W(KEY + "-emploidz.txt", BOARD, KEY)
