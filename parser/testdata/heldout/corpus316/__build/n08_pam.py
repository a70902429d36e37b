"""French notice: PAM (Programme alimentaire mondial), sous-bureau de Kananga (RDC), G6. Avis HTML + job-board copy."""
from common import *

REF = "PAM/RDC/KGA/2044/004"
KEY = "pam-rdc-kga-2044-004"
TITLE = "Assistant(e) principal(e) au suivi et à l'évaluation"
ORG = "Programme alimentaire mondial"
LOC = "Kananga (Kasaï-Central), République démocratique du Congo"
GRADE = "G6"
SAL = "31 452 USD"
CTX = ("Le Programme alimentaire mondial est la plus grande organisation humanitaire de lutte contre la faim. Le "
       "sous-bureau de Kananga couvre les provinces du Kasaï-Central et du Kasaï, où il appuie des distributions "
       "générales, des activités de nutrition et des cantines scolaires.")
TACHES = [
    "Organiser la collecte des données de suivi des distributions et du suivi post-distribution avec les partenaires coopérants ;",
    "Vérifier la qualité des données, produire les tableaux de bord mensuels et signaler les écarts au chef de sous-bureau ;",
    "Participer aux évaluations rapides de la sécurité alimentaire dans les zones d'accueil des déplacés ;",
    "Former les moniteurs de terrain et les enquêteurs des partenaires aux outils numériques de collecte ;",
    "Contribuer aux rapports de situation et aux rapports destinés aux donateurs.",
]
LBL_EXIG = [("Formation", "Diplôme d'études supérieures (licence ou équivalent) en statistique, économie, sciences sociales ou dans un domaine connexe."),
            ("Expérience", "Au moins six années d'expérience progressive dans le suivi de programmes, dont trois dans un contexte humanitaire."),
            ("Langues", "Maîtrise du français et connaissance pratique du tshiluba ; une connaissance de l'anglais est requise pour la rédaction des rapports.")]
SOUH = [
    "Expérience de l'utilisation d'outils de collecte mobile tels que KoBo ou ODK.",
    "Connaissance des programmes de transferts monétaires.",
]
COMP = [
    ("Objectif", "comprend la mission du PAM et relie son travail quotidien aux résultats attendus pour les personnes assistées."),
    ("Personnes", "contribue à un climat de travail respectueux, partage ses connaissances et aide les nouveaux collègues à s'intégrer."),
    ("Performance", "organise son travail pour respecter les délais et vérifie la qualité de ce qu'il ou elle produit."),
    ("Partenariats", "entretient des relations de confiance avec les partenaires coopérants et les services techniques de l'État."),
]
COND = (f"Traitement annuel net : {SAL} (G6, échelon I), auquel s'ajoutent les prestations prévues par le barème local. "
        "Les candidat(e)s présélectionné(e)s passeront un test écrit le 7 mars 2044 à Kananga.")


def html():
    exig = "\n".join("<p><b>%s :</b> %s</p>" % x for x in LBL_EXIG)
    comp = "\n".join("<li><b>%s</b> : %s</li>" % c for c in COMP)
    return f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Avis de vacance {REF}</title>
<style>body{{font-family:"Liberation Serif",serif;max-width:780px;margin:20px auto}} h1{{font-size:18px;text-align:center}}
dl{{display:grid;grid-template-columns:220px 1fr;border:1px solid #999;padding:6px}} dt{{font-weight:bold}} dd{{margin:0}}
h2{{font-size:15px;border-bottom:2px solid #007dbc}}</style></head><body>
<p style="text-align:center"><b>PROGRAMME ALIMENTAIRE MONDIAL</b><br>Bureau de pays en République démocratique du Congo<br>Sous-bureau de Kananga</p>
<h1>AVIS DE VACANCE DE POSTE (recrutement local)</h1>
<dl>
<dt>N° de l'avis</dt><dd>{REF}</dd>
<dt>Intitulé du poste</dt><dd>{TITLE}</dd>
<dt>Organisation</dt><dd>{ORG}</dd>
<dt>Lieu d'affectation</dt><dd>{LOC}</dd>
<dt>Classe</dt><dd>{GRADE}</dd>
<dt>Type de contrat</dt><dd>Durée déterminée, 12 mois</dd>
<dt>Date de publication</dt><dd>27 janvier 2044</dd>
<dt>Date limite</dt><dd>24 février 2044 à 17 h (heure de Kananga)</dd>
</dl>
<h2>1. Contexte</h2>
<p>{CTX}</p>
<h2>2. Responsabilités</h2>
<p>Sous la supervision du chef de sous-bureau et avec l'appui technique du chargé de suivi et évaluation de Kinshasa, le ou la titulaire devra :</p>
<ul>
{li(TACHES)}
</ul>
<h2>3. Qualifications exigées</h2>
{exig}
<h2>4. Qualifications souhaitées</h2>
<ul>
{li(SOUH)}
</ul>
<h2>5. Compétences</h2>
<ul>
{comp}
</ul>
<h2>6. Conditions</h2>
<p>{COND}</p>
<p><small>Le PAM ne demande aucun frais à aucune étape du processus de recrutement. Seul(e)s les candidat(e)s présélectionné(e)s seront contacté(e)s.</small></p>
</body></html>
"""


def board():
    exig = "\n".join("%s : %s" % x for x in LBL_EXIG)
    comp = "\n".join("%s : %s" % c for c in COMP)
    return f"""KasaïEmploi.cd — Offres d'emploi en RDC
Accueil  Offres  Appels d'offres  Formations  Publier une offre
Accueil / Offres / ONG et agences / {TITLE}
{TITLE.upper()}
RecruteurPAM – {ORG}LieuKananga, Kasaï-CentralPublié le27/01/2044Date limite24/02/2044Vues1 876
N° de l'avis : {REF}
Intitulé du poste : {TITLE}
Lieu d'affectation : {LOC}
Classe : {GRADE}
Contrat : durée déterminée, 12 mois

CONTEXTE
{CTX}

RESPONSABILITÉS
{chr(10).join("• " + t for t in TACHES)}

QUALIFICATIONS EXIGÉES
{exig}

QUALIFICATIONS SOUHAITÉES
{chr(10).join("• " + s for s in SOUH)}

COMPÉTENCES
{comp}

CONDITIONS
{COND}

Comment postuler : déposez votre candidature en ligne sur le site du PAM avant la date limite, en mentionnant {REF}. Ne pas déposer de dossier physique.

Offres similaires
Moniteur/Monitrice de terrain – ONG locale – Tshikapa – date limite 15/02/2044
Chargé(e) de programme nutrition – Mbuji-Mayi – date limite 02/03/2044
© KasaïEmploi.cd – Tous droits réservés
"""


def build():
    write(KEY + "-avis.fr.html", html(), KEY)
    write(KEY + "-kasaiemploi.fr.txt", board(), KEY)
    expected(KEY, REF, ["fr"], {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, "2044-02-24", grade=GRADE,
             salary=sal(31452, cur="USD", period="year"),
             req={"fr": ([x[1] for x in LBL_EXIG], SOUH)}, comp={"fr": COMP})
