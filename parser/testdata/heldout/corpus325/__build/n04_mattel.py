from common import *
REF = "MTL/DRH/2044/0057"; KEY = "mtl-drh-2044-0057"
T = "Ingénieur(e) transmission faisceau hertzien et backhaul"
ORG = "Mattel SA"
LOC = "Siège, Tevragh Zeina, Nouakchott, avec des déplacements dans les wilayas"
SCH = "Du lundi au vendredi de 8 h 00 à 16 h 30, permanence technique un week-end sur quatre"
ESS = ["Diplôme d'ingénieur en télécommunications (Bac+5)",
       "Trois ans d'expérience en déploiement de liaisons hertziennes",
       "Maîtrise des outils de calcul de bilan de liaison",
       "Maîtrise de l'arabe et du français"]
DES = ["Certification IP/MPLS",
       "Connaissance des liaisons par satellite VSAT"]
COMP = [("Autonomie", "conduire seul une mission sur un site isolé"),
        ("Rigueur technique", "documenter chaque configuration dans l'outil d'inventaire"),
        ("Communication", "rendre compte clairement aux équipes d'exploitation")]
MISS = ["Concevoir et dimensionner les liaisons hertziennes du réseau de collecte",
        "Superviser les équipes d'installation et valider la recette des liens",
        "Analyser les indicateurs de disponibilité et traiter les dégradations",
        "Préparer la migration du backhaul vers l'IP"]

html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Carrières – Mattel</title>
<style>body{{font-family:Verdana,sans-serif;margin:0}} .promo{{background:#f60;color:#fff;padding:5px 18px}} .card{{border:1px solid #ddd;padding:12px;margin:12px 0}}
.card dt{{color:#777;font-size:12px;margin-top:8px}} .card dd{{margin:0;font-weight:bold}}</style></head><body>
<div class="promo">Nouveau : le pass Internet 10 Go à 200 MRU, valable 30 jours !</div>
<header><b>mattel</b> <nav>Particuliers | Entreprises | Roaming | À propos | <b>Carrières</b> | العربية</nav></header>
<p>Accueil / Carrières / Offres d'emploi</p>
<main>
<h1>Construisons ensemble le réseau de demain</h1>
<p>Opérateur mobile mauritanien, Mattel poursuit la modernisation de son réseau. La Direction technique recherche :</p>
<h2>{T}</h2>
<div class="card"><dl>
<dt>Référence</dt><dd>{REF}</dd>
<dt>Société</dt><dd>{ORG}</dd>
<dt>Direction</dt><dd>Direction technique – département Transmission</dd>
<dt>Lieu de travail</dt><dd>{LOC}</dd>
<dt>Horaires</dt><dd>{SCH}</dd>
<dt>Contrat</dt><dd>CDI</dd>
<dt>Salaire</dt><dd>de 95 000 à 120 000 MRU bruts par mois (ouguiyas), primes de déplacement en sus</dd>
<dt>Date limite de candidature</dt><dd>10/11/2044</dd>
</dl></div>
<h3>Pourquoi nous rejoindre ?</h3>
<p>Vous intégrerez une équipe d'une trentaine d'ingénieurs et de techniciens chargée d'un réseau de plus de 900 sites, du littoral jusqu'aux zones minières du nord. Mattel offre une couverture médicale pour le salarié et sa famille, un plan de formation annuel chez les équipementiers et des perspectives d'évolution vers des fonctions d'architecte réseau.</p>
<h3>Missions</h3>
{ul(MISS)}
<h3>Profil recherché</h3>
{ul(ESS)}
<h3>Un plus</h3>
{ul(DES)}
<h3>Qualités personnelles</h3>
<ul>{"".join(f"<li><b>{n}</b> : {d}</li>" for n, d in COMP)}</ul>
<p>Envoyez votre CV et votre lettre de motivation à l'adresse recrutement@mattel.example en indiquant la référence en objet. Les candidats présélectionnés seront convoqués à un test technique le 21 novembre 2044.</p>
</main>
<aside><h4>Actualités</h4><p>02/10/2044 – Mise en service de 40 nouveaux sites 4G à Nouadhibou</p><p>15/10/2044 – Mattel partenaire du marathon de Nouakchott</p></aside>
<footer>© Mattel 2044 – Tous droits réservés</footer>
</body></html>
"""
w(KEY + "-mattel.html", html, REF)

board = f"""
RimEmplois.example   Accueil   Offres   Concours   Appels d'offres   Publier une offre
Offres d'emploi » Télécommunications » Nouakchott

Mattel recrute un(e) Ingénieur(e) transmission
MattelNouakchottPubliée le 14/10/2044Expire le 10/11/2044Vues 1 942

Secteur :Télécommunications Contrat :CDI Niveau :Bac+5 Expérience :3 ans

À PROPOS DE L'ENTREPRISE
Opérateur de téléphonie mobile et d'Internet présent dans toutes les wilayas,
Mattel modernise son réseau de collecte et renforce sa Direction technique.
L'ingénieur(e) rejoindra une équipe d'une trentaine de personnes et
bénéficiera d'une couverture médicale familiale et d'un plan de formation.

DÉTAILS DE L'OFFRE
Référence : {REF}
Poste : {T}
Entreprise : {ORG}
Lieu : {LOC}
Horaires : {SCH}
Salaire : 95 000 - 120 000 MRU brut / mois

MISSIONS : concevoir et dimensionner les liaisons hertziennes du réseau de collecte ; superviser les équipes d'installation et valider la recette des liens ; analyser les indicateurs de disponibilité ; préparer la migration du backhaul vers l'IP.

PROFIL :
{lines(ESS, "* ")}

ATOUTS :
{lines(DES, "* ")}

QUALITÉS :
{lines([f"{n} : {d}" for n, d in COMP], "- ")}

COMMENT POSTULER : CV et lettre à recrutement@mattel.example, objet « {REF} ». Test technique le 21/11/2044.

Offres similaires
Technicien(ne) énergie sites – Kiffa – expire le 30/10/2044
Commercial(e) B2B – Nouakchott – 45 000 MRU – expire le 18/11/2044

RimEmplois.example (site fictif) · Qui sommes-nous · Contact
"""
w(KEY + "-rimemplois.txt", board, REF)

exp(KEY, dict(reference=REF, languages=["fr"], title={"fr": T}, organisation={"fr": ORG}, location={"fr": LOC},
              schedule={"fr": SCH}, deadline="2044-11-10", salary=sal(None, 95000, 120000, "MRU"), grade=None,
              requirements={"fr": {"essential": ESS, "desirable": DES}}, competencies={"fr": COMP}))
