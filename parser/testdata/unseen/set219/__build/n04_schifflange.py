from common import *
KEY = "sch-pers-2035-22"
REF = "SCH-PERS-2035-22"
T = "Employé communal (m/f) – agent administratif au Bureau de la population"
O = "Administration communale de Schifflange"
LOC = "Schifflange, Hôtel de Ville – Bureau de la population"
SCH = "tâche partielle de 75 % (30 heures par semaine)"
ESS = ["Vous avez réussi cinq années d'études secondaires classiques ou générales ou vous disposez d'une qualification reconnue équivalente.",
       "Vous avez une première expérience dans un service d'accueil du public ou à un guichet administratif.",
       "Vous maîtrisez les trois langues administratives du pays (luxembourgeois, français et allemand), à l'oral comme à l'écrit."]
DES = ["Connaissance du portugais ou de l'anglais.",
       "Expérience d'un logiciel de gestion de la population ou du registre communal des personnes physiques."]
QUAL = ["Sens du service public", "Résistance au stress", "Ponctualité", "Esprit d'équipe"]
MISS = ["accueillir et renseigner les citoyens au guichet et par téléphone ;",
        "enregistrer les arrivées, les départs et les changements d'adresse au registre communal ;",
        "délivrer les certificats de résidence, les cartes d'identité et les autorisations de voyage pour mineurs ;",
        "préparer les listes électorales en collaboration avec le secrétariat communal ;",
        "assurer le classement et l'archivage des dossiers du service."]
COND = ["a) être ressortissant d'un État membre de l'Union européenne ;",
        "b) jouir des droits civils et politiques ;",
        "c) offrir les garanties de moralité requises ;",
        "d) satisfaire aux conditions d'aptitude physique et psychique requises pour l'exercice de la fonction."]

def li(items):
    return "".join(f"<li>{i}</li>" for i in items)

