from common import *
KEY = "chd-drh-2035-204"
REF = "CHD-DRH-2035-204"
T = "Assistant médico-administratif – Département d'information médicale (H/F)"
O = "Centre hospitalier de Dax – Côte d'Argent"
LOC = "Dax (Landes) – site du boulevard Yves du Manoir"
SCH = "100 % – 37 h 30 hebdomadaires, du lundi au vendredi"
GRADE = "Assistant médico-administratif"
ESS = ["Baccalauréat, idéalement de la filière sciences et technologies de la santé et du social (ST2S) ;",
       "Connaissance de la terminologie médicale et de la classification CIM-10 ;",
       "Maîtrise des outils bureautiques, notamment du tableur."]
DES = ["Diplôme universitaire de technicien de l'information médicale (DU TIM) ;",
       "Expérience du PMSI en médecine, chirurgie et obstétrique."]
QUAL = ["Rigueur et méthode", "Respect du secret professionnel", "Autonomie", "Sens du travail en équipe"]
MISS = ["contrôler l'exhaustivité et la qualité du codage des séjours en lien avec les médecins du DIM ;",
        "rechercher dans le dossier patient les informations nécessaires au codage des diagnostics et des actes ;",
        "préparer les envois mensuels du PMSI et corriger les anomalies signalées ;",
        "participer aux contrôles internes et à la préparation des contrôles externes de l'Assurance maladie ;",
        "assurer l'accueil téléphonique du département et le suivi des demandes d'accès au dossier médical."]

def li(items):
    return "".join(f"<li>{i}</li>" for i in items)

