from common import *

KEY = "magzi-dg-drh-2040-014"
REF = "MAGZI/DG/DRH/2040/014"
TITLE = "Chargé(e) de la gestion foncière des zones industrielles"
ORG = "Mission d'Aménagement et de Gestion des Zones Industrielles (MAGZI)"
LOC = "Douala, Direction régionale du Littoral (zone industrielle de Bonabéri)"
SCHED = "Temps plein, 40 heures par semaine"
GRADE = "10e catégorie, échelon 1"
SAL = "742 000 FCFA brut mensuel, hors indemnités de logement et de transport"
ESS = [
    "être de nationalité camerounaise ;",
    "être âgé(e) de 40 ans au plus au 31 décembre 2039 ;",
    "être titulaire d'un Master en droit foncier, en aménagement du territoire ou en géomatique ;",
    "justifier d'une expérience d'au moins quatre ans dans la gestion foncière ou cadastrale ;",
    "maîtriser un logiciel de système d'information géographique (QGIS ou ArcGIS).",
]
DES = [
    "la connaissance des procédures d'immatriculation foncière au Cameroun ;",
    "la pratique courante de l'anglais.",
]
QUAL = ["Rigueur", "Probité", "Sens de la négociation", "Esprit d'équipe"]
DUTIES = [
    "tenir à jour le fichier des parcelles et des attributaires des zones de Bonabéri et de Bassa ;",
    "instruire les demandes d'attribution et préparer les projets de baux emphytéotiques ;",
    "organiser les constats de mise en valeur avec les services du cadastre ;",
    "signaler les occupations irrégulières et proposer les mesures de régularisation ;",
    "alimenter la base de données géographique des zones industrielles.",
]

src = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Communiqué {REF}</title>
<style>body{{font-family:'Liberation Serif';font-size:11pt}} td{{vertical-align:top;padding:3px}} h2{{font-size:12pt}}</style></head><body>
<table width="100%"><tr>
<td width="50%" align="center"><b>RÉPUBLIQUE DU CAMEROUN</b><br>Paix – Travail – Patrie<br>-----------<br>MINISTÈRE DES MINES, DE L'INDUSTRIE<br>ET DU DÉVELOPPEMENT TECHNOLOGIQUE<br>-----------<br><b>MAGZI</b><br>Direction Générale</td>
<td width="50%" align="center"><b>REPUBLIC OF CAMEROON</b><br>Peace – Work – Fatherland<br>-----------<br>MINISTRY OF MINES, INDUSTRY<br>AND TECHNOLOGICAL DEVELOPMENT<br>-----------<br><b>MAGZI</b><br>General Management</td>
</tr></table>
<p align="right">Yaoundé, le 8 février 2040</p>
<p align="center"><b>COMMUNIQUÉ DE RECRUTEMENT</b><br>N° {REF}</p>
<p>Le Directeur Général de la Mission d'Aménagement et de Gestion des Zones Industrielles porte à la connaissance du
public qu'un poste est à pourvoir à la Direction régionale du Littoral, dans les conditions ci-après.</p>
<h2>Article 1 : Caractéristiques du poste</h2>
<table border="1" cellspacing="0" width="100%">
<tr><td width="32%"><b>Intitulé du poste</b></td><td>{TITLE}</td></tr>
<tr><td><b>Employeur</b></td><td>{ORG}</td></tr>
<tr><td><b>Lieu de travail</b></td><td>{LOC}</td></tr>
<tr><td><b>Régime horaire</b></td><td>{SCHED}</td></tr>
<tr><td><b>Rémunération</b></td><td>{SAL}</td></tr>
<tr><td><b>Classement</b></td><td>{GRADE}</td></tr>
<tr><td><b>Type de contrat</b></td><td>Contrat à durée indéterminée, après une période d'essai de six mois</td></tr>
</table>
<h2>Article 2 : Missions</h2>
<p>Sous l'autorité du Directeur régional, le ou la titulaire est chargé(e) de :</p>
<ul>{''.join('<li>'+d+'</li>' for d in DUTIES)}</ul>
<h2>Article 3 : Conditions de candidature</h2>
<p>Peut faire acte de candidature toute personne remplissant les conditions suivantes :</p>
<ol>{''.join('<li>'+d+'</li>' for d in ESS)}</ol>
<p>Constituent des atouts :</p>
<ul>{''.join('<li>'+d+'</li>' for d in DES)}</ul>
<h2>Article 4 : Qualités personnelles</h2>
<ul>{''.join('<li>'+d+'</li>' for d in QUAL)}</ul>
<h2>Article 5 : Composition du dossier</h2>
<p>a) une demande timbrée adressée au Directeur Général de la MAGZI ; b) un curriculum vitae ; c) les copies certifiées
des diplômes ; d) un extrait de casier judiciaire datant de moins de trois mois ; e) un certificat médical.</p>
<h2>Article 6 : Dépôt des candidatures</h2>
<p>Les dossiers sont reçus au service courrier de la Direction Générale à Yaoundé ou à la Direction régionale du
Littoral à Douala au plus tard le <b>vendredi 9 mars 2040 à 15 h 30</b>. Les candidats présélectionnés seront
convoqués à un entretien dans la semaine du 26 mars 2040.</p>
<p align="right">Le Directeur Général<br>(signature fictive)</p>
</body></html>
"""
p = write("magzi-communique.html", src, BUILD)
libreoffice(p, KEY + "-communique.libreoffice.pdf")

txt = f"""Emploi.cm   Offres d'emploi   Entreprises   Conseils   Connexion   Publier une offre
Accueil > Offres d'emploi > Immobilier / Foncier > {TITLE}

{TITLE}
MAGZIDouala, LittoralPublié le 12.02.2040Expire le 09.03.2040
Contrat : CDIExpérience : 4 ansNiveau d'études : Bac+5Secteur : Administration publique / parapublique
Vues : 2 317   |   Postuler   |   Sauvegarder   |   Partager

Description de l'entreprise
La MAGZI aménage et gère les zones industrielles publiques du Cameroun pour le compte de l'État.

Description du poste
Référence : {REF}
Intitulé du poste : {TITLE}
Employeur : {ORG}
Lieu de travail : {LOC}
Régime horaire : {SCHED}
Classement : {GRADE}
Rémunération : {SAL}
Missions : """ + " ".join(d.rstrip(" ;.") + ";" for d in DUTIES).rstrip(";") + """.

Profil du candidat
""" + "\n".join(ESS) + """

Atouts
""" + "\n".join(DES) + f"""

Qualités personnelles : {', '.join(QUAL)}.

Dossier : demande timbrée, CV, diplômes certifiés, casier judiciaire de moins de trois mois, certificat médical.
Date limite de dépôt : 09/03/2040 à 15 h 30 (Yaoundé ou Douala).

Offres similaires
Géomètre principal – Port de Kribi (fictif) – Expire le 28.02.2040
Assistant(e) juridique foncier – Cabinet fictif, Yaoundé – Expire le 16.03.2040

© 2040 Emploi.cm – copie de démonstration
"""
write(KEY + "-emploicm.txt", txt)

expected(KEY, REF, ["fr"], TITLE, ORG, LOC, SCHED, "2040-03-09",
         {"amount": 742000, "currency": "XAF"}, grade=GRADE,
         requirements={"fr": {"essential": ESS, "desirable": DES}},
         competencies={"fr": [(q, "") for q in QUAL]})
