from common import *

KEY = "adds-dg-drh-2037-041"
REF = "ADDS/DG/DRH/2037/041"
TITLE = "Chargé(e) du suivi des transferts monétaires"
ORG = "Agence Djiboutienne de Développement Social (ADDS)"
LOC = "Djibouti-ville, avec déplacements réguliers dans les régions de l'intérieur"
SCHED = "Temps plein (40 heures par semaine, du dimanche au jeudi)"
GRADE = "Cadre, échelle B2"
ESS = [
    "Être de nationalité djiboutienne.",
    "Être titulaire d'une licence en économie, en statistique, en sociologie ou dans un domaine équivalent.",
    "Justifier d'au moins trois (3) ans d'expérience dans le suivi de programmes sociaux ou de filets sociaux de sécurité.",
    "Maîtriser les outils de collecte mobile (KoboToolbox ou ODK) et le tableur Excel.",
    "Parler couramment le français ; la connaissance de l'afar ou du somali est exigée pour les visites de terrain.",
]
DES = [
    "Une expérience de travail avec un registre social unifié.",
    "Le permis de conduire de catégorie B.",
]
MISSIONS = [
    "tenir à jour la base des ménages bénéficiaires et vérifier chaque liste de paiement avant transmission à l'opérateur ;",
    "organiser les contrôles ponctuels des paiements dans les cinq régions ;",
    "traiter les plaintes et réclamations transmises par les comités locaux ;",
    "produire le rapport mensuel de suivi et les tableaux de bord destinés à la Direction générale ;",
    "appuyer la formation des agents communautaires.",
]
DOSSIER = [
    "une lettre de motivation adressée au Directeur général ;",
    "un curriculum vitae détaillé ;",
    "les copies certifiées des diplômes et attestations de travail ;",
    "une copie de la carte nationale d'identité.",
]


def avis_html():
    mis = "\n".join(f"<li>{m}</li>" for m in MISSIONS)
    ess = "\n".join(f"<li>{m}</li>" for m in ESS)
    des = "\n".join(f"<li>{m}</li>" for m in DES)
    dos = "\n".join(f"<li>{m}</li>" for m in DOSSIER)
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Avis de recrutement {REF}</title></head>
<body style="font-family:'Liberation Serif',serif;font-size:11pt">
<table width="100%" border="0"><tr>
<td width="50%" align="center"><b>PRÉSIDENCE DE LA RÉPUBLIQUE</b><br>Secrétariat d'État chargé de la Solidarité nationale<br><b>AGENCE DJIBOUTIENNE DE DÉVELOPPEMENT SOCIAL</b><br>Direction générale<br>Direction des Ressources Humaines</td>
<td width="50%" align="center"><b>RÉPUBLIQUE DE DJIBOUTI</b><br><i>Unité – Égalité – Paix</i><br><br>Djibouti, le 20 octobre 2037</td>
</tr></table>
<p align="center"><b>AVIS DE RECRUTEMENT</b><br>N° {REF}</p>
<p align="justify">Dans le cadre de la mise en œuvre de son programme national de transferts monétaires aux ménages vulnérables,
l'Agence Djiboutienne de Développement Social lance un avis de recrutement pour le poste suivant.</p>
<table width="100%" border="1" cellpadding="4" cellspacing="0">
<tr><td width="32%"><b>Intitulé du poste</b></td><td>{TITLE}</td></tr>
<tr><td><b>Employeur</b></td><td>{ORG}</td></tr>
<tr><td><b>Service</b></td><td>Département Filets sociaux</td></tr>
<tr><td><b>Lieu d'affectation</b></td><td>{LOC}</td></tr>
<tr><td><b>Nature du contrat</b></td><td>Contrat à durée déterminée de deux ans, renouvelable</td></tr>
<tr><td><b>Temps de travail</b></td><td>{SCHED}</td></tr>
<tr><td><b>Catégorie</b></td><td>{GRADE}</td></tr>
<tr><td><b>Salaire</b></td><td>285 000 DJF brut par mois, hors indemnité de terrain</td></tr>
<tr><td><b>Date limite de dépôt</b></td><td>Vendredi 13 novembre 2037 à 12 h 00</td></tr>
</table>
<p><b>1. ATTRIBUTIONS</b></p>
<p>Sous l'autorité du Chef du Département Filets sociaux, le ou la titulaire du poste est chargé(e) de :</p>
<ul>
{mis}
</ul>
<p><b>2. CONDITIONS REQUISES</b></p>
<p>Les candidat(e)s doivent remplir les conditions suivantes :</p>
<ul>
{ess}
</ul>
<p><b>3. ATOUTS</b></p>
<ul>
{des}
</ul>
<p><b>4. COMPOSITION DU DOSSIER</b></p>
<ol type="a">
{dos}
</ol>
<p align="justify"><b>5. DÉPÔT DES CANDIDATURES</b> — Les dossiers sont déposés sous pli fermé au secrétariat de la Direction des
Ressources Humaines, immeuble de l'ADDS, avenue Nasser, ou envoyés à recrutement@adds.example au plus tard le
vendredi 13 novembre 2037 à 12 h 00. Seuls les candidat(e)s présélectionné(e)s seront convoqué(e)s à un test écrit
prévu le 26 novembre 2037. Le dépôt de dossier est gratuit.</p>
<p align="right">Le Directeur général<br><i>(signature fictive)</i></p>
</body></html>
"""


def journal():
    mis = "\n".join("  - " + m for m in MISSIONS)
    ess = "\n".join("  * " + m for m in ESS)
    des = "\n".join("  * " + m for m in DES)
    return f"""
