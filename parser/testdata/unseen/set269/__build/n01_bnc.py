from common import *

KEY = "bnc-drh-av-2040-021"
REF = "BNC/DRH/AV/2040-021"
TITLE = "Chargé(e) de clientèle Diaspora"
ORG = "Banque Nationale de Crédit (BNC)"
LOC = "Port-au-Prince, siège social (avec missions ponctuelles dans les succursales de province)"
SCHED = "Temps plein, du lundi au vendredi, de 8 h à 16 h 30"
GRADE = "Cadre, niveau 7"
SAL = "145 000 gourdes (HTG) brut par mois, plus assurance santé collective"
ESS = [
    "Licence en sciences administratives, en gestion ou en économie",
    "Trois ans d'expérience au moins dans la relation clientèle bancaire ou les transferts de fonds",
    "Maîtrise du créole haïtien, du français et de l'anglais",
    "Connaissance des règles de lutte contre le blanchiment applicables aux transferts internationaux",
]
DES = [
    "Expérience auprès d'une clientèle établie aux États-Unis, au Canada ou en France",
    "Notions d'espagnol",
]
COMP = [
    ("Sens du service", "répond aux demandes des clients à distance dans la journée."),
    ("Discrétion", "protège les informations personnelles et bancaires des clients."),
    ("Esprit commercial", "présente les produits d'épargne et de crédit adaptés à chaque profil."),
]
DUTIES = [
    "Accueillir et conseiller les clients de la diaspora, en agence, par téléphone et par messagerie sécurisée.",
    "Ouvrir et mettre à jour les comptes en devises et en gourdes des clients non résidents.",
    "Suivre les transferts entrants et traiter les réclamations dans les délais fixés par la banque.",
    "Promouvoir le compte épargne-logement et le crédit habitat destinés aux familles des expatriés.",
    "Préparer le rapport mensuel d'activité du portefeuille Diaspora.",
]

