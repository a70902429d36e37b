"""CNCAS (Senegal), French: bank careers page + LinkedIn Jobs copy."""
from common import write, expected, key_of

REF = "CNCAS/DRH/REC/2038-117"
TITLE = "Chargé(e) de financement des chaînes de valeur horticoles"
ORG = "Caisse Nationale de Crédit Agricole du Sénégal (CNCAS)"
LOC = "Dakar (siège), avec missions régulières dans la zone des Niayes"
SCHED = "Temps plein, du lundi au vendredi (8 h 00 – 16 h 30)"
GRADE = "Cadre, classe C2"
SAL = "1 180 000 FCFA brut mensuel, hors primes de rendement"
ESS = [
    "Master en finance, en économie agricole ou en gestion bancaire",
    "Au moins quatre années d'expérience dans l'analyse de crédit aux entreprises agricoles ou agro-industrielles",
    "Bonne connaissance des filières oignon, pomme de terre et tomate industrielle",
    "Maîtrise des outils d'analyse financière et des tableurs",
    "Permis de conduire de catégorie B",
]
DES = [
    "Expérience des lignes de refinancement et des fonds de garantie",
    "Pratique du wolof",
]
COMP = [
    ("Rigueur analytique", "fonde chaque avis de crédit sur des chiffres vérifiés."),
    ("Sens du terrain", "visite les exploitations et les coopératives avant toute décision."),
    ("Esprit d'équipe", "travaille en lien avec les agences régionales et la direction des risques."),
]
MISSIONS = [
    "instruire les demandes de crédit de campagne et d'équipement des producteurs et des GIE horticoles ;",
    "analyser les plans de trésorerie et les contrats d'achat passés avec les industriels ;",
    "proposer des montages associant crédit, assurance agricole et fonds de garantie ;",
    "suivre le remboursement des prêts après la récolte et alerter sur les impayés ;",
    "animer des séances d'information dans les agences de Thiès, Mboro et Kébémer.",
]

key = key_of(REF)
li = lambda xs: "\n".join(f"        <li>{x}</li>" for x in xs)

html = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>{TITLE} (H/F) – Carrières – CNCAS</title>
<style>
 body {{ font-family: Arial, sans-serif; margin: 0; color: #1d2b1f; }}
 .top {{ background: #0b5d2a; color: #fff; padding: 6px 24px; font-size: 13px; }}
 .cookies {{ background: #f3f3f3; padding: 8px 24px; font-size: 12px; }}
 main {{ max-width: 880px; margin: 0 auto; padding: 12px 24px; }}
 .fiche {{ display: grid; grid-template-columns: repeat(3, 1fr); gap: 10px; }}
 .card {{ border: 1px solid #cfe3d4; padding: 6px 10px; }}
 .card h4 {{ margin: 0; font-size: 12px; color: #0b5d2a; text-transform: uppercase; }}
 .card p {{ margin: 4px 0 0; }}
 aside {{ border-top: 2px solid #0b5d2a; margin-top: 24px; font-size: 14px; }}
</style>
</head>
<body>
<div class="top">Particuliers | Professionnels | Monde agricole | Institutionnels | <b>Carrières</b> | Agences</div>
<div class="cookies">Ce site utilise des cookies de mesure d'audience. <a href="#">Accepter</a> <a href="#">Paramétrer</a></div>
<main>
  <nav class="crumbs">Accueil › Carrières › Offres en cours › Financement agricole</nav>
  <h1>La CNCAS recrute : {TITLE} (H/F)</h1>
  <p class="meta">Publiée le 10/12/2038 · Direction des Ressources Humaines · 1 poste</p>

  <section class="fiche">
    <div class="card"><h4>Référence</h4><p>{REF}</p></div>
    <div class="card"><h4>Intitulé du poste</h4><p>{TITLE}</p></div>
    <div class="card"><h4>Employeur</h4><p>{ORG}</p></div>
    <div class="card"><h4>Direction</h4><p>Direction du Financement Agricole et Rural</p></div>
    <div class="card"><h4>Lieu</h4><p>{LOC}</p></div>
    <div class="card"><h4>Horaires</h4><p>{SCHED}</p></div>
    <div class="card"><h4>Classification</h4><p>{GRADE}</p></div>
    <div class="card"><h4>Rémunération</h4><p>{SAL}</p></div>
    <div class="card"><h4>Date limite de candidature</h4><p>07/01/2039</p></div>
  </section>

  <h2>Contexte</h2>
  <p>Banque de référence du monde rural, la CNCAS accompagne les producteurs, les coopératives et les
  entreprises agro-industrielles dans toutes les régions du pays. Pour développer son portefeuille dans
  les filières maraîchères des Niayes, la Direction du Financement Agricole et Rural renforce son équipe
  d'analystes.</p>

  <h2>Vos missions</h2>
  <ol>
{li(MISSIONS)}
  </ol>

  <h2>Profil recherché</h2>
  <ul>
{li(ESS)}
  </ul>

  <h2>Atouts</h2>
  <ul>
{li(DES)}
  </ul>

  <h2>Qualités attendues</h2>
{chr(10).join(f'  <p><strong>{n}</strong> : {d}</p>' for n, d in COMP)}

  <h2>Comment postuler</h2>
  <p>Déposez votre CV, une lettre de motivation et la copie de vos diplômes sur l'espace candidats en
  rappelant la référence {REF}, au plus tard le vendredi 7 janvier 2039 à 17 h 00. Les candidats
  présélectionnés passeront un test écrit le 20 janvier 2039, puis un entretien devant un jury.</p>
  <p>La CNCAS ne demande aucun frais pour le traitement des candidatures.</p>

  <aside>
    <h3>Autres offres</h3>
    <ul>
      <li>Conseiller(ère) clientèle – Agence de Ziguinchor — clôture le 21/01/2039</li>
      <li>Auditeur(trice) interne junior – Dakar — clôture le 28/01/2039</li>
      <li>Stage : gestion des garanties – Kaolack — clôture le 14/01/2039</li>
    </ul>
  </aside>
</main>
<footer>© 2038 CNCAS · Mentions légales · Plan du site · Nous contacter</footer>
</body>
</html>
"""
write(f"{key}-cncas.html", html)

txt = f"""
Accueil   Mon réseau   Emplois   Messagerie   Notifications

Caisse Nationale de Crédit Agricole du Sénégal (CNCAS)
{TITLE}
Dakar, Sénégal · il y a 5 jours · Plus de 100 candidats

Sur site    Temps plein    Confirmé
1 001-5 000 employés · Banques
3 anciens élèves de votre établissement travaillent ici

Postuler    Enregistrer

Découvrez comment vous vous situez par rapport à 112 candidats. Essayez Premium pour 0 XOF

À propos de l'offre d'emploi

La CNCAS, banque de référence du monde rural, renforce l'équipe de sa Direction du Financement Agricole
et Rural et recherche un(e) {TITLE}.

Référence : {REF}
Employeur : {ORG}
Lieu : {LOC}
Horaires : {SCHED}
Classification : {GRADE}
Rémunération : {SAL}
Date limite : 07/01/2039

Missions
""" + "\n".join("• " + m for m in MISSIONS) + """

Profil recherché
""" + "\n".join("• " + e for e in ESS) + """

Atouts
""" + "\n".join("• " + d for d in DES) + """

Qualités attendues
""" + "\n".join(f"{n} : {d}" for n, d in COMP) + f"""

Candidature sur le site carrieres.cncas.example avant le vendredi 7 janvier 2039 ; test écrit prévu le
20 janvier 2039.

…afficher moins

Niveau hiérarchique
Confirmé
Type d'emploi
Temps plein
Fonction
Finance et Vente
Secteurs
Banques

Voir plus d'offres d'emploi similaires
Analyste crédit PME · Banque régionale · Dakar · il y a 2 semaines
Chargé(e) de clientèle agricole · Kaolack · il y a 1 mois
"""
write(f"{key}-linkedin-jobs.txt", txt)

expected(REF, ["fr"], {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, {"fr": SCHED}, "2039-01-07",
         (1180000, None, None, "XOF", "month"), GRADE, {"fr": (ESS, DES)}, {"fr": COMP})
