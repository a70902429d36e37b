from common import *

REF = "0147/2041/ABSSA/DG/SRH"
TITLE = "Inspecteur(trice) de l'hygiène de la restauration collective"
ORG = "Agence Béninoise de Sécurité Sanitaire des Aliments (ABSSA)"
LOC = "Direction départementale de l'Ouémé, Porto-Novo, avec missions à Cotonou et Abomey-Calavi"
SCHED = "Du lundi au vendredi, de 8 h à 12 h 30 et de 15 h à 18 h 30"
GRADE = "Catégorie A, échelle 1, échelon 1"
ESS = [
    "être de nationalité béninoise ;",
    "être âgé(e) de 25 ans au moins et de 40 ans au plus au 31 décembre 2041 ;",
    "être titulaire d'une licence professionnelle ou d'un master en nutrition, en technologie alimentaire ou en biologie ;",
    "justifier d'une expérience de trois ans au moins dans le contrôle de la qualité ou l'hygiène alimentaire ;",
    "connaître les principes HACCP et la réglementation béninoise sur la sécurité sanitaire des aliments ;",
    "être apte à effectuer des contrôles de nuit et des déplacements fréquents.",
]
DES = ["la pratique du fon ou du goun ;", "une formation d'auditeur ISO 22000."]
QUAL = ["Intégrité", "Rigueur", "Sens de la pédagogie", "Résistance à la pression"]
MISSIONS = [
    "inspecter les cantines scolaires, les restaurants d'entreprise et les cuisines des hôpitaux du département",
    "prélever des échantillons et les acheminer au laboratoire central dans le respect de la chaîne du froid",
    "rédiger les procès-verbaux d'inspection et proposer les mesures correctives ou les sanctions",
    "sensibiliser les gérants et les cuisinières aux bonnes pratiques d'hygiène",
    "tenir à jour la base de données des établissements contrôlés",
]

k = expected(REF, ["fr"], {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, {"fr": SCHED}, "2041-05-16",
             {"amount": 468000, "currency": "XOF"}, GRADE, {"fr": {"essential": ESS, "desirable": DES}},
             {"fr": [(q, "") for q in QUAL]})

src = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Avis de recrutement ABSSA</title>
<style>
body{{font-family:'Liberation Serif',serif;font-size:11pt}}
td{{vertical-align:top}} table.f td{{border:1px solid #000;padding:3pt 5pt}}
h2{{font-size:12pt;text-decoration:underline}}
</style></head><body>
<table width="100%"><tr>
<td width="55%"><b>RÉPUBLIQUE DU BÉNIN</b><br>Fraternité – Justice – Travail<br>
MINISTÈRE DE L'AGRICULTURE, DE L'ÉLEVAGE ET DE LA PÊCHE<br>
AGENCE BÉNINOISE DE SÉCURITÉ SANITAIRE DES ALIMENTS<br>DIRECTION GÉNÉRALE<br>Service des Ressources Humaines</td>
<td width="45%" align="right">Cotonou, le 17 avril 2041</td></tr></table>
<p align="center"><b>AVIS DE RECRUTEMENT N°{REF}</b></p>
<p>Dans le cadre du renforcement du contrôle sanitaire des repas servis aux élèves, aux patients et aux
travailleurs, le Directeur Général de l'{ORG} lance un avis de recrutement pour le poste ci-après.</p>
<h2>1. POSTE À POURVOIR</h2>
<table class="f" width="100%" cellspacing="0">
<tr><td width="32%">Intitulé du poste</td><td>{esc(TITLE)}</td></tr>
<tr><td>Structure employeur</td><td>{ORG}</td></tr>
<tr><td>Service de rattachement</td><td>Direction du Contrôle et de l'Inspection</td></tr>
<tr><td>Lieu d'affectation</td><td>{LOC}</td></tr>
<tr><td>Nombre de postes</td><td>Deux (02)</td></tr>
<tr><td>Rémunération</td><td>Salaire indiciaire de 468 000 FCFA brut par mois, primes de contrôle en sus</td></tr>
<tr><td>Classement</td><td>{GRADE}</td></tr>
<tr><td>Horaires de travail</td><td>{SCHED}</td></tr>
<tr><td>Nature du contrat</td><td>Contrat à durée indéterminée régi par le Code du travail</td></tr>
</table>
<h2>2. ATTRIBUTIONS</h2>
<p>Sous l'autorité du Chef du service départemental, l'inspecteur ou l'inspectrice est chargé(e) de :</p>
{ul(MISSIONS)}
<h2>3. CONDITIONS DE CANDIDATURE</h2>
<p>Peuvent faire acte de candidature les personnes qui remplissent les conditions suivantes :</p>
{ul([esc(x) for x in ESS], "ol")}
<p>Constituent des atouts :</p>
{ul([esc(x) for x in DES])}
<h2>4. QUALITÉS REQUISES</h2>
{ul(QUAL)}
<h2>5. COMPOSITION DU DOSSIER</h2>
<p>a) une demande manuscrite adressée au Directeur Général ; b) un curriculum vitae ; c) une copie certifiée
conforme des diplômes ; d) un extrait d'acte de naissance ; e) un casier judiciaire datant de moins de trois mois ;
f) un certificat de nationalité.</p>
<h2>6. DÉPÔT DES DOSSIERS</h2>
<p>Les dossiers sont reçus au secrétariat du Service des Ressources Humaines de l'ABSSA, à Cotonou (adresse
fictive), ou à l'adresse recrutement@abssa.example, au plus tard le <b>jeudi 16 mai 2041 à 17 h 30</b>. Les
candidat(e)s présélectionné(e)s seront convoqué(e)s à une épreuve écrite le 30 mai 2041.</p>
<p align="right">Le Directeur Général<br>(signature – nom fictif)</p>
</body></html>
"""
write_src("abssa-avis.html", src)
soffice("abssa-avis.html", "0147-2041-abssa-dg-srh-avis.libreoffice.pdf", k)

items = lambda xs: " ".join("%s) %s" % ("abcdefgh"[i], x) for i, x in enumerate(xs))
paper = f"""LA LAGUNE MATIN – Quotidien d'information de Porto-Novo – N° 3 912 du lundi 22 avril 2041 – Page 11
==============================================================================================

                         ANNONCES – AVIS – COMMUNIQUÉS

