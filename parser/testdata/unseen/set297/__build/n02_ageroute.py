from common import *

KEY = "agr-dg-drh-2042-019"
REF = "AGR/DG/DRH/2042-019"
TITLE = "Ingénieur(e) chargé(e) du contrôle de la charge à l'essieu"
ORG = "Agence de Gestion des Routes (AGEROUTE)"
LOC = "Abidjan (Cocody), avec tournées sur les postes de pesage de Yamoussoukro, Bouaké et Ferkessédougou"
SCHED = "Du lundi au vendredi, de 7 h 30 à 12 h 00 et de 14 h 30 à 18 h 00"
GRADE = "Cadre, catégorie A3"
ESS = [
    "être de nationalité ivoirienne ou ressortissant(e) d'un État membre de l'UEMOA ;",
    "être âgé(e) de 45 ans au plus au 31 décembre 2042 ;",
    "être titulaire d'un diplôme d'ingénieur en génie civil, en travaux publics ou en transport ;",
    "justifier d'une expérience professionnelle d'au moins cinq ans dans l'exploitation ou l'entretien routier ;",
    "avoir une bonne connaissance du Règlement n°14 de l'UEMOA relatif au gabarit, au poids et à la charge à l'essieu ;",
    "être titulaire du permis de conduire de catégorie B.",
]
DES = [
    "une expérience de l'exploitation de stations de pesage dynamique ;",
    "la maîtrise d'un logiciel de base de données routière.",
]
COMP = ["Intégrité", "Rigueur", "Capacité de négociation", "Aptitude au travail de terrain"]
DUTIES = [
    "planifier et superviser les opérations de contrôle de la charge à l'essieu sur le réseau national",
    "analyser les données de pesage et produire les rapports mensuels de surcharge",
    "veiller à l'étalonnage des ponts-bascules et des pèse-essieux",
    "proposer des mesures de prévention de la dégradation des chaussées",
    "encadrer les agents des postes de pesage et assurer leur formation continue",
]

expected(KEY, fr_only(
    reference=REF, post_number=None, title=TITLE, organisation=ORG, location=LOC, schedule=SCHED,
    deadline="2042-07-11", salary=salary(amount=1150000, cur="XOF"), grade=GRADE,
    essential=ESS, desirable=DES, competencies=[(c, "") for c in COMP]))

h = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Avis de recrutement</title>
<style>body{{font-family:'Liberation Serif',serif;font-size:11.5pt}} td{{vertical-align:top;padding:3px 6px}}</style></head><body>
<table width="100%"><tr><td width="55%"><b>MINISTÈRE DE L'ÉQUIPEMENT ET DE L'ENTRETIEN ROUTIER</b><br>AGENCE DE GESTION DES ROUTES<br>(AGEROUTE)<br>Direction Générale<br>Direction des Ressources Humaines</td>
<td align="right">RÉPUBLIQUE DE CÔTE D'IVOIRE<br><i>Union – Discipline – Travail</i><br><br>Abidjan, le 16 juin 2042</td></tr></table>
<p align="center"><b><u>AVIS DE RECRUTEMENT N° {REF}</u></b></p>
<p>Le Directeur Général de l'Agence de Gestion des Routes lance un avis de recrutement externe pour pourvoir le poste ci-après.</p>
<p><b>I – IDENTIFICATION DU POSTE</b></p>
<table border="1" cellspacing="0" width="100%">
<tr><td width="35%"><b>Intitulé du poste</b></td><td>{TITLE}</td></tr>
<tr><td><b>Structure</b></td><td>{ORG}</td></tr>
<tr><td><b>Direction de rattachement</b></td><td>Direction de l'Exploitation et de la Sécurité Routière</td></tr>
<tr><td><b>Horaires de travail</b></td><td>{SCHED}</td></tr>
<tr><td><b>Catégorie</b></td><td>{GRADE}</td></tr>
<tr><td><b>Lieu d'affectation</b></td><td>{LOC}</td></tr>
<tr><td><b>Salaire mensuel brut</b></td><td>1 150 000 FCFA, hors indemnités de déplacement</td></tr>
</table>
<p><b>II – MISSIONS</b></p>
<p>Sous l'autorité du Directeur de l'Exploitation, le titulaire du poste est chargé de :</p>
<ul>{li(d + " ;" for d in DUTIES[:-1])}<li>{DUTIES[-1]}.</li></ul>
<p><b>III – CONDITIONS DE CANDIDATURE</b></p>
<p>Le (la) candidat(e) doit remplir les conditions suivantes :</p>
<ol>{li(ESS)}</ol>
<p>Constituent des atouts :</p>
<ul>{li(DES)}</ul>
<p><b>IV – APTITUDES PERSONNELLES</b></p>
<ul>{li(COMP)}</ul>
<p><b>V – DOSSIER DE CANDIDATURE</b></p>
<p>Le dossier comprend : a) une demande manuscrite adressée au Directeur Général ; b) un curriculum vitae daté et signé ; c) les copies certifiées des diplômes ; d) un extrait d'acte de naissance ; e) un extrait de casier judiciaire de moins de trois mois.</p>
<p><b>VI – DÉPÔT DES DOSSIERS</b></p>
<p>Les dossiers sont reçus au secrétariat de la Direction des Ressources Humaines (Cocody, Deux-Plateaux, adresse fictive) ou par courriel à recrutement@ageroute.example au plus tard le <b>vendredi 11 juillet 2042 à 16 h 00</b>. Seuls les candidats présélectionnés seront convoqués à un entretien prévu dans la semaine du 28 juillet 2042.</p>
<p align="right">Le Directeur Général<br>(signature fictive)</p>
</body></html>"""
p = src("ageroute-avis.html", h)
libreoffice(p, KEY + "-avis.libreoffice.pdf")
row(KEY + "-avis.libreoffice.pdf", KEY, "pdf")
row(dump(KEY + "-avis.libreoffice.pdf"), KEY, "txt")

board = f"""
Carrières Éburnie | Offres d'emploi | Appels d'offres | Concours | Conseils | Publier une offre | Connexion
Accueil > Offres d'emploi > BTP / Génie civil > {TITLE}

OFFRE D'EMPLOI
{TITLE.upper()}
Entreprise : AGEROUTE
Date d'édition : 17/06/2042
Date limite : 11/07/2042
Pays : Côte d'Ivoire
Type d'offre : Emploi
Métier(s) : BTP, Génie civil, Transport
Niveau(x) : BAC+5
Expérience : 5 ans
Vues : 3 412

Description de l'offre

Référence : {REF}
Intitulé du poste : {TITLE}
Structure : {ORG}
Lieu d'affectation : {LOC}
Horaires de travail : {SCHED}
Catégorie : {GRADE}
Salaire mensuel brut : 1 150 000 FCFA (hors indemnités)

Missions : {"; ".join(DUTIES)}.

Conditions de candidature
""" + "\n".join("- " + e for e in ESS) + """

Atouts
""" + "\n".join("- " + d for d in DES) + """

Aptitudes personnelles : """ + ", ".join(COMP) + """.

Dossier de candidature : demande manuscrite, CV, copies certifiées des diplômes, extrait d'acte de naissance, extrait de casier judiciaire.
Dépôt à la DRH de l'AGEROUTE ou par courriel (recrutement@ageroute.example) au plus tard le vendredi 11 juillet 2042 à 16 h.

Postuler | Imprimer | Partager | Signaler l'offre

Offres similaires
- Conducteur de travaux routiers (H/F) – Bouaké – Date limite : 02/07/2042
- Technicien topographe – San-Pédro – Date limite : 14/07/2042 – 450 000 FCFA
- Ingénieur ouvrages hydrauliques – Abidjan – Date limite : 25/07/2042

© Carrières Éburnie (site fictif) – Reproduction interdite
"""
write(KEY + "-eburnie.txt", board)
row(KEY + "-eburnie.txt", KEY, "txt")
