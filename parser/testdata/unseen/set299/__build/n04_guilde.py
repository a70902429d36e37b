"""La Guilde européenne du Raid (NGO, Paris) - French only.
Renderings: NGO careers page (HTML, facts as a <table> with <th>), start-up style job-board copy
(WTTJ-like: chips one per line, 'Le poste', 'Descriptif du poste', 'Profil recherché', 'Déroulement des entretiens')."""
from common import *

REF = "GUILDE-RH-2042-12"
T = "Chargé(e) de programme Volontariat de solidarité internationale (H/F)"
O = "La Guilde européenne du Raid"
L = "Paris 7e"
S = "Temps plein (35 heures hebdomadaires), déplacements ponctuels à l'étranger"
SAL = "2 715 € bruts mensuels sur 12 mois, plus tickets-restaurant"
DL = "mercredi 10 septembre 2042"
MISS = [
    "Instruire les demandes d'agrément des associations qui accueillent des volontaires de solidarité internationale.",
    "Accompagner les volontaires avant, pendant et après leur mission : formation au départ, suivi, retour.",
    "Gérer les conventions, les assurances et les indemnités des volontaires avec le pôle administratif.",
    "Animer un réseau d'une soixantaine d'associations partenaires en Afrique, en Asie et en Amérique latine.",
    "Préparer les rapports annuels destinés au ministère de l'Europe et des Affaires étrangères.",
]
ESS = [
    "Formation supérieure (bac + 5) en relations internationales, sciences politiques, développement ou gestion de projets",
    "Trois ans d'expérience au moins dans la coordination de programmes de volontariat ou de mobilité internationale",
    "Une première expérience de terrain à l'étranger, idéalement dans un pays du Sud",
    "Très bonne maîtrise de l'anglais ; l'espagnol est demandé pour le suivi des partenaires d'Amérique latine",
    "Aisance rédactionnelle et goût pour le travail administratif précis",
]
DES = [
    "Connaissance du statut de volontaire de solidarité internationale et de ses textes",
    "Expérience d'animation de formations pour adultes",
]
COMP = [("Écoute", ""), ("Organisation", ""), ("Diplomatie", ""), ("Capacité d'adaptation", "")]


def exp():
    return exp_for(REF, ["fr"], {"fr": T}, {"fr": O}, {"fr": L}, {"fr": S}, "2042-09-10",
                   sal(2715, None, None, "EUR", "month"), req={"fr": (ESS, DES)}, comp={"fr": COMP})


FACTS = [("Référence", REF), ("Association", O), ("Pôle", "Volontariat et mobilité"), ("Lieu de travail", L),
         ("Type de contrat", "CDI"), ("Temps de travail", S), ("Rémunération", SAL), ("Prise de poste", "6 octobre 2042"),
         ("Date limite de candidature", DL)]


def page():
    rows = "\n".join(f"  <tr><th>{esc(a)}</th><td>{esc(b)}</td></tr>" for a, b in FACTS)
    li = lambda xs: "\n".join(f"  <li>{esc(x)}</li>" for x in xs)
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Offre d'emploi – {esc(T)} – La Guilde</title></head>
<body>
<div class="topbar"><a href="#">Faire un don</a> | <a href="#">Devenir volontaire</a> | <a href="#">Espace partenaires</a></div>
<header><a href="/"><img src="logo.png" alt="La Guilde"></a>
<nav><ul><li><a href="#">Qui sommes-nous ?</a></li><li><a href="#">Volontariat</a></li><li><a href="#">Microprojets</a></li>
<li><a href="#">Aventure</a></li><li><a href="#">Nous rejoindre</a></li><li><a href="#">Actualités</a></li></ul></nav></header>
<p class="crumbs"><a href="/">Accueil</a> / <a href="#">Nous rejoindre</a> / Offres d'emploi</p>
<article>
<p class="tag">Offre d'emploi · Publiée le 14 août 2042</p>
<h1>{esc(T)}</h1>
<table class="facts">
{rows}
</table>
<h2>Qui sommes-nous ?</h2>
<p>Association reconnue d'utilité publique fondée en 1967, La Guilde européenne du Raid soutient l'engagement
solidaire à l'international : volontariat, appui aux microprojets associatifs et bourses pour des expéditions.
Agréée par l'État pour l'envoi de volontaires, elle accompagne chaque année plusieurs centaines de personnes.</p>
<h2>Vos missions</h2>
<ul>
{li(MISS)}
</ul>
<h2>Votre profil</h2>
<ul>
{li(ESS)}
</ul>
<h3>Les plus</h3>
<ul>
{li(DES)}
</ul>
<h2>Qualités recherchées</h2>
<ul>
{li(n for n, _ in COMP)}
</ul>
<h2>Pour candidater</h2>
<p>Envoyez CV et lettre de motivation à recrutement@la-guilde.example avant le {esc(DL)}, en indiquant la
référence {REF}. Les entretiens se tiendront à Paris les 17 et 18 septembre 2042. Poste ouvert aux personnes
en situation de handicap.</p>
</article>
<aside><h3>Agenda</h3>
<p>Samedi 27 septembre 2042 : journée de formation au départ des volontaires.<br>
Jeudi 16 octobre 2042 : jury des microprojets, session d'automne (dépôt des dossiers jusqu'au 15 septembre 2042).</p></aside>
<footer>La Guilde · 11, rue de Sèvres (adresse fictive), Paris · Mentions légales · Cookies</footer>
</body></html>
"""


def board():
    it = lambda xs: "\n".join(f"- {x}" for x in xs)
    return f"""Emplois  Entreprises  Médias  Se connecter
Retour aux offres
La Guilde
{T}
CDI
Paris
Salaire : 2,7K €
Début : 06 octobre 2042
Télétravail occasionnel
Expérience : > 3 ans
Éducation : Bac +5 / Master
Postuler
Sauvegarder
La Guilde
ONG, Solidarité internationale
Créée en 1967
30 collaborateurs
Voir toutes les offres
Le poste
Descriptif du poste
Référence : {REF}
Association : {O}
Lieu de travail : {L}
Temps de travail : {S}
Rémunération : {SAL}
Date limite de candidature : {DL}
Au sein du pôle Volontariat et mobilité, vous serez chargé(e) de :
{it(MISS)}
Profil recherché
{it(ESS)}
Les plus :
{it(DES)}
Qualités recherchées : {", ".join(n for n, _ in COMP)}.
Déroulement des entretiens
Premier échange téléphonique avec la responsable du pôle
Entretien à Paris les 17 et 18 septembre 2042
Envie d'en savoir plus ?
Postuler
Ces offres pourraient aussi vous intéresser
Chargé(e) de partenariats associatifs - Association Horizons Partagés - Paris - CDI
Coordinateur(trice) de mission - Lyon - CDD 12 mois - Salaire : 2,5K à 2,8K €
"""


def build():
    key = write_expected(exp())
    write(f"{key}-guilde.html", page(), key, "html")
    write(f"{key}-jobboard.txt", board(), key, "txt")
