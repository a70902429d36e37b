from common import *

KEY = "cnigs-dg-rh-2037-012"
REF = "CNIGS/DG/RH/2037-012"
TITLE = "Technicien(ne) en géodésie et positionnement GNSS"
ORG = "Centre National de l'Information Géo-Spatiale (CNIGS)"
LOC = "Port-au-Prince (Delmas), Haïti"
SCHED = "Temps plein, du lundi au vendredi de 8 h 00 à 16 h 00"
ESS = [
    "Diplôme de technicien supérieur ou licence en géomatique, topographie ou génie civil",
    "Trois (3) ans d'expérience en levés GNSS et en traitement de données géodésiques",
    "Maîtrise d'un logiciel de post-traitement GNSS et d'un SIG (QGIS ou ArcGIS)",
    "Bonne connaissance du créole haïtien et du français",
    "Aptitude physique aux missions de terrain dans les dix départements",
]
DES = [
    "Connaissance du réseau de stations permanentes haïtien",
    "Permis de conduire valide",
]
MISSIONS = [
    "Réaliser les campagnes d'observation GNSS sur les bornes du réseau géodésique national",
    "Traiter et archiver les observations des stations permanentes",
    "Contrôler la qualité des levés remis par les arpenteurs partenaires",
    "Participer à la mise à jour des fiches signalétiques des repères",
]


def md():
    return f"""<!-- page enregistrée depuis le site du CNIGS -->
[Accueil](https://cnigs.example/) | [Cartes](https://cnigs.example/cartes) | [Données](https://cnigs.example/donnees) | [Avis](https://cnigs.example/avis) | [Contact](https://cnigs.example/contact)

# Avis de recrutement

*Publié le 20 octobre 2037 – date limite : 07/11/2037*

**Référence :** {REF}\\
**Poste :** {TITLE}\\
**Institution :** {ORG}\\
**Unité :** Direction de la Géodésie et de la Cartographie\\
**Lieu de travail :** {LOC}\\
**Horaire :** {SCHED}\\
**Salaire :** 145 000 gourdes (HTG) par mois\\
**Date limite :** samedi 7 novembre 2037

## Attributions

{chr(10).join(f"{i}. {m}" for i, m in enumerate(MISSIONS, 1))}

## Profil exigé

{chr(10).join(f"* {m}" for m in ESS)}

## Serait un avantage

{chr(10).join(f"* {m}" for m in DES)}

## Dossier

Lettre de motivation, CV, copie des diplômes, copie de la carte d'identification nationale (CIN) et certificat de bonne vie
et mœurs, à déposer au siège ou à envoyer à recrutement@cnigs.example.

> Les candidates sont vivement encouragées à postuler. Un test pratique aura lieu le 19 novembre 2037.
"""


def courriel():
    return f"""
De : Réseau Géomatique Haïti <liste@geomatique-haiti.example>
Envoyé : mercredi 21 octobre 2037 11:02
À : membres@geomatique-haiti.example
Objet : TR: [Emploi] CNIGS – {TITLE}

Bonjour à toutes et à tous,
Le CNIGS nous prie de diffuser l'avis ci-dessous. Rappel : notre atelier SIG du 31 octobre 2037 est maintenu.
Cordialement,
Le secrétariat du réseau

-----Message d'origine-----
De : Direction des ressources humaines CNIGS
Envoyé : mardi 20 octobre 2037 16:45
Objet : Avis de recrutement {REF}

AVIS DE RECRUTEMENT
Référence ........ : {REF}
Poste ............ : {TITLE}
Institution ...... : {ORG}
Lieu de travail .. : {LOC}
Horaire .......... : {SCHED}
Salaire .......... : 145 000 HTG par mois
Date limite ...... : 07/11/2037

ATTRIBUTIONS
{chr(10).join("  o " + m for m in MISSIONS)}

PROFIL EXIGÉ
{chr(10).join("  o " + m for m in ESS)}

SERAIT UN AVANTAGE
{chr(10).join("  o " + m for m in DES)}

Dossier : lettre de motivation, CV, diplômes, CIN, certificat de bonne vie et mœurs.
Test pratique prévu le 19/11/2037.

Avis de confidentialité : ce message est destiné uniquement à ses destinataires.
"""


if __name__ == "__main__":
    w(KEY + "-cnigs.md", md())
    w(KEY + "-courriel.txt", courriel())
    expected(KEY, REF, ["fr"], {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, {"fr": SCHED}, "2037-11-07",
             sal(145000, cur="HTG", period="month"), None, {"fr": (ESS, DES)}, {"fr": []})
