from common import *

KEY = "equitas-rh-2043-07"
REF = "EQ-RH-2043-07"
T = {"fr": "Chargé(e) de programme – Éducation aux droits humains, Afrique de l'Ouest",
     "en": "Program Officer – Human Rights Education, West Africa"}
O = {"fr": "Equitas – Centre international d'éducation aux droits humains",
     "en": "Equitas – International Centre for Human Rights Education"}
L = {"fr": "Montréal (Québec), avec déplacements en Afrique de l'Ouest",
     "en": "Montréal, Quebec, with travel to West Africa"}
S = {"fr": "Temps plein, 35 heures par semaine", "en": "Full-time, 35 hours per week"}
ESS = {"fr": ["Diplôme universitaire de premier cycle en droit, en sciences sociales, en éducation ou en développement international",
              "Au moins quatre ans d'expérience en gestion de projets de coopération internationale",
              "Expérience de travail avec des organisations de la société civile en Afrique de l'Ouest",
              "Excellente maîtrise du français et bonne maîtrise de l'anglais, à l'oral comme à l'écrit",
              "Disponibilité pour voyager de trois à cinq semaines par année"],
       "en": ["Undergraduate university degree in law, social sciences, education or international development",
              "At least four years of experience managing international cooperation projects",
              "Experience working with civil society organizations in West Africa",
              "Excellent command of French and good command of English, both spoken and written",
              "Availability to travel three to five weeks per year"]}
DES = {"fr": ["Expérience en animation d'ateliers selon une approche participative",
              "Connaissance des mécanismes régionaux de protection des droits humains"],
       "en": ["Experience facilitating workshops using a participatory approach",
              "Knowledge of regional human rights protection mechanisms"]}
COMP = {"fr": [("Sens de l'écoute", "vous créez un climat de confiance avec des partenaires de cultures variées"),
               ("Rigueur", "vous suivez les budgets et les rapports sans perdre de vue les échéances"),
               ("Esprit d'équipe", "vous partagez l'information avec les collègues du siège et du terrain")],
        "en": [("Listening skills", "you build trust with partners from a variety of cultures"),
               ("Thoroughness", "you track budgets and reports without losing sight of deadlines"),
               ("Team spirit", "you share information with colleagues at headquarters and in the field")]}
DUT = {"fr": ["coordonner la mise en œuvre d'un programme triennal d'éducation aux droits humains au Sénégal, au Bénin et au Togo",
              "accompagner une douzaine d'organisations partenaires dans la planification de leurs activités",
              "préparer les rapports narratifs et financiers destinés aux bailleurs",
              "concevoir avec l'équipe pédagogique des outils de formation adaptés"],
       "en": ["coordinate the delivery of a three-year human rights education program in Senegal, Benin and Togo",
              "support a dozen partner organizations in planning their activities",
              "prepare narrative and financial reports for funders",
              "design suitable training tools with the education team"]}


def build():
    expected(KEY, reference=REF, languages=["fr", "en"], title=T, organisation=O, location=L, schedule=S,
             deadline="2043-04-03", salary=sal(mn=61530, mx=70260, cur="CAD", period="year"),
             requirements={l: {"essential": ESS[l], "desirable": DES[l]} for l in ("fr", "en")},
             competencies=COMP)
    comp_html = {l: "\n".join("<li><strong>%s</strong> : %s</li>" % c if l == "fr" else "<li><strong>%s</strong>: %s</li>" % c
                              for c in COMP[l]) for l in ("fr", "en")}
    html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Carrières – {T['fr']} | Equitas</title>
