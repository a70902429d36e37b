from common import *

KEY = "mou-rh-2036-041"
REF = "MOU-RH-2036-041"
TITLE = "Conseiller(ère) en énergie (H/F/X)"
ORG = "Ville de Mouscron"
LOC = "Mouscron (Hainaut)"
SCHED = "Temps plein (38 h/semaine)"
SALV = "entre 33 874,12 € et 49 615,30 € bruts annuels indexés, selon l'ancienneté valorisable"
ESS = [
    "Être belge ou citoyen(ne) de l'Union européenne ;",
    "Jouir des droits civils et politiques ;",
    "Être titulaire d'un bachelier en sciences de l'ingénieur industriel, en environnement, en énergie ou d'un diplôme équivalent ;",
    "Disposer d'une expérience d'au moins deux ans dans le domaine de l'énergie ou de la rénovation du bâti ;",
    "Être titulaire du permis de conduire B ;",
    "Réussir l'examen de recrutement (épreuve écrite et épreuve orale).",
]
DES = [
    "Être certifié(e) PEB ou auditeur(rice) énergétique agréé(e) en Région wallonne ;",
    "Avoir une connaissance pratique du néerlandais ;",
    "Avoir déjà travaillé au sein d'un pouvoir local.",
]
COMP = [("Sens du service public", "vous placez l'intérêt du citoyen au centre de votre action"),
        ("Autonomie", "vous organisez votre travail et respectez les échéances"),
        ("Pédagogie", "vous vulgarisez des notions techniques auprès d'un public non spécialiste")]

expected(KEY, {
    "reference": REF, "post_number": None, "languages": ["fr"],
    "title": {"en": None, "fr": TITLE}, "organisation": {"en": None, "fr": ORG},
    "location": {"en": None, "fr": LOC}, "schedule": {"en": None, "fr": SCHED},
    "deadline": "2036-11-13", "salary": sal(None, 33874.12, 49615.30, "EUR", "year"),
    "grade": "B1", "clearance": None,
    "requirements": {"en": None, "fr": {"essential": ESS, "desirable": DES}},
    "competencies": {"en": None, "fr": [{"name": n, "description": d} for n, d in COMP]},
})

MISS = [
    "Accompagner les citoyens dans leurs projets de rénovation énergétique et les informer des primes régionales et communales ;",
    "Suivre les consommations énergétiques des bâtiments communaux et proposer un plan d'actions ;",
    "Participer à la mise en œuvre du Plan d'action en faveur de l'énergie durable et du climat (PAEDC) ;",
    "Préparer les dossiers de subsides et les cahiers des charges techniques ;",
    "Animer des séances d'information et des permanences dans les maisons de quartier.",
]
OFFRE = ["Un contrat à durée indéterminée à temps plein ;",
         "Des chèques-repas et une assurance hospitalisation ;",
         "Une prime de fin d'année et un pécule de vacances ;",
         "Des formations continues et un horaire variable."]
FACTS = [("Référence", REF), ("Employeur", ORG), ("Service", "Service Environnement – Cellule Énergie"),
         ("Lieu de travail", LOC), ("Type de contrat", "Contractuel – CDI"), ("Régime de travail", SCHED),
         ("Échelle barémique", "B1"), ("Rémunération", SALV), ("Publiée le", "14/10/2036"),
         ("Date limite de candidature", "13/11/2036")]

