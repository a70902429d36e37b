from common import *

KEY = "jcm-cwy-2045-05"
D = dict(
    reference="JCM-CWY-2045-05", post_number=None, languages=["fr", "en"],
    title=both("International Partnerships Coordinator", "Coordonnateur·rice des partenariats internationaux"),
    organisation=both("Canada World Youth", "Jeunesse Canada Monde"),
    location=both("Montréal, Quebec (hybrid)", "Montréal (Québec), mode hybride"),
    schedule=both("Full-time, 35 hours per week", "Temps plein, 35 heures par semaine"),
    deadline="2045-01-18",
    salary=sal(mn=58840, mx=66340, cur="CAD", period="year"),
    grade=None, clearance=None,
    requirements=both(req([
        "Bachelor's degree in international development, international relations or a related field;",
        "At least four years of experience managing partnerships or cooperation projects;",
        "Fluency in French and English, both spoken and written;",
        "Availability to travel abroad three to four weeks per year.",
    ], [
        "Knowledge of Spanish;",
        "Experience with youth mobility programs.",
    ]), req([
        "Baccalauréat en développement international, en relations internationales ou dans un domaine connexe;",
        "Minimum de quatre ans d'expérience en gestion de partenariats ou de projets de coopération;",
        "Maîtrise du français et de l'anglais, à l'oral comme à l'écrit;",
        "Disponibilité pour voyager à l'étranger de trois à quatre semaines par année.",
    ], [
        "Connaissance de l'espagnol;",
        "Expérience des programmes de mobilité jeunesse.",
    ])),
    competencies=both(comp([
        ("Diplomacy", "you balance the expectations of diverse partners."),
        ("Autonomy", "you organize your work remotely as well as in the office."),
    ]), comp([
        ("Sens de la diplomatie", "vous savez concilier les attentes de partenaires variés."),
        ("Autonomie", "vous organisez votre travail à distance comme au bureau."),
    ])),
)
R = D["requirements"]
C = D["competencies"]


