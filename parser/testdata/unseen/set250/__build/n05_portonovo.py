from common import *
KEY = "mpn-sg-drh-2038-017"
REF = "MPN/SG/DRH/2038-017"
FR = dict(
 title="Chef du Service de l'état civil et de la population",
 organisation="Mairie de Porto-Novo",
 location="Porto-Novo (Bénin)",
 schedule="Temps plein",
 essential=[
  "Être de nationalité béninoise et jouir de ses droits civiques.",
  "Être titulaire d'une licence en droit, en administration publique ou en sciences sociales.",
  "Justifier d'au moins quatre (4) années d'expérience dans un service d'état civil ou une administration communale.",
  "Avoir une bonne maîtrise de la législation béninoise relative à l'état civil et au code des personnes et de la famille.",
  "Savoir utiliser les logiciels bureautiques et les bases de données d'enregistrement des faits d'état civil.",
 ],
 desirable=[
  "Une expérience des projets de numérisation des registres.",
  "La connaissance du goun ou du yoruba.",
 ],
 competencies=[("discrétion", ""), ("rigueur", ""), ("sens de l'accueil", ""), ("disponibilité", "")])
D = dict(reference=REF, languages=["fr"], deadline="2038-08-13", salary=sal(293400, cur="XOF", per="month"), grade="B", fr=FR)

html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Avis de recrutement – Mairie de Porto-Novo</title></head>
<body>
<div class="topbar">République du Bénin · Département de l'Ouémé · Ville de Porto-Novo, capitale politique</div>
<header><h2>MAIRIE DE PORTO-NOVO</h2><p>Hôtel de ville · Avenue Victor Ballot</p></header>
<nav><a href="#">Accueil</a> | <a href="#">La mairie</a> | <a href="#">Arrondissements</a> | <a href="#">Services en ligne</a> | <a href="#">Marchés publics</a> | <a href="#">Avis et communiqués</a></nav>
<p class="flash">Flash info : les bureaux de l'état civil seront fermés le 1er août 2038, jour de la fête de l'Indépendance.</p>
<section>
<p>Accueil &gt; Avis et communiqués &gt; Recrutement</p>
<p><small>Publié le 19 juillet 2038 par le Service communication</small></p>
<h1>AVIS DE RECRUTEMENT N° {REF}</h1>
<p>Le Maire de la commune de Porto-Novo porte à la connaissance du public que la {FR['organisation']} recrute, pour le compte de la Direction de l'état civil, un (01) :</p>
<h2>{FR['title']}</h2>
<dl>
<dt>Référence</dt><dd>{REF}</dd>
<dt>Employeur</dt><dd>{FR['organisation']}</dd>
<dt>Lieu de travail</dt><dd>{FR['location']}</dd>
<dt>Catégorie</dt><dd>B</dd>
<dt>Type de contrat</dt><dd>Contrat à durée indéterminée de droit public (agent contractuel de la commune)</dd>
<dt>Régime horaire</dt><dd>{FR['schedule']}</dd>
<dt>Salaire mensuel net</dt><dd>293 400 FCFA, plus primes réglementaires</dd>
<dt>Date limite de dépôt</dt><dd>13 août 2038 à 17 heures</dd>
</dl>
<h3>1. Attributions</h3>
<p>Sous l'autorité du Directeur de l'état civil, le Chef de service est chargé de :</p>
<ul>
<li>superviser l'enregistrement des naissances, mariages et décès dans les centres principaux et secondaires ;</li>
<li>contrôler la tenue et la conservation des registres ;</li>
<li>coordonner les audiences foraines de délivrance d'actes de naissance dans les arrondissements ;</li>
<li>produire les statistiques trimestrielles d'état civil à l'intention de l'Agence nationale d'identification des personnes ;</li>
<li>encadrer les officiers et agents d'état civil.</li>
</ul>
<h3>2. Conditions de candidature</h3>
<ul>
{li(FR['essential'])}
</ul>
<h3>3. Atouts</h3>
<ul>
{li(FR['desirable'])}
</ul>
<h3>4. Aptitudes</h3>
<p>Le poste exige {FR['competencies'][0][0]}, {FR['competencies'][1][0]}, {FR['competencies'][2][0]} et {FR['competencies'][3][0]}.</p>
<h3>5. Pièces à fournir</h3>
<ol><li>une demande adressée au Maire ;</li><li>un curriculum vitae ;</li><li>une copie certifiée du diplôme ;</li><li>un casier judiciaire de moins de trois mois ;</li><li>les attestations de travail.</li></ol>
<h3>6. Dépôt</h3>
<p>Les dossiers sont déposés sous pli fermé au Secrétariat général de la Mairie, du lundi au vendredi de 8 h à 17 h, au plus tard le vendredi 13 août 2038 à 17 heures. Un test écrit aura lieu le samedi 28 août 2038 à l'Hôtel de ville.</p>
<p>Fait à Porto-Novo, le 16 juillet 2038.<br>Le Maire</p>
</section>
<aside><h4>À lire aussi</h4><p>Fête de l'Indépendance : programme des festivités du 1er août 2038</p><p>Avis d'appel d'offres : pavage de la rue du marché Ouando (date limite : 24 août 2038)</p></aside>
<footer>© 2038 Mairie de Porto-Novo – Tous droits réservés – Contact : mairie@porto-novo.example</footer>
</body></html>
"""
w(KEY + "-mairie.html", html, KEY)

chat = f"""[21/07/2038 08:14] Gildas (Porto-Novo Emplois): Bonjour la famille 🙏 nouvel avis à la mairie
[21/07/2038 08:14] Gildas (Porto-Novo Emplois): *AVIS DE RECRUTEMENT N° {REF}*
*{FR['organisation'].upper()}*
Poste : *{FR['title']}*
📌 Employeur : {FR['organisation']}
📍 Lieu : {FR['location']}
🏷️ Catégorie : B
⏰ Régime : {FR['schedule']}
💵 Salaire mensuel net : 293 400 FCFA + primes
📅 Dépôt au plus tard le 13/08/2038 à 17 h au Secrétariat général

*Conditions de candidature*
{items(FR['essential'], '• ')}

*Atouts*
{items(FR['desirable'], '• ')}

*Aptitudes* : {FR['competencies'][0][0]}, {FR['competencies'][1][0]}, {FR['competencies'][2][0]}, {FR['competencies'][3][0]}

Pièces : demande au Maire, CV, diplôme certifié, casier judiciaire (- de 3 mois), attestations de travail.
[21/07/2038 08:15] Gildas (Porto-Novo Emplois): <pièce jointe : avis_recrutement_etat_civil.pdf>
[21/07/2038 08:31] +229 97 00 00 11: Merci Gildas. Le test c'est quand ?
[21/07/2038 08:33] Gildas (Porto-Novo Emplois): Samedi 28 août à l'hôtel de ville d'après le communiqué
[21/07/2038 09:02] Fifamè: 🙏🏾 partagé dans le groupe des juristes
[21/07/2038 09:40] +229 96 00 00 42: Les licences en sociologie sont acceptées ?
[21/07/2038 09:41] Gildas (Porto-Novo Emplois): Oui sciences sociales c'est dedans
"""
w(KEY + "-whatsapp.txt", chat, KEY)
expected(KEY, D)
