from common import *
K = "bicec-drh-rec-2033-0219"
REF = "BICEC/DRH/REC/2033/0219"
TITLE = "Analyste Risques de Crédit Entreprises"
H1 = "Analyste Risques de Crédit – Clientèle Entreprises (H/F)"
ORG = "Banque Internationale du Cameroun pour l'Épargne et le Crédit (BICEC)"
LOC = "Douala, siège social (Bonanjo)"
SCHED = "Temps plein"
GRADE = "Cadre – catégorie 10"
SAL = "1 150 000 à 1 400 000 FCFA (XAF) de salaire de base mensuel, selon expérience, plus 13e et 14e mois"
ESS = [
 "Diplôme de niveau Bac+5 en finance, banque, économie ou comptabilité (master, école de commerce ou équivalent) ;",
 "au moins quatre (4) années d'expérience en analyse crédit ou en audit, dont deux dans un établissement bancaire de la zone CEMAC ;",
 "maîtrise de l'analyse financière des entreprises et du référentiel SYSCOHADA révisé ;",
 "connaissance de la réglementation prudentielle applicable aux banques de la sous-région ;",
 "excellente maîtrise du français et bonne compréhension de l'anglais écrit.",
]
DES = [
 "Une certification professionnelle en analyse financière ou en gestion des risques ;",
 "une expérience de la notation interne des contreparties ;",
 "la pratique d'un outil de modélisation financière.",
]
COMP = [
 ("Esprit d'analyse", "décompose les dossiers complexes et hiérarchise les risques."),
 ("Intégrité", "défend un avis indépendant face aux pressions commerciales."),
 ("Communication", "présente ses conclusions de façon claire devant le comité de crédit."),
]
MISS = [
 "Analyser les demandes de financement des entreprises (PME et grands comptes) transmises par les centres d'affaires ;",
 "apprécier la situation financière, la structure de garanties et la capacité de remboursement des emprunteurs ;",
 "rédiger les notes de crédit et émettre un avis motivé à l'attention du comité d'engagements ;",
 "suivre les engagements sensibles et proposer des mesures de couverture ;",
 "contribuer à la mise à jour de la politique de crédit et des limites sectorielles.",
]
expected(fr_only(key=K, reference=REF, title=TITLE, organisation=ORG, location=LOC, schedule=SCHED,
  deadline="2033-10-10", salary=salary(mn=1150000, mx=1400000, cur="XAF", period="month"), grade=GRADE,
  essential=ESS, desirable=DES, competencies=COMP))

