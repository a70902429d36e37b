from common import *
KEY = "bni-dcrh-rec-2034-063"
REF = "BNI/DCRH/REC/2034-063"
TITLE = "Analyste Conformité LBC/FT"
ORG = "Banque Nationale d'Investissement (BNI)"
LOC = "Abidjan-Plateau (siège social)"
SCHED = "Temps plein, du lundi au vendredi de 7 h 30 à 16 h 30"
GRADE = "Cadre – catégorie A3"
SAL = "850 000 à 1 050 000 FCFA brut par mois selon expérience, hors primes de bilan et 13e mois"
ESS = [
 "Diplôme de niveau Bac + 4/5 en droit des affaires, finance, audit ou économie ;",
 "Au moins trois (3) ans d'expérience en conformité, en audit interne ou en contrôle des risques dans un établissement de crédit ;",
 "Bonne connaissance du dispositif de lutte contre le blanchiment de capitaux et le financement du terrorisme applicable dans l'UEMOA ;",
 "Maîtrise des outils de filtrage des listes de sanctions et d'Excel (tableaux croisés dynamiques, requêtes) ;",
 "Excellente capacité rédactionnelle en français.",
]
DES = [
 "Certification CAMS ou équivalente ;",
 "Expérience des échanges avec la cellule de renseignement financier ou un superviseur bancaire.",
]
COMP = [
 ("Intégrité", "traite les informations sensibles avec discrétion et impartialité."),
 ("Esprit d'analyse", "rapproche des opérations dispersées pour en dégager un schéma suspect."),
 ("Fermeté", "maintient un avis motivé face à la pression commerciale."),
]
MISSIONS = [
 "analyser les alertes générées par l'outil de surveillance des opérations et documenter chaque décision de clôture ou d'escalade ;",
 "réaliser les revues de connaissance client (KYC) renforcées pour les clients à risque élevé ;",
 "préparer les projets de déclarations de soupçon à l'attention du Responsable Conformité ;",
 "contribuer à la mise à jour de la cartographie des risques LBC/FT de la banque ;",
 "animer des sessions de sensibilisation auprès des agences du réseau ;",
 "suivre la mise en œuvre des recommandations des missions d'inspection.",
]
E = fr_only(reference=REF, title=TITLE, organisation=ORG, location=LOC, schedule=SCHED,
            deadline="2034-12-04", salary=sal(mn=850000, mx=1050000, cur="XOF"), grade=GRADE,
            essential=ESS, desirable=DES,
            competencies=[{"name": n, "description": d} for n, d in COMP])
expected(KEY, E)

