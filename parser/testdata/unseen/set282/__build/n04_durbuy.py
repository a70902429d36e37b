from common import *
KEY = "pers-dur-2041-03"
REF = "PERS/DUR/2041/03"
T = "Brigadier-chef du service des espaces verts (H/F/X)"
O = "Commune de Durbuy"
LOC = "Barvaux-sur-Ourthe (Durbuy)"
SCH = "Temps plein (38 heures par semaine)"
ESS = ["être titulaire d'un CESS ou d'un diplôme de l'enseignement secondaire supérieur technique à orientation horticole ;",
       "justifier d'une expérience de trois ans au moins dans l'entretien d'espaces verts, dont une année d'encadrement d'équipe ;",
       "être titulaire du permis de conduire B ;",
       "réussir l'examen de recrutement."]
DES = ["permis C ou C1 ;", "phytolicence P1 ou P2."]
COMP = [("Sens de l'organisation", "planifier le travail d'une équipe de six ouvriers au fil des saisons."),
        ("Leadership", "motiver, donner des consignes claires et veiller à la sécurité de chacun."),
        ("Esprit de service", "répondre avec courtoisie aux demandes des citoyens et des autres services.")]
MISS = ["organiser et contrôler les travaux de tonte, de taille, de plantation et de fleurissement des villages ;",
        "gérer le matériel, les véhicules et les stocks du service ;",
        "établir les plannings et les rapports hebdomadaires d'activité ;",
        "veiller au respect des règles de sécurité et à la gestion différenciée des espaces publics."]
LEGAL = ("Conditions générales d'accès : être belge ou citoyen de l'Union européenne ; jouir des droits civils et politiques ; "
         "être d'une conduite répondant aux exigences de la fonction ; satisfaire aux lois sur la milice ; être âgé de 18 ans au moins.")
SAL = "de 29 842,16 € à 41 207,55 € bruts annuels indexés, selon l'ancienneté valorisable"
expected(KEY, {"reference": REF, "post_number": None, "languages": ["fr"], "title": both(None, T),
 "organisation": both(None, O), "location": both(None, LOC), "schedule": both(None, SCH), "deadline": "2041-04-18",
 "salary": sal(29842.16, 41207.55, "EUR", "year"), "grade": "D4", "clearance": None,
 "requirements": {"en": None, "fr": {"essential": ESS, "desirable": DES}},
 "competencies": {"en": None, "fr": [C(n, d) for n, d in COMP]}})

FICHE = [("Référence", REF), ("Employeur", O), ("Service", "Service des travaux – cellule Espaces verts"),
         ("Lieu de travail", LOC), ("Contrat", "Contrat à durée indéterminée"), ("Régime de travail", SCH),
         ("Échelle", "D4"), ("Rémunération", SAL), ("Date limite de candidature", "18 avril 2041")]
html = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Offre d'emploi – {T} – Durbuy</title>
<style>body{{font-family:Verdana,sans-serif;font-size:10pt}} dl.fiche{{background:#eef3e6;padding:1em;display:grid;grid-template-columns:16em 1fr}}
dl.fiche dt{{font-weight:bold}} .bar a{{margin-right:1em}}</style></head><body>
<div class="bar"><a href="#">A+</a><a href="#">A-</a><a href="#">Contraste</a><a href="#">Plan du site</a></div>
<header><h2>Durbuy – la plus petite ville du monde</h2>
<nav><a href="#">Ma commune</a> · <a href="#">Vie pratique</a> · <a href="#">Tourisme</a> · <a href="#">Emploi</a> · <a href="#">Contact</a></nav></header>
<p><a href="#">Accueil</a> › <a href="#">Ma commune</a> › <a href="#">Offres d'emploi</a> › {T}</p>
<article>
<p><em>Publié le 20 mars 2041 – Mis à jour le 24 mars 2041</em></p>
<p>Le Collège communal de Durbuy procède au recrutement d'un</p>
<h1>{T}</h1>
<dl class="fiche">
{''.join('<dt>%s</dt><dd>%s</dd>' % f for f in FICHE)}
</dl>
<h2>Votre fonction</h2>
<p>Au sein du service des travaux, vous encadrez l'équipe chargée de l'entretien des parcs, cimetières, abords d'écoles et espaces publics des quarante et un villages de l'entité. Vous êtes le relais entre le chef de service et les ouvriers sur le terrain.</p>
{ul(MISS)}
<h2>Conditions</h2>
<p>{LEGAL}</p>
<h3>Conditions particulières</h3>
{ul(ESS)}
<h3>Atouts</h3>
{ul(DES)}
<h2>Compétences comportementales</h2>
<ul>{''.join('<li><strong>%s</strong> – %s</li>' % c for c in COMP)}</ul>
<h2>Nous offrons</h2>
<p>Un contrat à durée indéterminée, des chèques-repas de 8 € par jour presté, une assurance hospitalisation, le remboursement des frais de déplacement domicile-travail et des formations continues.</p>
<h2>Comment postuler ?</h2>
<p>Les candidatures (lettre de motivation, CV, copie du diplôme et extrait de casier judiciaire) sont à adresser au Collège communal, Grand-Rue 20 à 6940 Barvaux-sur-Ourthe, ou par courriel, pour le 18 avril 2041 au plus tard, en mentionnant la référence {REF}. L'épreuve écrite est prévue le 5 mai 2041.</p>
</article>
<aside><h3>Autres offres</h3><p>Ouvrier qualifié en voirie (D2) – jusqu'au 11 avril 2041<br>Employé d'administration au service population (D4) – jusqu'au 30 avril 2041</p></aside>
<footer><p>Administration communale de Durbuy · Grand-Rue 20 · 6940 Barvaux-sur-Ourthe · Mentions légales · Cookies</p></footer>
</body></html>
"""
write(KEY + "-durbuy.html", html, KEY, "html")

lo = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{REF}</title>
<style>body{{font-family:"Liberation Serif",serif;font-size:11pt}} td{{border:1px solid #000;padding:3pt;vertical-align:top}}
h3{{background:#dddddd}}</style></head><body>
<p align="right"><b>PROVINCE DE LUXEMBOURG<br>ARRONDISSEMENT DE MARCHE-EN-FAMENNE<br>COMMUNE DE DURBUY</b></p>
<p>N/Réf. : {REF}</p>
<h2 align="center">APPEL À CANDIDATURES</h2>
<p align="center"><b>{T}</b></p>
<table width="100%" cellspacing="0">
{''.join('<tr><td width="35%%"><b>%s</b></td><td>%s</td></tr>' % f for f in FICHE if f[0] not in ('Référence',))}
</table>
<h3>1. Description de la fonction</h3>
<ol type="a">{''.join('<li>%s</li>' % m for m in MISS)}</ol>
<h3>2. Conditions de recrutement</h3>
<p>{LEGAL}</p>
<p><b>Conditions particulières :</b></p>
<ul>{''.join('<li>%s</li>' % m for m in ESS)}</ul>
<p><b>Atouts :</b></p>
<ul>{''.join('<li>%s</li>' % m for m in DES)}</ul>
<h3>3. Compétences comportementales</h3>
<ul>{''.join('<li><i>%s</i> – %s</li>' % c for c in COMP)}</ul>
<h3>4. Procédure</h3>
<p>Les candidatures sont à adresser au Collège communal pour le 18 avril 2041 au plus tard (cachet de la poste ou date du courriel faisant foi). Épreuve écrite : 5 mai 2041 ; épreuve orale : 19 mai 2041.</p>
<p>Par le Collège,<br>Le Directeur général &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Le Bourgmestre</p>
</body></html>
"""
src(KEY + "-appel.html", lo)
soffice(KEY + "-appel.html", KEY + "-appel.libreoffice.pdf", KEY)
