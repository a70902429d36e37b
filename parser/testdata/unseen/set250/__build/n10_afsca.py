from common import *
KEY = "cfg38127"
REF = "CFG38127"
FR = dict(
 title="Contrôleur alimentaire – secteur distribution (m/f/x)",
 organisation="Agence fédérale pour la Sécurité de la Chaîne alimentaire",
 location="Unité locale de contrôle du Hainaut, Mons",
 schedule="Temps plein",
 essential=[
  "Vous êtes titulaire d'un diplôme de bachelier dans une orientation agronomique, chimique, biologique, diététique ou agro-alimentaire.",
  "Vous êtes titulaire d'un permis de conduire B valable.",
  "Vous êtes disposé(e) à effectuer des contrôles en soirée et le samedi.",
 ],
 desirable=[
  "Une expérience dans le secteur de la distribution ou de l'horeca.",
  "La connaissance du néerlandais.",
 ],
 competencies=[
  ("Analyser l'information", "vous examinez des données de manière critique et en tirez des conclusions fondées."),
  ("Agir de manière orientée service", "vous expliquez les règles aux opérateurs avec clarté et respect."),
  ("Faire preuve de fiabilité", "vous agissez avec intégrité et respectez la confidentialité."),
  ("Gérer le stress", "vous restez maître de vous face aux situations conflictuelles."),
 ])
D = dict(reference=REF, languages=["fr"], deadline="2038-08-31", salary=sal(None, 37418.52, 54106.03, "EUR", "year"), grade="B1", fr=FR)

