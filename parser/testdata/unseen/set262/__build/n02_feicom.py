from common import *

KEY = "011-ar-feicom-dg-drh-2039"
REF = "011/AR/FEICOM/DG/DRH/2039"
TITLE = "Ingénieur(e) chargé(e) du suivi des projets communaux d'adduction d'eau"
ORG = "Fonds Spécial d'Équipement et d'Intervention Intercommunale (FEICOM)"
LOC = "Direction générale, Yaoundé, avec missions dans les dix régions"
SCHED = "Du lundi au vendredi, de 7 h 30 à 15 h 30"
GRADE = "Catégorie 11, échelon A"
SAL = "Salaire de base : 612 000 FCFA brut par mois, plus indemnités statutaires"
MISSIONS = [
    "instruire les demandes de financement des communes pour les forages, mini-réseaux et bornes-fontaines",
    "contrôler les études techniques et les dossiers d'appel d'offres",
    "suivre l'exécution des travaux sur le terrain et valider les décomptes",
    "tenir la base de données des ouvrages financés et produire les rapports trimestriels",
]
ESS = [
    "être de nationalité camerounaise ;",
    "être âgé(e) de 40 ans au plus au 31 décembre 2039 ;",
    "être titulaire d'un diplôme d'ingénieur de conception en génie rural, en génie civil ou en hydraulique ;",
    "justifier d'une expérience d'au moins cinq ans dans la conduite de projets d'hydraulique villageoise ou urbaine ;",
    "maîtriser un logiciel de modélisation de réseaux (EPANET ou équivalent) ;",
    "être bilingue (français et anglais).",
]
DES = [
    "une expérience auprès d'une collectivité territoriale décentralisée ;",
    "la connaissance des procédures de passation des marchés publics au Cameroun.",
]
COMP = [("Intégrité", ""), ("Sens de l'organisation", ""), ("Aptitude au travail de terrain", ""),
        ("Capacité rédactionnelle", "")]

