from common import *

REF = "CHS-DRH-2040-144"
KEY = REF.lower()
T = "Technicien d'information médicale – codage et qualité des données (H/F)"
O = "Centre hospitalier de Soissons"
L = "Soissons"
S = "100 % – 37 h 30 hebdomadaires, du lundi au vendredi"
G = "Technicien supérieur hospitalier de 2e classe"
ESS = ["Diplôme de niveau bac+2 dans le domaine de la santé ou de l'information médicale",
       "Connaissance des nomenclatures CIM-10 et CCAM et des règles du PMSI MCO",
       "Maîtrise des outils bureautiques, notamment du tableur"]
DES = ["DU d'information médicale ou formation équivalente",
       "Expérience dans un département d'information médicale"]
COMP = ["Rigueur", "Discrétion professionnelle", "Sens du travail en équipe", "Capacité d'adaptation"]
MIS = ["coder les séjours et actes à partir des dossiers patients",
       "contrôler l'exhaustivité et la qualité du recueil PMSI avant chaque transmission",
       "accompagner les services cliniques dans l'amélioration de leur codage",
       "produire les tableaux de bord d'activité pour la direction et les pôles",
       "participer à la préparation des contrôles externes de l'Assurance maladie"]


def build():
    txt = f"""FHF Emploi – Le site emploi de la Fédération hospitalière de France
Offres   Établissements   Métiers   Mon espace   Déposer mon CV
Accueil > Offres d'emploi > Hauts-de-France > Aisne > {T}

{T}
CENTRE HOSPITALIER DE SOISSONS
Soissons (02)
Date de parution : 25/08/2040     Réf. FHF : 2040-0098731

[Postuler]   [Ajouter à mes favoris]   [Imprimer]

Informations sur l'offre
Établissement : CENTRE HOSPITALIER DE SOISSONS
Type d'établissement : Centre hospitalier
Métier : Technicien(ne) d'information médicale
Filière : Administrative / Information médicale
Type de contrat : Titulaire, mutation ou contractuel
Temps de travail : Temps plein
Date de prise de fonction : 02/11/2040
Date limite de candidature : 12/09/2040

Description du poste
Le {O} (480 lits et places) recrute pour son département d'information médicale (DIM), composé d'un médecin, de quatre techniciens et d'une secrétaire.

Référence de l'établissement : {REF}
Grade : {G}
Temps de travail : {S}
Rémunération : de 2 186 € à 3 219 € bruts mensuels selon l'échelon, complément de traitement indiciaire et primes en sus

Missions :
{chr(10).join(m[0].upper() + m[1:] for m in MIS)}

Profil recherché :
{chr(10).join(ESS)}

Serait apprécié :
{chr(10).join(DES)}

Qualités requises : {', '.join(COMP)}

Avantages : crèche hospitalière, restaurant du personnel, parking gratuit, CGOS.

Les entretiens se dérouleront le 22 septembre 2040.

Contact : Direction des ressources humaines – drh.recrutement@ch-soissons.example

Offres similaires
Secrétaire médicale (H/F) – CH de Château-Thierry – limite 20/09/2040
Technicien d'information médicale (H/F) – GHT Aisne Nord – limite 30/09/2040

FHF · Mentions légales · Données personnelles · Gestion des cookies
"""
    w(KEY + "-fhf.txt", txt, KEY)

    html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Offre d'emploi – {O}</title>
<style>.banner{{background:#ffe08a;padding:6px}} .fiche td{{padding:2px 10px;border-bottom:1px dotted #999}} .col{{float:left;width:48%}}</style></head>
<body>
<div class="banner">Travaux : l'accès aux urgences se fait par la rue Saint-Martin jusqu'au 30 septembre.</div>
<header><h2>{O}</h2><nav><a href="#">Patients</a> · <a href="#">Professionnels</a> · <a href="#">Nous rejoindre</a></nav></header>
<p><a href="#">Nous rejoindre</a> &gt; <a href="#">Offres d'emploi</a> &gt; Information médicale</p>
<h1>{T}</h1>
<p><em>Direction des ressources humaines – Réf. {REF} – en ligne depuis le 25 août 2040</em></p>
<table class="fiche">
<tr><td>Pôle</td><td>Direction de l'information médicale</td></tr>
<tr><td>Lieu</td><td>{L}, site Saint-Martin</td></tr>
<tr><td>Grade</td><td>{G} (catégorie B)</td></tr>
<tr><td>Quotité</td><td>{S}</td></tr>
<tr><td>Rémunération</td><td>de 2 186 € à 3 219 € bruts mensuels selon l'échelon</td></tr>
<tr><td>Poste à pourvoir</td><td>2 novembre 2040</td></tr>
<tr><td>Candidatures jusqu'au</td><td>12 septembre 2040</td></tr>
</table>
<div class="col">
<h3>Vos missions</h3>
<ol>
{ul(MIS)}
</ol>
</div>
<div class="col">
<h3>Votre profil</h3>
<ul>
{ul(ESS)}
</ul>
<p><u>Serait apprécié</u></p>
<ul>
{ul(DES)}
</ul>
<p>Qualités : {' · '.join(COMP)}</p>
</div>
<p style="clear:both">CV et lettre de motivation à adresser à la DRH avant le 12 septembre 2040. Entretiens prévus le 22 septembre 2040.</p>
<footer>{O} · avenue du Général-de-Gaulle · 02200 Soissons</footer>
</body></html>
"""
    w(KEY + "-chs.html", html, KEY)
    expected(KEY, REF, ["fr"], {"fr": T}, {"fr": O}, {"fr": L}, {"fr": S}, "2040-09-12",
             sal(2186, 3219, "EUR", "month"), G, None,
             {"fr": {"essential": ESS, "desirable": DES}}, {"fr": [(c, "") for c in COMP]})
