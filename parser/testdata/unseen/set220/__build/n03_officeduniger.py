from common import *
import textwrap

KEY = "on-pdg-drh-2036-006"
REF = "ON/PDG/DRH/2036-006"
TITLE = "Ingénieur hydraulicien, chef de secteur irrigation"
ORG = "Office du Niger"
UNIT = "Direction de la Zone de production de Niono"
LOC = "Niono (Zone de production de Niono), région de Ségou"
SCHED = "Temps plein, avec permanences pendant la campagne de contre-saison"
GRADE = "Cadre supérieur, catégorie A, 1er échelon"
REMU = "Selon la grille salariale de l'Office du Niger, avec indemnités de zone et de logement"
MISSIONS = [
    "programmer les tours d'eau sur les partiteurs et arroseurs du secteur avec les comités paritaires ;",
    "contrôler les ouvrages de régulation et faire réaliser l'entretien des canaux ;",
    "suivre les redevances d'eau et les surfaces emblavées en saison et en contre-saison ;",
    "encadrer quatre aiguadiers et deux techniciens de génie rural ;",
    "rendre compte chaque mois au chef de la Division Gestion de l'Eau.",
]
REQ = [
    "Être de nationalité malienne et âgé(e) de 40 ans au plus au 31 décembre 2036",
    "Diplôme d'ingénieur en génie rural, hydraulique agricole ou équivalent",
    "Trois (3) ans d'expérience au moins dans la gestion d'un périmètre irrigué",
    "Maîtrise des logiciels de dessin et de cartographie (AutoCAD, QGIS)",
    "Permis de conduire catégorie B",
]
DES = [
    "Expérience de la riziculture irriguée en zone Office du Niger",
    "Pratique du bambara",
]
COMP = ["Rigueur", "Sens du dialogue avec les exploitants", "Disponibilité"]

expected(KEY, REF, ["fr"], {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, {"fr": SCHED}, "2036-02-13",
         None, GRADE, {"fr": {"essential": REQ, "desirable": DES}},
         {"fr": comps([(c, "") for c in COMP])})

# newspaper announcements page (fictitious daily) as a fixed-width text copy
W = 72
def para(t, ind=0):
    return textwrap.fill(t, W, initial_indent=" " * ind, subsequent_indent=" " * ind)
def item(t):
    return textwrap.fill(t, W, initial_indent="  - ", subsequent_indent="    ")
def field(lbl, val):
    return textwrap.fill(val, W, initial_indent=f"{lbl:<26}: ", subsequent_indent=" " * 28)
lines = [
    "L'ÉCHO DU KALA – Quotidien d'informations générales (titre fictif)".center(W),
    "N° 4127 du lundi 21 janvier 2036 – Page 11 – Annonces".center(W),
    "-" * W, "",
    "OFFICE DU NIGER".center(W),
    "Établissement public à caractère industriel et commercial".center(W),
    "Direction Générale – Ségou".center(W), "",
    "AVIS DE RECRUTEMENT".center(W),
    f"N° {REF}".center(W), "",
    para(f"Dans le cadre du renforcement de l'encadrement des périmètres irrigués, le "
         f"Président Directeur Général de l'{ORG} informe le public qu'il recrute un "
         f"ingénieur hydraulicien pour la {UNIT}."), "",
    field("Intitulé du poste", TITLE),
    field("Employeur", ORG),
    field("Affectation", UNIT),
    field("Lieu de travail", LOC),
    field("Catégorie", GRADE),
    field("Régime de travail", SCHED),
    field("Rémunération", REMU),
    field("Date limite de dépôt", "mercredi 13 février 2036 à 15 heures"), "",
    "I. ATTRIBUTIONS", *[item(m) for m in MISSIONS], "",
    "II. CONDITIONS REQUISES", *[item(r) for r in REQ], "",
    "III. ATOUTS", *[item(d) for d in DES], "",
    "IV. QUALITÉS PERSONNELLES", *[f"  * {c}" for c in COMP], "",
    "V. DOSSIER DE CANDIDATURE",
    para("Demande manuscrite adressée au PDG, CV, copies certifiées du diplôme et de l'acte de "
         "naissance, extrait de casier judiciaire de moins de trois mois. Les dossiers sont "
         "déposés au bureau du courrier de la Direction Générale à Ségou ou à la Direction de la "
         "Zone de Niono contre récépissé. Seuls les candidats retenus seront convoqués au test "
         "écrit du samedi 2 mars 2036."), "",
    "Le Président Directeur Général".rjust(W),
    "(nom fictif)".rjust(W), "",
    "-" * W,
    "PERTE DE DOCUMENT".center(W),
    para("Il a été perdu le 14 janvier 2036 à Ségou un titre foncier au nom d'un particulier. "
         "Prière de le déposer au commissariat du 1er arrondissement."),
    "-" * W,
    "AVIS D'APPEL D'OFFRES – Curage du canal du Sahel, lot 3".center(W),
    para("Les offres seront reçues jusqu'au 28 février 2036 à 10 heures. Caution de "
         "soumission : 1 500 000 FCFA."),
]
w(f"{KEY}-journal.txt", "\n".join(lines) + "\n")

# the establishment's site saved as Markdown
md = f"""<!-- Enregistré depuis office-du-niger.example/recrutement le 22/01/2036 -->

[Accueil](#) · [L'Office](#) · [Zones de production](#) · [Exploitants](#) · **[Recrutement](#)**

# Avis de recrutement N° {REF}

*Publié le 21 janvier 2036 – Direction des Ressources Humaines*

L'{ORG} recrute un(e) ingénieur(e) hydraulicien(ne) pour encadrer la gestion de l'eau d'un secteur
de la zone de Niono.

- **Intitulé du poste :** {TITLE}
- **Employeur :** {ORG}
- **Affectation :** {UNIT}
- **Lieu de travail :** {LOC}
- **Catégorie :** {GRADE}
- **Régime de travail :** {SCHED}
- **Rémunération :** {REMU}
- **Date limite de dépôt :** 13/02/2036 à 15 h 00

## Attributions

""" + "\n".join(f"{i}. {m}" for i, m in enumerate(MISSIONS, 1)) + """

## Conditions requises

""" + "\n".join(f"* {r}" for r in REQ) + """

## Atouts

""" + "\n".join(f"* {d}" for d in DES) + """

## Qualités personnelles

""" + "\n".join(f"* {c}" for c in COMP) + """

## Dossier

Demande adressée au PDG, CV, diplôme, acte de naissance et extrait de casier judiciaire, déposés à Ségou
ou à Niono contre récépissé. Test écrit le 02/03/2036 pour les candidats retenus.

> Aucun frais n'est exigé pour le dépôt d'une candidature à l'Office du Niger.

---
Office du Niger · BP 106 Ségou (adresse fictive) · [Plan du site](#)
"""
w(f"{KEY}-site.md", md)
print("n03 ok")
