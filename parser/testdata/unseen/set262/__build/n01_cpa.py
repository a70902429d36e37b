from common import *

KEY = "cpa-dga-rh-2039-072"
REF = "CPA/DGA-RH/2039/072"
TITLE = "Chargé(e) de la tarification et de la rentabilité des produits"
ORG = "Crédit Populaire d'Algérie (CPA)"
LOC = "Siège de la Direction générale, Hydra, Alger"
SCHED = "Du dimanche au jeudi, de 8 h 00 à 16 h 30"
GRADE = "Cadre, échelle 16"
SAL = "Entre 185 000 et 230 000 DZD net par mois, selon expérience"
MISSIONS = [
    "construire et tenir à jour les grilles de tarification des produits de la banque de détail et des entreprises ;",
    "mesurer la rentabilité par produit, par segment de clientèle et par agence ;",
    "simuler l'effet des révisions de commissions sur le produit net bancaire ;",
    "préparer les notes tarifaires soumises au comité ALM et à la Direction générale ;",
    "suivre les tarifs des banques concurrentes de la place d'Alger et proposer des ajustements.",
]
ESS = [
    "Master en finance, en économie quantitative ou en statistique",
    "Au moins quatre ans d'expérience en contrôle de gestion bancaire ou en tarification",
    "Maîtrise avancée d'Excel (tableaux croisés, macros) et d'un outil de requêtage SQL",
    "Connaissance de la réglementation de la Banque d'Algérie sur les conditions de banque",
    "Bonne expression écrite en français et en arabe",
]
DES = [
    "Une expérience de la comptabilité analytique par activité",
    "La connaissance d'un outil de visualisation (Power BI ou équivalent)",
]
COMP = [
    ("Rigueur", "vérifie chaque hypothèse avant de publier un chiffre"),
    ("Sens de la pédagogie", "rend une note tarifaire lisible pour un non-spécialiste"),
    ("Esprit d'équipe", "travaille en lien étroit avec le réseau et la Direction des risques"),
]

expected(KEY, REF, ["fr"], {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, {"fr": SCHED}, "2039-08-04",
         salary=sal(mn=185000, mx=230000, cur="DZD"), grade=GRADE,
         req={"fr": (ESS, DES)}, comp={"fr": COMP})

li = lambda xs: "\n".join(f"        <li>{x}</li>" for x in xs)
html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>Offre {REF} – CPA Carrières</title>
<style>body{{font-family:Arial,sans-serif;max-width:980px;margin:auto}} .box{{border:1px solid #0a5;padding:10px;float:right;width:330px;margin-left:16px}} nav a{{margin-right:12px}}</style>
</head><body>
<div class="top">عربي | Français &nbsp;·&nbsp; Espace client &nbsp;·&nbsp; Localiser une agence</div>
<nav><a href="#">Particuliers</a><a href="#">Professionnels</a><a href="#">Entreprises</a><a href="#">Le CPA</a><a href="#">Carrières</a></nav>
<p class="crumb">Accueil › Carrières › Nos offres › {REF}</p>
<h1>Le CPA recrute un(e) chargé(e) de tarification (H/F)</h1>
<p><em>Publiée le 14 juillet 2039 · Direction générale adjointe des ressources humaines</em></p>
<div class="box">
  <p><b>Fiche de l'offre</b><br>
  Référence : {REF}<br>
  Intitulé du poste : {TITLE}<br>
  Employeur : {ORG}<br>
  Structure : Direction du contrôle de gestion<br>
  Lieu d'affectation : {LOC}<br>
  Horaires : {SCHED}<br>
  Catégorie : {GRADE}<br>
  Rémunération : {SAL}<br>
  Contrat : CDI, période d'essai de six mois<br>
  Date limite : jeudi 4 août 2039 à 16 h 00</p>
</div>
<h2>Le contexte</h2>
<p>Banque publique présente sur tout le territoire national à travers un réseau de plus de cent cinquante agences,
le CPA engage la refonte de sa politique tarifaire. La Direction du contrôle de gestion renforce son pôle
« tarification » pour accompagner les nouveaux produits de la banque digitale et de la finance participative.</p>
<h2>Vos missions</h2>
<p>Rattaché(e) au chef du département Performance, vous aurez pour missions de :</p>
<ol>
{li(MISSIONS)}
</ol>
<h2>Votre profil</h2>
<ul>
{li(ESS)}
</ul>
<h3>Seraient appréciés</h3>
<ul>
{li(DES)}
</ul>
<h3>Qualités attendues</h3>
<ul>
{li(f"<strong>{n}</strong> : {d}" for n, d in COMP)}
</ul>
<h2>Comment postuler</h2>
<p>Les candidatures (CV, lettre de motivation, copies des diplômes) se font exclusivement en ligne, en rappelant la
référence {REF}. Les candidats présélectionnés passeront une épreuve écrite le 21 août 2039 au centre de formation
de Bouzaréah. Seules les candidatures retenues feront l'objet d'une réponse.</p>
<aside><h4>Autres offres</h4>
<ul><li>Chargé(e) de clientèle entreprises – Oran · clôture 28/07/2039</li>
<li>Auditeur(trice) interne – Alger · clôture 11/08/2039</li></ul></aside>
<footer>© 2039 Crédit Populaire d'Algérie · Mentions légales · Nous utilisons des cookies pour mesurer l'audience. <a href="#">Accepter</a></footer>
</body></html>
"""
W(KEY + "-cpa.html", html, KEY)

txt = f"""emploitic-like   Offres d'emploi   Entreprises   Conseils carrière   Connexion | Inscription
Accueil > Offres d'emploi > Banque, assurance > Alger

{TITLE}
Crédit Populaire d'Algérie
Alger, Algérie
Publiée il y a 3 jours

Postuler

Lieu de travailAlger - HydraNiveau de posteConfirmé / ExpérimentéSecteurBanque, Finance, AssuranceDiplômeBac + 5Expérience3 à 5 ansNombre de postes1

Entreprise : {ORG}
Référence de l'offre : {REF}
Intitulé du poste : {TITLE}
Lieu d'affectation : {LOC}
Horaires : {SCHED}
Catégorie : {GRADE}
Rémunération : {SAL}
Date limite de candidature : 04/08/2039

DESCRIPTION DU POSTE
Au sein de la Direction du contrôle de gestion, le ou la titulaire :
- {MISSIONS[0]}
- {MISSIONS[1]}
- {MISSIONS[2]}
- {MISSIONS[3]}
- {MISSIONS[4]}

PROFIL RECHERCHÉ
- {ESS[0]}
- {ESS[1]}
- {ESS[2]}
- {ESS[3]}
- {ESS[4]}

Un plus :
- {DES[0]}
- {DES[1]}

Qualités :
{COMP[0][0]} : {COMP[0][1]}
{COMP[1][0]} : {COMP[1][1]}
{COMP[2][0]} : {COMP[2][1]}

Dossier : CV et lettre de motivation en rappelant la référence. Épreuve écrite prévue le 21/08/2039.

Postuler à cette offre      Sauvegarder      Partager

Offres similaires
Contrôleur de gestion H/F - Constantine - Publiée il y a 1 semaine
Analyste risques de marché - Alger - Publiée il y a 2 semaines - Salaire : 160 000 DZD
Responsable trésorerie - Sétif - Publiée aujourd'hui

Recevez les nouvelles offres par e-mail   |   © 2039 – Tous droits réservés
"""
W(KEY + "-emploitic.txt", txt, KEY)
