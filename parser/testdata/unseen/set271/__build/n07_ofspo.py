from common import *

KEY = "38674"
REF = "38674"
T = "Collaborateur/trice scientifique en physiologie de l'entraînement"
O = "Office fédéral du sport"
L = "Macolin"
S = "80-100 %"
ESS = [
    "Master universitaire en sciences du sport, en physiologie ou dans une discipline apparentée",
    "Plusieurs années d'expérience en diagnostic de la performance auprès d'athlètes de haut niveau",
    "Très bonne maîtrise des méthodes statistiques et d'un logiciel comme R ou Python",
    "Très bonnes connaissances d'une deuxième langue officielle et de l'anglais"]
DES = ["Un doctorat en sciences du sport", "Une formation d'entraîneur Swiss Olympic ou J+S"]


def build():
    expected(KEY, REF, ["fr"], {"fr": T}, {"fr": O}, {"fr": L}, {"fr": S}, "2040-05-18", None,
             req={"fr": {"essential": ESS, "desirable": DES}}, comp={"fr": []})
    md = f"""[Aller au contenu principal](#main) · [Aller à la recherche](#search)

**Les autorités fédérales de la Confédération suisse** · [DE](/de) · **FR** · [IT](/it) · [EN](/en)

[Accueil](/) › [Emplois](/emplois) › [Offres d'emploi](/emplois/offres) › Annonce {REF}

> Nous utilisons des cookies pour analyser l'utilisation du site. [Paramètres](#) · [Accepter](#)

# {T}

**{O} OFSPO** · Département fédéral de la défense, de la protection de la population et des sports (DDPS)

| | |
|---|---|
| **Numéro de l'annonce** | {REF} |
| **Taux d'occupation** | {S} |
| **Lieu de travail** | {L} |
| **Type de contrat** | Durée indéterminée |
| **Entrée en fonction** | 1er août 2040 ou à convenir |
| **Délai de postulation** | 18.05.2040 |

## Ce qui vous attend

La Haute école fédérale de sport de Macolin HEFSM est la haute école de l'{O} OFSPO. Au sein de la section Sport de performance, vous renforcez l'équipe de physiologie qui accompagne les fédérations sportives nationales et les athlètes de Swiss Olympic.

- Vous réalisez des tests de performance en laboratoire et sur le terrain et en interprétez les résultats
- Vous conseillez les entraîneurs nationaux sur la planification et le suivi de l'entraînement
- Vous menez des projets de recherche appliquée et publiez leurs résultats
- Vous enseignez dans les filières bachelor et master de la HEFSM
- Vous contribuez au développement des méthodes de diagnostic du laboratoire

## Ce que vous apportez

{chr(10).join("- " + x for x in ESS)}

## Atouts

{chr(10).join("- " + x for x in DES)}

## Ce que nous offrons

Un cadre de travail unique au-dessus du lac de Bienne, des infrastructures sportives de premier ordre, des horaires de travail flexibles et la possibilité de télétravailler partiellement. Les entretiens sont prévus le 5 juin 2040.

La Confédération s'engage pour l'égalité des chances. Elle est attentive à une représentation équilibrée des communautés linguistiques et à l'intégration des personnes handicapées.

## Contact

Pour tout renseignement : Dr Andrea Tschopp, responsable de la physiologie, tél. +41 58 400 00 00. Merci de postuler en ligne avant le délai indiqué.

[Postuler](#) · [Imprimer](#) · [Partager](#)

---

Offres similaires : Collaborateur/trice administratif/ve (délai 11.05.2040) · Gardien/ne d'installations sportives (délai 25.05.2040)
"""
    write(KEY + "-jobs-admin.md", md, KEY)

    mail = f"""De : Alerte emplois Confédération <no-reply@jobs-confederation.example>
À : m.fasel@mail.example
Date : lun. 23 avr. 2040 à 07:05
Objet : 3 nouvelles offres correspondent à votre abonnement « sport, Berne / Bienne »

Bonjour,

Voici les nouvelles offres publiées depuis votre dernière alerte.
Pour modifier ou supprimer votre abonnement, connectez-vous à votre profil.

======================================================================
1) {T}
   {O} OFSPO – {L}
======================================================================
Numéro de l'annonce : {REF}
Taux d'occupation : {S}
Lieu de travail : {L}
Délai de postulation : 18.05.2040

Ce qui vous attend
Tests de performance en laboratoire et sur le terrain, conseil aux entraîneurs
nationaux, recherche appliquée et enseignement à la HEFSM.

Ce que vous apportez
{chr(10).join("  · " + x for x in ESS)}

Atouts
{chr(10).join("  · " + x for x in DES)}

Entrée en fonction : 1er août 2040 ou à convenir
> Voir l'annonce complète et postuler

======================================================================
2) Spécialiste en géomatique (60-80 %)
   Office fédéral de topographie – Wabern
   Délai de postulation : 09.05.2040
> Voir l'annonce

======================================================================
3) Collaborateur/trice administratif/ve (50 %)
   Office fédéral du sport OFSPO – Tenero
   Délai de postulation : 11.05.2040
> Voir l'annonce

Vous recevez ce message parce que vous êtes abonné(e) aux alertes emploi.
Se désabonner · Gérer mes alertes · Protection des données
"""
    write(KEY + "-alerte-emploi.txt", mail, KEY)