----------------------------------------------------------------------------------------------
AGENCE BÉNINOISE DE SÉCURITÉ SANITAIRE DES ALIMENTS
AVIS DE RECRUTEMENT N°{REF}

Le Directeur Général de l'{ORG} informe le public qu'il recrute deux agents.

POSTE. – {TITLE}.
EMPLOYEUR. – {ORG}.
LIEU D'AFFECTATION. – {LOC}.
CLASSEMENT. – {GRADE}.
RÉMUNÉRATION. – 468 000 FCFA brut par mois, primes de contrôle en sus.
HORAIRES. – {SCHED}.

ATTRIBUTIONS. – Inspecter les cantines scolaires, les restaurants d'entreprise et les cuisines des hôpitaux ;
prélever et acheminer des échantillons au laboratoire central ; rédiger les procès-verbaux et proposer des
mesures correctives ; sensibiliser les gérants aux bonnes pratiques d'hygiène ; tenir la base de données des
établissements contrôlés.

CONDITIONS. – {items(ESS)}

ATOUTS. – {items(DES)}

QUALITÉS. – {" ; ".join(QUAL)}.

DOSSIER. – Demande manuscrite, CV, copies certifiées des diplômes, acte de naissance, casier judiciaire de moins
de trois mois et certificat de nationalité, à déposer au Service des Ressources Humaines de l'ABSSA à Cotonou ou
à recrutement@abssa.example.

DATE LIMITE. – Le 16 mai 2041 à 17 h 30. Épreuve écrite le 30 mai 2041.
----------------------------------------------------------------------------------------------

AVIS DE PERTE. – Il a été perdu le 12 avril 2041, à Porto-Novo, un titre foncier au nom de M. A. (nom fictif).
Toute personne qui le retrouverait est priée de le déposer au commissariat central. Opposition avant le 10 mai 2041.

À VENDRE. – Parcelle de 500 m² à Sèmè-Podji, convention de vente, 18 500 000 FCFA à débattre. Tél. (fictif).
----------------------------------------------------------------------------------------------
"""
write("0147-2041-abssa-dg-srh-lagunematin.txt", paper, k)
