from common import *

REF = "GE-2040-031"
KEY = REF.lower()
T = "Technicien·ne de réseau électrique MT/BT"
O = "Gruyère Energie SA"
L = "Bulle"
S = "100 %"
ESS = ["CFC d'électricien·ne de réseau ou d'installateur·trice-électricien·ne",
       "Brevet fédéral de spécialiste de réseau ou formation jugée équivalente",
       "Cinq ans d'expérience dans la construction ou l'exploitation de réseaux moyenne et basse tension",
       "Permis de conduire cat. B"]
DES = ["Connaissance d'un logiciel de documentation réseau (ArcGIS ou similaire)",
       "Bonnes connaissances de l'allemand"]
COMP = ["Sens des responsabilités", "Esprit d'équipe", "Orientation client"]
MIS = ["Planifier et suivre les chantiers de raccordement et de renouvellement du réseau MT/BT",
       "Établir les devis et les métrés pour les clients et les communes partenaires",
       "Coordonner les équipes de monteurs et les entreprises de génie civil",
       "Participer au service de piquet selon un tournus établi",
       "Tenir à jour la documentation technique du réseau"]


def build():
    txt = f"""jobup.ch
Emplois   Entreprises   Salaires   Connexion   DE | FR | EN
Emploi 5 sur 17
< Retour aux résultats

{T}
{O}
★★★★☆ 4.1 (38 évaluations)

Date de publication :
30 août 2040
Taux d'activité :
{S}
Type de contrat :
Durée indéterminée
Lieu de travail :
1630 {L}

Salaire estimé par jobup.ch : CHF 82 000 - 97 000 / an

Postuler   Sauvegarder   Partager

{O} · Énergie · 201-500 collaborateurs · Bulle

Fournisseur d'électricité, de chaleur et de services multimédia en Gruyère depuis plus d'un siècle, {O} exploite un réseau de distribution de plus de 1 500 km. Pour notre département Réseaux, nous recherchons un·e

{T}

Référence : {REF}
Taux : {S}
Entrée en fonction : 1er décembre 2040 ou à convenir

Vos missions
{chr(10).join(MIS)}

Votre profil
{chr(10).join(ESS)}

Un plus
{chr(10).join(DES)}

Vos qualités
{chr(10).join(COMP)}

Nous offrons
Un poste varié au sein d'une équipe soudée, un véhicule de service, une participation de CHF 700 à l'abonnement de transports publics et des conditions sociales de premier ordre.

Merci de postuler en ligne d'ici au 20 septembre 2040. Les premiers entretiens sont prévus le 1er octobre 2040.

Contact
{O}
Service des ressources humaines
Case postale 41
1630 Bulle

ID de l'annonce : 7c2f91e4-5a0b-4d7e-b1c3-9e8a66f02d15

Emplois similaires
Électricien·ne de réseau – Romont – CHF 72 000 - 86 000 / an
Chef·fe de projet réseaux – Fribourg – CHF 98 000 - 118 000 / an
"""
    w(KEY + "-jobup.txt", txt, KEY)

    html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{T} – Carrière – {O}</title>
<style>.consent{{background:#222;color:#eee;padding:6px}} .chips span{{display:inline-block;border:1px solid #999;border-radius:10px;padding:0 8px;margin:2px}}</style></head>
<body>
<div class="consent">Nous utilisons des cookies pour améliorer votre expérience. <button>Accepter</button> <button>Paramétrer</button></div>
<header><b>{O}</b> · <a href="#">Particuliers</a> · <a href="#">Entreprises</a> · <a href="#">Carrière</a> · <a href="#">FR</a> | <a href="#">DE</a></header>
<main>
<p><a href="#">Carrière</a> / <a href="#">Postes ouverts</a></p>
<h1>{T}</h1>
<div class="chips"><span>{L}</span><span>{S}</span><span>CDI</span><span>Réf. {REF}</span></div>
<p>Entrée en fonction : 1er décembre 2040 ou à convenir</p>
<h2>Vos missions</h2>
<ul>
{ul(MIS)}
</ul>
<h2>Votre profil</h2>
<ul>
{ul(ESS)}
</ul>
<h2>Un plus</h2>
<ul>
{ul(DES)}
</ul>
<h2>Vos qualités</h2>
<p>{' – '.join(COMP)}</p>
<h2>Nous offrons</h2>
<p>Véhicule de service, CHF 700 par an pour les transports publics, horaire variable et cinq semaines de vacances.</p>
<p><strong>Intéressé·e ?</strong> Déposez votre dossier complet en ligne d'ici au 20 septembre 2040. Premiers entretiens le 1er octobre 2040.</p>
<p><a href="#">Postuler maintenant</a></p>
</main>
<footer>{O} · Case postale 41 · 1630 Bulle · Protection des données</footer>
</body></html>
"""
    w(KEY + "-carriere.html", html, KEY)
    expected(KEY, REF, ["fr"], {"fr": T}, {"fr": O}, {"fr": L}, {"fr": S}, "2040-09-20",
             None, None, None,
             {"fr": {"essential": ESS, "desirable": DES}}, {"fr": [(c, "") for c in COMP]})