LE RÉVEIL DE DJIBOUTI (quotidien d'information – titre fictif)      Mercredi 21 octobre 2037 – page 11
=====================================================================================
ANNONCES OFFICIELLES ET LÉGALES
=====================================================================================

RÉPUBLIQUE DE DJIBOUTI
AGENCE DJIBOUTIENNE DE DÉVELOPPEMENT SOCIAL
AVIS DE RECRUTEMENT N° {REF}

L'ADDS recrute pour son programme national de transferts monétaires :

Intitulé du poste :  {TITLE}
Employeur :          {ORG}
Lieu d'affectation : {LOC}
Temps de travail :   {SCHED}
Catégorie :          {GRADE}
Salaire :            285 000 DJF brut par mois, hors indemnité de terrain
Date limite :        13/11/2037 à 12 h 00

ATTRIBUTIONS
{mis}

CONDITIONS REQUISES
{ess}

ATOUTS
{des}

DOSSIER : lettre de motivation, CV, copies certifiées des diplômes et attestations, copie de la CNI.
Dépôt au secrétariat de la DRH (avenue Nasser) ou par courriel à recrutement@adds.example.
Test écrit le 26/11/2037 pour les seuls candidats présélectionnés.

-------------------------------------------------------------------------------------
AVIS DE PERTE
Il a été perdu le 2 octobre 2037 un titre foncier n° 4471 au nom de M. Abdallah Ismaël (nom fictif).
Prière de le rapporter au commissariat du 3e arrondissement.
-------------------------------------------------------------------------------------
VENTE AUX ENCHÈRES – Port de Djibouti
Lot de conteneurs réformés ; visite le 28 octobre 2037 ; mise à prix 1 200 000 DJF.
-------------------------------------------------------------------------------------
"""


if __name__ == "__main__":
    src = os.path.join(BUILD, "adds-avis.html")
    open(src, "w", encoding="utf-8").write(avis_html())
    soffice(src, KEY + "-avis.libreoffice.pdf")
    w(KEY + "-reveil.txt", journal())
    expected(KEY, REF, ["fr"], {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, {"fr": SCHED}, "2037-11-13",
             sal(285000, cur="DJF", period="month"), GRADE, {"fr": (ESS, DES)}, {"fr": []})
