from common import *
REF = "WLZ/RH/2037/04"; KEY = "wlz-rh-2037-04"
T = "Coordinateur de la Maison Relais (m/f)"
O = "Administration communale de Wiltz"; LOC = "Wiltz"
SCH = "tâche complète de 40 heures par semaine"
ESS = ["Vous êtes titulaire d'un diplôme de bachelor en sciences sociales et éducatives ou d'un diplôme reconnu équivalent par le ministère de l'Éducation nationale.",
       "Vous justifiez d'au moins trois ans d'expérience dans l'encadrement d'enfants en structure d'accueil.",
       "Vous maîtrisez le luxembourgeois, le français et l'allemand."]
DES = ["Une expérience de gestion d'équipe", "La connaissance du cadre de référence national pour l'éducation non formelle"]
QUAL = ["Sens des responsabilités", "Esprit d'équipe", "Capacité d'écoute", "Flexibilité"]
LEG = ["a) être ressortissant d'un État membre de l'Union européenne ;", "b) jouir des droits civils et politiques ;",
       "c) offrir les garanties de moralité requises ;", "d) satisfaire aux conditions d'aptitude physique et psychique."]
MIS = ["organiser l'accueil quotidien de 120 enfants de 3 à 12 ans ;", "coordonner une équipe de quatorze éducateurs et aides-éducateurs ;",
       "élaborer le concept d'action général et veiller à sa mise en œuvre ;", "assurer le lien avec les familles, l'école fondamentale et le service scolaire."]
FACTS = [("Référence", REF), ("Employeur", O), ("Service", "Service enfance – Maison Relais Wooltz"), ("Lieu de travail", LOC),
         ("Statut", "Employé communal, contrat à durée indéterminée"), ("Groupe d'indemnité", "B1"), ("Tâche", SCH),
         ("Entrée en service", "1er mai 2037"), ("Délai de candidature", "15 mars 2037")]
HTML = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Poste vacant – {T} – Wooltz</title>
<style>body{{font-family:sans-serif}} dl.f{{display:grid;grid-template-columns:auto 1fr;gap:2px 12px}} dt{{font-weight:600}} .lang a{{margin-right:6px}}</style></head><body>
<div class="lang"><a>LB</a><a>FR</a><a>DE</a><a>EN</a></div>
<header><h3>Gemeng Wooltz · Commune de Wiltz</h3><nav>Citoyens | Vie locale | Mairie | Offres d'emploi</nav></header>
<p>Accueil › Mairie › Offres d'emploi</p>
<article>
<h1>{T}</h1>
<p class="meta">Publié le 20.02.2037</p>
<p>L'{O} se propose d'engager un <strong>coordinateur de la Maison Relais (m/f)</strong> sous le statut de l'employé communal.</p>
<dl class="f">{''.join(f'<dt>{a}</dt><dd>{b}</dd>' for a, b in FACTS)}</dl>
<h2>Vos missions</h2>{ul(MIS)}
<h2>Conditions d'admission</h2><p>{'<br>'.join(LEG)}</p>
<h2>Votre profil</h2>{ul(ESS)}
<h2>Atouts</h2>{ul(DES)}
<h2>Compétences comportementales</h2>{ul(QUAL)}
<h2>Candidature</h2>
<p>Les candidatures, accompagnées d'un CV, d'une copie du diplôme et d'un extrait du casier judiciaire, sont à adresser au collège des bourgmestre et échevins pour le 15 mars 2037 au plus tard. Les entretiens auront lieu la semaine du 29 mars 2037.</p>
</article>
<aside><h3>Autres postes vacants</h3><ul><li>Ouvrier polyvalent (m/f) – délai : 05.03.2037</li><li>Rédacteur (m/f) – délai : 31.03.2037</li></ul></aside>
<footer>Administration communale de Wiltz · Protection des données</footer>
</body></html>"""
AVIS = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 2cm; @bottom-right {{ content: "page " counter(page) " / " counter(pages); font-size: 8pt }} @top-left {{ content: "Commune de Wiltz – poste vacant"; font-size: 8pt }} }}
body{{font-family:'DejaVu Sans';font-size:10pt}} table{{border-collapse:collapse;width:100%}} td{{border:1px solid #777;padding:3px}} h2{{font-size:11pt;background:#dde}}</style></head><body>
<p style="text-align:right">Wiltz, le 20 février 2037</p>
<h1 style="font-size:14pt;text-align:center">AVIS DE VACANCE DE POSTE</h1>
<p style="text-align:center"><b>{T}</b></p>
<table>{''.join(f'<tr><td>{a}</td><td>{b}</td></tr>' for a, b in FACTS)}</table>
<h2>1. Missions</h2>{ul(MIS)}
<h2>2. Conditions d'admission</h2>{ul(LEG)}
<h2>3. Profil</h2>{ul(ESS)}
<p><i>Atouts :</i></p>{ul(DES)}
<h2>4. Compétences comportementales</h2><p>{' – '.join(QUAL)}</p>
<h2>5. Candidature</h2><p>Délai : 15.03.2037. Entretiens : semaine du 29 mars 2037.</p>
</body></html>"""
def build():
    write(f"{KEY}-wiltz.html", HTML, KEY)
    src("wiltz-avis.html", AVIS)
    weasy("wiltz-avis.html", f"{KEY}-avis.weasyprint.pdf", KEY)
    expected(KEY, REF, ["fr"], {"fr": T}, {"fr": O}, {"fr": LOC}, {"fr": SCH}, "2037-03-15", None, "B1", None,
             {"fr": (ESS, DES)}, {"fr": [(q, "") for q in QUAL]})
