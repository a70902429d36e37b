from common import *

KEY = "moda-2041-07"
REF = "MODA-2041-07"
T_EN = "Community Recreation and Wellness Coordinator"
T_FR = "Coordonnateur(trice) des loisirs et du mieux-être communautaire"
O_EN = "Municipality of the District of Argyle"
O_FR = "Municipalité du district d'Argyle"
L_EN = "Tusket, Nova Scotia"
L_FR = "Tusket (Nouvelle-Écosse)"
S_EN = "Full-time, 35 hours per week, some evenings and weekends"
S_FR = "Temps plein, 35 heures par semaine, certains soirs et fins de semaine"
ESS_EN = ["Diploma or degree in recreation, kinesiology, community development or a related field;",
          "Minimum two (2) years of experience planning community programs or events;",
          "Valid Nova Scotia driver's licence and access to a vehicle;",
          "Standard First Aid and CPR certification (or willingness to obtain it before hiring);",
          "Proficiency in English and French, spoken and written."]
DES_EN = ["Experience applying for provincial or federal grants;",
          "Knowledge of the Acadian communities of Argyle."]
ESS_FR = ["Diplôme collégial ou universitaire en loisirs, en kinésiologie, en développement communautaire ou dans un domaine connexe;",
          "Au moins deux (2) années d'expérience en planification de programmes ou d'événements communautaires;",
          "Permis de conduire valide de la Nouvelle-Écosse et accès à un véhicule;",
          "Certificat de secourisme général et de RCR (ou volonté de l'obtenir avant l'embauche);",
          "Maîtrise de l'anglais et du français, à l'oral et à l'écrit."]
DES_FR = ["Expérience de la préparation de demandes de subventions provinciales ou fédérales;",
          "Connaissance des communautés acadiennes d'Argyle."]
C_EN = [("Initiative", "you spot needs in the districts and propose programs to meet them."),
        ("Relationship building", "you work easily with volunteers, schools and seniors' clubs."),
        ("Organization", "you manage several events at once without losing track of budgets.")]
C_FR = [("Initiative", "vous repérez les besoins des districts et proposez des programmes pour y répondre."),
        ("Établissement de relations", "vous travaillez aisément avec les bénévoles, les écoles et les clubs d'aînés."),
        ("Organisation", "vous gérez plusieurs événements à la fois sans perdre de vue les budgets.")]
DL = "2041-07-16"

expected(KEY, dict(reference=REF, post_number=None, languages=["en", "fr"],
    title={"en": T_EN, "fr": T_FR}, organisation={"en": O_EN, "fr": O_FR},
    location={"en": L_EN, "fr": L_FR}, schedule={"en": S_EN, "fr": S_FR}, deadline=DL,
    salary={"amount": None, "min": 27.91, "max": 33.16, "currency": "CAD", "period": "hour"},
    grade=None, clearance=None,
    requirements={"en": {"essential": ESS_EN, "desirable": DES_EN}, "fr": {"essential": ESS_FR, "desirable": DES_FR}},
    competencies={"en": comps(C_EN), "fr": comps(C_FR)}))

li = lambda xs: "\n".join(f"<li>{esc(x)}</li>" for x in xs)
lc = lambda xs: "\n".join(f"<li><b>{esc(n)}:</b> {esc(d)}</li>" for n, d in xs)
lcf = lambda xs: "\n".join(f"<li><b>{esc(n)} :</b> {esc(d)}</li>" for n, d in xs)


def table(rows):
    return "<table class=\"posting\">\n" + "\n".join(f"<tr><th>{esc(a)}</th><td>{esc(b)}</td></tr>" for a, b in rows) + "\n</table>"


