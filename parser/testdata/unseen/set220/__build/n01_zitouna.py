from common import *

KEY = "bz-dch-rec-2036-009"
REF = "BZ/DCH/REC/2036-009"
TITLE = "Analyste risque de contrepartie – financements islamiques"
ORG = "Banque Zitouna"
UNIT = "Direction Centrale des Risques"
LOC = "Tunis, siège social (Les Berges du Lac II)"
SCHED = "Du lundi au vendredi, de 8 h 00 à 17 h 00 ; séance unique en juillet-août et pendant le mois de Ramadan"
GRADE = "Cadre – classe 9"
SALTXT = "3 250 à 3 900 dinars (TND) brut par mois, hors primes de bilan et intéressement"
DL_FICHE = "06/02/2036 à 23 h 59"
CONTRAT = "CDI, période d'essai de six mois"
MISSIONS = [
    "analyser les demandes de financement Mourabaha, Ijara et Istisna'a des entreprises et des professionnels ;",
    "évaluer la situation financière des clients et proposer une notation interne argumentée ;",
    "vérifier la conformité des garanties et des structures de financement aux avis du comité de conformité charaïque ;",
    "suivre les engagements sensibles et alerter sur les dépassements de limites ;",
    "contribuer aux tests de résistance du portefeuille et aux rapports transmis à la Banque Centrale de Tunisie.",
]
REQ = [
    "Diplôme de niveau Bac+5 en finance, banque ou comptabilité (ou diplôme d'ingénieur financier) ;",
    "Au moins quatre (4) années d'expérience en analyse crédit ou en gestion des risques bancaires ;",
    "Maîtrise de l'analyse financière et des normes comptables tunisiennes ;",
    "Bonne connaissance des contrats de la finance islamique (Mourabaha, Ijara, Moucharaka) ;",
    "Très bonne maîtrise du français et de l'arabe, à l'écrit comme à l'oral.",
]
DES = [
    "Un certificat en finance islamique (CIFIP, CSAA ou équivalent) ;",
    "Une première expérience de la notation des PME ou du financement des projets immobiliers.",
]
COMP = [
    ("Rigueur", "documente chaque avis et chaque chiffre qu'il avance."),
    ("Esprit critique", "questionne les hypothèses des chargés d'affaires sans parti pris."),
    ("Sens de la confidentialité", "protège les données des clients et des dossiers en cours."),
]