def comp_html(c): return "\n".join(f"<li><strong>{n}</strong> : {d}</li>" for n, d in c)
html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{FR['title']} | Travailler pour la Belgique</title></head>
<body>
<a href="#main">Aller au contenu principal</a>
<header><p>.be · Travailler pour la Belgique</p><p><a href="#">NL</a> <a href="#">DE</a> <a href="#">EN</a> · <a href="#">Mon compte</a></p>
<nav><ul><li>Jobs</li><li>Employeurs</li><li>Procédure de sélection</li><li>FAQ</li></ul></nav></header>
<div class="cookie">Nous utilisons des cookies fonctionnels et analytiques. <button>Tout accepter</button> <button>Paramètres</button></div>
<main id="main">
<p><a href="#">&lt; Retour aux résultats</a></p>
<h1>{FR['title']}</h1>
<p class="employeur">{FR['organisation']}</p>
<p class="statut">Clôture le 31/08/2038</p>
<div class="resume">
<div><span class="label">Code de sélection</span> <span class="value">{REF}</span></div>
<div><span class="label">Langue</span> <span class="value">Français</span></div>
<div><span class="label">Diplôme</span> <span class="value">Bachelier</span></div>
<div><span class="label">Type de contrat</span> <span class="value">Statutaire</span></div>
<div><span class="label">Niveau de fonction</span> <span class="value">B1</span></div>
<div><span class="label">Type de recrutement</span> <span class="value">Recrutement externe</span></div>
<div><span class="label">Durée</span> <span class="value">Indéterminée</span></div>
<div><span class="label">Lieu de travail</span> <span class="value">{FR['location']}</span></div>
<div><span class="label">Temps plein/temps partiel</span> <span class="value">{FR['schedule']}</span></div>
</div>
<h2>Contenu de la fonction</h2>
<p>En tant que contrôleur au sein de l'Unité locale de contrôle du Hainaut, vous veillez à la sécurité des denrées alimentaires vendues aux consommateurs. Vous passez la plus grande partie de votre temps sur le terrain :</p>
<ul>
<li>vous inspectez les supermarchés, boucheries, boulangeries et marchés publics à l'aide de check-lists ;</li>
<li>vous prélevez des échantillons et suivez les résultats d'analyse ;</li>
<li>vous traitez les plaintes des consommateurs et suivez les rappels de produits ;</li>
<li>vous rédigez les rapports et, le cas échéant, les procès-verbaux.</li>
</ul>
<p>Vous suivez dès votre entrée en service un trajet de formation de six mois, avec une session d'accueil prévue le 4 octobre 2038.</p>
<h2>Conditions de participation</h2>
<ul>
{li(FR['essential'])}
</ul>
<h2>Atouts</h2>
<ul>
{li(FR['desirable'])}
</ul>
<h2>Compétences</h2>
<ul>
{comp_html(FR['competencies'])}
</ul>
<h2>Employeur</h2>
<p>L'{FR['organisation']} (AFSCA) est chargée du contrôle de l'ensemble de la chaîne alimentaire belge, de la production primaire jusqu'au consommateur. Elle compte plus de 1 300 collaborateurs répartis dans l'administration centrale et dans onze unités provinciales de contrôle.</p>
<h2>Offre</h2>
<p>Vous êtes engagé(e) sous statut, au niveau B1. Salaire annuel brut indexé : minimum 37.418,52 € – maximum 54.106,03 €. Vous bénéficiez d'un horaire flexible, d'une voiture de service, de chèques-repas et d'une assurance hospitalisation.</p>
<h2>Intéressé(e) ?</h2>
<p>Postulez jusqu'au 31/08/2038 inclus via le bouton « Postuler ». La sélection comprend un screening du CV puis un entretien, prévu entre le 20 et le 24 septembre 2038. Plus d'info sur la fonction : Mme Nathalie Dufour, 02 000 00 00.</p>
<p><button>Postuler</button></p>
</main>
<aside><h3>Jobs similaires</h3><ul><li>Inspecteur vétérinaire (m/f/x) – clôture le 15/08/2038</li><li>Technicien de laboratoire (m/f/x) – clôture le 07/09/2038</li></ul></aside>
<footer>SPF Stratégie et Appui · Accessibilité · Vie privée · © 2038</footer>
</body></html>
"""
w(KEY + "-travaillerpour.html", html, KEY)

def comp_t(c): return "\n".join(f"{n} : {d}" for n, d in c)
copy = f"""Aller au contenu principal
.be
Travailler pour la Belgique
NL
DE
EN
Mon compte
Jobs
Employeurs
Procédure de sélection
FAQ
< Retour aux résultats
{FR['title']}
{FR['organisation']}
Clôture le 31/08/2038
Code de sélection
{REF}
Langue
Français
Diplôme
Bachelier
Type de contrat
Statutaire
Niveau de fonction
B1
Type de recrutement
Recrutement externe
Durée
Indéterminée
Lieu de travail
{FR['location']}
Temps plein/temps partiel
{FR['schedule']}
Résumé
Contenu de la fonction
Conditions de participation
Compétences
Employeur
Offre
Contenu de la fonction
En tant que contrôleur au sein de l'Unité locale de contrôle du Hainaut, vous veillez à la sécurité des denrées alimentaires vendues aux consommateurs. Vous passez la plus grande partie de votre temps sur le terrain :
vous inspectez les supermarchés, boucheries, boulangeries et marchés publics à l'aide de check-lists ;
vous prélevez des échantillons et suivez les résultats d'analyse ;
vous traitez les plaintes des consommateurs et suivez les rappels de produits ;
vous rédigez les rapports et, le cas échéant, les procès-verbaux.
Conditions de participation
{chr(10).join(FR['essential'])}
Atouts
{chr(10).join(FR['desirable'])}
Compétences
{comp_t(FR['competencies'])}
Offre
Vous êtes engagé(e) sous statut, au niveau B1. Salaire annuel brut indexé : minimum 37.418,52 € – maximum 54.106,03 €. Horaire flexible, voiture de service, chèques-repas, assurance hospitalisation.
Intéressé(e) ?
Postulez jusqu'au 31/08/2038 inclus. Entretiens entre le 20 et le 24 septembre 2038.
Postuler
Jobs similaires
Inspecteur vétérinaire (m/f/x) – clôture le 15/08/2038
Technicien de laboratoire (m/f/x) – clôture le 07/09/2038
SPF Stratégie et Appui
Accessibilité
Vie privée
"""
w(KEY + "-navigateur.txt", copy, KEY)
expected(KEY, D)
