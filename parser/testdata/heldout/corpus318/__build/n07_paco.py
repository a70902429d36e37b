from common import *
REF = "PACO/DG/DRH/2044/009"
T = "Chef de la section Balisage maritime et Phares"
ORG = "Port Autonome de Cotonou (PAC)"
LOC = "Base des phares et balises, Cotonou, avec sorties en mer sur le chenal d'accès"
SCH = "Journée continue de 8 h 00 à 16 h 30, astreintes de nuit par roulement"
GR = "B1"
ESS = ["être de nationalité béninoise ;",
       "être âgé(e) de 25 ans au moins et de 40 ans au plus au 31 décembre 2044 ;",
       "être titulaire d'un diplôme de technicien supérieur en électrotechnique, en électronique ou en navigation maritime ;",
       "justifier d'au moins cinq ans d'expérience dans la maintenance d'aides à la navigation ou d'équipements portuaires ;",
       "être apte au travail en mer et en hauteur."]
DES = ["la connaissance des recommandations de l'AISM relatives aux bouées et aux feux ;",
       "une expérience des systèmes de balisage à énergie solaire."]
COMP = [("Sens de la sécurité", "appliquer sans exception les consignes de travail en mer"),
        ("Leadership", "mobiliser une équipe de dix techniciens et marins"),
        ("Réactivité", "intervenir rapidement en cas d'extinction d'un feu ou de dérive d'une bouée")]
MIS = ["programmer et contrôler l'entretien des bouées, des feux et du phare de la zone portuaire",
       "organiser les tournées d'inspection en mer avec le baliseur",
       "tenir à jour le registre des aides à la navigation et signaler les avaries à la Capitainerie",
       "gérer le stock de pièces de rechange et préparer les demandes d'achat"]
news = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Avis de recrutement au Port Autonome de Cotonou – Le Quotidien de Cotonou</title></head>
<body>
<nav><a href="#">Politique</a> | <a href="#">Économie</a> | <a href="#">Société</a> | <a href="#">Sport</a> | <a href="#">Annonces officielles</a></nav>
<header><p>LE QUOTIDIEN DE COTONOU (titre fictif) – Édition du 21 mars 2044</p></header>
<article>
<p class="rubrique">ANNONCES OFFICIELLES › Recrutements</p>
<h1>Le Port Autonome de Cotonou recrute un chef de section</h1>
<p class="meta">Publié le 21 mars 2044 à 09:15 · Par la Rédaction · 3 min de lecture</p>
<p><b>AVIS DE RECRUTEMENT N° {REF}</b></p>
<p>Le Directeur Général du Port Autonome de Cotonou lance un avis de recrutement pour pourvoir le poste ci-après.</p>
<table border="1">
<tr><td>Poste</td><td>{T}</td></tr>
<tr><td>Structure</td><td>{ORG}</td></tr>
<tr><td>Direction</td><td>Capitainerie – Service des aides à la navigation</td></tr>
<tr><td>Lieu de travail</td><td>{LOC}</td></tr>
<tr><td>Régime de travail</td><td>{SCH}</td></tr>
<tr><td>Catégorie</td><td>{GR}</td></tr>
<tr><td>Rémunération</td><td>selon la grille salariale en vigueur au PAC</td></tr>
</table>
<h2>Missions</h2>
<p>Le titulaire du poste est chargé de : {' ; '.join(MIS)}.</p>
<h2>Conditions à remplir</h2>
<p>Le candidat ou la candidate doit :</p>
<ul>{''.join('<li>' + x + '</li>' for x in ESS)}</ul>
<h2>Atouts</h2>
<ul>{''.join('<li>' + x + '</li>' for x in DES)}</ul>
<h2>Aptitudes</h2>
<ul>{''.join(f'<li>{n} : {d}</li>' for n, d in COMP)}</ul>
<h2>Dossier et date limite</h2>
<p>Le dossier (demande, CV, copies certifiées des diplômes, acte de naissance, casier judiciaire de moins de trois mois)
est déposé au secrétariat de la Direction des Ressources Humaines du PAC au plus tard le <b>mardi 19 avril 2044 à 17 h 00</b>.
Les candidats présélectionnés passeront une visite médicale d'aptitude à la navigation puis un entretien le 3 mai 2044.</p>
<p>Partager : Facebook · WhatsApp · X · E-mail</p>
</article>
<aside><h3>À lire aussi</h3><ul><li>Trafic conteneurs : le port annonce 4 % de hausse au premier trimestre (18 mars 2044)</li>
<li>Petites annonces : vends pirogue motorisée 40 CV, 2 800 000 FCFA à débattre</li></ul></aside>
<footer>© 2044 Le Quotidien de Cotonou (fictif). Nous utilisons des cookies. <a href="#">En savoir plus</a></footer>
</body></html>"""
w("paco-dg-drh-2044-009-quotidien.html", news, REF)

mail = f"""De : Gildas Hounkpè <g.hounkpe@marine-alumni.example>
Envoyé : mercredi 23 mars 2044 07:58
À : liste-anciens-ENSTA-navigation@groupes.example
Objet : TR: Avis de recrutement PAC – chef section balisage

Bonjour à tous,

Je vous transfère l'avis paru lundi dans la presse. Le poste correspond bien aux profils de la promo électrotechnique.
Attention : la visite médicale est éliminatoire. Pour ceux qui veulent préparer le dossier ensemble, on se retrouve
samedi 2 avril au local de l'amicale (participation de 1 500 FCFA pour le repas).

Gildas

________________________________
De : Service Communication PAC
Objet : AVIS DE RECRUTEMENT N° {REF}

PORT AUTONOME DE COTONOU
Direction Générale – Direction des Ressources Humaines

AVIS DE RECRUTEMENT N° {REF}

Poste .................. {T}
Structure .............. {ORG}
Lieu de travail ........ {LOC}
Régime de travail ...... {SCH}
Catégorie .............. {GR}
Rémunération ........... grille salariale du PAC

MISSIONS
{chr(10).join('  > ' + m for m in MIS)}

CONDITIONS
Le candidat ou la candidate doit :
{chr(10).join(f'  {chr(96+i)}) {x}' for i, x in enumerate(ESS, 1))}

ATOUTS
{chr(10).join('  + ' + x for x in DES)}

APTITUDES
{chr(10).join(f'  {n} : {d}' for n, d in COMP)}

DÉPÔT DES DOSSIERS
Au secrétariat de la DRH du PAC, au plus tard le 19/04/2044 à 17 h 00. Visite médicale et entretien le 3 mai 2044.

Le Directeur Général
"""
w("paco-dg-drh-2044-009-courriel.txt", mail, REF)
expected(REF, ["fr"], {"fr": T}, {"fr": ORG}, {"fr": LOC}, {"fr": SCH}, "2044-04-19",
         None, GR, {"fr": (ESS, DES)}, {"fr": COMP})
save_rows("n07")
