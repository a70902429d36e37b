from common import *

REF = "AP-2040-14"
KEY = REF.lower()
T = {"fr": "Conseillère ou conseiller pédagogique en mathématiques (secondaire)",
     "en": "Educational Consultant, Mathematics (Secondary)"}
O = {"fr": "Alloprof", "en": "Alloprof"}
L = {"fr": "Montréal", "en": "Montréal"}
S = {"fr": "35 heures par semaine", "en": "35 hours per week"}
ESS = {"fr": ["Baccalauréat en enseignement des mathématiques au secondaire",
              "Au moins trois ans d'expérience en enseignement des mathématiques au secondaire",
              "Excellente maîtrise du français écrit",
              "Aisance avec les outils numériques et la création de contenus en ligne"],
       "en": ["Bachelor's degree in secondary mathematics education",
              "At least three years of experience teaching mathematics at the secondary level",
              "Excellent written French",
              "Ease with digital tools and online content creation"]}
DES = {"fr": ["Brevet d'enseignement du Québec", "Expérience en production vidéo ou en animation de webinaires"],
       "en": ["Quebec teaching licence", "Experience in video production or hosting webinars"]}
COMP = {"fr": [("Bienveillance", "vous répondez aux élèves avec patience et respect"),
               ("Rigueur", "vous validez chaque explication avant sa publication"),
               ("Créativité", "vous trouvez de nouvelles façons de rendre les notions concrètes")],
        "en": [("Kindness", "you answer students with patience and respect"),
               ("Rigour", "you check every explanation before it is published"),
               ("Creativity", "you find new ways to make concepts concrete")]}
DUT = {"fr": ["Rédiger et réviser les fiches de mathématiques de la 1re à la 5e secondaire",
              "Répondre aux questions des élèves dans la zone d'entraide et superviser les réponses de l'équipe",
              "Concevoir des capsules vidéo et des exercices interactifs",
              "Collaborer avec les équipes de développement pour les outils d'apprentissage adaptatif"],
       "en": ["Write and review mathematics reference pages for Secondary 1 to 5",
              "Answer students' questions in the help zone and supervise the team's answers",
              "Design video capsules and interactive exercises",
              "Work with development teams on adaptive learning tools"]}