<style>body{{font-family:Arial,sans-serif;max-width:920px;margin:auto}} dl{{display:grid;grid-template-columns:14em 1fr}} dt{{font-weight:bold}} .don{{background:#f3c600;padding:4px}}</style></head>
<body>
<div class="don">Ensemble, bâtissons un avenir juste pour tout le monde : FAITES UN DON / Together, let's build a fair future for all: DONATE</div>
<nav><a href="#">Qui sommes-nous</a> <a href="#">Programmes</a> <a href="#">Ressources</a> <a href="#">Carrières</a> <a href="#en">English</a></nav>
<p class="crumbs">Accueil › Nous joindre › Carrières › {REF}</p>
<main>
<article id="fr" lang="fr">
<p class="kicker">OFFRE D'EMPLOI · publiée le 9 mars 2043</p>
<h1>{T['fr']}</h1>
<dl>
<dt>Numéro de l'offre</dt><dd>{REF}</dd>
<dt>Organisme</dt><dd>{O['fr']}</dd>
<dt>Équipe</dt><dd>Programmes internationaux</dd>
<dt>Lieu de travail</dt><dd>{L['fr']}</dd>
<dt>Statut</dt><dd>Contrat de deux ans, renouvelable</dd>
<dt>Horaire</dt><dd>{S['fr']}</dd>
<dt>Salaire</dt><dd>De 61 530 $ à 70 260 $ par année, selon l'expérience</dd>
<dt>Entrée en fonction</dt><dd>Le 4 mai 2043</dd>
<dt>Date limite</dt><dd>Le vendredi 3 avril 2043, 17 h (heure de Montréal)</dd>
</dl>
<p>Organisme sans but lucratif fondé en 1967, Equitas fait progresser l'égalité et la dignité humaine par l'éducation aux droits humains, au Canada et ailleurs dans le monde. L'équipe des programmes internationaux cherche une personne pour suivre ses projets en Afrique de l'Ouest.</p>
<h2>Vos responsabilités</h2>
<ul>
{li(DUT['fr'])}
</ul>
<h2>Exigences</h2>
<ul>
{li(ESS['fr'])}
</ul>
<h2>Atouts</h2>
<ul>
{li(DES['fr'])}
</ul>
<h2>Qualités recherchées</h2>
<ul>
{comp_html['fr']}
</ul>
<h2>Pour postuler</h2>
<p>Envoyez votre CV et une lettre de présentation en un seul fichier à emplois@equitas.example en indiquant le numéro {REF} dans l'objet. Les entrevues se tiendront la semaine du 13 avril 2043. Seules les personnes retenues seront contactées.</p>
</article>
<hr>
<article id="en" lang="en">
<p class="kicker">JOB OFFER · posted March 9, 2043</p>
<h1>{T['en']}</h1>
<dl>
<dt>Posting number</dt><dd>{REF}</dd>
<dt>Organization</dt><dd>{O['en']}</dd>
<dt>Team</dt><dd>International Programs</dd>
<dt>Work location</dt><dd>{L['en']}</dd>
<dt>Status</dt><dd>Two-year contract, renewable</dd>
<dt>Schedule</dt><dd>{S['en']}</dd>
<dt>Salary</dt><dd>$61,530 to $70,260 per year, depending on experience</dd>
<dt>Start date</dt><dd>May 4, 2043</dd>
<dt>Deadline</dt><dd>Friday, April 3, 2043, 5 p.m. (Montréal time)</dd>
</dl>
<p>A non-profit organization founded in 1967, Equitas advances equality and human dignity through human rights education in Canada and around the world. The International Programs team is looking for someone to follow its projects in West Africa.</p>
<h2>Your responsibilities</h2>
<ul>
{li(DUT['en'])}
</ul>
<h2>Requirements</h2>
<ul>
{li(ESS['en'])}
</ul>
<h2>Assets</h2>
<ul>
{li(DES['en'])}
</ul>
<h2>What we are looking for</h2>
<ul>
{comp_html['en']}
</ul>
<h2>How to apply</h2>
<p>Send your résumé and a cover letter as a single file to emplois@equitas.example with the number {REF} in the subject line. Interviews will be held during the week of April 13, 2043. Only selected candidates will be contacted.</p>
</article>
</main>
<aside><h3>Autres offres / Other postings</h3><ul><li>Stage – Communications (date limite : 27 mars 2043)</li><li>Agent(e) de collecte de fonds (date limite : 10 avril 2043)</li></ul></aside>
<footer>666, rue Sherbrooke Ouest, bureau 1100, Montréal · Numéro d'organisme de bienfaisance fictif 00000 0000 RR0001 · © 2043</footer>
</body></html>
"""
    write(KEY + "-equitas.html", html, KEY)

    def lines(l, sep):
        return "\n".join(("  • " + i) for i in l)
    txt = f"""EmploisOBNL.ca – Le babillard des organismes communautaires
Rechercher   Publier une offre   Connexion   EN
Accueil > Offres > Coopération internationale > Montréal

{T['fr']}
Equitas
Montréal (QC)Temps pleinCoopération internationale61 530 $ - 70 260 $ / annéePubliée il y a 12 joursExpire le 03/04/2043
👁 418 vues · 37 candidatures

Sommaire de l'offre (généré automatiquement)
Poste de coordination de programmes en Afrique de l'Ouest au sein d'un OBNL montréalais. Ce résumé vous a-t-il été utile ? Oui / Non

Description complète

Numéro de l'offre : {REF}
Organisme : {O['fr']}
Lieu de travail : {L['fr']}
Statut : Contrat de deux ans, renouvelable
Horaire : {S['fr']}
Salaire : De 61 530 $ à 70 260 $ par année, selon l'expérience
Date limite : Le vendredi 3 avril 2043, 17 h (heure de Montréal)

VOS RESPONSABILITÉS
{lines(DUT['fr'], '')}

EXIGENCES
{lines(ESS['fr'], '')}

ATOUTS
{lines(DES['fr'], '')}

QUALITÉS RECHERCHÉES
{chr(10).join('  • %s : %s' % c for c in COMP['fr'])}

Postulez par courriel à emplois@equitas.example (objet : {REF}).

---------- ENGLISH ----------

{T['en']}
Posting number: {REF}
Organization: {O['en']}
Work location: {L['en']}
Status: Two-year contract, renewable
Schedule: {S['en']}
Salary: $61,530 to $70,260 per year, depending on experience
Deadline: Friday, April 3, 2043, 5 p.m. (Montréal time)

YOUR RESPONSIBILITIES
{lines(DUT['en'], '')}

REQUIREMENTS
{lines(ESS['en'], '')}

ASSETS
{lines(DES['en'], '')}

WHAT WE ARE LOOKING FOR
{chr(10).join('  • %s: %s' % c for c in COMP['en'])}

Apply by e-mail to emplois@equitas.example (subject: {REF}).

Offres similaires
Coordonnateur(trice) de projets – Haïti · Montréal · 58 000 $ / année · expire le 30/03/2043
Agent(e) de liaison communautaire · Laval · 24,50 $ / heure · expire le 14/04/2043

© EmploisOBNL.ca · Conditions d'utilisation · Confidentialité
"""
    write(KEY + "-emploisobnl.txt", txt, KEY)
