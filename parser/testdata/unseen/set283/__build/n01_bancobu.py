from common import *

REF = "BANCOBU/DRH/REC/2041-017"
TITLE = "Chargé(e) du financement de la filière café"
ORG = "Banque Commerciale du Burundi (BANCOBU)"
LOC = "Siège, Bujumbura, avec déplacements réguliers vers les agences de Ngozi et Kayanza"
SCHED = "Du lundi au vendredi, de 7 h 30 à 16 h 30 ; permanence un samedi sur quatre"
GRADE = "Cadre, classe C2"
ESS = [
    "Être de nationalité burundaise ;",
    "Être titulaire d'un master en finance, en économie agricole ou en gestion des entreprises ;",
    "Justifier d'au moins quatre ans d'expérience dans l'analyse de crédits aux entreprises, dont deux dans le secteur agricole ;",
    "Connaître la chaîne de valeur du café, de la collecte à l'exportation ;",
    "Maîtriser le kirundi et le français ; une bonne compréhension de l'anglais écrit est exigée.",
]
DES = [
    "Une expérience en microfinance ou auprès d'une coopérative agricole ;",
    "La connaissance des normes de finance durable et des certifications du café.",
]
COMP = [
    ("Rigueur analytique", "vous étayez chaque avis de crédit par des chiffres vérifiés"),
    ("Sens du terrain", "vous aimez rencontrer les producteurs jusque dans les stations de lavage"),
    ("Discrétion", "vous respectez strictement le secret bancaire et la confidentialité des dossiers"),
]
MISSIONS = [
    "analyser les demandes de crédit de campagne des coopératives caféicoles et des stations de lavage",
    "monter les dossiers de préfinancement et de warrantage du café marchand et les présenter au comité de crédit",
    "suivre les remboursements au rythme des ventes et alerter sur les retards",
    "visiter les coopératives pendant la campagne pour vérifier les stocks nantis",
    "proposer des produits adaptés aux petits exportateurs et aux groupements de femmes productrices",
    "produire chaque mois le tableau de bord du portefeuille café",
]