li = lambda xs: "\n".join(f"        <li>{x}</li>" for x in xs)
html = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>{TITLE} (H/F) – Siège | Carrières BNI</title>
<style>
body {{ font-family: "Liberation Sans", Arial, sans-serif; margin: 0; color: #1d2b36; }}
.topbar {{ background: #0b5d3b; color: #fff; font-size: 12px; padding: 4px 24px; }}
header {{ padding: 12px 24px; border-bottom: 3px solid #f28c00; }}
nav a {{ margin-right: 14px; color: #0b5d3b; text-decoration: none; }}
.wrap {{ display: flex; gap: 28px; padding: 16px 24px; }}
main {{ flex: 3; }}
aside {{ flex: 1.3; background: #f4f6f5; padding: 12px 16px; font-size: 14px; }}
aside dt {{ font-weight: bold; color: #0b5d3b; margin-top: 8px; }}
aside dd {{ margin: 0; }}
.meta {{ color: #667; font-style: italic; }}
footer {{ font-size: 12px; color: #555; padding: 12px 24px; border-top: 1px solid #ccc; }}
</style>
</head>
<body>
<div class="topbar">Service client : (+225) 00 00 00 00 (numéro fictif) · Agences · Banque en ligne · English</div>
<header>
  <strong>BNI</strong> · Banque Nationale d'Investissement
  <nav><a href="#">La Banque</a><a href="#">Particuliers</a><a href="#">Entreprises</a><a href="#">Secteur public</a><a href="#">Carrières</a><a href="#">Contact</a></nav>
</header>
<p style="padding:0 24px;font-size:13px">Accueil › Carrières › Offres d'emploi › {REF}</p>
<div class="wrap">
<main>
  <h1>{TITLE} (H/F) – Siège</h1>
  <p class="meta">Publiée le 13 novembre 2034 · Direction de la Conformité · 1 poste · CDI</p>
  <p>Dans le cadre du renforcement de son dispositif de sécurité financière, la BNI recrute pour sa Direction de la Conformité un(e) analyste chargé(e) de la surveillance des opérations et de la connaissance client.</p>
  <h2>Vos missions</h2>
  <p>Rattaché(e) au Responsable Conformité, vous aurez notamment à :</p>
  <ul>
{li(MISSIONS)}
  </ul>
  <h2>Profil requis</h2>
  <ul>
{li(ESS)}
  </ul>
  <h2>Atouts</h2>
  <ul>
{li(DES)}
  </ul>
  <h2>Savoir-être attendus</h2>
  <ul>
{chr(10).join(f'        <li><strong>{n} :</strong> {d}</li>' for n, d in COMP)}
  </ul>
  <h2>Comment postuler ?</h2>
  <p>Les candidatures (CV, lettre de motivation, copies des diplômes) sont reçues exclusivement sur le portail carrières de la banque, au plus tard le lundi 4 décembre 2034 à 18 h 00. Les candidats présélectionnés seront convoqués à un test écrit le 14 décembre 2034. Seuls les dossiers retenus feront l'objet d'une réponse.</p>
  <p><em>La BNI ne demande aucun frais à quelque étape que ce soit du processus de recrutement.</em></p>
</main>
<aside>
  <h3>Résumé de l'offre</h3>
  <dl>
    <dt>Référence</dt><dd>{REF}</dd>
    <dt>Intitulé du poste</dt><dd>{TITLE}</dd>
    <dt>Employeur</dt><dd>{ORG}</dd>
    <dt>Direction</dt><dd>Direction de la Conformité</dd>
    <dt>Lieu de travail</dt><dd>{LOC}</dd>
    <dt>Type de contrat</dt><dd>CDI, période d'essai de six mois</dd>
    <dt>Catégorie</dt><dd>{GRADE}</dd>
    <dt>Horaires</dt><dd>{SCHED}</dd>
    <dt>Rémunération</dt><dd>{SAL}</dd>
    <dt>Date limite de candidature</dt><dd>04/12/2034 à 18h00 (GMT)</dd>
  </dl>
  <h3>Autres offres</h3>
  <ul>
    <li>Chargé(e) de clientèle Particuliers – Yamoussoukro · clôture le 27/11/2034</li>
    <li>Contrôleur(se) de gestion – Abidjan · clôture le 11/12/2034</li>
    <li>Stage Trésorerie – Abidjan · clôture le 30/11/2034</li>
  </ul>
</aside>
</div>
<footer>© 2034 BNI – Tous droits réservés · Mentions légales · Politique de cookies · Ce site utilise des cookies de mesure d'audience. <a href="#">Accepter</a></footer>
</body>
</html>
"""
write(KEY + "-bni.html", html)

edu = f"""Educarriere.ci
AccueilOffres d'emploiOffres de stageConcoursFormationsCVthèqueConseilsRecruteurs
Offres d'emploi > Banque / Assurance / Finance

ANALYSTE CONFORMITÉ LBC/FT (H/F)
Code : 61 204Date d'édition : 14/11/2034Date limite : 04/12/2034
Entreprise : BNIMétier : Audit / Contrôle / ConformitéNiveau : Bac+4, Bac+5Expérience : 3 ansLieu : Abidjan
Postuler en ligneImprimerEnvoyer à un ami

Description du poste
Référence : {REF}Intitulé du poste : {TITLE}Employeur : {ORG}Direction : Direction de la ConformitéLieu de travail : {LOC}Type de contrat : CDICatégorie : {GRADE}Horaires : {SCHED}Rémunération : {SAL}
Missions : Rattaché(e) au Responsable Conformité, vous aurez notamment à : {' - '.join(MISSIONS)}

Profil du poste
{chr(10).join(ESS)}
Atouts : {' '.join(DES)}
Savoir-être attendus : {' '.join(f'{n} : {d}' for n, d in COMP)}

Dossier de candidature
CV, lettre de motivation et copies des diplômes, à déposer sur le portail carrières de la banque avant le lundi 4 décembre 2034 à 18 h 00. Test écrit prévu le 14 décembre 2034 pour les candidats présélectionnés.

Offres similaires
CHARGÉ DE CONFORMITÉ - COOPEC (Daloa)Date limite : 29/11/2034
AUDITEUR INTERNE JUNIOR - Cabinet d'expertise (Abidjan)Date limite : 08/12/2034Salaire : 600 000 FCFA
CONTRÔLEUR DES RISQUES - Établissement de microfinance (Bouaké)Date limite : 15/12/2034

Educarriere décline toute responsabilité quant au contenu des offres publiées. Ne payez jamais pour obtenir un emploi.
© 2034 Educarriere – Tous droits réservés
"""
write(KEY + "-educarriere.txt", edu)
