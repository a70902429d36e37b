from common import *
KEY = "amee-drh-2034-17"
REF = "AMEE/DRH/2034-17"
TITLE = "Ingénieur(e) Audit énergétique industriel"
ORG = "Agence Marocaine pour l'Efficacité Énergétique (AMEE)"
LOC = "Casablanca (Délégation régionale Casablanca-Settat)"
SCHED = "Temps plein, horaire administratif du lundi au vendredi"
GRADE = "Ingénieur, niveau I2"
LEAD = "Le concours est ouvert aux candidat(e)s remplissant les conditions suivantes :"
ESS = [
 "être de nationalité marocaine ;",
 "être âgé(e) de quarante-cinq (45) ans au plus au 31 décembre 2034 ;",
 "être titulaire d'un diplôme d'Ingénieur d'État en génie énergétique, génie des procédés, génie électrique ou génie mécanique, ou d'un diplôme reconnu équivalent ;",
 "justifier d'une expérience d'au moins trois (3) ans dans la réalisation d'audits énergétiques de sites industriels ;",
 "maîtriser les instruments de mesure (analyseurs de réseau, débitmètres, caméras thermiques) et l'exploitation de leurs données.",
]
DES = [
 "une certification de professionnel de la mesure et de la vérification des économies d'énergie ;",
 "la connaissance de la norme ISO 50001 et de la réglementation nationale sur l'audit énergétique obligatoire ;",
 "une bonne pratique de l'anglais technique.",
]
MISSIONS = [
 "Conduire les audits énergétiques des unités industrielles de la région et rédiger les rapports de recommandations ;",
 "Accompagner les industriels dans le montage de leurs plans d'actions et le suivi des économies réalisées ;",
 "Vérifier la conformité des rapports d'audit déposés par les bureaux d'études agréés ;",
 "Participer aux campagnes de mesure et à l'entretien du parc d'instruments de la délégation ;",
 "Contribuer aux actions de formation des gestionnaires d'énergie.",
]
E = fr_only(reference=REF, title=TITLE, organisation=ORG, location=LOC, schedule=SCHED,
            deadline="2034-12-15", salary=sal(amount=16800, cur="MAD"), grade=GRADE,
            essential=ESS, desirable=DES, competencies=[])
expected(KEY, E)

rows = [("Intitulé du poste", TITLE), ("Organisme", ORG),
        ("Pôle de rattachement", "Pôle Industrie et Procédés"),
        ("Lieu d'affectation", LOC), ("Nombre de postes", "Un (01)"),
        ("Classement", GRADE), ("Régime de travail", SCHED),
        ("Rémunération", "Salaire mensuel net de départ : 16 800 dirhams (MAD), hors primes de rendement et indemnités de déplacement"),
        ("Date limite de dépôt", "15 décembre 2034 à 16 h 30")]
table = "\n".join(f'<tr><td style="width:32%"><b>{a}</b></td><td>{b}</td></tr>' for a, b in rows)
html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Avis de concours {REF}</title>
<style>
body {{ font-family: "Liberation Serif", serif; font-size: 11.5pt; }}
.head {{ text-align: center; }}
table {{ border-collapse: collapse; width: 100%; }}
td {{ border: 1px solid #000; padding: 4px 6px; vertical-align: top; }}
h2 {{ font-size: 12pt; text-decoration: underline; }}
</style></head>
<body>
<p class="head">ROYAUME DU MAROC<br>Ministère de la Transition Énergétique et du Développement Durable<br><b>AGENCE MAROCAINE POUR L'EFFICACITÉ ÉNERGÉTIQUE</b><br>Direction des Ressources Humaines</p>
<p class="head"><b>AVIS DE CONCOURS</b><br><b>N° {REF}</b></p>
<p>L'{ORG} organise, le dimanche 7 janvier 2035 à Rabat, un concours pour le recrutement d'un (01) ingénieur d'État chargé de l'audit énergétique industriel, au profit de sa délégation régionale de Casablanca-Settat.</p>
<table>
{table}
</table>
<h2>1. Missions principales</h2>
<ul>
{chr(10).join(f'<li>{m}</li>' for m in MISSIONS)}
</ul>
<h2>2. Conditions de candidature</h2>
<p>{LEAD}</p>
<ul style="list-style-type: square">
{chr(10).join(f'<li>{x}</li>' for x in ESS)}
</ul>
<h2>3. Seront considérés comme des atouts</h2>
<ul style="list-style-type: circle">
{chr(10).join(f'<li>{x}</li>' for x in DES)}
</ul>
<h2>4. Déroulement du concours</h2>
<p>Le concours comporte une épreuve écrite de spécialité (trois heures, coefficient 3) et un entretien avec le jury (trente minutes, coefficient 2). Seuls les candidats ayant obtenu au moins 12/20 à l'épreuve écrite sont admis à l'entretien. La liste des candidats convoqués sera publiée sur le site de l'Agence et sur le portail de l'emploi public au plus tard le 28 décembre 2034.</p>
<h2>5. Dossier et dépôt des candidatures</h2>
<p>Le dossier comprend : une demande manuscrite adressée au Directeur Général ; un curriculum vitae ; une copie de la carte nationale d'identité électronique ; une copie certifiée conforme du diplôme et, le cas échéant, de l'arrêté d'équivalence ; les attestations de travail justifiant l'expérience requise.</p>
<p>Les candidatures sont enregistrées sur le portail de l'emploi public, ou déposées contre récépissé au siège de l'Agence à Rabat, <b>au plus tard le vendredi 15 décembre 2034 à 16 h 30</b>. Tout dossier incomplet ou parvenu hors délai sera rejeté.</p>
<p style="text-align:right">Rabat, le 20 novembre 2034<br>Le Directeur Général<br>(signature)</p>
</body></html>
"""
write("__build/amee-avis.html", html)

portal = f"""Portail de l'emploi public
Accueil | Concours | Annonces de recrutement | Résultats | Espace candidat | العربية

Concours > Établissements publics > {ORG}

Concours de recrutement d'un (01) Ingénieur d'État - Audit énergétique industriel

Administration : {ORG}
Référence de l'avis : {REF}
Intitulé du poste : {TITLE}
Grade : {GRADE}
Spécialité : Génie énergétique / Génie des procédés
Nombre de postes : 1
Lieu d'affectation : {LOC}
Régime de travail : {SCHED}
Rémunération : 16 800 dirhams (MAD) net par mois, hors primes
Date de publication : 20/11/2034
Date limite de dépôt des candidatures : 15/12/2034
Date du concours : 07/01/2035

Missions
{chr(10).join(MISSIONS)}

Conditions d'accès
{LEAD}
{chr(10).join(ESS)}

Atouts
{chr(10).join(DES)}

Épreuves
Épreuve écrite de spécialité : 3 heures, coefficient 3
Entretien oral : 30 minutes, coefficient 2

Pièces à fournir
Demande manuscrite, CV, copie de la CNIE, copie certifiée du diplôme, attestations de travail.

Télécharger l'avis (PDF)   Télécharger l'arrêté d'ouverture (PDF)   Postuler en ligne

Concours du même établissement
Technicien(ne) spécialisé(e) en froid industriel - date limite : 15/12/2034
Cadre juriste - date limite : 05/01/2035

Nombre de visites : 3 418
Le portail ne perçoit aucun frais d'inscription. Signalez toute sollicitation frauduleuse.
"""
write(KEY + "-emploi-public.txt", portal)