k = expected(REF, ["fr"], {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, {"fr": SCHED}, "2041-05-09",
             {"amount": 2950000, "currency": "BIF"}, GRADE, {"fr": {"essential": ESS, "desirable": DES}},
             {"fr": COMP})

html = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Offre d'emploi – {esc(TITLE)} | BANCOBU</title>
<style>
body{{font-family:Arial,Helvetica,sans-serif;margin:0;color:#1d2a36}}
.top{{background:#0b4f8a;color:#fff;font-size:12px;padding:4px 24px;display:flex;justify-content:space-between}}
nav{{padding:10px 24px;border-bottom:3px solid #f2a900}} nav a{{margin-right:18px;color:#0b4f8a;text-decoration:none}}
main{{max-width:900px;margin:auto;padding:0 24px}}
.crumb{{font-size:12px;color:#667}}
details{{border:1px solid #d8dee6;margin:10px 0;border-radius:4px}} summary{{background:#eef3f8;padding:8px 12px;font-weight:bold;cursor:pointer}}
details > div{{padding:6px 16px}}
ul.facts{{list-style:none;padding:0;display:grid;grid-template-columns:1fr 1fr;gap:6px 24px}}
ul.facts span{{display:block;font-size:11px;text-transform:uppercase;color:#6a7786}}
dl.q dt{{font-weight:bold;margin-top:6px}} dl.q dd{{margin-left:14px}}
.cookie{{position:fixed;bottom:0;left:0;right:0;background:#222;color:#eee;font-size:12px;padding:8px 24px}}
footer{{background:#f4f6f8;font-size:12px;padding:16px 24px;margin-top:30px}}
</style>
</head>
<body>
<div class="top"><span>Ikirundi | Français | English</span><span>Service clients : +257 22 00 00 00 (fictif) · Taux indicatif du jour : 1 USD = 2 985 BIF</span></div>
<nav><a href="#">Particuliers</a><a href="#">Entreprises</a><a href="#">Diaspora</a><a href="#">La Banque</a><a href="#">Carrières</a><a href="#">Agences</a></nav>
<main>
<p class="crumb">Accueil › La Banque › Carrières › Offres en cours › {REF}</p>
<h1>BANCOBU recrute : un(e) chargé(e) du financement de la filière café</h1>
<p><em>Publié le 18 avril 2041 · Direction des Engagements · 1 poste</em></p>

<details open><summary>Fiche du poste</summary><div>
<ul class="facts">
<li><span>Référence</span><strong>{REF}</strong></li>
<li><span>Intitulé du poste</span><strong>{esc(TITLE)}</strong></li>
<li><span>Employeur</span><strong>{ORG}</strong></li>
<li><span>Direction</span><strong>Direction des Engagements, service Agriculture et Agro-industrie</strong></li>
<li><span>Lieu d'affectation</span><strong>{LOC}</strong></li>
<li><span>Catégorie</span><strong>{GRADE}</strong></li>
<li><span>Horaires</span><strong>{SCHED}</strong></li>
<li><span>Type de contrat</span><strong>Contrat à durée indéterminée, période d'essai de six mois</strong></li>
<li><span>Rémunération</span><strong>2 950 000 BIF brut par mois, plus prime de rendement semestrielle et assurance maladie</strong></li>
<li><span>Date limite</span><strong>jeudi 9 mai 2041 à 15 h 00</strong></li>
</ul>
</div></details>

<details open><summary>Contexte</summary><div>
<p>Le café reste la première source de devises du pays et des milliers de ménages en vivent. Pour accompagner la
relance de la filière, la Banque renforce l'équipe qui finance les coopératives, les stations de lavage et les
petits exportateurs. Le ou la titulaire du poste rejoint le service Agriculture et Agro-industrie et rend compte au
chef de ce service.</p>
</div></details>

<details open><summary>Vos missions</summary><div>
{ul(MISSIONS, "ol")}</div></details>

<details open><summary>Profil recherché</summary><div>
{ul([esc(x) for x in ESS])}</div></details>

<details open><summary>Atouts</summary><div>
{ul([esc(x) for x in DES])}</div></details>

<details open><summary>Qualités attendues</summary><div>
<dl class="q">
{"".join(f"<dt>{n}</dt><dd>{d}</dd>" + chr(10) for n, d in COMP)}</dl>
</div></details>

<details open><summary>Comment postuler ?</summary><div>
<p>Envoyez une lettre de motivation, un CV détaillé, les copies certifiées des diplômes et les attestations de
service, en un seul fichier PDF, à recrutement@bancobu.example en indiquant la référence du poste dans l'objet.
Les dossiers peuvent aussi être déposés sous pli fermé au secrétariat de la Direction des Ressources Humaines,
boulevard de l'Uprona (adresse fictive). Seuls les candidats présélectionnés seront contactés pour un test écrit
prévu le 22 mai 2041, suivi d'un entretien.</p>
</div></details>

<h3>Autres offres</h3>
<ul>
<li>Caissier(ère) principal(e), agence de Gitega – clôture le 2 mai 2041</li>
<li>Auditeur(trice) interne informatique – clôture le 16 mai 2041</li>
</ul>
</main>
<footer>© 2041 Banque Commerciale du Burundi – site de démonstration, données fictives. Agréée par la Banque centrale.
Mentions légales · Tarifs · Réclamations</footer>
<div class="cookie">Nous utilisons des cookies pour mesurer l'audience du site. <a href="#">Accepter</a> · <a href="#">Refuser</a></div>
</body>
</html>
"""
write("bancobu-drh-rec-2041-017-bancobu.html", html, k)

bul = lambda xs: "\n".join("·         " + x for x in xs)
mail = f"""De : Nadine K. (fictive) <nadine.k@cabinet-conseil.example>
Envoyé : lundi 22 avril 2041 10:14
À : Alumni FSEA 2034 <alumni-fsea@listes.example>
Objet : TR: Offre BANCOBU - financement filière café (clôture 09/05)

Bonjour à toutes et à tous,

Une ancienne de la promo m'a transmis cette offre, elle peut intéresser celles et ceux qui sont dans le crédit
agricole. Attention, la date est courte et ils veulent le dossier en un seul PDF. Bonne chance !

Nadine

________________________________
De : Recrutement BANCOBU <recrutement@bancobu.example>
Envoyé : vendredi 19 avril 2041 16:02
À : Partenaires emploi
Objet : Avis de recrutement {REF}

AVIS DE RECRUTEMENT

Référence

{REF}

Poste

{TITLE}

Employeur

{ORG}

Lieu d'affectation

{LOC}

Catégorie

{GRADE}

Horaires

{SCHED}

Rémunération

2 950 000 BIF brut par mois (prime de rendement semestrielle et assurance maladie en sus)

Date limite de dépôt

09/05/2041 à 15 h 00

Contexte

Le café reste la première source de devises du pays. Pour accompagner la relance de la filière, la Banque renforce
l'équipe qui finance les coopératives, les stations de lavage et les petits exportateurs.

Missions principales

{bul(MISSIONS)}

Profil recherché

{bul(ESS)}

Atouts

{bul(DES)}

Qualités attendues

{chr(10).join("o   " + n + " – " + d for n, d in COMP)}

Dossier

Lettre de motivation, CV détaillé, copies certifiées des diplômes et attestations de service, en un seul fichier
PDF, à recrutement@bancobu.example avec la référence en objet. Test écrit prévu le 22/05/2041 pour les seuls
candidats présélectionnés.

Direction des Ressources Humaines
Banque Commerciale du Burundi

Ce message et ses pièces jointes sont confidentiels. Si vous l'avez reçu par erreur, merci de le supprimer.
"""
write("bancobu-drh-rec-2041-017-email.txt", mail, k)