def build():
    fr, en = "fr", "en"
    txt = f"""De : Mélanie Tremblay-Roy <mtremblayroy@reseau-enseignants.example>
Envoyé : 31 août 2040 09:14
À : Liste – Conseillers pédagogiques Montréal <cp-mtl@listes.example>
Objet : TR : Offre d'emploi – {T[fr]} / {T[en]}

Bonjour à toutes et à tous,

Je vous transmets l'offre ci-dessous reçue d'Alloprof. Une séance d'information en ligne aura lieu le 10 septembre 2040 à midi pour celles et ceux que ça intéresse.

Mélanie

________________________________
De : Recrutement Alloprof <recrutement@alloprof.example>
Envoyé : 30 août 2040 16:02
Objet : Offre d'emploi {REF}

*** English version follows ***

OFFRE D'EMPLOI
{T[fr]}

Référence : {REF}
Organisme : {O[fr]}
Lieu : {L[fr]} (mode hybride, deux jours au bureau)
Statut : poste permanent
Horaire : {S[fr]}
Salaire : de 61 200 $ à 72 800 $ par année, selon l'expérience
Entrée en fonction : 2 novembre 2040
Date limite : 28 septembre 2040, 17 h

QUI SOMMES-NOUS ?
{O[fr]} accompagne gratuitement les élèves du Québec et leurs parents dans leur réussite scolaire, grâce à des ressources en ligne, une zone d'entraide et des services d'aide aux devoirs.

TES RESPONSABILITÉS
{chr(10).join('   - ' + d for d in DUT[fr])}

EXIGENCES
{chr(10).join('   - ' + e for e in ESS[fr])}

ATOUTS
{chr(10).join('   - ' + e for e in DES[fr])}

CE QUI NOUS TIENT À CŒUR
{chr(10).join(f'   - {n} : {d}' for n, d in COMP[fr])}

Les entrevues auront lieu la semaine du 5 octobre 2040. Envoie ton CV et une courte lettre à recrutement@alloprof.example en indiquant la référence {REF}.

==============================================

JOB POSTING
{T[en]}

Reference: {REF}
Organization: {O[en]}
Location: {L[en]} (hybrid, two days at the office)
Status: permanent position
Hours: {S[en]}
Salary: $61,200 to $72,800 per year, based on experience
Start date: November 2, 2040
Deadline: September 28, 2040, 5 p.m.

WHO WE ARE
{O[en]} provides free support to Quebec students and their parents through online resources, a peer help zone and homework help services.

YOUR RESPONSIBILITIES
{chr(10).join('   - ' + d for d in DUT[en])}

REQUIREMENTS
{chr(10).join('   - ' + e for e in ESS[en])}

ASSETS
{chr(10).join('   - ' + e for e in DES[en])}

WHAT MATTERS TO US
{chr(10).join(f'   - {n}: {d}' for n, d in COMP[en])}

Interviews will be held the week of October 5, 2040. Send your résumé and a short letter to recrutement@alloprof.example, quoting reference {REF}.

--
Vous recevez ce message parce que vous êtes abonné·e à la liste cp-mtl. Se désabonner : https://listes.example/cp-mtl
"""
    w(KEY + "-outlook.txt", txt, KEY)

    def section(l):
        isfr = l == "fr"
        lab = lambda a, b: a if isfr else b
        return f"""<section id="{l}" lang="{l}">
<h1>{T[l]}</h1>
<table class="facts">
<tr><th>{lab('Référence', 'Reference')}</th><td>{REF}</td></tr>
<tr><th>{lab('Organisme', 'Organization')}</th><td>{O[l]}</td></tr>
<tr><th>{lab('Lieu', 'Location')}</th><td>{L[l]}</td></tr>
<tr><th>{lab('Horaire', 'Hours')}</th><td>{S[l]}</td></tr>
<tr><th>{lab('Salaire', 'Salary')}</th><td>{lab('61 200 $ – 72 800 $ par année', '$61,200 – $72,800 per year')}</td></tr>
<tr><th>{lab('Date limite', 'Deadline')}</th><td>{lab('28 septembre 2040', 'September 28, 2040')}</td></tr>
</table>
<h2>{lab('Ce que tu feras', "What you'll do")}</h2>
<ul>{ul(DUT[l])}</ul>
<h2>{lab('Exigences', 'Requirements')}</h2>
<ul>{ul(ESS[l])}</ul>
<h2>{lab('Atouts', 'Assets')}</h2>
<ul>{ul(DES[l])}</ul>
<h2>{lab('Nos valeurs au quotidien', 'Our values in practice')}</h2>
<dl>{''.join(f'<dt>{n}</dt><dd>{d}</dd>' for n, d in COMP[l])}</dl>
<p>{lab("Entrevues prévues la semaine du 5 octobre 2040.", "Interviews are planned for the week of October 5, 2040.")}</p>
</section>"""
    html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Carrières – {O['fr']}</title></head>
<body>
<header><a href="#">Alloprof</a> · <a href="#">Élèves</a> · <a href="#">Parents</a> · <a href="#">Enseignants</a> · <a href="#">Carrières</a></header>
<p><a href="#fr">Français</a> | <a href="#en">English</a></p>
{section('fr')}
<hr>
{section('en')}
<footer>© Alloprof 2040 · Politique de confidentialité / Privacy policy</footer>
</body></html>
"""
    w(KEY + "-carrieres.html", html, KEY)
    expected(KEY, REF, ["fr", "en"], T, O, L, S, "2040-09-28",
             sal(61200, 72800, "CAD", "year"), None, None,
             {l: {"essential": ESS[l], "desirable": DES[l]} for l in ("fr", "en")}, COMP)