expected(KEY, REF, ["fr"], {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, {"fr": SCHED}, "2039-08-12",
         salary=sal(amount=612000, cur="XAF"), grade=GRADE,
         req={"fr": (ESS, DES)}, comp={"fr": COMP})

rows = [("Référence", REF), ("Intitulé du poste", TITLE), ("Employeur", ORG),
        ("Structure", "Direction des Études et des Projets"), ("Lieu de travail", LOC),
        ("Classement", GRADE), ("Horaires", SCHED), ("Rémunération", SAL),
        ("Nature du contrat", "Contrat à durée indéterminée")]
trs = "\n".join(f"<tr><td width=\"32%\"><b>{a}</b></td><td>{b}</td></tr>" for a, b in rows)
li = lambda xs: "\n".join(f"<li>{x}</li>" for x in xs)
src = B("feicom-avis.html", f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Avis de recrutement {REF}</title></head>
<body style="font-family:Liberation Serif;font-size:11pt">
<table width="100%"><tr>
<td width="45%" align="center">RÉPUBLIQUE DU CAMEROUN<br>Paix – Travail – Patrie<br>---------<br>FONDS SPÉCIAL D'ÉQUIPEMENT ET D'INTERVENTION INTERCOMMUNALE<br>DIRECTION GÉNÉRALE</td>
<td width="10%"></td>
<td width="45%" align="center">REPUBLIC OF CAMEROON<br>Peace – Work – Fatherland<br>---------<br>SPECIAL COUNCIL SUPPORT FUND FOR MUTUAL ASSISTANCE<br>GENERAL MANAGEMENT</td>
</tr></table>
<p align="center"><b>AVIS DE RECRUTEMENT N° {REF}</b></p>
<p align="right">Yaoundé, le 11 juillet 2039</p>
<p>Dans le cadre du programme d'accès des communes à l'eau potable, le Directeur Général du Fonds Spécial
d'Équipement et d'Intervention Intercommunale lance un avis de recrutement externe pour pourvoir le poste ci-après.</p>
<p><b>1. IDENTIFICATION DU POSTE</b></p>
<table width="100%" border="1" cellpadding="4" cellspacing="0">
{trs}
</table>
<p><b>2. MISSIONS</b></p>
<p>Sous l'autorité du Chef de la Division de l'Hydraulique, l'ingénieur(e) aura pour principales tâches de :</p>
<ul>
{li(MISSIONS)}
</ul>
<p><b>3. CONDITIONS DE CANDIDATURE</b></p>
<p>Peut faire acte de candidature toute personne remplissant les conditions suivantes :</p>
<ol>
{li(ESS)}
</ol>
<p><b>Atouts supplémentaires :</b></p>
<ul>
{li(DES)}
</ul>
<p><b>Qualités requises :</b> {COMP[0][0]} ; {COMP[1][0]} ; {COMP[2][0]} ; {COMP[3][0]}.</p>
<p><b>4. COMPOSITION DU DOSSIER</b></p>
<p>a) une demande manuscrite adressée au Directeur Général du FEICOM ; b) un curriculum vitae détaillé ;
c) une copie certifiée conforme de l'acte de naissance et des diplômes ; d) un extrait de casier judiciaire
datant de moins de trois mois ; e) un certificat médical.</p>
<p><b>5. DÉPÔT DES DOSSIERS</b></p>
<p>Les dossiers sont reçus au Service du courrier de la Direction Générale et dans les agences régionales au plus
tard le <b>vendredi 12 août 2039 à 15 h 30</b>. Les candidats présélectionnés seront convoqués à un test écrit le
27 août 2039, suivi d'un entretien.</p>
<p align="right">Le Directeur Général<br>(signature et nom fictifs)</p>
</body></html>
""")
soffice(src, KEY + "-avis.libreoffice.pdf", KEY)

txt = f"""Emploi Cameroun  |  Offres  |  Concours  |  Stages  |  Déposer un CV  |  Recruteurs
Vous êtes ici : Accueil » Offres d'emploi » Génie civil / BTP

AVIS DE RECRUTEMENT : UN INGÉNIEUR CHARGÉ DU SUIVI DES PROJETS D'EAU (H/F) - FEICOM
Publiée le : 13/07/2039   Expire le : 12/08/2039   Vues : 2 406
Région : Centre   Ville : Yaoundé   Contrat : CDI   Expérience : 5 ans   Niveau : Bac+5

Description de l'offre

Référence : {REF}
Poste : {TITLE}
Employeur : {ORG}
Lieu de travail : {LOC}
Horaires : {SCHED}
Classement : {GRADE}
Rémunération : {SAL}
Date limite de dépôt : 12 août 2039

Missions
* {MISSIONS[0]}
* {MISSIONS[1]}
* {MISSIONS[2]}
* {MISSIONS[3]}

Conditions de candidature
Peut faire acte de candidature toute personne remplissant les conditions suivantes :
1) {ESS[0]}
2) {ESS[1]}
3) {ESS[2]}
4) {ESS[3]}
5) {ESS[4]}
6) {ESS[5]}

Atouts supplémentaires
* {DES[0]}
* {DES[1]}

Qualités requises
{COMP[0][0]}
{COMP[1][0]}
{COMP[2][0]}
{COMP[3][0]}

Dossier de candidature
Demande manuscrite, CV, copies certifiées de l'acte de naissance et des diplômes, extrait de casier judiciaire,
certificat médical. Test écrit le 27/08/2039.

Source : avis publié par le FEICOM. Emploi Cameroun ne demande jamais d'argent aux candidats.

[ Postuler ]  [ Imprimer ]  [ Signaler l'offre ]

Offres similaires
- Technicien en hydraulique (H/F) - Garoua - expire le 05/08/2039
- Conducteur de travaux VRD - Douala - expire le 20/08/2039 - 350 000 FCFA
"""
W(KEY + "-emploicm.txt", txt, KEY)