def html():
    li = lambda xs: "\n".join(f"<li>{nb(x)}</li>" for x in xs)
    cl = lambda cs, sep: "\n".join(f"<li><strong>{nb(c['name'])}</strong>{sep}{nb(c['description'])}</li>" for c in cs)

    def dl(rows):
        return "\n".join(f"<dt>{nb(a)}</dt><dd>{nb(b)}</dd>" for a, b in rows)
    fr_rows = [("Numéro de l'affichage", D['reference']), ("Organisme", D['organisation']['fr']),
               ("Équipe", "Programmes internationaux"), ("Lieu de travail", D['location']['fr']),
               ("Statut", "Poste permanent"), ("Horaire", D['schedule']['fr']),
               ("Salaire", "de 58 840 $ à 66 340 $ par année, selon l'expérience"),
               ("Entrée en fonction", "13 février 2045"),
               ("Date limite", "18 janvier 2045, 17 h (HNE)")]
    en_rows = [("Posting number", D['reference']), ("Organization", D['organisation']['en']),
               ("Team", "International Programs"), ("Location", D['location']['en']),
               ("Status", "Permanent position"), ("Schedule", D['schedule']['en']),
               ("Salary", "$58,840 to $66,340 per year, depending on experience"),
               ("Start date", "February 13, 2045"),
               ("Deadline", "January 18, 2045, 5 p.m. (EST)")]
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Offre d'emploi / Job offer – {D['reference']}</title>
<style>
body{{font-family:'Liberation Sans',Arial,sans-serif;font-size:10.5pt;margin:0;color:#222}}
.band{{background:#e4572e;color:#fff;padding:6px 24px;font-size:9pt}}
header{{padding:10px 24px;border-bottom:1px solid #ccc}} nav a{{margin-right:14px}}
main{{padding:0 24px}} article{{margin-bottom:18px}}
dl{{display:grid;grid-template-columns:45mm 1fr;gap:2px 10px;background:#f6f2ee;padding:8px}}
dt{{font-weight:bold}} dd{{margin:0}}
h2{{font-size:12pt;color:#e4572e;margin:12px 0 4px}}
article.en{{break-before:page}}
@media print {{ .band, nav, .crumbs {{display:none}} }}
</style></head><body>
<div class="band">Faites un don · Donate — Ensemble, bâtissons des communautés engagées · Together, building engaged communities</div>
<header><b>Jeunesse Canada Monde · Canada World Youth</b>
<nav><a href="#">Programmes</a><a href="#">Partenaires</a><a href="#">Nouvelles</a><a href="#">Carrières</a><a href="#en">English</a></nav></header>
<main>
<p class="crumbs">Accueil › Carrières › {nb(D['reference'])}</p>
<article class="fr">
<p class="kick">OFFRE D'EMPLOI · affichée le 7 décembre 2044</p>
<h1>{nb(D['title']['fr'])}</h1>
<dl>
{dl(fr_rows)}
</dl>
<h2>Le contexte</h2>
<p>Depuis plus de 70 ans, l'organisme offre à des jeunes du Canada et de pays partenaires des expériences
d'apprentissage interculturel et d'engagement communautaire. L'équipe des programmes internationaux entretient des
partenariats avec des organisations d'Afrique de l'Ouest, d'Amérique latine et d'Asie du Sud-Est.</p>
<h2>Vos responsabilités</h2>
<ul>
<li>négocier et suivre les ententes avec les organisations partenaires;</li>
<li>coordonner la préparation des échanges de groupes et la sécurité des participants;</li>
<li>préparer les rapports narratifs destinés aux bailleurs de fonds;</li>
<li>organiser des missions de suivi sur le terrain.</li>
</ul>
<h2>Exigences</h2>
<ul>
{li(R['fr']['essential'])}
</ul>
<h2>Atouts</h2>
<ul>
{li(R['fr']['desirable'])}
</ul>
<h2>Qualités recherchées</h2>
<ul>
{cl(C['fr'], ' : ')}
</ul>
<p>Envoyez votre CV et une lettre de présentation à emplois@jcm-cwy.example. Les entrevues se tiendront la semaine du
23 janvier 2045. Seules les personnes retenues seront contactées.</p>
</article>
<article class="en" id="en">
<p class="kick">JOB OFFER · posted December 7, 2044</p>
<h1>{nb(D['title']['en'])}</h1>
<dl>
{dl(en_rows)}
</dl>
<h2>Context</h2>
<p>For more than 70 years, the organization has offered young people from Canada and partner countries intercultural
learning and community engagement experiences. The International Programs team manages partnerships in West Africa,
Latin America and Southeast Asia.</p>
<h2>Your responsibilities</h2>
<ul>
<li>negotiate and monitor agreements with partner organizations;</li>
<li>coordinate the preparation of group exchanges and participant safety;</li>
<li>prepare narrative reports for funders;</li>
<li>organize field monitoring missions.</li>
</ul>
<h2>Requirements</h2>
<ul>
{li(R['en']['essential'])}
</ul>
<h2>Assets</h2>
<ul>
{li(R['en']['desirable'])}
</ul>
<h2>What we are looking for</h2>
<ul>
{cl(C['en'], ': ')}
</ul>
<p>Send your résumé and a cover letter to emplois@jcm-cwy.example. Interviews will be held the week of January 23,
2045. Only selected candidates will be contacted.</p>
</article>
<aside><h3>Autres offres / Other postings</h3><p>Agent·e de collecte de fonds — 25 janvier 2045 / Fundraising Officer — January 25, 2045</p></aside>
</main>
<footer>Jeunesse Canada Monde · Canada World Youth — organisme de bienfaisance enregistré · registered charity</footer>
</body></html>
"""


def build():
    expected(KEY, D)
    name = f"{KEY}-jcm"
    w(f"{name}.html", html(), KEY)
    pdf = os.path.join(OUT, f"{name}.chromium.pdf")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf}", os.path.join(OUT, f"{name}.html")], check=True, capture_output=True)
    dump(f"{name}.chromium.pdf", KEY)
