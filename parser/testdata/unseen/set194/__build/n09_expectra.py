"""Expectra (recruitment agency, France): offer page (HTML) and its browser copy. Client unnamed."""
from common import *

KEY = "1241592"
REF = "1241592"
TITLE = "Contrôleur de gestion usine H/F"
ORG = "Expectra"
LOC = "Clermont-Ferrand (63)"
SCHED = "Temps plein"

ESS = [
    "Formation Bac+5 en contrôle de gestion, finance ou école de commerce",
    "Expérience de 4 ans minimum en contrôle de gestion industriel, idéalement en usine multi-produits",
    "Maîtrise de la comptabilité analytique et du calcul des coûts de revient",
    "Excellente pratique d'Excel et d'un ERP (SAP CO de préférence)",
    "Anglais professionnel pour les échanges avec le groupe",
]
DES = [
    "Connaissance de Power BI",
    "Expérience dans le secteur du caoutchouc ou de la plasturgie",
]
MISSIONS = [
    "Élaborer le budget annuel et les reprévisions du site avec les responsables d'atelier",
    "Produire le reporting mensuel et analyser les écarts de coûts (matières, main-d'œuvre, énergie)",
    "Mettre à jour les coûts standards et valoriser les stocks",
    "Accompagner les projets d'investissement (calcul de rentabilité, suivi des dépenses)",
    "Être force de proposition pour améliorer les outils de pilotage",
]
FACTS = [
    ("Référence", REF),
    ("Type de contrat", "CDI"),
    ("Lieu", LOC),
    ("Temps de travail", SCHED),
    ("Salaire", "53 - 59 k€ brut annuel + variable"),
    ("Secteur", "Industrie – Équipementier"),
    ("Expérience", "4 ans et plus"),
    ("Date de publication", "25/11/2033"),
    ("Clôture des candidatures", "21/12/2033"),
]
CLIENT = ("Expectra, leader du recrutement et de l'intérim spécialisés cadres et agents de maîtrise, recherche pour "
          "son client, un équipementier industriel de plus de 600 salariés implanté en Auvergne, un Contrôleur de "
          "gestion usine H/F en CDI. Rattaché(e) au Directeur administratif et financier du site, vous êtes le "
          "garant de la fiabilité des données économiques de l'usine.")
CAND = ("Vous vous reconnaissez dans ce profil ? Postulez en quelques clics. Votre consultant(e) Expectra de "
        "l'agence de Clermont-Ferrand vous contactera sous 48 h. Premiers entretiens prévus le 8 janvier 2034.")


def build():
    li = lambda xs: "".join(f"<li>{esc(x)}</li>\n" for x in xs)
    facts = "".join(f'<li><span class="lbl">{esc(k)}</span><span class="val">{esc(v)}</span></li>\n' for k, v in FACTS)
    page = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{esc(TITLE)} – Clermont-Ferrand | Expectra</title>
<style>body{{font-family:Arial,sans-serif;margin:0}} .top{{background:#2d2a6e;color:#fff;padding:10px 20px}} .top a{{color:#fff;margin-right:12px}}
.offer{{max-width:980px;margin:auto;display:grid;grid-template-columns:2fr 1fr;gap:24px;padding:16px}}
.facts{{list-style:none;padding:0}} .facts li{{display:flex;justify-content:space-between;border-bottom:1px solid #ddd;padding:4px 0}}
.lbl{{color:#666;margin-right:10px}} .val{{font-weight:bold}} .rgpd{{position:fixed;bottom:0;background:#fff;border-top:1px solid #ccc;padding:8px}}</style></head>
<body>
<div class="top"><a href="#">Expectra</a><a href="#">Offres d'emploi</a><a href="#">Nos expertises</a><a href="#">Entreprises</a><a href="#">Espace candidat</a></div>
<div class="offer">
<main>
<p><a href="#">← Retour aux résultats</a></p>
<h1>{esc(TITLE)}</h1>
<p class="sub">Clermont-Ferrand (63) · CDI · Finance &amp; Comptabilité</p>
<p><a href="#">Postuler</a> <a href="#">Sauvegarder</a></p>
<h2>Votre futur poste</h2>
<p>{esc(CLIENT)}</p>
<p>Vos missions :</p>
<ul>
{li(MISSIONS)}</ul>
<h2>Votre profil</h2>
<ul>
{li(ESS)}</ul>
<p>Un plus :</p>
<ul>
{li(DES)}</ul>
<h2>Ce que nous vous proposons</h2>
<p>Rémunération attractive, intéressement, 12 jours de RTT, télétravail partiel, restaurant d'entreprise.</p>
<p>{esc(CAND)}</p>
</main>
<aside>
<h3>Résumé de l'offre</h3>
<ul class="facts">
{facts}</ul>
<h3>Offres similaires</h3>
<ul>
<li><a href="#">Contrôleur financier H/F</a> – Vichy (03) – 45 - 50 k€ – publiée le 18/11/2033</li>
<li><a href="#">Responsable comptable H/F</a> – Riom (63) – 48 - 54 k€ – publiée le 02/11/2033</li>
</ul>
</aside>
</div>
<div class="rgpd">Expectra et ses partenaires utilisent des cookies. <a href="#">J'accepte</a> <a href="#">Je refuse</a> <a href="#">Paramétrer</a></div>
<footer>Expectra, marque du groupe Randstad France – Mentions légales – Protection des données</footer>
</body></html>
"""
    write(KEY + "-expectra.html", page, KEY)
    lines = ["Expectra", "Offres d'emploi", "Nos expertises", "Entreprises", "Espace candidat", "",
             "← Retour aux résultats", "", TITLE, "Clermont-Ferrand (63) · CDI · Finance & Comptabilité", "",
             "Postuler", "Sauvegarder", "", "Votre futur poste", "", CLIENT, "", "Vos missions :", ""] + MISSIONS + [
             "", "Votre profil", ""] + ESS + ["", "Un plus :", ""] + DES + ["", "Ce que nous vous proposons", "",
             "Rémunération attractive, intéressement, 12 jours de RTT, télétravail partiel, restaurant d'entreprise.",
             "", CAND, "", "Résumé de l'offre", ""]
    lines += [f"{k}\t{v}" for k, v in FACTS]
    lines += ["", "Offres similaires", "Contrôleur financier H/F", "Vichy (03) – 45 - 50 k€ – publiée le 18/11/2033",
              "Responsable comptable H/F", "Riom (63) – 48 - 54 k€ – publiée le 02/11/2033", "",
              "Expectra et ses partenaires utilisent des cookies. J'accepte Je refuse Paramétrer", "",
              "Expectra, marque du groupe Randstad France – Mentions légales – Protection des données", ""]
    write(KEY + "-expectra-browser.txt", "\n".join(lines), KEY)


def exp():
    expected(KEY, {
        "reference": REF, "post_number": None, "languages": ["fr"],
        "title": {"en": None, "fr": TITLE},
        "organisation": {"en": None, "fr": ORG},
        "location": {"en": None, "fr": LOC},
        "schedule": {"en": None, "fr": SCHED},
        "deadline": "2033-12-21",
        "salary": sal(mn=53000, mx=59000, cur="EUR", period="year"),
        "grade": None, "clearance": None,
        "requirements": {"en": None, "fr": req(ESS, DES)},
        "competencies": {"en": None, "fr": []},
    })
