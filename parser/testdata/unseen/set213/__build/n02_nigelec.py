# NIGELEC - newspaper advert page (HTML source -> LibreOffice PDF) + Facebook page copy
from common import *
REF = "0087/2035/NIGELEC/DG/DRH"
K = key_of(REF)
TITLE = "Chef du centre de conduite du réseau de transport"
ORG = "Société Nigérienne d'Électricité (NIGELEC)"
LOC = "Niamey, Dispatching national de Gorou Banda"
SCHED = "Travail posté en 3x8, avec astreintes de nuit, de week-end et de jours fériés"
GRADE = "Cadre supérieur, catégorie 11, échelon A"
ESS = [
 "être de nationalité nigérienne ;",
 "être titulaire d'un diplôme d'ingénieur en génie électrique (BAC+5) ou d'un master en réseaux électriques ;",
 "justifier d'au moins cinq (05) ans d'expérience dans l'exploitation d'un réseau haute tension, dont deux (02) en salle de conduite ;",
 "maîtriser les systèmes SCADA/EMS et les règles d'échange d'énergie du système d'interconnexion régional ;",
 "être âgé(e) de quarante (40) ans au plus au 31 décembre 2035 ;",
 "être apte physiquement au travail de nuit.",
]
DES = [
 "une expérience d'encadrement d'équipes postées ;",
 "une bonne pratique de l'anglais technique ;",
 "la connaissance du haoussa ou du zarma.",
]
MISSIONS = [
 "organiser la conduite en temps réel du réseau 132 kV et 330 kV et l'équilibre production-consommation ;",
 "coordonner les manœuvres avec les centrales, les postes sources et les dispatchings des pays voisins ;",
 "établir les programmes de délestage et veiller à leur application équitable ;",
 "analyser les incidents et rédiger les rapports journaliers d'exploitation ;",
 "encadrer les opérateurs des quatre équipes de quart.",
]
DOSSIER = [
 "une demande manuscrite adressée à Monsieur le Directeur Général de la NIGELEC ;",
 "un curriculum vitae détaillé et une lettre de motivation ;",
 "les copies légalisées des diplômes et des attestations de travail ;",
 "un extrait d'acte de naissance et un certificat de nationalité ;",
 "un extrait de casier judiciaire datant de moins de trois (03) mois.",
]
li = lambda xs: "\n".join(f"<li>{x}</li>" for x in xs)
page = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Le Quotidien du Fleuve – Annonces</title>
<style>
body {{ font-family: "Liberation Serif", serif; font-size: 10.5pt; }}
.run {{ border-bottom: 2px solid #000; font-size: 8.5pt; }}
.c {{ text-align: center; }}
table.f {{ border-collapse: collapse; width: 100%; }}
table.f td {{ border: 1px solid #000; padding: 3px 6px; vertical-align: top; }}
h3 {{ font-size: 11pt; margin: 10px 0 4px; }}
.box {{ border: 1px solid #000; padding: 6px; margin-top: 16px; font-size: 9.5pt; }}
</style></head><body>
<p class="run">LE QUOTIDIEN DU FLEUVE (journal fictif) · N° 4127 du mardi 26 juin 2035 · ANNONCES ET COMMUNIQUÉS · Page 11</p>
<p class="c"><b>RÉPUBLIQUE DU NIGER</b><br>Fraternité – Travail – Progrès<br>MINISTÈRE DE L'ÉNERGIE<br><b>SOCIÉTÉ NIGÉRIENNE D'ÉLECTRICITÉ</b><br>Direction Générale – Direction des Ressources Humaines</p>
<p class="c"><b>AVIS DE RECRUTEMENT</b><br><b>N° {REF}</b></p>
<p>Dans le cadre du renforcement de l'exploitation du réseau interconnecté, la Société Nigérienne d'Électricité
lance un avis de recrutement externe pour un (01) poste de cadre.</p>
<h3>I. CARACTÉRISTIQUES DU POSTE</h3>
<table class="f">
<tr><td>Intitulé du poste</td><td>{TITLE}</td></tr>
<tr><td>Employeur</td><td>{ORG}</td></tr>
<tr><td>Direction</td><td>Direction du Transport et des Mouvements d'Énergie</td></tr>
<tr><td>Lieu d'affectation</td><td>{LOC}</td></tr>
<tr><td>Nature du contrat</td><td>Contrat à durée indéterminée, après un essai de six (06) mois</td></tr>
<tr><td>Régime de travail</td><td>{SCHED}</td></tr>
<tr><td>Catégorie</td><td>{GRADE}</td></tr>
<tr><td>Rémunération</td><td>Selon la grille de la Convention collective des entreprises du secteur de l'énergie</td></tr>
<tr><td>Date limite de dépôt</td><td>Lundi 16 juillet 2035 à 12 heures</td></tr>
</table>
<h3>II. MISSIONS PRINCIPALES</h3>
<p>Sous l'autorité du Directeur du Transport, le titulaire du poste est chargé de :</p>
<ul>{li(MISSIONS)}</ul>
<h3>III. CONDITIONS À REMPLIR</h3>
<p>Les candidat(e)s doivent remplir les conditions suivantes :</p>
<ul>{li(ESS)}</ul>
<h3>IV. ATOUTS</h3>
<ul>{li(DES)}</ul>
<h3>V. COMPOSITION DU DOSSIER</h3>
<ol>{li(DOSSIER)}</ol>
<h3>VI. DÉPÔT DES DOSSIERS</h3>
<p>Les dossiers, sous pli fermé portant la mention « Recrutement – Chef du centre de conduite », sont déposés au
secrétariat de la Direction des Ressources Humaines, siège de la NIGELEC, avenue du Général de Gaulle, Niamey
(adresse fictive). Seuls les candidats présélectionnés seront convoqués à un test écrit prévu le samedi 28
juillet 2035, suivi d'un entretien devant un jury. Tout dossier incomplet sera rejeté.</p>
<p style="text-align:right">Niamey, le 21 juin 2035<br>Le Directeur Général<br>(signature et nom fictifs)</p>
<div class="box"><b>AVIS DE PERTE</b> – Il a été perdu le 14 juin 2035 à Niamey un titre foncier n° 3312 (fictif) au nom de M. Issa A. Prière de le déposer au commissariat central.</div>
<div class="box"><b>COMMUNIQUÉ</b> – L'Association des retraités du secteur de l'énergie (fictive) informe ses membres que l'assemblée générale se tiendra le 7 juillet 2035 à 9 heures à la Bourse du Travail.</div>
</body></html>
"""
with open("nigelec-journal.html", "w", encoding="utf-8") as f:
    f.write(page)

fb = f"""Société Nigérienne d'Électricité - NIGELEC
27 juin · 🌍

📢 AVIS DE RECRUTEMENT N° {REF}

La NIGELEC recrute un (01) cadre pour son Dispatching national. Lisez attentivement et partagez !

🔹 Intitulé du poste : {TITLE}
🔹 Employeur : {ORG}
🔹 Direction : Direction du Transport et des Mouvements d'Énergie
📍 Lieu d'affectation : {LOC}
📝 Contrat : CDI
⏰ Régime de travail : {SCHED}
🏷️ Catégorie : {GRADE}
💰 Rémunération : selon la grille de la Convention collective
📅 Date limite de dépôt : lundi 16 juillet 2035 à 12 heures

✅ CONDITIONS À REMPLIR
{chr(10).join('• '+x for x in ESS)}

➕ ATOUTS
{chr(10).join('• '+x for x in DES)}

📂 Le dossier (demande manuscrite, CV, lettre de motivation, diplômes légalisés, acte de naissance, certificat de nationalité, casier judiciaire) est à déposer à la DRH, siège de la NIGELEC, Niamey. Test écrit le samedi 28 juillet 2035.

⚠️ La NIGELEC ne demande AUCUN frais de dossier. Méfiez-vous des intermédiaires.

#NIGELEC #Recrutement #Niger #Emploi

👍❤️ 1,2 k    348 commentaires    911 partages

J'aime   Commenter   Partager

Commentaires les plus pertinents

Moussa Harouna (fictif)
Est-ce que les ingénieurs en électromécanique peuvent postuler ?
J'aime · Répondre · 3 j

Société Nigérienne d'Électricité - NIGELEC
Bonjour, le poste exige un diplôme d'ingénieur en génie électrique ou un master en réseaux électriques. Merci.
J'aime · Répondre · 3 j

Aïchatou S. (fictif)
Le dépôt se fait jusqu'au 16 juillet midi, c'est bien ça ?
J'aime · Répondre · 2 j
"""
write(f"{K}-facebook.txt", fb)
expected(REF, ["fr"], {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, {"fr": SCHED}, "2035-07-16", None, GRADE,
         {"fr": {"essential": ESS, "desirable": DES}}, {"fr": []})
