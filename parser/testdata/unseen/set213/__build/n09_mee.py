# Ministere de l'Equipement et de l'Eau (Morocco) - public-employment portal page (html) + browser copy (txt)
from common import *
REF = "MEE/DRH/CONC/2035-07"
K = key_of(REF)
TITLE = "Ingénieur hydrogéologue"
ORG = "Ministère de l'Équipement et de l'Eau"
LOC = "Direction provinciale de l'Équipement et de l'Eau d'Errachidia"
GRADE = "Ingénieur d'État du premier grade (échelle 11)"
ESS = [
 "Être de nationalité marocaine ;",
 "Être âgé(e) de 18 ans au moins et de 45 ans au plus au 1er janvier 2035 ;",
 "Être titulaire du diplôme d'ingénieur d'État en hydrogéologie, en géologie appliquée ou en génie de l'eau, ou d'un diplôme reconnu équivalent ;",
 "Les fonctionnaires doivent produire une autorisation de leur administration d'origine.",
]
MISSIONS = [
 "suivre les forages de reconnaissance et le réseau piézométrique de la province ;",
 "instruire les demandes d'autorisation de prélèvement d'eaux souterraines ;",
 "contribuer aux études de recharge des nappes des vallées du Ziz et du Rhéris.",
]
ul = lambda xs: "".join(f"<li>{x}</li>" for x in xs)
html = f"""<!DOCTYPE html>
<html lang="fr" dir="ltr"><head><meta charset="utf-8"><title>Concours – {TITLE} – Portail de l'emploi public (fictif)</title>
<style>body{{font-family:Tahoma,sans-serif;font-size:10pt}} .ar{{text-align:right;direction:rtl}} dl.c{{display:grid;grid-template-columns:220px 1fr}}
dl.c dt{{font-weight:bold;background:#eef3f8;padding:4px}} dl.c dd{{margin:0;padding:4px;border-bottom:1px solid #dde}}</style></head><body>
<div class="ar">بوابة التشغيل العمومي</div>
<div>Portail de l'emploi public (reproduction fictive) — Accueil | Concours | Nominations aux postes de responsabilité | Résultats | Espace candidat</div>
<p>Accueil › Concours › {ORG}</p>
<h1>Concours de recrutement de quatre (4) {TITLE}s – {GRADE}</h1>
<p>Date de publication : 25/06/2035 &nbsp;|&nbsp; Administration : {ORG}</p>
<dl class="c">
<dt>Référence de l'avis</dt><dd>{REF}</dd>
<dt>Administration</dt><dd>{ORG}</dd>
<dt>Intitulé du poste</dt><dd>{TITLE}</dd>
<dt>Grade</dt><dd>{GRADE}</dd>
<dt>Nombre de postes</dt><dd>4</dd>
<dt>Lieu d'affectation</dt><dd>{LOC}</dd>
<dt>Spécialité</dt><dd>Hydrogéologie</dd>
<dt>Date du concours</dt><dd>Dimanche 9 septembre 2035</dd>
<dt>Date limite de dépôt des candidatures</dt><dd>27/07/2035 à 16h30</dd>
</dl>
<h2>Missions</h2><p>Les lauréats seront chargés notamment de :</p><ul>{ul(MISSIONS)}</ul>
<h2>Conditions d'accès</h2><p>Le concours est ouvert aux candidats remplissant les conditions suivantes :</p><ul>{ul(ESS)}</ul>
<h2>Épreuves</h2>
<ul><li>Épreuve écrite (3 heures, coefficient 3) portant sur la spécialité ;</li><li>Épreuve orale (30 minutes, coefficient 2), ouverte aux candidats ayant obtenu au moins 12/20 à l'écrit.</li></ul>
<p>25 % des postes sont réservés aux pupilles de la Nation, anciens militaires et anciens combattants, et 7 % aux
personnes en situation de handicap, conformément aux textes en vigueur.</p>
<h2>Dépôt des candidatures</h2>
<p>Inscription obligatoire en ligne sur le portail, du 26/06/2035 au 27/07/2035 à 16h30, avec copie de la CNIE, du
diplôme et un CV. Les listes des candidats convoqués seront publiées le 20/08/2035.</p>
<p><a href="#">Télécharger l'avis (PDF)</a> · <a href="#">Télécharger l'arrêté</a></p>
<h3>Autres concours</h3><p>Techniciens de 3e grade – Agence du bassin (fictif) – clôture 14/07/2035<br>Administrateurs de 2e grade – clôture 31/07/2035</p>
</body></html>
"""
write(f"{K}-portail.html", html)
txt = f"""بوابة التشغيل العمومي
Accueil	Concours	Nominations aux postes de responsabilité	Résultats	Espace candidat
Accueil › Concours › {ORG}
Concours de recrutement de quatre (4) {TITLE}s – {GRADE}
Date de publication : 25/06/2035  |  Administration : {ORG}
Référence de l'avis
{REF}
Administration
{ORG}
Intitulé du poste
{TITLE}
Grade
{GRADE}
Nombre de postes
4
Lieu d'affectation
{LOC}
Spécialité
Hydrogéologie
Date du concours
Dimanche 9 septembre 2035
Date limite de dépôt des candidatures
27/07/2035 à 16h30
Missions
Les lauréats seront chargés notamment de :
{chr(10).join(MISSIONS)}
Conditions d'accès
Le concours est ouvert aux candidats remplissant les conditions suivantes :
{chr(10).join(ESS)}
Épreuves
Épreuve écrite (3 heures, coefficient 3) portant sur la spécialité ;
Épreuve orale (30 minutes, coefficient 2), ouverte aux candidats ayant obtenu au moins 12/20 à l'écrit.
25 % des postes sont réservés aux pupilles de la Nation, anciens militaires et anciens combattants, et 7 % aux personnes en situation de handicap, conformément aux textes en vigueur.
Dépôt des candidatures
Inscription obligatoire en ligne sur le portail, du 26/06/2035 au 27/07/2035 à 16h30, avec copie de la CNIE, du diplôme et un CV. Les listes des candidats convoqués seront publiées le 20/08/2035.
Télécharger l'avis (PDF) · Télécharger l'arrêté
Autres concours
Techniciens de 3e grade – Agence du bassin (fictif) – clôture 14/07/2035
Administrateurs de 2e grade – clôture 31/07/2035
"""
write(f"{K}-navigateur.txt", txt)
expected(REF, ["fr"], {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, {"fr": None}, "2035-07-27", None, GRADE,
         {"fr": {"essential": ESS, "desirable": []}}, {"fr": []})
