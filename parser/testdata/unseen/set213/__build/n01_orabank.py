# Orabank Mauritanie - careers page (html, printed with Chromium) + LinkedIn guest copy
from common import *
REF = "ORB-MR/DRH/2035/014"
K = key_of(REF)
TITLE = "Chargé de conformité LBC/FT"
ORG = "Orabank Mauritanie"
LOC = "Nouakchott, siège social (Tevragh Zeina)"
SCHED = "Du lundi au vendredi, de 8 h 00 à 16 h 30"
GRADE = "Cadre, niveau C2"
SAL = "38 000 à 45 000 MRU (ouguiyas) brut par mois, selon expérience, hors primes de performance"
ESS = [
 "Diplôme de niveau Bac+4/5 en finance, droit des affaires ou audit ;",
 "Au moins trois (3) années d'expérience en conformité, en audit interne ou en contrôle bancaire ;",
 "Bonne connaissance des recommandations du GAFI et des instructions de la Banque Centrale de Mauritanie ;",
 "Maîtrise des outils de filtrage des opérations et des tableurs ;",
 "Excellente expression écrite en français ; la pratique de l'arabe est exigée.",
]
DES = [
 "Une certification en lutte anti-blanchiment (CAMS ou équivalent) ;",
 "La connaissance du hassaniya ou du pulaar.",
]
COMP = [
 ("Intégrité", "applique la règle sans exception, quel que soit l'interlocuteur."),
 ("Esprit d'analyse", "relie des opérations isolées pour y repérer un schéma inhabituel."),
 ("Discrétion", "protège les informations des clients et des dossiers transmis à la CANIF."),
]
MISSIONS = [
 "Analyser les alertes générées par l'outil de surveillance des transactions et documenter chaque décision ;",
 "Conduire les diligences renforcées sur les clients à risque élevé et les personnes politiquement exposées ;",
 "Préparer les projets de déclaration de soupçon à l'intention du Responsable Conformité ;",
 "Animer des sessions de sensibilisation dans les agences de Nouakchott et de Nouadhibou ;",
 "Tenir à jour la cartographie des risques de blanchiment de la banque.",
]
li = lambda xs: "\n".join(f"      <li>{x}</li>" for x in xs)
html = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>{TITLE} (H/F) – Carrières – Orabank Mauritanie</title>
<style>
body {{ font-family: "Liberation Sans", Arial, sans-serif; margin: 0; color: #222; font-size: 11pt; }}
.top {{ background: #0a5c36; color: #fff; padding: 6px 24px; font-size: 9pt; }}
header {{ padding: 10px 24px; border-bottom: 3px solid #f29100; }}
nav a {{ margin-right: 14px; color: #0a5c36; text-decoration: none; }}
.crumb {{ font-size: 9pt; color: #777; padding: 8px 24px; }}
main {{ padding: 0 24px 20px; }}
h1 {{ color: #0a5c36; font-size: 18pt; }}
.meta {{ font-style: italic; color: #555; }}
dl.fiche {{ border: 1px solid #ccc; padding: 10px 14px; background: #f7f7f2; }}
dl.fiche dt {{ font-weight: bold; margin-top: 6px; }}
dl.fiche dd {{ margin: 0 0 0 0; }}
h2 {{ font-size: 13pt; color: #f29100; border-bottom: 1px solid #eee; }}
aside {{ border-top: 1px dashed #999; margin-top: 18px; font-size: 9.5pt; }}
footer {{ font-size: 8.5pt; color: #666; padding: 10px 24px; border-top: 1px solid #ddd; }}
</style>
</head>
<body>
<div class="top">Service client : (+222) 45 00 00 00 (numéro fictif) · Espace client · Français | العربية</div>
<header>
  <strong>Orabank</strong> Mauritanie
  <nav><a href="#">La banque</a><a href="#">Particuliers</a><a href="#">Entreprises</a><a href="#">Actualités</a><a href="#">Carrières</a><a href="#">Agences</a></nav>
</header>
<div class="crumb">Accueil › Carrières › Offres d'emploi › {REF}</div>
<main>
  <h1>{TITLE} (H/F)</h1>
  <p class="meta">Publiée le 20/06/2035 · Nouakchott · 1 poste · Référence {REF}</p>
  <p>Filiale d'un groupe bancaire panafricain, Orabank Mauritanie accompagne particuliers, PME et grandes
  entreprises depuis son réseau d'agences de Nouakchott, Nouadhibou et Rosso. Pour renforcer son dispositif de
  lutte contre le blanchiment de capitaux et le financement du terrorisme, la banque recrute un(e) chargé(e) de
  conformité.</p>
  <dl class="fiche">
    <dt>Intitulé du poste</dt><dd>{TITLE}</dd>
    <dt>Employeur</dt><dd>{ORG}</dd>
    <dt>Direction</dt><dd>Direction de la Conformité et du Contrôle permanent</dd>
    <dt>Lieu de travail</dt><dd>{LOC}</dd>
    <dt>Type de contrat</dt><dd>CDI, après une période d'essai de trois mois</dd>
    <dt>Horaires</dt><dd>{SCHED}</dd>
    <dt>Classification</dt><dd>{GRADE}</dd>
    <dt>Salaire</dt><dd>{SAL}</dd>
    <dt>Date limite de candidature</dt><dd>11/07/2035 à 17 h 00</dd>
  </dl>
  <h2>Vos missions</h2>
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
  <h2>Savoir-être</h2>
  <ul>
{chr(10).join(f'      <li><strong>{n} :</strong> {d}</li>' for n, d in COMP)}
  </ul>
  <h2>Comment postuler ?</h2>
  <p>Adressez votre CV, une lettre de motivation et la copie de vos diplômes via l'espace Carrières, en
  rappelant la référence {REF}. Les candidats présélectionnés passeront un test écrit le 19/07/2035, puis un
  entretien. Orabank Mauritanie ne demande jamais de frais pour l'examen d'une candidature.</p>
  <aside>
    <strong>Autres offres</strong><br>
    Chargé de clientèle Entreprises – Nouadhibou – clôture le 04/07/2035<br>
    Analyste crédit PME – Nouakchott – clôture le 25/07/2035<br>
    Stage : assistant(e) marketing digital – clôture le 30/06/2035
  </aside>
</main>
<footer>© 2035 Orabank Mauritanie – société anonyme agréée par la Banque Centrale de Mauritanie. Téléphones et adresses de cette page : fictifs. Mentions légales · Politique de cookies · Sécurité : signalez toute fausse offre d'emploi.</footer>
</body>
</html>
"""
write(f"{K}-orabank.html", html)

glued = (f"Intitulé du poste : {TITLE}Employeur : {ORG}Direction : Direction de la Conformité et du Contrôle permanent"
         f"Lieu de travail : {LOC}Type de contrat : CDIHoraires : {SCHED}Classification : {GRADE}"
         f"Salaire : {SAL}Date limite de candidature : 11/07/2035")
linkedin = f"""LinkedIn
Rechercher    Offres d'emploi    S'identifier    S'inscrire

{TITLE} (H/F)
Orabank Mauritanie
Nouakchott, Nouakchott-Ouest, Mauritanie   Il y a 2 jours   Plus de 100 candidats

Postuler    Enregistrer

Référence : {REF}

Filiale d'un groupe bancaire panafricain, Orabank Mauritanie renforce son dispositif de lutte contre le blanchiment de capitaux et le financement du terrorisme.

{glued}

Vos missions
{chr(10).join(MISSIONS)}

Profil requis
{chr(10).join(ESS)}

Atouts
{chr(10).join(DES)}

Savoir-être
{chr(10).join(f'{n} : {d}' for n, d in COMP)}

Candidature via l'espace Carrières du site de la banque, en rappelant la référence. Test écrit prévu le 19/07/2035.

Afficher moins

Niveau hiérarchique
Premier emploi
Type d'emploi
Temps plein
Fonction
Juridique et Finance
Secteurs
Banques

Offres d'emploi similaires
Responsable conformité – Banque populaire (fictive) – Nouakchott – 60 000 MRU/mois
Auditeur interne junior – Nouadhibou – Il y a 1 semaine

Voir plus d'offres d'emploi
© 2035 LinkedIn   À propos   Accessibilité   Conditions générales   Politique de confidentialité   Politique relative aux cookies
"""
write(f"{K}-linkedin.txt", linkedin)
expected(REF, ["fr"], {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, {"fr": SCHED}, "2035-07-11",
         sal(mn=38000, mx=45000, cur="MRU", period="month"), GRADE, {"fr": {"essential": ESS, "desirable": DES}},
         {"fr": comps(COMP)})