HTML = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Offres d'emploi – CH de Dax</title>
<style>body{{font-family:Arial,sans-serif;margin:0;color:#222}} .band{{background:#005a8c;color:#fff;padding:6px 18px;font-size:90%}}
main{{max-width:880px;margin:auto;padding:0 18px}} table.syn{{border-collapse:collapse;width:100%}} table.syn th{{text-align:left;width:32%;background:#eef4f8}}
table.syn th,table.syn td{{border:1px solid #c8d6e0;padding:5px}}</style></head>
<body>
<div class="band">Urgences : 15 · Standard : 05 58 00 00 00 · Prendre rendez-vous · Espace professionnels</div>
<header style="padding:8px 18px"><b>CENTRE HOSPITALIER DE DAX – CÔTE D'ARGENT</b> · Patients · Offre de soins · <b>Nous rejoindre</b> · Actualités</header>
<main>
<p style="font-size:85%">Accueil / Nous rejoindre / Offres d'emploi / Personnels administratifs</p>
<p><i>Direction des ressources humaines · Réf. {REF} · mise en ligne le 20/12/2035</i></p>
<h1>{T}</h1>
<table class="syn">
<tr><th>Établissement</th><td>{O}</td></tr>
<tr><th>Pôle / service</th><td>Pôle performance – Département d'information médicale (DIM)</td></tr>
<tr><th>Lieu d'exercice</th><td>{LOC}</td></tr>
<tr><th>Grade</th><td>{GRADE} (catégorie B)</td></tr>
<tr><th>Type de recrutement</th><td>Titulaire par mutation ou détachement, ou contractuel en vue d'une stagiairisation</td></tr>
<tr><th>Temps de travail</th><td>{SCH}</td></tr>
<tr><th>Rémunération</th><td>de 2 148 € à 2 903 € bruts mensuels selon l'échelon, hors prime de service</td></tr>
<tr><th>Poste à pourvoir</th><td>1er mars 2036</td></tr>
<tr><th>Date limite de candidature</th><td>18/01/2036</td></tr>
</table>
<h2>Présentation du service</h2>
<p>Le DIM réunit deux médecins, une technicienne de l'information médicale et trois assistants médico-administratifs. Il produit les données d'activité de l'établissement (près de 40 000 séjours par an) et accompagne les services de soins dans la qualité de leur dossier patient.</p>
<h2>Missions principales</h2>
<ul>{li(MISS)}</ul>
<h2>Diplômes et compétences requis</h2>
<ul>{li(ESS)}</ul>
<h2>Serait apprécié</h2>
<ul>{li(DES)}</ul>
<h2>Qualités professionnelles</h2>
<p>{" – ".join(QUAL)}</p>
<h2>Pour postuler</h2>
<p>Adressez lettre de motivation et CV à la Direction des ressources humaines, en rappelant la référence {REF}, avant le 18/01/2036. Les entretiens se tiendront le 29 janvier 2036. Renseignements auprès du Dr Élodie Sarrazin, médecin responsable du DIM.</p>
</main>
<footer style="font-size:80%;padding:10px 18px;border-top:1px solid #ccc">Centre hospitalier de Dax – Côte d'Argent · Mentions légales · Plan du site</footer>
</body></html>
"""

FICHE = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Fiche de poste {REF}</title>
<style>@page {{ size: A4; margin: 2cm 2cm 2.2cm 2cm; @bottom-right {{ content: "Page " counter(page) " / " counter(pages); font-size: 8pt }} @bottom-left {{ content: "CH de Dax – DRH – fiche de poste"; font-size: 8pt }} }}
body{{font-family:"DejaVu Sans",sans-serif;font-size:9.5pt}} table{{border-collapse:collapse;width:100%}} td{{border:1px solid #777;padding:4px;vertical-align:top}}
h1{{font-size:13pt;text-align:center}} h2{{font-size:10.5pt;background:#ddd;padding:2px 4px}}</style></head><body>
<p><b>Centre hospitalier de Dax – Côte d'Argent</b><br>Direction des ressources humaines<br>Référence : {REF}</p>
<h1>FICHE DE POSTE<br>{T}</h1>
<table>
<tr><td style="width:35%">Établissement</td><td>{O}</td></tr>
<tr><td>Lieu d'exercice</td><td>{LOC}</td></tr>
<tr><td>Grade</td><td>{GRADE}</td></tr>
<tr><td>Catégorie</td><td>B</td></tr>
<tr><td>Temps de travail</td><td>{SCH}</td></tr>
<tr><td>Rémunération</td><td>2 148 € à 2 903 € bruts mensuels (grille indiciaire)</td></tr>
<tr><td>Date limite de candidature</td><td>18/01/2036</td></tr>
</table>
<h2>1. Missions principales</h2>
<ul>{li(MISS)}</ul>
<h2>2. Diplômes et compétences requis</h2>
<ul>{li(ESS)}</ul>
<h2>3. Serait apprécié</h2>
<ul>{li(DES)}</ul>
<h2>4. Qualités professionnelles</h2>
<ul>{li(QUAL)}</ul>
<h2>5. Liaisons</h2>
<p>Hiérarchiques : médecin responsable du DIM, attachée d'administration du pôle. Fonctionnelles : services de soins, bureau des entrées, contrôle de gestion.</p>
<p style="font-size:8pt">Version du 15/12/2035 – validée par la DRH</p>
</body></html>
"""

STAFF = f"""
staffsanté
Offres d'emploi	Établissements	Métiers	Conseils	Espace candidat	Espace recruteur
Rechercher un métier, un établissement…	Ville ou département	Rechercher
< Retour aux résultats

{T}
Centre hospitalier de Dax – Côte d'Argent · Dax (40)
Fonction publique hospitalière	Titulaire / Contractuel	Temps plein	Jour
Publiée le 20/12/2035 · Offre n° SS-118842
Postuler	Sauvegarder	Partager

Métier : Secrétaire médical / Assistant médico-administratif
Expérience : Débutant accepté
Salaire : Selon grille FPH

Description de l'offre
Référence établissement : {REF}
Établissement : {O}
Lieu d'exercice : {LOC}
Grade : {GRADE} (catégorie B)
Temps de travail : {SCH}
Rémunération : de 2 148 € à 2 903 € bruts mensuels selon l'échelon
Date limite de candidature : 18/01/2036

Le DIM réunit deux médecins, une technicienne de l'information médicale et trois assistants médico-administratifs. Il produit les données d'activité de l'établissement et accompagne les services de soins.

Missions principales
{chr(10).join("- " + m for m in MISS)}

Profil recherché
Diplômes et compétences requis :
{chr(10).join(ESS)}
Serait apprécié :
{chr(10).join(DES)}
Qualités professionnelles : {", ".join(QUAL)}.

Entretiens prévus le 29 janvier 2036.

À propos de l'établissement
Centre hospitalier de Dax – Côte d'Argent
Établissement public de santé · 1 900 professionnels · Landes (40)
Voir les 23 offres de l'établissement

Offres similaires
Secrétaire médical (H/F) – CH de Mont-de-Marsan – publiée le 12/12/2035
Technicien de l'information médicale (H/F) – Clinique des Landes – publiée le 03/01/2036
Alerte emploi : recevez les nouvelles offres par e-mail
"""

def build():
    w(KEY + "-chdax.html", HTML, KEY)
    src("dax-fiche.html", FICHE)
    weasy("dax-fiche.html", KEY + "-fiche.weasyprint.pdf", KEY)
    w(KEY + "-staffsante.txt", STAFF, KEY)
    expected(KEY, REF, ["fr"], {"fr": T}, {"fr": O}, {"fr": LOC}, {"fr": SCH}, "2036-01-18",
             sal(2148, 2903, "EUR", "month"), GRADE, None,
             {"fr": {"essential": ESS, "desirable": DES}}, {"fr": comp(QUAL)})
