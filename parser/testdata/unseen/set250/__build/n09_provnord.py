from common import *
KEY = "pn-drh-avp-2038-0142"
REF = "PN/DRH/AVP/2038-0142"
FR = dict(
 title="Technicien·ne en aquaculture et pêche côtière",
 organisation="Province Nord",
 location="Koné (Nouvelle-Calédonie)",
 schedule="Temps complet",
 essential=[
  "être fonctionnaire du cadre des techniciens de la Nouvelle-Calédonie ou titulaire d'un BTS aquaculture, d'un BTSA productions aquacoles ou d'un diplôme équivalent ;",
  "justifier d'une expérience de deux ans dans le suivi de fermes aquacoles ou de pêcheries ;",
  "connaître la réglementation provinciale des pêches et de l'environnement marin ;",
  "être titulaire du permis B et du permis bateau côtier.",
 ],
 desirable=[
  "la connaissance d'une langue kanak de la province Nord ;",
  "une pratique de la plongée professionnelle (classe 1B).",
 ],
 competencies=[("sens du contact avec les populations", ""), ("autonomie", ""), ("capacité d'adaptation", "")])
D = dict(reference=REF, languages=["fr"], deadline="2038-08-26", salary=sal(427500, cur="XPF", per="month"), grade="B", fr=FR)