html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Carrières – {TITLE} | BNC</title>
<style>
body{{font-family:Arial,sans-serif;margin:0;color:#222}} .top{{background:#0b3d2e;color:#fff;padding:6px 20px;font-size:13px}}
nav a{{margin-right:14px;color:#0b3d2e}} main{{max-width:820px;margin:auto;padding:10px 20px}}
dl.fiche{{display:grid;grid-template-columns:220px 1fr;gap:4px 12px;background:#f3f6f4;padding:12px}}
dl.fiche dt{{font-weight:bold}} .cookie{{background:#333;color:#eee;padding:8px 20px;font-size:12px}}
</style></head><body>
<div class="cookie">Nous utilisons des témoins (cookies) pour mesurer l'audience du site. <a href="#">Accepter</a> · <a href="#">Paramétrer</a></div>
<div class="top">Service clientèle : +509 2800-0000 (numéro fictif) · Kreyòl · Français</div>
<nav><a href="#">Particuliers</a><a href="#">Entreprises</a><a href="#">Diaspora</a><a href="#">La BNC</a><a href="#">Carrières</a></nav>
<main>
<p class="crumbs">Accueil › La BNC › Carrières › Offres en cours</p>
<h1>La BNC recrute un(e) chargé(e) de clientèle pour sa cellule Diaspora</h1>
<p>Publié le 12 février 2040 · Avis n° {REF}</p>
<dl class="fiche">
<dt>Intitulé du poste</dt><dd>{TITLE}</dd>
<dt>Employeur</dt><dd>{ORG}</dd>
<dt>Direction</dt><dd>Direction du Réseau et de la Clientèle</dd>
<dt>Lieu d'affectation</dt><dd>{LOC}</dd>
<dt>Horaires</dt><dd>{SCHED}</dd>
<dt>Classification</dt><dd>{GRADE}</dd>
<dt>Rémunération</dt><dd>{SAL}</dd>
<dt>Date limite</dt><dd>vendredi 2 mars 2040 à 16 h</dd>
</dl>
<h2>1. Raison d'être du poste</h2>
<p>La cellule Diaspora accompagne les Haïtiens vivant à l'étranger qui envoient de l'argent à leurs proches,
épargnent au pays ou préparent un projet immobilier. Le ou la titulaire est l'interlocuteur attitré d'un portefeuille
d'environ 900 clients non résidents et travaille avec les succursales pour que chaque opération soit suivie
jusqu'au bout.</p>
<h2>2. Responsabilités</h2>
<ol>{''.join('<li>'+d+'</li>' for d in DUTIES)}</ol>
<h2>3. Profil recherché</h2>
<ul>{''.join('<li>'+d+'</li>' for d in ESS)}</ul>
<h2>4. Atouts</h2>
<ul>{''.join('<li>'+d+'</li>' for d in DES)}</ul>
<h2>5. Compétences comportementales</h2>
<ul>{''.join('<li><strong>'+n+'</strong> : '+d+'</li>' for n, d in COMP)}</ul>
<h2>6. Comment postuler</h2>
<p>Déposez une lettre de motivation, un CV et la copie de vos diplômes sous pli fermé à la Direction des Ressources
humaines, ou écrivez à recrutement@bnc-haiti.example en indiquant la référence {REF} dans l'objet. Les candidatures
reçues après la date limite ne seront pas examinées. Seuls les candidats présélectionnés seront convoqués à un test
écrit prévu le mardi 13 mars 2040.</p>
<aside><h3>Autres offres</h3><ul>
<li>Caissier(ère) principal(e), succursale des Cayes – clôture le 23 février 2040</li>
<li>Analyste risques de crédit – clôture le 9 mars 2040</li></ul></aside>
</main>
<footer>© 2040 Banque Nationale de Crédit · Site de démonstration (données fictives) · <a href="#">Mentions légales</a></footer>
</body></html>
"""
write(KEY + "-bnc.html", html)

txt = f"""LE JOURNAL DU CHAMP-DE-MARS          Mercredi 14 février 2040          Page 19
==============================================================================
                         OFFRES D'EMPLOI  ·  AVIS  ·  ANNONCES

                         BANQUE NATIONALE DE CRÉDIT
                               AVIS DE RECRUTEMENT

Référence

{REF}

Poste

{TITLE}

Employeur

{ORG}

Lieu d'affectation

{LOC}

Horaires

{SCHED}

Classification

{GRADE}

Salaire

{SAL}

Date limite de dépôt

02/03/2040, 16 heures

MISSIONS
""" + "\n".join("  - " + d for d in DUTIES) + """

PROFIL EXIGÉ
""" + "\n".join("  * " + d for d in ESS) + """

SERAIT UN PLUS
""" + "\n".join("  * " + d for d in DES) + """

QUALITÉS ATTENDUES
""" + "\n".join(f"  {n} : {d}" for n, d in COMP) + f"""

Dossier (lettre, CV, diplômes) à déposer à la Direction des Ressources humaines
de la BNC, rue des Miracles, Port-au-Prince, ou à recrutement@bnc-haiti.example.
Test écrit pour les candidats retenus : 13 mars 2040.
------------------------------------------------------------------------------
À LOUER – Delmas 75 : appartement 2 chambres, eau et génératrice, 1 200 dollars
américains par mois. Libre le 1er avril 2040. Tél. 3700-0000 (fictif).
------------------------------------------------------------------------------
AVIS DE PERTE – Il est porté à la connaissance du public la perte d'un titre de
propriété au nom de la famille Désir (personnes fictives), Pétion-Ville.
Toute opposition avant le 20 mars 2040.
------------------------------------------------------------------------------
"""
write(KEY + "-journal.txt", txt)

expected(KEY, REF, ["fr"], TITLE, ORG, LOC, SCHED, "2040-03-02",
         {"amount": 145000, "currency": "HTG"}, grade=GRADE,
         requirements={"fr": {"essential": ESS, "desirable": DES}}, competencies={"fr": COMP})