li = lambda xs: "\n".join(f"        <li>{x}</li>" for x in xs)
html = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>{H1} | Carrières BICEC</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body {{ font-family: Arial, Helvetica, sans-serif; color:#1d2a33; margin:0; }}
.cookie {{ background:#0b3c5d; color:#fff; padding:10px 24px; font-size:13px; }}
header {{ border-bottom:3px solid #c8102e; padding:12px 24px; display:flex; justify-content:space-between; }}
nav a {{ margin-right:18px; color:#0b3c5d; text-decoration:none; }}
.wrap {{ display:grid; grid-template-columns: 2fr 1fr; gap:32px; padding:24px; }}
aside {{ background:#f3f6f8; padding:16px; font-size:14px; }}
aside dt {{ font-weight:bold; margin-top:10px; }}
aside dd {{ margin:2px 0 0 0; }}
.crumb {{ font-size:12px; color:#667; padding:8px 24px; }}
footer {{ background:#1d2a33; color:#ccd; padding:18px 24px; font-size:12px; }}
</style>
</head>
<body>
<div class="cookie">Ce site utilise des cookies pour mesurer l'audience. <a href="#">Accepter</a> <a href="#">Paramétrer</a></div>
<header>
  <div class="logo"><img src="/static/logo-bicec.svg" alt="BICEC"> <span>Espace Carrières</span></div>
  <nav><a href="/">Accueil</a><a href="/banque">La Banque</a><a href="/carrieres">Carrières</a><a href="/offres">Offres d'emploi</a><a href="/stages">Stages</a><a href="/contact">Contact</a></nav>
</header>
<div class="crumb">Accueil › Carrières › Offres d'emploi › {REF}</div>
<div class="wrap">
<main>
  <h1>{H1}</h1>
  <p class="meta">Publiée le 19/09/2033 · Douala · 1 poste · Banque de financement</p>
  <h2>Le contexte</h2>
  <p>Au sein de la Direction des Risques, le Département Engagements examine chaque année plusieurs centaines de dossiers de crédit de la clientèle Entreprises. Pour accompagner la croissance de son portefeuille dans les régions du Littoral et du Centre, la banque renforce son équipe d'analystes.</p>
  <h2>Vos missions</h2>
  <ul>
{li(MISS)}
  </ul>
  <h2>Profil requis</h2>
  <ul>
{li(ESS)}
  </ul>
  <h2>Atouts</h2>
  <ul>
{li(DES)}
  </ul>
  <h2>Compétences comportementales</h2>
  <ul>
{chr(10).join(f"        <li><strong>{n} :</strong> {d}</li>" for n, d in COMP)}
  </ul>
  <h2>Dossier de candidature</h2>
  <p>Les candidatures (CV détaillé, lettre de motivation, copies certifiées des diplômes) sont reçues exclusivement en ligne, au plus tard le lundi 10 octobre 2033. Les candidats présélectionnés passeront un test écrit d'analyse de dossier le 25 octobre 2033, puis un entretien avec un jury. La BICEC ne demande aucun frais aux candidats à aucune étape du recrutement.</p>
  <p><a class="btn" href="/postuler/{K}">Postuler en ligne</a> <a href="#">Partager</a> <a href="#">Imprimer</a></p>
</main>
<aside>
  <h3>Résumé de l'offre</h3>
  <dl>
    <dt>Référence</dt><dd>{REF}</dd>
    <dt>Intitulé du poste</dt><dd>{TITLE}</dd>
    <dt>Employeur</dt><dd>{ORG}</dd>
    <dt>Direction</dt><dd>Direction des Risques – Département Engagements</dd>
    <dt>Lieu de travail</dt><dd>{LOC}</dd>
    <dt>Type de contrat</dt><dd>CDI, période d'essai de six mois</dd>
    <dt>Temps de travail</dt><dd>{SCHED}</dd>
    <dt>Catégorie professionnelle</dt><dd>{GRADE}</dd>
    <dt>Rémunération</dt><dd>{SAL}</dd>
    <dt>Date limite de candidature</dt><dd>10/10/2033 à 23h59 (heure de Douala)</dd>
  </dl>
  <h3>Offres similaires</h3>
  <ul class="similar">
    <li><a href="#">Chargé(e) de recouvrement – Yaoundé</a><br><small>clôture le 30/09/2033</small></li>
    <li><a href="#">Contrôleur(se) permanent(e) – Douala</a><br><small>clôture le 06/10/2033</small></li>
    <li><a href="#">Conseiller(ère) clientèle PME – Bafoussam</a><br><small>clôture le 15/10/2033</small></li>
  </ul>
</aside>
</div>
<footer>© 2033 BICEC – Tous droits réservés · Mentions légales · Protection des données · Signaler une fraude au recrutement</footer>
</body>
</html>
"""
write(K + "-bicec.html", html)

dash = lambda xs: "\n".join(f"- {x}" for x in xs)
board = f"""Emploi.cm	Offres d'emploi	CVthèque	Recruteurs	Conseils carrière	Se connecter	S'inscrire

Accueil > Offres d'emploi > Banque / Finance > Douala

{H1.upper()}

BICEC
Publiée le : 20.09.2033
Expire le : 10.10.2033
Vues : 1 482

Secteur d'activité : Banque, Assurance, Finance
Niveau d'expérience : Expérience entre 2 ans et 5 ans
Niveau d'études : Bac+5 et plus
Région : Littoral – Douala
Type de contrat : CDI
Nombre de poste(s) : 1

Description de l'entreprise
Banque commerciale camerounaise présente dans les dix régions du pays, au service des particuliers, des professionnels et des entreprises.

Description du poste

Référence

{REF}

Intitulé du poste

{TITLE}

Employeur

{ORG}

Lieu de travail

{LOC}

Temps de travail

{SCHED}

Catégorie professionnelle

{GRADE}

Rémunération

{SAL}

Date limite de candidature

10/10/2033

Vos missions
{dash(MISS)}

Profil recherché pour le poste : {TITLE.upper()}

Profil requis
{dash(ESS)}

Atouts
{dash(DES)}

Compétences comportementales
{chr(10).join(f"- {n} : {d}" for n, d in COMP)}

Candidature exclusivement sur le site carrières de la banque avant le 10 octobre 2033. Test écrit prévu le 25 octobre 2033.

Postuler	Sauvegarder	Signaler cette offre

Attention : Emploi.cm ne demande jamais d'argent aux candidats. Méfiez-vous des offres qui exigent des frais de dossier.

Offres similaires
Responsable agence – Banque – Garoua	Expire le : 02.10.2033
Auditeur interne confirmé – Microfinance – Yaoundé	Expire le : 12.10.2033
Comptable principal – Assurance – Douala	Expire le : 18.10.2033

© Emploi.cm – Le site de l'emploi au Cameroun	À propos	Contact	CGU
"""
write(K + "-emploicm.txt", board)
