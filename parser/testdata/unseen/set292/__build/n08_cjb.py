from common import *
import html as H
KEY = "cjb-sg-2042-02"
E = dict(
    reference="CJB-SG-2042-02", post_number=None, languages=["fr"],
    title={"en": None, "fr": "Collaborateur/trice scientifique pour les affaires culturelles et institutionnelles"},
    organisation={"en": None, "fr": "Conseil du Jura bernois"},
    location={"en": None, "fr": "La Neuveville"},
    schedule={"en": None, "fr": "80 %"},
    deadline="2042-02-20", salary=sal(mn=88214, mx=134760, cur="CHF", period="year"),
    grade="classe de traitement 21", clearance=None,
    requirements={"en": None, "fr": {"essential": [
        "Master universitaire en sciences politiques, histoire, droit ou sciences de la culture",
        "Quelques années d'expérience dans une administration publique ou une institution culturelle",
        "Excellentes capacités rédactionnelles en français",
        "Très bonnes connaissances de l'allemand"],
        "desirable": [
        "Connaissance des institutions du canton de Berne et de la région du Jura bernois",
        "Expérience dans le soutien à la création artistique"]}},
    competencies={"en": None, "fr": []})
R = E["requirements"]["fr"]
e = H.escape

HTML = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Poste vacant – Conseil du Jura bernois</title>
<style>body{{font-family:Frutiger,Arial,sans-serif;margin:0}} .band{{background:#e30613;color:#fff;padding:4px 20px;font-size:12px}}
header{{padding:10px 20px;border-bottom:1px solid #ccc}} nav a{{margin-right:12px}} .wrap{{display:flex;gap:28px;padding:16px 20px}}
.side{{width:230px;font-size:13px;background:#f5f5f5;padding:10px}} article{{max-width:700px}}
dl.key{{display:grid;grid-template-columns:190px 1fr;gap:4px 10px}} dl.key dt{{font-weight:bold}} dl.key dd{{margin:0}}</style></head>
<body>
<div class="band">Canton de Berne · Kanton Bern · <a href="#" style="color:#fff">Deutsch</a></div>
<header><strong>Conseil du Jura bernois</strong> — Institution politique régionale de la partie francophone du canton de Berne
<nav><a href="#">Le Conseil</a><a href="#">Séances</a><a href="#">Culture</a><a href="#">Subventions</a><a href="#">Publications</a><a href="#">Postes vacants</a></nav></header>
<div class="wrap">
<aside class="side"><h3>Agenda</h3><p>Séance plénière du Conseil : mercredi 29 janvier 2042, Tramelan</p><p>Délai de dépôt des demandes de soutien culturel : 31 mars 2042</p><h3>Contact</h3><p>Secrétariat général<br>Rue du Marché 10, La Neuveville<br>Tél. 032 000 00 00</p></aside>
<article>
<p><a href="#">Postes vacants</a> › Annonce du 22 janvier 2042</p>
<p>Le Secrétariat général du Conseil du Jura bernois met au concours le poste de</p>
<h1>{e(E['title']['fr'])}</h1>
<dl class="key">
<dt>Numéro de l'annonce</dt><dd>{e(E['reference'])}</dd>
<dt>Employeur</dt><dd>{e(E['organisation']['fr'])} (CJB), Secrétariat général</dd>
<dt>Lieu de travail</dt><dd>{e(E['location']['fr'])}</dd>
<dt>Taux d'occupation</dt><dd>{e(E['schedule']['fr'])}</dd>
<dt>Entrée en fonction</dt><dd>1er mai 2042 ou à convenir</dd>
<dt>Traitement</dt><dd>{e(E['grade'])} (CHF 88'214.– à CHF 134'760.– par an pour un plein temps, selon l'expérience)</dd>
<dt>Délai de postulation</dt><dd>20.02.2042</dd>
</dl>
<h2>Vos tâches</h2>
<p>Vous préparez les dossiers de la commission culturelle et de la commission institutionnelle, rédigez des prises de position et des rapports à l'intention du Conseil et du Conseil-exécutif, suivez les demandes de subventions culturelles et entretenez les contacts avec les communes et les associations de la région.</p>
<h2>Votre profil</h2>
<ul>
""" + "\n".join(f"<li>{e(x)}</li>" for x in R['essential']) + """
</ul>
<h2>Vos atouts</h2>
<ul>
""" + "\n".join(f"<li>{e(x)}</li>" for x in R['desirable']) + """
</ul>
<h2>Nous offrons</h2>
<p>Un travail varié au cœur des institutions régionales, des horaires de travail flexibles, la possibilité de télétravail partiel et les prestations sociales de l'administration cantonale bernoise. Les entretiens auront lieu le 5 mars 2042.</p>
<p>Renseignements : Mme Claire Voumard, secrétaire générale adjointe, tél. 032 000 00 01. Veuillez déposer votre dossier complet via le portail de postulation du canton, en indiquant le numéro de l'annonce.</p>
</article></div>
<footer style="padding:10px 20px;font-size:12px;border-top:1px solid #ccc">© Conseil du Jura bernois · Impressum · Protection des données</footer>
</body></html>
"""

BOARD = f"""jobsromands.ch
Emplois  Entreprises  Salaires  Connexion  DE | FR | EN

{E['title']['fr']}
Conseil du Jura bernois
{E['location']['fr']}80 %Contrat à durée indéterminéePublié: 23.01.2042
Postuler maintenant   Sauvegarder

Informations sur l'emploi
Date de publication:23 janvier 2042Taux d'activité:80 %Type de contrat:Contrat à durée indéterminéeLieu de travail:{E['location']['fr']}

Le Secrétariat général du Conseil du Jura bernois met au concours le poste de {E['title']['fr']} (réf. {E['reference']}).

Vos tâches
Préparation des dossiers des commissions culturelle et institutionnelle, prises de position et rapports, suivi des demandes de subventions, contacts avec les communes et associations.

Votre profil
""" + "\n".join("- " + x for x in R['essential']) + """
Vos atouts
""" + "\n".join("- " + x for x in R['desirable']) + f"""

Traitement : {E['grade']}, soit CHF 88'214.– à 134'760.– par an à plein temps.
Entrée en fonction : 1er mai 2042 ou à convenir
Délai de postulation : 20.02.2042

Emplois similaires
Secrétaire communal/e adjoint/e – Tramelan – 100 %
Chargé/e de projets culturels – Bienne – 60–80 %
Bibliothécaire – Saint-Imier – 50 %
"""

def build():
    exp(KEY, E)
    W(KEY + "-cjb.html", HTML, KEY)
    W(KEY + "-jobsromands.txt", BOARD, KEY)
