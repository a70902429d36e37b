from common import *

REF = "FAAFC-2037-03"
T = {"fr": "Gestionnaire de projets – Compétences numériques des aîné·e·s",
     "en": "Project Manager – Digital Skills for Older Adults"}
O = {"fr": "Fédération des aînées et aînés francophones du Canada", "en": "Fédération des aînées et aînés francophones du Canada"}
L = {"fr": "Ottawa (Ontario)", "en": "Ottawa, Ontario"}
S = {"fr": "Temps plein (35 heures/semaine)", "en": "Full-time (35 hours/week)"}
SAL = {"fr": "de 63 150 $ à 71 800 $ par année", "en": "$63,150 to $71,800 per year"}
DL = {"fr": "11 janvier 2038, 12 h (heure de l'Est)", "en": "January 11, 2038, 12:00 p.m. (Eastern)"}
ESS = {"fr": ["Baccalauréat en gestion de projets, en éducation des adultes, en communication ou dans un domaine connexe.",
              "Au moins quatre ans d'expérience en gestion de projets financés par des bailleurs publics.",
              "Excellente maîtrise du français écrit et bonne connaissance de l'anglais.",
              "Aisance avec les outils numériques et les plateformes de formation en ligne."],
       "en": ["Bachelor's degree in project management, adult education, communications or a related field.",
              "At least four years of experience managing projects funded by public funders.",
              "Excellent written French and good knowledge of English.",
              "Comfort with digital tools and online learning platforms."]}
DES = {"fr": ["Expérience de travail auprès des personnes aînées ou dans le milieu associatif francophone.",
              "Connaissance des programmes fédéraux de financement communautaire."],
       "en": ["Experience working with older adults or in the francophone community sector.",
              "Knowledge of federal community funding programs."]}
COMP = {"fr": [("Pédagogie", "sait vulgariser le numérique pour des publics peu familiers"),
               ("Gestion rigoureuse", "suit les budgets, les échéanciers et les rapports aux bailleurs"),
               ("Sens du réseau", "mobilise les organismes membres des provinces et des territoires")],
        "en": [("Teaching ability", "explains digital tools in plain terms to unfamiliar audiences"),
               ("Rigorous management", "tracks budgets, timelines and reports to funders"),
               ("Networking", "mobilizes member organizations in the provinces and territories")]}
HD = {"fr": dict(ref="Numéro d'affichage", org="Organisme", loc="Lieu de travail", mode="Mode de travail", mode_v="Hybride (2 jours au bureau)",
                 stat="Statut", stat_v="Contrat de 3 ans, renouvelable", hrs="Horaire", sal="Salaire", dl="Date limite", pub="Affiché le 10 décembre 2037",
                 about="Qui sommes-nous", about_t="La Fédération porte la voix des personnes aînées francophones vivant en situation minoritaire et appuie ses organismes membres partout au pays. Grâce à un nouveau financement pluriannuel, elle lance un projet national d'accompagnement numérique.",
                 role="Le poste", role_l=["Coordonner le déploiement du projet dans huit provinces et territoires;", "Concevoir, avec les partenaires, des ateliers et des guides adaptés;", "Recruter et soutenir un réseau de bénévoles-formateurs;", "Gérer le budget et produire les rapports aux bailleurs de fonds."],
                 req="Exigences", des="Atouts", comp="Compétences recherchées", offer="Ce que nous offrons",
                 offer_t="Assurances collectives dès l'embauche, régime de retraite avec contribution de l'employeur, quatre semaines de vacances et horaire flexible.",
                 how="Pour postuler", how_t=f"Envoyez votre CV et une lettre de motivation à emplois@faafc.example au plus tard le {DL['fr']}. Les entrevues se tiendront par visioconférence la semaine du 18 janvier 2038; entrée en fonction le 15 février 2038."),
      "en": dict(ref="Posting number", org="Organization", loc="Work location", mode="Work mode", mode_v="Hybrid (2 days in the office)",
                 stat="Status", stat_v="3-year contract, renewable", hrs="Hours", sal="Salary", dl="Closing date", pub="Posted December 10, 2037",
                 about="About us", about_t="The Fédération speaks for French-speaking older adults living in minority settings and supports its member organizations across the country. With new multi-year funding, it is launching a national digital support project.",
                 role="The position", role_l=["Coordinate the roll-out of the project in eight provinces and territories;", "Design, with partners, adapted workshops and guides;", "Recruit and support a network of volunteer trainers;", "Manage the budget and prepare reports to funders."],
                 req="Requirements", des="Assets", comp="Competencies sought", offer="What we offer",
                 offer_t="Group insurance from day one, a pension plan with employer contribution, four weeks of vacation and flexible hours.",
                 how="How to apply", how_t=f"Send your résumé and a cover letter to emplois@faafc.example no later than {DL['en']}. Interviews will be held by videoconference during the week of January 18, 2038; start date February 15, 2038.")}


