from common import *
REF = "CM-RH-2039-07"; KEY = "cm-rh-2039-07"
T = {"fr": "Conseiller(ère) pédagogique en formation hybride"}
O = {"fr": "Collège Mathieu"}
L = {"fr": "Gravelbourg (Saskatchewan)"}
S = {"fr": "Temps plein, 37,5 heures par semaine"}
ESS = ["Baccalauréat en éducation, en technologie éducative ou dans un domaine connexe",
       "Au moins trois années d'expérience en conception de cours ou en accompagnement pédagogique",
       "Connaissance pratique d'une plateforme d'apprentissage (Moodle, Brightspace ou équivalent)",
       "Excellente maîtrise du français écrit et bonne connaissance de l'anglais"]
DES = ["Expérience en formation des adultes ou en éducation postsecondaire en milieu minoritaire",
       "Maîtrise en éducation ou certificat en design pédagogique"]
C = [("Sens du service", "vous accompagnez les formateurs avec patience et clarté."),
     ("Créativité", "vous proposez des activités qui fonctionnent en classe comme à distance."),
     ("Autonomie", "vous gérez plusieurs projets de cours en même temps.")]
expected(KEY, reference=REF, languages=["fr"], title=T, organisation=O, location=L, schedule=S,
         deadline="2039-03-18", salary=sal(None, 61480, 74860, "CAD", "year"),
         req={"fr": (ESS, DES)}, comp={"fr": C})

html = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Emplois – Collège Mathieu</title></head><body>
<header><a href="#contenu">Aller au contenu</a> · <a href="/en">English</a>
<nav><ul><li><a href="/">Accueil</a></li><li><a href="/programmes">Programmes</a></li><li><a href="/services">Services aux entreprises</a></li><li><a href="/carrieres">Carrières</a></li><li><a href="/nous-joindre">Nous joindre</a></li></ul></nav>
<div class="banner" style="background:#ffe9a8;padding:6px">Inscriptions au printemps 2039 : séance d'information virtuelle le 9 mars 2039 à 19 h.</div>
</header>
<main id="contenu">
<p class="crumbs">Accueil › Carrières › Offres d'emploi</p>
<h1>""" + T["fr"] + """</h1>
<p>Collège Mathieu · Service de la formation continue · Concours CM-RH-2039-07</p>
<table class="details">
<tr><th>Numéro du concours</th><td>CM-RH-2039-07</td></tr>
<tr><th>Établissement</th><td>Collège Mathieu</td></tr>
<tr><th>Lieu de travail</th><td>Gravelbourg (Saskatchewan)</td></tr>
<tr><th>Statut</th><td>Permanent, après une probation de six mois</td></tr>
<tr><th>Horaire</th><td>Temps plein, 37,5 heures par semaine</td></tr>
<tr><th>Salaire</th><td>De 61 480 $ à 74 860 $ par année, selon l'échelle en vigueur</td></tr>
<tr><th>Date limite</th><td>Le vendredi 18 mars 2039, 23 h 59 (heure de la Saskatchewan)</td></tr>
</table>
<h2>Le Collège</h2>
<p>Seul collège francophone de la province, le Collège Mathieu offre des programmes postsecondaires, de la formation aux adultes et des services d'employabilité à Gravelbourg, à Regina et à Saskatoon.</p>
<h2>Vos responsabilités</h2>
<ul><li>Accompagner les formateurs dans la conception de cours offerts en mode hybride.</li><li>Produire des gabarits, des capsules vidéo et des guides d'utilisation.</li><li>Évaluer la qualité des cours en ligne et proposer des améliorations.</li><li>Animer des ateliers de perfectionnement pour le personnel enseignant.</li></ul>
<h2>Exigences</h2>
<ul>""" + lis(ESS) + """</ul>
<h2>Atouts</h2>
<ul>""" + lis(DES) + """</ul>
<h2>Profil recherché</h2>
<ul>""" + "\n".join("<li><strong>%s</strong> — %s</li>" % c for c in C) + """</ul>
<h2>Ce que nous offrons</h2>
<p>Régime de retraite, assurances collectives, quatre semaines de vacances et une semaine de congé pendant les fêtes. Entrée en fonction souhaitée : le 2 mai 2039.</p>
<h2>Pour postuler</h2>
<p>Envoyez votre candidature à rh@collegemathieu.example. Les entrevues se dérouleront du 28 au 31 mars 2039. Seules les personnes retenues pour une entrevue seront contactées.</p>
<aside><h3>Autres postes</h3><ul><li>Agent(e) d'employabilité, Regina – date limite 25 mars 2039</li><li>Formateur(trice) en francisation, Saskatoon – date limite 8 avril 2039</li></ul></aside>
</main>
<footer>Collège Mathieu · 308, 1re Avenue Est, Gravelbourg · © 2039</footer>
</body></html>
"""
w(KEY + "-collegemathieu.html", html, KEY)

nav = """Aller au contenu
English
Accueil
Programmes
Services aux entreprises
Carrières
Nous joindre
Inscriptions au printemps 2039 : séance d'information virtuelle le 9 mars 2039 à 19 h.
Accueil › Carrières › Offres d'emploi
""" + T["fr"] + """
Collège Mathieu · Service de la formation continue · Concours CM-RH-2039-07
Numéro du concours
CM-RH-2039-07
Établissement
Collège Mathieu
Lieu de travail
Gravelbourg (Saskatchewan)
Statut
Permanent, après une probation de six mois
Horaire
Temps plein, 37,5 heures par semaine
Salaire
De 61 480 $ à 74 860 $ par année, selon l'échelle en vigueur
Date limite
Le vendredi 18 mars 2039, 23 h 59 (heure de la Saskatchewan)
Le Collège
Seul collège francophone de la province, le Collège Mathieu offre des programmes postsecondaires, de la formation aux adultes et des services d'employabilité à Gravelbourg, à Regina et à Saskatoon.
Vos responsabilités
Accompagner les formateurs dans la conception de cours offerts en mode hybride.
Produire des gabarits, des capsules vidéo et des guides d'utilisation.
Évaluer la qualité des cours en ligne et proposer des améliorations.
Animer des ateliers de perfectionnement pour le personnel enseignant.
Exigences
""" + "\n".join(ESS) + """
Atouts
""" + "\n".join(DES) + """
Profil recherché
""" + "\n".join("%s — %s" % c for c in C) + """
Ce que nous offrons
Régime de retraite, assurances collectives, quatre semaines de vacances. Entrée en fonction souhaitée : le 2 mai 2039.
Pour postuler
Envoyez votre candidature à rh@collegemathieu.example. Les entrevues se dérouleront du 28 au 31 mars 2039.
Autres postes
Agent(e) d'employabilité, Regina – date limite 25 mars 2039
Formateur(trice) en francisation, Saskatoon – date limite 8 avril 2039
Collège Mathieu · 308, 1re Avenue Est, Gravelbourg · © 2039
"""
w(KEY + "-navigateur.txt", nav, KEY)