html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{esc(TITLE)} – Ville de Mouscron</title>
<style>body{{font-family:Arial,sans-serif;margin:0}} header,main,footer{{padding:1em 3em}} .bar{{background:#003d6b;color:#fff;padding:.3em 3em}} th{{text-align:left;background:#eef;padding:.3em 1em}} td{{padding:.3em 1em}} aside{{border-left:3px solid #003d6b;padding-left:1em}}</style></head>
<body>
<div class="bar">Urgences : 112 · Police : 101 · Centre administratif : 056 00 00 00 · <a href="#">NL</a></div>
<header><p><strong>Mouscron</strong> – Ville de Mouscron</p>
<nav><ul><li>Ma ville</li><li>Vie quotidienne</li><li>Loisirs</li><li>e-Guichet</li><li>Emploi</li><li>Contact</li></ul></nav>
<p>Accueil › Ma ville › Emploi › Offres d'emploi › {esc(TITLE)}</p></header>
<main>
<p class="kicker">La Ville de Mouscron recrute</p>
<h1>{esc(TITLE)}</h1>
<p>Imprimer · Partager · Télécharger l'avis (PDF)</p>
<table>{''.join('<tr><th>%s</th><td>%s</td></tr>' % (esc(a), esc(b)) for a, b in FACTS)}</table>
<h2>Votre fonction</h2>
<p>Au sein de la Cellule Énergie du Service Environnement, vous êtes le point de contact des citoyens et des services communaux pour toutes les questions liées à l'énergie. Vos missions principales :</p>
<ul>{li(MISS)}</ul>
<h2>Conditions d'accès</h2>
<ul>{li(ESS)}</ul>
<h2>Atouts</h2>
<ul>{li(DES)}</ul>
<h2>Compétences comportementales</h2>
<ul>{''.join('<li><strong>%s</strong> : %s</li>' % (esc(n), esc(d)) for n, d in COMP)}</ul>
<h2>Notre offre</h2>
<ul>{li(OFFRE)}</ul>
<p>Rémunération : {esc(SALV)}.</p>
<h2>Procédure de sélection</h2>
<p>Les candidat(e)s recevables seront convoqué(e)s à une épreuve écrite le mardi 2 décembre 2036, puis à une épreuve orale devant un jury. Une réserve de recrutement valable deux ans sera constituée. Entrée en fonction souhaitée : 1er janvier 2037.</p>
<h2>Comment postuler ?</h2>
<p>Envoyez votre lettre de motivation, votre CV, une copie de votre diplôme et un extrait de casier judiciaire au Collège communal, Service des Ressources humaines, par courrier ou par e-mail à emploi@mouscron.example, pour le jeudi 13 novembre 2036 au plus tard (cachet de la poste ou date de l'e-mail faisant foi), en mentionnant la référence {REF}.</p>
<aside><h3>Autres offres</h3><ul><li>Éducateur(rice) de rue – date limite 20/11/2036</li><li>Ouvrier(ère) qualifié(e) en voirie – date limite 27/11/2036</li></ul></aside>
</main>
<footer><p>© Ville de Mouscron · Mentions légales · Vie privée · Accessibilité</p><p>Ce site utilise des cookies. <a href="#">Paramétrer</a></p></footer>
</body></html>
"""
write(KEY + "-ville.html", html, KEY)

nav = ["Mouscron", "Ma ville", "Vie quotidienne", "Loisirs", "e-Guichet", "Emploi", "Contact", "NL",
       "Accueil", "Ma ville", "Emploi", "Offres d'emploi", TITLE, "", "La Ville de Mouscron recrute", TITLE,
       "Imprimer", "Partager", "Télécharger l'avis (PDF)", ""]
body = []
for a, b in FACTS:
    body += [a, b]
body += ["", "Votre fonction",
         "Au sein de la Cellule Énergie du Service Environnement, vous êtes le point de contact des citoyens et des services communaux pour toutes les questions liées à l'énergie. Vos missions principales :"]
body += MISS + ["", "Conditions d'accès"] + ESS + ["", "Atouts"] + DES + ["", "Compétences comportementales"]
body += ["%s : %s" % c for c in COMP]
body += ["", "Notre offre"] + OFFRE + ["Rémunération : " + SALV + ".", "", "Procédure de sélection",
         "Les candidat(e)s recevables seront convoqué(e)s à une épreuve écrite le mardi 2 décembre 2036, puis à une épreuve orale devant un jury. Une réserve de recrutement valable deux ans sera constituée. Entrée en fonction souhaitée : 1er janvier 2037.",
         "", "Comment postuler ?",
         f"Envoyez votre lettre de motivation, votre CV, une copie de votre diplôme et un extrait de casier judiciaire au Collège communal, Service des Ressources humaines, par courrier ou par e-mail à emploi@mouscron.example, pour le jeudi 13 novembre 2036 au plus tard (cachet de la poste ou date de l'e-mail faisant foi), en mentionnant la référence {REF}.",
         "", "Autres offres", "Éducateur(rice) de rue – date limite 20/11/2036",
         "Ouvrier(ère) qualifié(e) en voirie – date limite 27/11/2036", "",
         "© Ville de Mouscron", "Mentions légales", "Vie privée", "Accessibilité",
         "Ce site utilise des cookies. Paramétrer"]
write(KEY + "-navigateur.txt", "Urgences : 112 · Police : 101 · Centre administratif : 056 00 00 00\n" + "\n".join(nav + body) + "\n", KEY)
