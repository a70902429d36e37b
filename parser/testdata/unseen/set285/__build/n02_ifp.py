from common import *

KEY = "ifp-adm-2041-14"
REF = "IFP/ADM/2041-14"
T_EN = "Herbarium Collections Manager"
T_FR = "Gestionnaire des collections de l'herbier"
O_EN = "French Institute of Pondicherry"
O_FR = "Institut français de Pondichéry"
L_EN = "Puducherry, India"
L_FR = "Pondichéry, Inde"
S_EN = "Full-time (40 hours per week, Monday to Friday)"
S_FR = "Temps plein (40 heures par semaine, du lundi au vendredi)"
ESS_EN = ["Master's degree in botany, plant taxonomy or a related discipline",
          "Minimum three years of experience in a herbarium, a botanical garden or a natural history collection",
          "Good knowledge of the flora of the Western Ghats and of the rules of botanical nomenclature",
          "Working knowledge of a collection database (e.g. Specify, BRAHMS or an equivalent system)",
          "Excellent written and spoken English"]
DES_EN = ["Basic knowledge of French", "Experience of specimen digitisation and imaging"]
ESS_FR = ["Master en botanique, en taxonomie végétale ou dans une discipline connexe",
          "Au moins trois ans d'expérience dans un herbier, un jardin botanique ou une collection d'histoire naturelle",
          "Bonne connaissance de la flore des Ghâts occidentaux et des règles de la nomenclature botanique",
          "Connaissance pratique d'une base de données de collections (par exemple Specify, BRAHMS ou un système équivalent)",
          "Excellent anglais écrit et oral"]
DES_FR = ["Notions de français", "Expérience de la numérisation et de l'imagerie des spécimens"]
C_EN = [("Meticulousness", "you handle fragile specimens and records with care."),
        ("Service to researchers", "you answer loan and visit requests promptly."),
        ("Team spirit", "you work with ecologists, geomaticians and librarians.")]
C_FR = [("Minutie", "vous manipulez avec soin les spécimens fragiles et les registres."),
        ("Sens du service aux chercheurs", "vous répondez rapidement aux demandes de prêt et de visite."),
        ("Esprit d'équipe", "vous travaillez avec des écologues, des géomaticiens et des bibliothécaires.")]
DL = "2041-07-09"

expected(KEY, dict(reference=REF, post_number=None, languages=["en", "fr"],
    title={"en": T_EN, "fr": T_FR}, organisation={"en": O_EN, "fr": O_FR},
    location={"en": L_EN, "fr": L_FR}, schedule={"en": S_EN, "fr": S_FR}, deadline=DL,
    salary={"amount": 97250, "min": None, "max": None, "currency": "INR", "period": "month"},
    grade=None, clearance=None,
    requirements={"en": {"essential": ESS_EN, "desirable": DES_EN}, "fr": {"essential": ESS_FR, "desirable": DES_FR}},
    competencies={"en": comps(C_EN), "fr": comps(C_FR)}))

li = lambda xs: "\n".join(f"      <li>{esc(x)}</li>" for x in xs)
lc = lambda xs: "\n".join(f"      <li><strong>{esc(n)}</strong> – {esc(d)}</li>" for n, d in xs)

body = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{esc(T_EN)} | {esc(O_EN)}</title>
<style>
body {{ font-family: "Liberation Sans", Arial, sans-serif; font-size: 10.5pt; color: #222; margin: 0; }}
.top {{ background: #0b3d5c; color: #fff; padding: 6px 24px; font-size: 9pt; }}
header {{ padding: 14px 24px; border-bottom: 3px solid #c8a24a; }}
header .brand {{ font-size: 16pt; font-weight: bold; color: #0b3d5c; }}
nav {{ font-size: 9pt; padding: 4px 24px; }}
main {{ padding: 8px 24px; }}
dl.facts {{ display: grid; grid-template-columns: 13em 1fr; gap: 3px 10px; background: #f4f1e8; padding: 10px; }}
dl.facts dt {{ font-weight: bold; }} dl.facts dd {{ margin: 0; }}
h1 {{ color: #0b3d5c; font-size: 17pt; }} h2 {{ font-size: 12pt; color: #0b3d5c; border-bottom: 1px solid #ccc; }}
.fr {{ break-before: page; }}
.cookie {{ background: #333; color: #eee; padding: 6px 24px; font-size: 8.5pt; }}
.nr {{ white-space: nowrap; }}
footer {{ font-size: 8.5pt; color: #555; border-top: 1px solid #ccc; padding: 8px 24px; }}
@media print {{ .cookie, nav {{ display: none; }} }}
</style></head>
<body>
<div class="cookie">This website uses cookies to measure its audience. <a href="#">Accept</a> · <a href="#">Refuse</a></div>
<div class="top">UMIFRE 21 CNRS-MEAE · 11 Saint Louis Street, Puducherry 605 001 · <a href="#fr">Français</a></div>
<header><div class="brand">{esc(O_EN)} · {esc(O_FR)}</div><div>Indology · Ecology · Social Sciences · Geomatics</div></header>
<nav>Home · Research · Collections · Library · Herbarium · Join us · Contact</nav>
<main>
<p style="font-size:9pt">Home › Join us › Vacancies</p>
<article>
<p>Posted on 12 June 2041 · Job offer</p>
<h1>{esc(T_EN)}</h1>
<dl class="facts">
  <dt>Reference</dt><dd><span class="nr">{esc(REF)}</span></dd>
  <dt>Employer</dt><dd>{esc(O_EN)}</dd>
  <dt>Department</dt><dd>Department of Ecology – Herbarium (HIFP)</dd>
  <dt>Place of work</dt><dd>{esc(L_EN)}</dd>
  <dt>Contract</dt><dd>Local contract under Indian law, two years, renewable</dd>
  <dt>Working hours</dt><dd>{esc(S_EN)}</dd>
  <dt>Salary</dt><dd>INR 97,250 gross per month</dd>
  <dt>Start date</dt><dd>1 September 2041</dd>
  <dt>Last date to apply</dt><dd>9 July 2041</dd>
</dl>
<h2>About the Herbarium</h2>
<p>The Herbarium of the Institute holds more than 25,000 sheets of South Indian plants, many of them collected in the evergreen forests of the Western Ghats since the 1960s. It is used by visiting taxonomists, by the Institute's ecologists and by students from Indian and French universities.</p>
<h2>Main tasks</h2>
<ul>
  <li>Manage the accession, mounting, labelling and storage of specimens</li>
  <li>Keep the collection database up to date and correct legacy records</li>
  <li>Organise loans, exchanges and visits, and supervise pest control</li>
  <li>Train interns and field assistants in specimen preparation</li>
</ul>
<h2>Profile required</h2>
<ul>
{li(ESS_EN)}
</ul>
<h2>Additional assets</h2>
<ul>
{li(DES_EN)}
</ul>
<h2>Skills and qualities</h2>
<ul>
{lc(C_EN)}
</ul>
<h2>How to apply</h2>
<p>Send a cover letter and a CV in one PDF to recruitment@ifp-pondy.example before 9 July 2041, mentioning the reference {esc(REF)}. Interviews will be held in Puducherry on 28 July 2041.</p>
</article>

<article class="fr" id="fr">
<p>Publié le 12 juin 2041 · Offre d'emploi</p>
<h1>{esc(T_FR)}</h1>
<dl class="facts">
  <dt>Référence</dt><dd><span class="nr">{esc(REF)}</span></dd>
  <dt>Employeur</dt><dd>{esc(O_FR)}</dd>
  <dt>Département</dt><dd>Département d'écologie – Herbier (HIFP)</dd>
  <dt>Lieu de travail</dt><dd>{esc(L_FR)}</dd>
  <dt>Contrat</dt><dd>Contrat local de droit indien, deux ans, renouvelable</dd>
  <dt>Horaires</dt><dd>{esc(S_FR)}</dd>
  <dt>Rémunération</dt><dd>97 250 INR brut par mois</dd>
  <dt>Prise de fonctions</dt><dd>1er septembre 2041</dd>
  <dt>Date limite</dt><dd>9 juillet 2041</dd>
</dl>
<h2>L'herbier</h2>
<p>L'herbier de l'Institut conserve plus de 25 000 planches de plantes d'Inde du Sud, dont beaucoup ont été récoltées dans les forêts sempervirentes des Ghâts occidentaux depuis les années 1960. Il est consulté par des taxonomistes invités, par les écologues de l'Institut et par des étudiants d'universités indiennes et françaises.</p>
<h2>Missions principales</h2>
<ul>
  <li>Gérer l'enregistrement, le montage, l'étiquetage et le rangement des spécimens</li>
  <li>Tenir à jour la base de données et corriger les fiches anciennes</li>
  <li>Organiser les prêts, les échanges et les visites, et superviser la lutte contre les nuisibles</li>
  <li>Former les stagiaires et les assistants de terrain à la préparation des spécimens</li>
</ul>
<h2>Profil recherché</h2>
<ul>
{li(ESS_FR)}
</ul>
<h2>Atouts</h2>
<ul>
{li(DES_FR)}
</ul>
<h2>Qualités attendues</h2>
<ul>
{lc(C_FR)}
</ul>
<h2>Candidature</h2>
<p>Adressez une lettre de motivation et un CV en un seul fichier PDF à recruitment@ifp-pondy.example avant le 9 juillet 2041, en rappelant la référence {esc(REF)}. Les entretiens auront lieu à Pondichéry le 28 juillet 2041.</p>
</article>
</main>
<footer>© 2041 {esc(O_EN)} · Seminar: "Sacred groves of the Coromandel coast", 18 July 2041 · Legal notice · Privacy</footer>
</body></html>
"""
body = nbh(body).replace("\u2011\u2011", "--")
write(KEY + "-ifp.html", body, KEY)
chromium(KEY + "-ifp.html", KEY + "-ifp.chromium.pdf")
row(KEY + "-ifp.chromium.pdf", KEY, "pdf")
dump(KEY + "-ifp.chromium.pdf", KEY + "-ifp.chromium.pdftotext.txt")
row(KEY + "-ifp.chromium.pdftotext.txt", KEY, "txt")
