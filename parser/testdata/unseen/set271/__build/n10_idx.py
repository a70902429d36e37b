from common import *
import html as H

KEY = "idx-rh-2040-019"
REF = "IDX/RH/2040/019"
T = "Conseiller en aménagement de parcs d'activités économiques (H/F/X)"
O = "IDELUX Développement"
L = "Arlon"
S = "Temps plein (38 h/semaine)"
ESS = [
    "Vous êtes titulaire d'un master en urbanisme, en géographie, en sciences de l'ingénieur ou équivalent.",
    "Vous disposez d'une expérience de trois ans minimum en aménagement du territoire ou en gestion de projets d'infrastructure.",
    "Vous êtes titulaire du permis de conduire B."]
DES = ["Une connaissance du CoDT et des procédures de reconnaissance de zones d'activité.",
       "La maîtrise d'un logiciel SIG (QGIS ou ArcGIS)."]
COMP = [("Orientation résultats", "vous menez vos dossiers jusqu'à leur aboutissement, dans les délais."),
        ("Communication", "vous présentez des projets complexes à des élus, des entreprises et des riverains."),
        ("Coopération", "vous travaillez en transversalité avec les juristes, les ingénieurs et les commerciaux.")]


def build():
    expected(KEY, REF, ["fr"], {"fr": T}, {"fr": O}, {"fr": L}, {"fr": S}, "2040-05-29",
             sal(mn=3846.12, mx=5911.40, cur="EUR", period="month"), grade="A1",
             req={"fr": {"essential": ESS, "desirable": DES}},
             comp={"fr": [{"name": n, "description": d} for n, d in COMP]})
    e = H.escape
    page = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>Offre d'emploi – {e(T)} – IDELUX</title>
<style>
body{{font-family:Verdana,sans-serif;font-size:14px;margin:0}}
header{{background:#fff;border-bottom:4px solid #e30613;padding:10px 24px}}
header nav a{{margin-right:12px}}
.rgpd{{background:#333;color:#fff;padding:8px 24px}}
main{{max-width:900px;margin:auto;padding:10px 24px}}
dl.summary{{display:grid;grid-template-columns:220px 1fr;border:1px solid #ddd;padding:10px}}
dt{{font-weight:bold}} dd{{margin:0 0 6px 0}}
</style></head>
<body>
<header><strong>IDELUX</strong> Développement · Eau · Environnement · Projets publics
<nav><a href="#">Entreprendre</a><a href="#">Parcs d'activités</a><a href="#">Territoire</a><a href="#">Publications</a><a href="#">Emplois</a><a href="#">Contact</a></nav></header>
<div class="rgpd">Nous respectons votre vie privée. <a href="#">Politique cookies</a> <button>OK</button></div>
<main>
<p><a href="#">Accueil</a> / <a href="#">Emplois</a> / Offre en cours</p>
<h1>{e(T)}</h1>
<p>Réf. {e(REF)} · Date de publication : 23/04/2040</p>
<dl class="summary">
<dt>Employeur</dt><dd>{e(O)}, intercommunale de développement économique de la province de Luxembourg</dd>
<dt>Lieu de travail</dt><dd>{e(L)}</dd>
<dt>Contrat</dt><dd>Contrat à durée indéterminée</dd>
<dt>Régime de travail</dt><dd>{e(S)}</dd>
<dt>Échelle barémique</dt><dd>A1</dd>
<dt>Rémunération</dt><dd>de 3.846,12 € à 5.911,40 € bruts mensuels indexés, selon l'ancienneté valorisable</dd>
<dt>Clôture des candidatures</dt><dd>29/05/2040</dd>
</dl>
<h2>Votre fonction</h2>
<p>Au sein du service Parcs d'activités, vous pilotez la création et l'extension de parcs d'activités économiques sur le territoire de la province, de l'étude d'opportunité à la commercialisation des terrains.</p>
<ul>
<li>Vous élaborez les dossiers de reconnaissance et les périmètres de zones d'activité.</li>
<li>Vous coordonnez les bureaux d'études, les auteurs de projet et les administrations régionales.</li>
<li>Vous organisez les réunions d'information avec les communes et les riverains.</li>
<li>Vous suivez les budgets, les subsides et les plannings des projets.</li>
</ul>
<h2>Votre profil</h2>
<ul>
{chr(10).join("<li>%s</li>" % e(x) for x in ESS)}
</ul>
<h2>Atouts</h2>
<ul>
{chr(10).join("<li>%s</li>" % e(x) for x in DES)}
</ul>
<h2>Compétences comportementales</h2>
<ul>
{chr(10).join("<li><strong>%s</strong> : %s</li>" % (e(n), e(d)) for n, d in COMP)}
</ul>
<h2>Notre offre</h2>
<p>Chèques-repas, assurance hospitalisation, horaire flexible, télétravail deux jours par semaine, 32 jours de congé. Les épreuves écrites sont prévues le 12 juin 2040 et les entretiens oraux la semaine du 25 juin 2040.</p>
<h2>Intéressé(e) ?</h2>
<p>Envoyez votre CV et votre lettre de motivation, en mentionnant la référence {e(REF)}, à recrutement@idelux.example pour le 29 mai 2040 au plus tard.</p>
</main>
<footer>IDELUX · Drève de l'Arc-en-Ciel, Arlon · Autres offres : Technicien(ne) en hydrologie – clôture le 15/05/2040</footer>
</body></html>
"""
    write(KEY + "-idelux.html", page, KEY)

    board = f"""EmploiSud.be — l'emploi en Wallonie et au Grand-Duché
Emplois | Entreprises | Conseils | Mon compte
Recherche : aménagement du territoire · Province de Luxembourg

{T}
{O}ArlonCDITemps plein38 h/semaineBarème A1Publiée il y a 2 jours
★ Sauvegarder   ✉ Envoyer à un ami

Résumé du posteRéférence : {REF}Lieu : {L}Régime : {S}Échelle barémique : A1Salaire : 3.846,12 € – 5.911,40 € brut/moisClôture : 29/05/2040

Votre fonctionPilotage de la création et de l'extension de parcs d'activités économiques : dossiers de reconnaissance, coordination des bureaux d'études, réunions avec les communes, suivi budgétaire.
Votre profil
– {ESS[0]}
– {ESS[1]}
– {ESS[2]}
Atouts
– {DES[0]}
– {DES[1]}
Compétences comportementales
{chr(10).join("– %s : %s" % c for c in COMP)}

Postuler : recrutement@idelux.example (référence {REF})

Ces offres pourraient vous intéresser
Urbaniste communal(e) – Bastogne – 3.512,00 € brut/mois – clôture 18/05/2040
Chargé(e) de projets européens – Libramont – publiée le 20/04/2040
"""
    write(KEY + "-emploisud.txt", board, KEY)
