from common import *

KEY = "bcimr-drh-rec-2043-027"
REF = "BCIMR/DRH/REC/2043-027"
TITLE = "Chargé(e) des correspondants bancaires et de la trésorerie devises"
ORG = "Banque pour le Commerce et l'Industrie – Mer Rouge (BCIMR)"
LOC = "Siège de la banque, place Lagarde, Djibouti"
SCHED = "Du dimanche au jeudi, de 7 h 30 à 14 h 30, avec astreinte le samedi par roulement"
GRADE = "Cadre, classe C2"
ESS = ["Master en finance, banque ou économie, ou diplôme équivalent ;",
       "Au moins trois ans d'expérience en salle de trésorerie, en relations internationales ou en back-office devises ;",
       "Bonne connaissance des messages SWIFT MT et MX, du rapprochement des comptes nostro et des régimes de sanctions ;",
       "Maîtrise du français et de l'anglais, écrits et parlés."]
DES = ["Certification ACI Dealing ou équivalente",
       "Pratique de l'arabe ou du somali"]
COMP = [("Rigueur", "rapprocher chaque jour les comptes nostro sans écart non justifié"),
        ("Sens de la négociation", "obtenir des conditions de change et de commission favorables auprès des correspondants"),
        ("Discrétion", "traiter les dossiers de conformité avec une stricte confidentialité")]
MISSIONS = ["Suivre au quotidien les positions de change et la liquidité en USD, EUR et AED de la banque",
            "Rapprocher les comptes nostro et vostro et traiter les suspens avec les correspondants",
            "Préparer les revues annuelles des banques correspondantes (questionnaires KYC, limites, tarifs)",
            "Exécuter les opérations de change au comptant avec les contreparties autorisées",
            "Produire les états réglementaires de position de change destinés à la Banque Centrale de Djibouti",
            "Participer aux audits internes et aux contrôles de conformité sur les flux internationaux"]

expected(KEY, reference=REF, post_number=None, languages=["fr"], title={"fr": TITLE},
         organisation={"fr": ORG}, location={"fr": LOC}, schedule={"fr": SCHED}, deadline="2043-09-03",
         salary=sal(amount=380000, cur="DJF"), grade=GRADE, clearance=None,
         requirements={"fr": (ESS, DES)}, competencies={"fr": COMP})