expected(KEY, REF, ["fr"], {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, {"fr": SCHED}, "2036-02-06",
         sal(mn=3250, mx=3900, cur="TND"), GRADE,
         {"fr": {"essential": REQ, "desirable": DES}}, {"fr": comps(COMP)})

facts = [("Référence", REF), ("Intitulé du poste", TITLE), ("Employeur", ORG), ("Direction", UNIT),
         ("Lieu de travail", LOC), ("Type de contrat", CONTRAT), ("Horaires", SCHED),
         ("Classification", GRADE), ("Rémunération", SALTXT),
         ("Date limite de candidature", DL_FICHE)]
rows = "".join(f"<tr><th>{e(a)}</th><td>{e(b)}</td></tr>\n" for a, b in facts)
comp_html = "".join(f"<li><strong>{e(n)} :</strong> {e(d)}</li>\n" for n, d in COMP)
page = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{e(TITLE)} – Carrières – {ORG}</title>
<style>
body{{font-family:"Liberation Sans",Arial,sans-serif;font-size:10.5pt;margin:0;color:#1d2a22}}
.top{{background:#0d5c3a;color:#fff;font-size:9pt;padding:4px 24px}}
nav{{padding:8px 24px;border-bottom:1px solid #c9d8cf}} nav a{{margin-right:14px;color:#0d5c3a}}
main{{padding:10px 24px}} h1{{font-size:17pt;color:#0d5c3a;margin:8px 0}}
table.fiche{{border-collapse:collapse;width:100%;margin:10px 0}}
table.fiche th{{text-align:left;width:32%;background:#eef5f0;padding:5px;border:1px solid #c9d8cf;vertical-align:top}}
table.fiche td{{padding:5px;border:1px solid #c9d8cf}}
.crumb{{font-size:9pt;color:#666}} aside{{background:#f6f6f2;padding:8px 12px;margin-top:14px;font-size:9.5pt}}
footer{{font-size:8.5pt;color:#666;padding:10px 24px;border-top:1px solid #ccc;margin-top:16px}}
</style></head>
<body>
<div class="top">Service client 71 000 000 (numéro fictif) · عربي · Français · Agences &amp; GAB</div>
<nav><a href="#">Particuliers</a><a href="#">Professionnels</a><a href="#">Entreprises</a><a href="#">La Banque</a><a href="#">Carrières</a></nav>
<main>
<p class="crumb">Accueil › La Banque › Carrières › Offres en cours › {e(REF)}</p>
<h1>{e(TITLE)} (H/F)</h1>
<p><em>Publiée le 16/01/2036 · Siège · 1 poste</em></p>
<p>Première banque tunisienne dédiée à la finance islamique, {ORG} renforce sa filière risques.
Rattaché(e) au responsable du pôle Entreprises de la {UNIT}, vous apportez un second regard
indépendant sur les dossiers de financement présentés par le réseau et les centres d'affaires.</p>
<h2>Fiche du poste</h2>
<table class="fiche">
{rows}</table>
<h2>Vos missions</h2>
{ul(MISSIONS)}
<h2>Profil requis</h2>
{ul(REQ)}
<h2>Seraient un plus</h2>
{ul(DES)}
<h2>Savoir-être</h2>
<ul>
{comp_html}</ul>
<h2>Pour postuler</h2>
<p>Déposez votre CV, une lettre de motivation et la copie de vos diplômes sur l'espace carrières
avant le 06/02/2036 à minuit. Seuls les candidat(e)s présélectionné(e)s seront convoqué(e)s à un test
écrit prévu le 18/02/2036, puis à un entretien avec le comité de recrutement.</p>
<aside><strong>Autres offres</strong><br>
Chargé(e) d'accueil clientèle – agence de Sousse · clôture le 30/01/2036<br>
Auditeur interne confirmé – siège · clôture le 13/02/2036</aside>
</main>
<footer>© 2036 {ORG} – reproduction fictive à des fins de test. Mentions légales · Cookies · Plan du site</footer>
</body></html>
"""
w(f"{KEY}-zitouna.html", page)
chromium(f"{KEY}-zitouna.html", f"{KEY}-zitouna.chromium.pdf")

# job-board copy (fictitious Tunisian board), glued fields as a browser copy gives them
board = f"""EmploiTunisie.example	Offres	Entreprises	Conseils	Connexion
Accueil > Offres d'emploi > Banque / Assurance > Tunis

ANALYSTE RISQUE DE CONTREPARTIE – FINANCEMENTS ISLAMIQUES (H/F)
{ORG}
Tunis  |  Publiée le 17/01/2036  |  Expire le 06/02/2036  |  312 vues
Secteur : Banque / AssuranceNiveau d'étude : Bac + 5Expérience : 3 à 5 ansType de poste : CDI

Détails de l'offre
Référence : {REF}Intitulé du poste : {TITLE}Employeur : {ORG}Direction : {UNIT}Lieu de travail : {LOC}
Horaires : {SCHED}
Classification : {GRADE}Rémunération : {SALTXT}Date limite de candidature : {DL_FICHE}

Description du poste
""" + "\n".join("- " + m for m in MISSIONS) + """

Profil recherché
""" + "\n".join(REQ) + """
Seraient un plus : """ + " ".join(DES) + """

Savoir-être : """ + " ".join(f"{n} : {d}" for n, d in COMP) + f"""

Postuler sur le site de l'employeur

Offres similaires
Analyste crédit PME – Sfax	Expire le 20/02/2036	2 400 TND
Contrôleur des risques opérationnels – Tunis	Expire le 28/02/2036

© EmploiTunisie.example – tous droits réservés
"""
w(f"{KEY}-emploitunisie.txt", board)
print("n01 ok")