q = FR['competencies']
html = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<style>
@page {{ size: A4; margin: 18mm 16mm 20mm 16mm; @bottom-center {{ content: "AVP {REF} – page " counter(page) " / " counter(pages); font-size: 8pt; color: #555; }} }}
body {{ font-family: 'DejaVu Sans', sans-serif; font-size: 9.8pt; line-height: 1.35; }}
.entete {{ display: flex; justify-content: space-between; border-bottom: 3px solid #00755e; padding-bottom: 6px; }}
.entete div {{ font-size: 8.5pt; }}
h1 {{ font-size: 14pt; text-align: center; color: #00755e; margin: 12px 0 2px; }}
h2.poste {{ text-align: center; font-size: 12pt; margin: 0 0 10px; }}
table.cadre {{ width: 100%; border-collapse: collapse; margin: 8px 0; }}
table.cadre td {{ border: 1px solid #00755e; padding: 3px 6px; vertical-align: top; }}
table.cadre td.l {{ width: 36%; background: #e7f3ef; font-weight: bold; }}
h3 {{ font-size: 10.5pt; color: #00755e; margin: 10px 0 3px; text-transform: uppercase; }}
ul {{ margin: 2px 0 2px 18px; padding: 0; }}
.nw {{ white-space: nowrap; }}
.sign {{ margin-top: 16px; text-align: right; }}
</style></head><body>
<div class="entete">
<div><strong>PROVINCE NORD</strong><br>Direction des ressources humaines<br>Service recrutement et mobilité<br>BP 41 – 98860 Koné</div>
<div style="text-align:right">Nouvelle-Calédonie<br>Koné, le 22 juillet 2038<br>Affaire suivie par : DRH – recrutement</div>
</div>
<h1>AVIS DE VACANCE DE POSTE</h1>
<p style="text-align:center">n° <span class="nw">{REF}</span></p>
<h2 class="poste">{FR['title']}</h2>
<table class="cadre">
<tr><td class="l">Collectivité</td><td>{FR['organisation']}</td></tr>
<tr><td class="l">Direction</td><td>Direction du développement économique et de l'environnement (DDEE) – Service des pêches et de l'aquaculture</td></tr>
<tr><td class="l">Lieu de travail</td><td><span class="nw">{FR['location']}</span>, avec des déplacements sur la côte Est et aux îles Belep</td></tr>
<tr><td class="l">Catégorie</td><td>B</td></tr>
<tr><td class="l">Cadre d'emplois</td><td>Techniciens de la Nouvelle-Calédonie – spécialité pêche et aquaculture</td></tr>
<tr><td class="l">Quotité</td><td>{FR['schedule']}</td></tr>
<tr><td class="l">Rémunération</td><td>427 500 XPF brut mensuel pour un agent contractuel débutant (indicatif)</td></tr>
<tr><td class="l">Date de clôture</td><td>26 août 2038</td></tr>
</table>
<h3>Contexte</h3>
<p>La {FR['organisation']} accompagne le développement de la crevetticulture, de l'aquaculture d'holothuries et de la pêche côtière professionnelle. Le service des pêches et de l'aquaculture, installé à Koné, compte douze agents et deux antennes.</p>
<h3>Activités principales</h3>
<ul>
<li>assurer le suivi technique des fermes aquacoles et des écloseries de la province ;</li>
<li>instruire les demandes d'aides des pêcheurs professionnels ;</li>
<li>réaliser les relevés de terrain et les suivis de ressources en lagon ;</li>
<li>animer des réunions d'information dans les tribus et les communes ;</li>
<li>participer aux contrôles de l'application de la réglementation.</li>
</ul>
<h3>Profil requis</h3>
<ul>
{li(FR['essential'])}
</ul>
<h3>Atouts</h3>
<ul>
{li(FR['desirable'])}
</ul>
<h3>Qualités</h3>
<p>Le poste demande {q[0][0]}, {q[1][0]} et {q[2][0]}.</p>
<h3>Candidature</h3>
<p>Le dossier (lettre de motivation, CV, copie du diplôme, fiche de renseignement jointe à l'AVP) est à adresser à la DRH de la {FR['organisation']}, par courrier ou à recrutement@province-nord.example, au plus tard le <strong>26 août 2038</strong>. Conformément à la loi sur l'emploi local, les candidatures des fonctionnaires et des lauréats de concours sont examinées en priorité ; à défaut, un agent contractuel pourra être recruté pour un an. La commission de sélection se réunira le 9 septembre 2038.</p>
<p class="sign">Pour le Président de l'assemblée de la Province Nord et par délégation,<br>La Directrice des ressources humaines</p>
</body></html>
"""
wb("provnord.html", html)
weasy("provnord.html", KEY + "-provnord.weasyprint.pdf", KEY)

mail = f"""-------- Message transféré --------
Sujet : 	AVP technicien aquaculture – Koné – à diffuser
Date : 	Fri, 23 Jul 2038 07:52:18 +1100
De : 	Cellule emploi – Maison de la mer de Koumac <emploi@maisondelamer.example>
Pour : 	liste-pecheurs-nord@lists.example

Bonjour à toutes et à tous,

La Province Nord a publié l'avis ci-dessous. Merci de le faire circuler dans vos associations et auprès des jeunes diplômés du lycée de la mer. Prochaine permanence emploi : mardi 3 août 2038 à Koumac.

Bonne journée,
Cellule emploi

=================================================
AVIS DE VACANCE DE POSTE n° {REF}
{FR['title']}
=================================================
Collectivité : {FR['organisation']}
Direction : DDEE – Service des pêches et de l'aquaculture
Lieu de travail : {FR['location']}
Catégorie : B
Quotité : {FR['schedule']}
Rémunération : 427 500 XPF brut mensuel (indicatif, contractuel débutant)
Date de clôture : 26/08/2038

Activités : suivi des fermes aquacoles et écloseries ; instruction des aides aux pêcheurs ; relevés de terrain en lagon ; réunions d'information dans les tribus ; contrôles.

Profil requis :
{items(FR['essential'], '  > ')}

Atouts :
{items(FR['desirable'], '  > ')}

Qualités : {q[0][0]} ; {q[1][0]} ; {q[2][0]}.

Dossier à envoyer à recrutement@province-nord.example avant la date de clôture.
=================================================

--
Vous recevez ce message car vous êtes inscrit(e) à la liste liste-pecheurs-nord.
Pour vous désinscrire : liste-pecheurs-nord-unsubscribe@lists.example
"""
w(KEY + "-courriel.txt", mail, KEY)
expected(KEY, D)