li = lambda xs: "\n".join("      <li>%s</li>" % x for x in xs)
html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Carrières – BCIMR</title>
<style>
body{{font-family:Arial,sans-serif;margin:0;color:#222}}
.rates{{background:#0b3b60;color:#fff;font-size:12px;padding:4px 20px}}
nav{{background:#e8eef4;padding:8px 20px}} nav a{{margin-right:14px;color:#0b3b60}}
.crumb{{font-size:12px;color:#666;padding:6px 20px}}
main{{padding:0 20px;max-width:900px}}
dl.fiche{{display:grid;grid-template-columns:210px 1fr;border:1px solid #cbd6e0}}
dl.fiche dt{{font-weight:bold;background:#f3f6f9;padding:5px}} dl.fiche dd{{margin:0;padding:5px}}
table.q td{{border-bottom:1px solid #ddd;padding:4px 8px;vertical-align:top}}
.cookie{{position:fixed;bottom:0;left:0;right:0;background:#333;color:#eee;padding:8px;font-size:12px}}
footer{{font-size:11px;color:#777;padding:20px}}
</style></head>
<body>
<div class="rates">Cours indicatifs du jour : 1 USD = 177,72 DJF · 1 EUR = 193,40 DJF · 1 AED = 48,39 DJF</div>
<nav><a href="#">Accueil</a><a href="#">Particuliers</a><a href="#">Entreprises</a><a href="#">International</a><a href="#">La banque</a><a href="#"><b>Carrières</b></a><a href="#">Contact</a></nav>
<div class="crumb">Accueil › La banque › Carrières › Offres en cours › {REF}</div>
<main>
<h1>Nous recrutons</h1>
<p>Filiale d'un grand groupe bancaire et acteur historique de la place de Djibouti, la BCIMR accompagne les entreprises du port, de la logistique et du commerce régional. Pour renforcer sa Direction des Opérations Internationales, elle lance un appel à candidatures externe.</p>
<dl class="fiche">
  <dt>Référence</dt><dd>{REF}</dd>
  <dt>Intitulé du poste</dt><dd>{TITLE}</dd>
  <dt>Employeur</dt><dd>{ORG}</dd>
  <dt>Direction</dt><dd>Direction des Opérations Internationales</dd>
  <dt>Lieu de travail</dt><dd>{LOC}</dd>
  <dt>Horaires</dt><dd>{SCHED}</dd>
  <dt>Classification</dt><dd>{GRADE}</dd>
  <dt>Type de contrat</dt><dd>CDI, période d'essai de six mois</dd>
  <dt>Rémunération</dt><dd>380 000 DJF bruts par mois, treizième mois et couverture médicale en sus</dd>
  <dt>Date limite</dt><dd>jeudi 3 septembre 2043, 12 h 00 (heure de Djibouti)</dd>
</dl>
<h2>Vos missions</h2>
<ol>
{li(MISSIONS)}
</ol>
<h2>Votre profil</h2>
<ul>
{li(ESS)}
</ul>
<h3>Un plus</h3>
<ul>
{li(DES)}
</ul>
<h2>Qualités attendues</h2>
<table class="q">
{chr(10).join('  <tr><td><b>%s</b></td><td>%s</td></tr>' % c for c in COMP)}
</table>
<h2>Comment postuler ?</h2>
<p>Envoyez une lettre de motivation, un CV, la copie de vos diplômes et une pièce d'identité à recrutement@bcimr.example en indiquant la référence en objet. Les candidats présélectionnés passeront un test écrit le 15 septembre 2043 puis un entretien. Seules les candidatures retenues recevront une réponse.</p>
<h3>Autres offres</h3>
<ul><li>Analyste crédit PME – clôture le 27/08/2043</li><li>Conseiller(ère) clientèle, agence de Balbala – clôture le 18/09/2043</li></ul>
</main>
<footer>© 2043 BCIMR · Banque agréée par la Banque Centrale de Djibouti · Mentions légales · Plan du site</footer>
<div class="cookie">Ce site utilise des cookies pour mesurer l'audience. <a href="#">Accepter</a> · <a href="#">Paramétrer</a></div>
</body></html>
"""
w(KEY + "-bcimr.html", html, KEY)

mail = f"""De : Houssein Ali Guedi <h.guedi@alumni-isg.example>
Envoyé : dimanche 16 août 2043 09:42
À : Promo Finance 2036 <finance2036@listes.example>
Objet : TR: Offre BCIMR – trésorerie devises / correspondants (à diffuser)

Salam à tous,

Une offre intéressante pour ceux qui font du back-office ou de la salle des marchés. Attention, le dépôt est
court. Je rappelle aussi notre déjeuner d'anciens le 28 août chez Mélanie (participation 3 000 DJF).

Houssein

-----Message d'origine-----
De : DRH BCIMR <recrutement@bcimr.example>
Envoyé : jeudi 13 août 2043 15:10
Objet : Appel à candidatures {REF}

APPEL A CANDIDATURES EXTERNE
Référence : {REF}

Poste : {TITLE}
Employeur : {ORG}
Direction : Direction des Opérations Internationales
Lieu de travail : {LOC}
Horaires : {SCHED}
Classification : {GRADE}
Contrat : CDI
Salaire : 380 000 DJF bruts par mois (hors 13e mois)
Date limite de dépôt : 03/09/2043 à 12 h

MISSIONS
{chr(10).join('  * ' + m + ';' for m in MISSIONS[:-1])}
  * {MISSIONS[-1]}.

PROFIL RECHERCHE
{chr(10).join('  - ' + x for x in ESS)}

ATOUTS
{chr(10).join('  + ' + x for x in DES)}

QUALITES PERSONNELLES
{chr(10).join('  %s : %s' % c for c in COMP)}

DOSSIER
Lettre de motivation, CV, copies des diplômes et d'une pièce d'identité, à l'adresse
recrutement@bcimr.example, avec la référence en objet. Test écrit prévu le 15/09/2043.

La BCIMR ne demande aucun frais pour le traitement des candidatures.
"""
w(KEY + "-courriel.txt", mail, KEY)
save_rows("n01")
