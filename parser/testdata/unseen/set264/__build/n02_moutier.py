from common import *
KEY = "mc-2039-18"
REF = "MC-2039-18"
T = "Fontainier·ère – responsable du réseau d'eau potable"
O = "Commune de Moutier"
L = "Moutier"
S = "100 %"
ESS = [
 "CFC d'installateur·trice sanitaire, de fontainier·ère ou formation jugée équivalente",
 "Brevet fédéral de fontainier·ère ou disposition à l'obtenir dans les trois ans",
 "Quelques années d'expérience dans l'exploitation d'un réseau d'eau potable",
 "Permis de conduire catégorie B",
 "Disponibilité pour assurer le service de piquet, y compris la nuit et le week-end",
]
DES = [
 "Connaissance d'un logiciel de télégestion des installations (SCADA)",
 "Domicile à Moutier ou à moins de 15 minutes du dépôt communal",
]
C = ["Sens des responsabilités", "Autonomie", "Esprit d'équipe", "Aisance dans les contacts avec la population"]
SALTXT = "CHF 5'985.– à CHF 8'140.– par mois, 13e salaire en sus"

def build():
    html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{T} – {O}</title>
<style>body{{font-family:Arial,sans-serif;max-width:900px;margin:auto}} table.faits th{{text-align:left;padding-right:1em;vertical-align:top}}</style></head>
<body>
<nav class="top"><a href="#contenu">Aller au contenu</a> | <a href="/de">Deutsch</a> | Guichet virtuel | Contact</nav>
<header><p><strong>{O}</strong> – Ville de Moutier · République et Canton du Jura</p>
<ul class="menu"><li>Vivre à Moutier</li><li>Autorités</li><li>Administration</li><li>Emplois</li><li>Agenda</li></ul></header>
<div class="alerte">Travaux : la rue Centrale sera fermée à la circulation du 19 au 23 septembre 2039.</div>
<p class="crumbs">Accueil › Administration › Emplois › Mise au concours</p>
<main id="contenu">
<p class="kicker">Mise au concours</p>
<p>Afin de repourvoir un poste devenu vacant à la suite d'un départ à la retraite, le Conseil municipal de la {O} met au concours le poste de</p>
<h1>{T}</h1>
<table class="faits">
<tr><th>N° de l'annonce</th><td>{REF}</td></tr>
<tr><th>Service</th><td>Services industriels – Eaux</td></tr>
<tr><th>Lieu de travail</th><td>{L}</td></tr>
<tr><th>Taux d'activité</th><td>{S}</td></tr>
<tr><th>Entrée en fonction</th><td>1er janvier 2040 ou à convenir</td></tr>
<tr><th>Classe de traitement</th><td>12</td></tr>
<tr><th>Délai de postulation</th><td>05.10.2039</td></tr>
</table>
<h2>Vos missions</h2>
<ul>
<li>Exploiter, surveiller et entretenir les captages, les réservoirs et les 48 km de conduites du réseau communal</li>
<li>Effectuer les prélèvements et suivre l'autocontrôle de la qualité de l'eau</li>
<li>Planifier et contrôler les travaux de raccordement confiés aux entreprises</li>
<li>Tenir à jour le cadastre du réseau et les relevés des compteurs</li>
<li>Conduire une petite équipe de deux collaborateurs</li>
</ul>
<h2>Votre profil</h2>
<ul>
{li(ESS)}
</ul>
<h2>Vos atouts</h2>
<ul>
{li(DES)}
</ul>
<h2>Qualités personnelles</h2>
<ul>
{li(C)}
</ul>
<h2>Nous vous offrons</h2>
<p>Un travail varié au sein d'une équipe motivée, des conditions d'engagement selon le règlement du personnel communal et un traitement de {SALTXT}, ainsi qu'un véhicule de service pour les interventions de piquet.</p>
<h2>Renseignements et postulation</h2>
<p>Des renseignements peuvent être obtenus auprès du chef des Services industriels, M. Laurent Chételat, tél. 032 000 41 27. Les dossiers complets (lettre, CV, certificats et diplômes) sont à adresser au Secrétariat municipal, Hôtel de Ville, 2740 Moutier, ou par courriel à rh@moutier.example, jusqu'au 5 octobre 2039. Les entretiens auront lieu dans la semaine du 17 octobre 2039.</p>
</main>
<aside><h3>Autres offres</h3><ul><li>Apprenti·e employé·e de commerce – délai 30.09.2039</li><li>Surveillant·e de piscine auxiliaire – délai 14.04.2040</li></ul></aside>
<footer>{O} · Hôtel de Ville · 2740 Moutier · Heures d'ouverture du guichet : lu–ve 8 h 30 – 11 h 30 · © 2039</footer>
</body></html>
"""
    w(KEY + "-moutier.html", html, KEY, "html")
    board = f"""jobarc.ch – Emplois dans l'Arc jurassien
Recherche : fontainier   Région : Jura / Jura bernois
‹ Retour aux résultats (3)

{T}
{O}★ 4,1 (12 avis)Moutier
Publication :il y a 4 joursTaux d'activité :{S}Type de contrat :Durée indéterminéeLieu de travail :{L}
Postuler  ·  Sauvegarder  ·  Partager

Référence de l'annonce : {REF}
Classe de traitement : 12
Délai de postulation : 05.10.2039

Vos missionsExploiter, surveiller et entretenir les captages, les réservoirs et les conduites du réseau communal ; suivre la qualité de l'eau ; planifier les raccordements ; tenir à jour le cadastre du réseau.
Votre profil
{bullets(ESS, '– ')}
Vos atouts
{bullets(DES, '– ')}
Qualités personnelles{' · '.join(C)}
Nous vous offronsUn travail varié, un véhicule de service pour le piquet et un traitement de {SALTXT}.
Entrée en fonction : 1er janvier 2040 ou à convenir.
Voir moins

Estimation de salaire jobarc : CHF 78'000 – 95'000 / an (calculée par jobarc, sans engagement de l'employeur)

Offres similaires
Fontainier·ère 80–100 % – Commune de la région de Tavannes – délai 12.10.2039
Agent·e d'exploitation STEP – Syndicat intercommunal – délai 21.10.2039
"""
    w(KEY + "-jobarc.txt", board, KEY, "txt")
    expected(KEY, reference=REF, languages=["fr"], title={"en": None, "fr": T},
             organisation={"en": None, "fr": O}, location={"en": None, "fr": L},
             schedule={"en": None, "fr": S}, deadline="2039-10-05",
             salary=sal(mn=5985, mx=8140, cur="CHF", period="month"), grade="12",
             requirements={"en": None, "fr": {"essential": ESS, "desirable": DES}},
             competencies={"en": None, "fr": comp([(c, "") for c in C])})
