from common import *

KEY = "004-mha-ucp-paepzr-2036"
REF = "004/MHA/UCP-PAEPZR/2036"
TITLE = "Spécialiste en passation des marchés"
ORG = "Ministère de l'Hydraulique et de l'Assainissement"
PROJ = "Projet d'Accès à l'Eau Potable en Zones Rurales (PAEPZR)"
LOC = "Conakry, avec missions régulières dans les régions de Labé et de Mamou"
SCHED = "Temps plein, disponibilité en dehors des heures ouvrables lors des ouvertures de plis"
SALTXT = "21 000 000 GNF brut par mois, selon la grille salariale des projets du Ministère"
DURATION = "Douze (12) mois, renouvelable après évaluation satisfaisante"
MISSIONS = [
    "préparer et mettre à jour le plan de passation des marchés du Projet dans le système STEP ;",
    "élaborer les dossiers d'appel d'offres, les demandes de propositions et les termes de référence avec les services techniques ;",
    "organiser les séances d'ouverture des plis et assurer le secrétariat des commissions d'évaluation ;",
    "suivre l'exécution des contrats de travaux de forages et de réseaux d'adduction d'eau ;",
    "former les points focaux des directions régionales aux procédures du bailleur.",
]
REQ = [
    "Être de nationalité guinéenne ;",
    "Diplôme de niveau Bac+4 au minimum en droit, économie, gestion, génie civil ou équivalent ;",
    "Au moins cinq (5) ans d'expérience en passation des marchés, dont trois (3) dans un projet financé par un partenaire technique et financier ;",
    "Connaissance approfondie du Règlement de passation des marchés des bailleurs multilatéraux et du Code des marchés publics de Guinée ;",
    "Maîtrise des outils informatiques courants (traitement de texte, tableur, messagerie).",
]
DES = [
    "Une formation certifiante en passation des marchés (ILO Turin, ESSEC Kinshasa ou équivalent) ;",
    "Une expérience des marchés de travaux hydrauliques.",
]