HTML = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Offres d'emploi – Schifflange</title>
<style>body{{font-family:Georgia,serif;margin:0}} header{{background:#7a1f2b;color:#fff;padding:10px 20px}}
nav{{background:#eee;padding:6px 20px;font-size:90%}} main{{padding:10px 20px;max-width:860px}}
dl.fiche{{display:grid;grid-template-columns:230px 1fr;border:1px solid #ccc;padding:10px}} dt{{font-weight:bold}} dd{{margin:0 0 6px 0}}</style></head>
<body>
<header><span>LB | <b>FR</b> | DE | EN</span><br><strong>Schëffleng · Schifflange</strong></header>
<nav>Accueil · Commune · Citoyens · Loisirs · <b>Emplois</b> · Actualités · Contact</nav>
<main>
<p style="font-size:85%">Accueil &gt; Commune &gt; Offres d'emploi &gt; {REF}</p>
<p style="font-size:85%;color:#666">Publié le 19.12.2035</p>
<h1>{T}</h1>
<p>Le collège des bourgmestre et échevins de la commune de Schifflange se propose d'engager, sous le statut de l'employé communal et à durée indéterminée, un agent administratif pour le Bureau de la population.</p>
<dl class="fiche">
<dt>Référence</dt><dd>{REF}</dd>
<dt>Employeur</dt><dd>{O}</dd>
<dt>Service</dt><dd>Bureau de la population et de l'état civil</dd>
<dt>Lieu de travail</dt><dd>{LOC}</dd>
<dt>Statut</dt><dd>employé communal, contrat à durée indéterminée</dd>
<dt>Groupe d'indemnité</dt><dd>C1</dd>
<dt>Tâche</dt><dd>{SCH}</dd>
<dt>Entrée en service</dt><dd>1er avril 2036</dd>
<dt>Délai de candidature</dt><dd>20 janvier 2036</dd>
</dl>
<h2>Vos missions</h2>
<ul>{li(MISS)}</ul>
<h2>Conditions d'admission</h2>
<p>Conformément à la loi modifiée du 24 décembre 1985 fixant le statut général des fonctionnaires communaux, les candidats doivent :</p>
<p>{"<br>".join(COND)}</p>
<h2>Votre profil</h2>
<ul>{li(ESS)}</ul>
<h2>Atouts</h2>
<ul>{li(DES)}</ul>
<h2>Compétences comportementales</h2>
<ul>{li(QUAL)}</ul>
<h2>Candidature</h2>
<p>Les demandes, accompagnées d'une lettre de motivation, d'un curriculum vitae, d'une copie des diplômes et d'un extrait récent du casier judiciaire, sont à adresser au collège des bourgmestre et échevins, B.P. 11, L-3801 Schifflange, pour le 20 janvier 2036 au plus tard. Les candidats retenus seront invités à un entretien dans la semaine du 9 février 2036. Les demandes incomplètes ou tardives ne seront pas prises en considération.</p>
<aside><h3>Autres postes vacants</h3>
<ul><li>Ouvrier communal (m/f) – service des espaces verts · délai : 13.01.2036</li>
<li>Éducateur diplômé (m/f) – maison relais · délai : 27.01.2036</li></ul></aside>
</main>
<footer style="font-size:80%;padding:10px 20px">Administration communale de Schifflange · Avenue de la Libération · L-3850 Schifflange · Mentions légales</footer>
</body></html>
"""

AVIS = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Déclaration de vacance de poste</title></head>
<body style="font-family:Liberation Serif">
<p align="right"><b>ADMINISTRATION COMMUNALE DE SCHIFFLANGE</b><br>Service des ressources humaines</p>
<p>Schifflange, le 18 décembre 2035</p>
<p>N/Réf. : {REF}</p>
<h2 align="center">DÉCLARATION DE VACANCE DE POSTE</h2>
<p>Le collège des bourgmestre et échevins déclare vacant le poste suivant :</p>
<table border="1" cellpadding="5" cellspacing="0" width="100%">
<tr><td width="35%"><b>Intitulé du poste</b></td><td>{T}</td></tr>
<tr><td><b>Employeur</b></td><td>{O}</td></tr>
<tr><td><b>Lieu de travail</b></td><td>{LOC}</td></tr>
<tr><td><b>Statut</b></td><td>employé communal, contrat à durée indéterminée</td></tr>
<tr><td><b>Groupe d'indemnité</b></td><td>C1</td></tr>
<tr><td><b>Tâche</b></td><td>{SCH}</td></tr>
<tr><td><b>Délai de candidature</b></td><td>20.01.2036</td></tr>
</table>
<h3>1. Missions</h3>
<ul>{li(MISS)}</ul>
<h3>2. Conditions d'admission</h3>
<p>{"<br>".join(COND)}</p>
<h3>3. Profil</h3>
<ul>{li(ESS)}</ul>
<p><i>Atouts :</i></p>
<ul>{li(DES)}</ul>
<h3>4. Compétences comportementales</h3>
<ul>{li(QUAL)}</ul>
<h3>5. Dépôt des candidatures</h3>
<p>Les candidatures sont à adresser au collège des bourgmestre et échevins pour le 20.01.2036 au plus tard. Entretiens prévus dans la semaine du 9 février 2036.</p>
<p>Le collège des bourgmestre et échevins,<br>Le bourgmestre, &nbsp;&nbsp;&nbsp; Le secrétaire communal,</p>
</body></html>
"""

def build():
    w(KEY + "-schifflange.html", HTML, KEY)
    src("schifflange-avis.html", AVIS)
    libreoffice("schifflange-avis.html", KEY + "-avis.libreoffice.pdf", KEY)
    expected(KEY, REF, ["fr"], {"fr": T}, {"fr": O}, {"fr": LOC}, {"fr": SCH}, "2036-01-20",
             None, "C1", None, {"fr": {"essential": ESS, "desirable": DES}}, {"fr": comp(QUAL)})
