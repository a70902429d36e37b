from common import *
REF = "MAPE/SG/DRH/2044-012"; KEY = "mape-sg-drh-2044-012"
T = "Chef(fe) du service de contrôle des débarquements"
ORG = "Ministère de l'Agriculture, de la Pêche et de l'Environnement (MAPE)"
LOC = "Moroni (Ngazidja), avec des missions à Mutsamudu et à Fomboni"
SCH = "Du lundi au jeudi de 7 h 30 à 15 h 00, le vendredi de 7 h 30 à 11 h 30"
GR = "Catégorie A, échelle 2"
ESS = ["Être de nationalité comorienne ;",
       "Être titulaire d'un master en sciences halieutiques ou en gestion des pêches ;",
       "Justifier de cinq ans d'expérience dans l'inspection ou le contrôle des pêches ;",
       "Être âgé(e) de 45 ans au plus à la date de clôture des candidatures."]
DES = ["La maîtrise du shikomori et de l'anglais ;",
       "Une expérience des plans régionaux de surveillance des pêches dans l'océan Indien."]
COMP = [("Leadership", "animer une équipe d'inspecteurs répartie sur trois îles"),
        ("Probité", "refuser toute pression lors des contrôles"),
        ("Sens du dialogue", "expliquer la réglementation aux pêcheurs et aux mareyeurs")]
ATT = ["organiser le contrôle des débarquements dans les ports et les sites de pêche artisanale ;",
       "vérifier les journaux de pêche et les certificats de capture ;",
       "consolider les statistiques mensuelles de débarquement ;",
       "coordonner les inspections conjointes avec les garde-côtes."]

html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Communiqué – MAPE</title>
<style>body{{font-family:Arial,sans-serif;margin:0}} .bandeau{{background:#00853f;color:#fff;padding:6px 16px}} .fact b{{display:inline-block;min-width:190px}}</style></head><body>
<div class="bandeau">UNION DES COMORES – Unité – Solidarité – Développement</div>
<header><b>Ministère de l'Agriculture, de la Pêche et de l'Environnement</b>
<nav>Accueil · Le Ministère · Agriculture · Pêche · Environnement · Communiqués · Contact</nav></header>
<p>Accueil » Communiqués » Avis de recrutement</p>
<main>
<h1>COMMUNIQUÉ</h1>
<p><i>Moroni, le 24 octobre 2044</i> — N° {REF}</p>
<p>Le Secrétaire général du Ministère de l'Agriculture, de la Pêche et de l'Environnement informe le public qu'un recrutement est ouvert pour le poste ci-après, dans le cadre du renforcement de la surveillance des pêches.</p>
<p class="fact"><b>Poste :</b> {T}</p>
<p class="fact"><b>Administration :</b> {ORG}</p>
<p class="fact"><b>Direction :</b> Direction générale des ressources halieutiques</p>
<p class="fact"><b>Lieu d'affectation :</b> {LOC}</p>
<p class="fact"><b>Horaires :</b> {SCH}</p>
<p class="fact"><b>Catégorie :</b> {GR}</p>
<p class="fact"><b>Rémunération :</b> 285 000 francs comoriens (KMF) par mois, primes de mission en sus</p>
<p class="fact"><b>Date limite :</b> lundi 28 novembre 2044 à 14 h 00</p>
<h2>I. Attributions</h2>
{ul(ATT)}
<h2>II. Conditions d'accès</h2>
<p>Les candidat(e)s doivent remplir les conditions suivantes :</p>
<ol type="a">{''.join(f"<li>{e}</li>" for e in ESS)}</ol>
<p>Constituent des atouts :</p>
{ul(DES)}
<h2>III. Qualités requises</h2>
{ul([f"<u>{n}</u> : {d}" for n, d in COMP])}
<h2>IV. Dossier</h2>
<p>Demande adressée au Secrétaire général, CV, copie des diplômes, copie de la carte nationale d'identité et extrait de casier judiciaire, à déposer au bureau du courrier du Ministère. Les candidat(e)s retenu(e)s seront entendu(e)s par un jury le 8 décembre 2044.</p>
</main>
<aside><h3>À la une</h3><p>15/10/2044 – Lancement de la campagne de vaccination des bovins à Mohéli</p><p>20/10/2044 – Atelier sur la pêche thonière à Mutsamudu</p></aside>
<footer>© 2044 MAPE – Union des Comores</footer>
</body></html>
"""
w(KEY + "-communique.html", html, REF)

paper = f"""
LE COURRIER DES ÎLES (fictif) — Quotidien d'information — N° 5120 — Mercredi 26 octobre 2044 — Page 9
================================================================================
                              ANNONCES OFFICIELLES
================================================================================

                         UNION DES COMORES
      Ministère de l'Agriculture, de la Pêche et de l'Environnement
                      Secrétariat général
                                                       N° {REF}

                      AVIS DE RECRUTEMENT

POSTE
{T}

ADMINISTRATION
{ORG}

LIEU D'AFFECTATION
{LOC}

HORAIRES
{SCH}

CATÉGORIE
{GR}

RÉMUNÉRATION
285 000 KMF par mois

ATTRIBUTIONS : organiser le contrôle des débarquements dans les ports et sites
de pêche artisanale ; vérifier journaux de pêche et certificats de capture ;
consolider les statistiques ; coordonner les inspections avec les garde-côtes.

CONDITIONS :
{chr(10).join(f"  {c}) {e}" for c, e in zip("abcd", ESS))}

ATOUTS :
{lines(DES, "  - ")}

QUALITÉS :
{lines([f"{n} : {d}" for n, d in COMP], "  * ")}

Les dossiers sont reçus au bureau du courrier du Ministère jusqu'au
28/11/2044 à 14 h. Audition des candidat(e)s retenu(e)s le 08/12/2044.

                                          Le Secrétaire général
--------------------------------------------------------------------------------
AVIS DE PERTE : carte grise d'une camionnette, perdue le 12 octobre à Iconi.
VENTE : boutre de 9 m avec moteur, 4 500 000 KMF, à Mitsamiouli.
--------------------------------------------------------------------------------
"""
w(KEY + "-courrierdesiles.txt", paper, REF)

exp(KEY, dict(reference=REF, languages=["fr"], title={"fr": T}, organisation={"fr": ORG}, location={"fr": LOC},
              schedule={"fr": SCH}, deadline="2044-11-28", salary=sal(285000, cur="KMF"), grade=GR,
              requirements={"fr": {"essential": ESS, "desirable": DES}}, competencies={"fr": COMP}))