def rows(l):
    h = HD[l]
    return [(h["ref"], REF), (h["org"], O[l]), (h["loc"], L[l]), (h["mode"], h["mode_v"]), (h["stat"], h["stat_v"]),
            (h["hrs"], S[l]), (h["sal"], SAL[l]), (h["dl"], DL[l])]


def half_html(l):
    h = HD[l]
    dl = "\n".join(f"  <dt>{a}</dt><dd>{b}</dd>" for a, b in rows(l))
    li = lambda xs: "\n".join(f"  <li>{x}</li>" for x in xs)
    return f"""<article lang="{l}" id="{l}">
<h1>{T[l]}</h1>
<p class="meta">{h['pub']}</p>
<dl class="facts">
{dl}
</dl>
<h2>{h['about']}</h2>
<p>{h['about_t']}</p>
<h2>{h['role']}</h2>
<ul>
{li(h['role_l'])}
</ul>
<h2>{h['req']}</h2>
<ul>
{li(ESS[l])}
</ul>
<h2>{h['des']}</h2>
<ul>
{li(DES[l])}
</ul>
<h2>{h['comp']}</h2>
<ul>
{li(f'<b>{n}</b> – {d}' for n, d in COMP[l])}
</ul>
<h2>{h['offer']}</h2>
<p>{h['offer_t']}</p>
<h2>{h['how']}</h2>
<p>{h['how_t']}</p>
</article>"""


def half_txt(l):
    h = HD[l]
    out = [T[l], h["pub"], ""]
    for a, b in rows(l):
        out += [a, "", b, ""]
    out += [h["about"], h["about_t"], "", h["role"]] + h["role_l"] + ["", h["req"]] + ESS[l] + ["", h["des"]] + DES[l]
    out += ["", h["comp"]] + [f"{n} – {d}" for n, d in COMP[l]] + ["", h["offer"], h["offer_t"], "", h["how"], h["how_t"], ""]
    return "\n".join(out)


def build():
    req = {l: {"essential": ESS[l], "desirable": DES[l]} for l in ("fr", "en")}
    k = expected(REF, ["fr", "en"], T, O, L, S, "2038-01-11", sal("CAD", "year", lo=63150, hi=71800), None, None, req, COMP)
    html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Offre d'emploi – FAAFC</title>
<style>dl.facts{{display:grid;grid-template-columns:12em 1fr}} .banner{{background:#ffd;padding:4px}}</style></head>
<body>
<header><a href="#main">Passer au contenu</a> · <a href="#en">English</a>
<nav><a href="/">Accueil</a> <a href="/membres">Nos membres</a> <a href="/dossiers">Dossiers</a> <a href="/emplois">Emplois</a> <a href="/don">Faire un don</a></nav></header>
<p class="banner">Nos bureaux seront fermés du 24 décembre 2037 au 3 janvier 2038.</p>
<main id="main">
<nav class="crumbs">Accueil › Emplois › {REF}</nav>
{half_html('fr')}
<hr>
{half_html('en')}
</main>
<aside><h3>Autres offres / Other openings</h3><p>Agent(e) de communication – date limite 1er février 2038</p></aside>
<footer>FAAFC · 450, rue Rideau, Ottawa · Suivez-nous · © 2037</footer>
</body></html>
"""
    write(k + "-faafc.html", html, k)
    txt = ("Passer au contenu\nEnglish\nAccueil\nNos membres\nDossiers\nEmplois\nFaire un don\n"
           "Nos bureaux seront fermés du 24 décembre 2037 au 3 janvier 2038.\nAccueil › Emplois › " + REF + "\n\n"
           + half_txt("fr") + "\n" + half_txt("en") +
           "\nAutres offres / Other openings\nAgent(e) de communication – date limite 1er février 2038\nFAAFC · 450, rue Rideau, Ottawa · Suivez-nous · © 2037\n")
    write(k + "-navigateur.txt", txt, k)