html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Employment Opportunities – {esc(O_EN)}</title>
<style>body{{font-family:Georgia,serif;margin:0}} .bar{{background:#1d4e2c;color:#fff;padding:4px 20px}} table.posting th{{text-align:left;padding-right:14px}} .side{{float:right;width:220px;border:1px solid #ccc;padding:8px}}</style>
</head><body>
<div class="bar">Latest Council Agenda · Online Tax Payment · Water Supply Lending · <a href="#fr">Français</a></div>
<header><h2>Municipality of Argyle · Municipalité d'Argyle</h2><p>Administration Building, 5 J.E. Hatfield Court, Tusket NS</p></header>
<nav><ul><li>Living Here</li><li>Council</li><li>Departments</li><li>Employment Opportunities</li><li>Contact Us</li></ul></nav>
<div class="side"><h4>Notices</h4><p>Council meeting: Thursday, July 18, 2041 at 8:00 PM.</p><p>Wedgeport wharf paving: June 24 to July 5, 2041.</p><p>Tax bills due: June 30, 2041.</p></div>
<main>
<p>Home › Municipal Services › Employment Opportunities</p>
<section>
<h1>EMPLOYMENT OPPORTUNITY</h1>
<h2>{esc(T_EN)}</h2>
{table([("Competition No.", REF), ("Employer", O_EN), ("Department", "Recreation, Tourism and Culture"), ("Location", L_EN), ("Status", "Permanent"), ("Hours", S_EN), ("Wage", "$27.91 – $33.16 per hour, plus benefits"), ("Closing date", "Tuesday, July 16, 2041 at 4:00 p.m.")])}
<h3>The position</h3>
<p>Reporting to the Director of Recreation, Tourism and Culture, the Coordinator plans and delivers recreation and wellness programs in the nine districts of the Municipality, from East Pubnico to Wedgeport, in both official languages.</p>
<h3>Responsibilities</h3>
<ul><li>Plan, promote and evaluate year-round programs for children, youth, adults and seniors;</li><li>Support volunteer committees, community halls and seasonal events;</li><li>Prepare grant applications and program budgets;</li><li>Coordinate the use of municipal trails, fields and the Tusket arena.</li></ul>
<h3>Qualifications</h3>
<ul>
{li(ESS_EN)}
</ul>
<h3>Assets</h3>
<ul>
{li(DES_EN)}
</ul>
<h3>Core competencies</h3>
<ul>
{lc(C_EN)}
</ul>
<p>Please send your resume and cover letter to hr@munargyle.example by July 16, 2041 at 4:00 p.m. We thank all applicants; only those selected for an interview (week of July 29, 2041) will be contacted. A criminal record check and a vulnerable sector check will be required of the successful candidate.</p>
</section>
<hr>
<section id="fr" lang="fr">
<h1>OFFRE D'EMPLOI</h1>
<h2>{esc(T_FR)}</h2>
{table([("No de concours", REF), ("Employeur", O_FR), ("Service", "Loisirs, tourisme et culture"), ("Lieu", L_FR), ("Statut", "Permanent"), ("Horaire", S_FR), ("Salaire", "27,91 $ à 33,16 $ l'heure, plus avantages sociaux"), ("Date de clôture", "Le mardi 16 juillet 2041 à 16 h")])}
<h3>Le poste</h3>
<p>Relevant de la direction des Loisirs, du tourisme et de la culture, le ou la titulaire planifie et offre des programmes de loisirs et de mieux-être dans les neuf districts de la Municipalité, de Pubnico-Est à Wedgeport, dans les deux langues officielles.</p>
<h3>Responsabilités</h3>
<ul><li>Planifier, promouvoir et évaluer des programmes offerts toute l'année aux enfants, aux jeunes, aux adultes et aux aînés;</li><li>Appuyer les comités de bénévoles, les salles communautaires et les événements saisonniers;</li><li>Préparer les demandes de subventions et les budgets de programmes;</li><li>Coordonner l'utilisation des sentiers, des terrains et de l'aréna de Tusket.</li></ul>
<h3>Exigences</h3>
<ul>
{li(ESS_FR)}
</ul>
<h3>Atouts</h3>
<ul>
{li(DES_FR)}
</ul>
<h3>Compétences clés</h3>
<ul>
{lcf(C_FR)}
</ul>
<p>Veuillez faire parvenir votre curriculum vitæ et une lettre de présentation à hr@munargyle.example au plus tard le 16 juillet 2041 à 16 h. Seules les personnes retenues pour une entrevue (semaine du 29 juillet 2041) seront contactées. Une vérification du casier judiciaire et des antécédents en vue d'un travail auprès de personnes vulnérables sera exigée.</p>
</section>
</main>
<footer><p>© 2041 Municipality of the District of Argyle · Privacy · Accessibility</p></footer>
</body></html>
"""
write(KEY + "-argyle.html", html, KEY)

# browser copy (Ctrl+A, Ctrl+C): every block on its own line, no list markers
def strip_tags(h):
    h = re.sub(r"(?is)<(style|title)\b.*?</\1>", "", h)
    h = re.sub(r"(?i)</?(p|li|ul|tr|h[1-6]|div|section|header|nav|main|footer|table|hr)\b[^>]*>", "\n", h)
    h = re.sub(r"(?i)</t[hd]>\s*<td>", "\t", h)
    h = re.sub(r"<[^>]+>", "", h)
    import html as H
    h = H.unescape(h)
    return re.sub(r"\n\s*\n+", "\n", h).strip() + "\n"

copy = strip_tags(html)
copy = "Skip to main content\n" + copy
write(KEY + "-navigateur.txt", copy, KEY)