expected(KEY, REF, ["fr"], {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, {"fr": SCHED}, "2036-02-11",
         sal(amount=21000000, cur="GNF"), None,
         {"fr": {"essential": REQ, "desirable": DES}}, {"fr": []})

# Word-style notice imported into LibreOffice Writer
facts = [("Intitulé du poste", TITLE), ("Autorité contractante", ORG), ("Projet", PROJ),
         ("Lieu d'affectation", LOC), ("Durée du contrat", DURATION), ("Temps de travail", SCHED),
         ("Rémunération", SALTXT), ("Date limite de dépôt", "lundi 11 février 2036 à 16 heures (heure de Conakry)")]
rows = "".join(f'<tr><td width="34%"><b>{e(a)}</b></td><td>{e(b)}</td></tr>\n' for a, b in facts)
src = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>AMI {REF}</title>
<style>body{{font-family:"Liberation Serif";font-size:11pt}} td{{border:1px solid #000;padding:3pt;vertical-align:top}}</style></head><body>
<table width="100%" style="border:none"><tr>
<td style="border:none" width="50%"><b>MINISTÈRE DE L'HYDRAULIQUE<br>ET DE L'ASSAINISSEMENT</b><br>Secrétariat Général<br>Unité de Coordination du Projet PAEPZR</td>
<td style="border:none" align="right"><b>RÉPUBLIQUE DE GUINÉE</b><br><i>Travail – Justice – Solidarité</i><br>Conakry, le 21 janvier 2036</td></tr></table>
<p align="center"><b>AVIS À MANIFESTATION D'INTÉRÊT<br>N° {REF}</b></p>
<p align="center"><b>RECRUTEMENT D'UN(E) {TITLE.upper()}</b></p>
<p>Le Gouvernement de la République de Guinée a obtenu un financement d'un partenaire multilatéral pour la
mise en œuvre du {PROJ}. Le {ORG}, à travers l'Unité de Coordination du Projet, a l'intention
d'utiliser une partie de ces fonds pour recruter un(e) {TITLE.lower()} à temps plein.</p>
<table width="100%" cellspacing="0">
{rows}</table>
<p><b>1. MISSIONS</b></p>
<p>Sous l'autorité du Coordonnateur du Projet, le/la titulaire du poste aura pour missions de :</p>
{ul(MISSIONS)}
<p><b>2. QUALIFICATIONS ET EXPÉRIENCE REQUISES</b></p>
<p>Le/la candidat(e) devra remplir les conditions suivantes :</p>
{ul(REQ)}
<p><b>3. ATOUTS</b></p>
{ul(DES)}
<p><b>4. COMPOSITION DU DOSSIER</b></p>
<ol type="a"><li>une lettre de manifestation d'intérêt adressée au Coordonnateur du Projet ;</li>
<li>un curriculum vitae détaillé, daté et signé, avec trois références ;</li>
<li>les copies certifiées des diplômes et attestations de travail.</li></ol>
<p><b>5. MÉTHODE DE SÉLECTION ET DÉPÔT</b></p>
<p>Le/la candidat(e) sera sélectionné(e) selon la méthode de sélection de consultants individuels.
Les dossiers sont déposés sous pli fermé au siège de l'UCP, quartier Kipé, commune de Ratoma, ou envoyés
à recrutement@paepzr-guinee.example au plus tard le <b>lundi 11 février 2036 à 16 heures</b>.
Les candidat(e)s présélectionné(e)s seront entendu(e)s à partir du 25 février 2036. Les candidatures
féminines sont vivement encouragées.</p>
<p align="right">Le Coordonnateur du Projet<br><i>(signature et nom fictifs)</i></p>
</body></html>
"""
wb("paepzr-ami.html", src)
libreoffice("paepzr-ami.html", f"{KEY}-ami.libreoffice.pdf")

# relay on a Guinean job-announcement site, browser copy
portal = f"""Accueil	Offres d'emplois	Appels d'offres	Avis de recrutement	Publier une annonce

> AVIS À MANIFESTATION D'INTÉRÊT : Recrutement d'un(e) {TITLE} – {PROJ}

Offres d'Emplois

AMI N° {REF}    Date début : 21/01/2036; Date Limite : 11/02/2036
Client: {ORG} (Unité de Coordination du Projet PAEPZR).
Type: Sollicitation de manifestations d'intérêt
Titre: Recrutement d'un(e) {TITLE}

Le {ORG} a obtenu un financement pour le {PROJ} et entend
recruter un(e) {TITLE.lower()} pour appuyer l'Unité de Coordination du Projet.

Intitulé du poste : {TITLE}
Lieu d'affectation : {LOC}
Durée du contrat : {DURATION}
Temps de travail : {SCHED}
Rémunération : {SALTXT}

- Missions
""" + "\n".join("    " + m for m in MISSIONS) + """

- Qualifications et expérience requises
Le/la candidat(e) devra remplir les conditions suivantes :
""" + "\n".join("    " + r for r in REQ) + """

- Atouts
""" + "\n".join("    " + d for d in DES) + f"""

- Dépôt des dossiers
Lettre de manifestation d'intérêt, CV avec références, copies des diplômes et attestations, sous pli fermé
à l'UCP (Kipé, Ratoma) ou par courriel à recrutement@paepzr-guinee.example, au plus tard le lundi
11 février 2036 à 16 heures. Auditions à partir du 25 février 2036.

Partager : Facebook | WhatsApp | LinkedIn      Vue : 1 208 fois

Annonces récentes
- Appel d'offres : fourniture de pompes à motricité humaine (clôture 18/02/2036)
- Recrutement d'un comptable de projet – Kankan (Date Limite : 06/02/2036)
"""
w(f"{KEY}-annonces.txt", portal)
print("n02 ok")
