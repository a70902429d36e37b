from common import *
KEY = "2035-fls-09"
REF = "2035-FLS-09"
T_FR = "Agente ou agent de liaison communautaire – Services en français"
T_EN = "Community Liaison Officer – French Language Services"
O_FR = "Aide juridique Ontario"
O_EN = "Legal Aid Ontario"
L_FR = "Welland (Ontario)"
L_EN = "Welland, Ontario"
S_FR = "35 heures par semaine"
S_EN = "35 hours per week"
E_FR = ["Diplôme universitaire en travail social, en droit, en sciences sociales ou dans un domaine connexe, ou expérience équivalente.",
        "Au moins trois ans d'expérience en développement communautaire ou en prestation de services auprès de communautés francophones.",
        "Maîtrise du français et de l'anglais, à l'oral et à l'écrit (niveau supérieur).",
        "Connaissance du système de justice de l'Ontario et des droits linguistiques devant les tribunaux."]
D_FR = ["Connaissance des communautés francophones du Niagara et du Centre-Sud-Ouest.",
        "Expérience de l'animation de séances d'information juridique vulgarisée."]
E_EN = ["A university degree in social work, law, social sciences or a related field, or equivalent experience.",
        "At least three years of experience in community development or in delivering services to Francophone communities.",
        "Superior oral and written proficiency in French and English.",
        "Knowledge of Ontario's justice system and of language rights before the courts."]
D_EN = ["Knowledge of the Francophone communities of Niagara and Central South-West Ontario.",
        "Experience facilitating public legal education sessions."]
C_FR = [("Communication", "vous adaptez votre message à des publics variés, des juges aux nouveaux arrivants."),
        ("Jugement", "vous savez quand orienter une personne vers un avocat ou une clinique."),
        ("Travail en partenariat", "vous bâtissez des relations durables avec les organismes communautaires.")]
C_EN = [("Communication", "you adapt your message to varied audiences, from judges to newcomers."),
        ("Judgment", "you know when to refer a person to a lawyer or a clinic."),
        ("Partnership", "you build lasting relationships with community organizations.")]
M_FR = ["faire connaître les services d'aide juridique en français auprès des organismes, des écoles et des centres de santé ;",
        "organiser des séances d'information juridique avec les cliniques et les avocats de la région ;",
        "recueillir les besoins des communautés et proposer des améliorations aux services ;",
        "appuyer l'offre active de services en français dans les bureaux régionaux."]
M_EN = ["promote French-language legal aid services to agencies, schools and health centres;",
        "organize legal information sessions with clinics and local lawyers;",
        "gather community needs and propose service improvements;",
        "support the active offer of French-language services in regional offices."]

def li(items):
    return "".join(f"<li>{i}</li>" for i in items)

def comps(cs):
    return "".join(f"<li><strong>{n}</strong> : {d}</li>" for n, d in cs)

def comps_en(cs):
    return "".join(f"<li><strong>{n}:</strong> {d}</li>" for n, d in cs)

HTML = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{T_FR} | {T_EN}</title>
<style>body{{font-family:Verdana,sans-serif;font-size:14px;margin:0}} .bar{{background:#3b2a5c;color:#fff;padding:8px 16px}}
.wrap{{max-width:860px;margin:auto;padding:0 16px}} table.f td{{padding:3px 8px;vertical-align:top}} table.f td:first-child{{font-weight:bold;width:210px}}
hr.lang{{margin:30px 0;border:0;border-top:3px double #3b2a5c}}</style></head>
<body>
<div class="bar">Aide juridique Ontario | Legal Aid Ontario &nbsp;·&nbsp; Carrières / Careers</div>
<div class="wrap">
<p style="font-size:85%">Accueil › Carrières › Possibilités d'emploi actuelles</p>
<p><i>English follows French.</i></p>
<h1>{T_FR}</h1>
<table class="f">
<tr><td>Numéro du concours</td><td>{REF}</td></tr>
<tr><td>Organisme</td><td>{O_FR}</td></tr>
<tr><td>Service</td><td>Bureau des services en français</td></tr>
<tr><td>Lieu</td><td>{L_FR}</td></tr>
<tr><td>Statut</td><td>Permanent, temps plein</td></tr>
<tr><td>Heures de travail</td><td>{S_FR}</td></tr>
<tr><td>Salaire</td><td>de 78 390 $ à 98 010 $ par année</td></tr>
<tr><td>Date d'affichage</td><td>17 décembre 2035</td></tr>
<tr><td>Date de clôture</td><td>22 janvier 2036</td></tr>
</table>
<h2>Votre rôle</h2>
<p>Relevant de la gestionnaire du Bureau des services en français, la personne titulaire rapproche Aide juridique Ontario des francophones de la péninsule du Niagara :</p>
<ul>{li(M_FR)}</ul>
<h2>Qualifications requises</h2>
<ul>{li(E_FR)}</ul>
<h2>Atouts</h2>
<ul>{li(D_FR)}</ul>
<h2>Compétences clés</h2>
<ul>{comps(C_FR)}</ul>
<p>Ce poste est désigné bilingue en vertu de la Loi sur les services en français. Une évaluation linguistique aura lieu dans la semaine du 2 février 2036.</p>
<p>Postulez en ligne avant 17 h le 22 janvier 2036 en indiquant le numéro du concours. AJO souscrit à l'équité en matière d'emploi et offre des mesures d'adaptation sur demande.</p>
<hr class="lang">
<h1 lang="en">{T_EN}</h1>
<table class="f" lang="en">
<tr><td>Competition number</td><td>{REF}</td></tr>
<tr><td>Organization</td><td>{O_EN}</td></tr>
<tr><td>Department</td><td>French Language Services Office</td></tr>
<tr><td>Location</td><td>{L_EN}</td></tr>
<tr><td>Status</td><td>Permanent, full-time</td></tr>
<tr><td>Hours of work</td><td>{S_EN}</td></tr>
<tr><td>Salary</td><td>$78,390 to $98,010 per year</td></tr>
<tr><td>Posting date</td><td>December 17, 2035</td></tr>
<tr><td>Closing date</td><td>January 22, 2036</td></tr>
</table>
<h2>Your role</h2>
<p>Reporting to the Manager of the French Language Services Office, you will bring Legal Aid Ontario closer to Francophones in the Niagara peninsula:</p>
<ul>{li(M_EN)}</ul>
<h2>Required qualifications</h2>
<ul>{li(E_EN)}</ul>
<h2>Assets</h2>
<ul>{li(D_EN)}</ul>
<h2>Key competencies</h2>
<ul>{comps_en(C_EN)}</ul>
<p>This position is designated bilingual under the French Language Services Act. A language assessment will take place during the week of February 2, 2036.</p>
<p>Apply online by 5 p.m. on January 22, 2036, quoting the competition number. LAO is an equal opportunity employer and provides accommodation on request.</p>
</div>
<footer style="font-size:80%;padding:14px">© Aide juridique Ontario / Legal Aid Ontario, 2035 · Confidentialité / Privacy · Accessibilité / Accessibility</footer>
</body></html>
"""

WD = f"""
Skip to main content
Legal Aid Ontario Careers
Search for Jobs
Sign In
English
Back to Job Posting

{T_FR} / {T_EN}
Apply
locations
Welland, ON
time type
Full time
posted on
Posted 7 Days Ago
time left to apply
End Date: January 22, 2036 (29 days left to apply)
job requisition id
JR-10482

Numéro du concours : {REF}
Organisme : {O_FR}
Lieu : {L_FR}
Heures de travail : {S_FR}
Salaire : de 78 390 $ à 98 010 $ par année
Date de clôture : 22 janvier 2036

Votre rôle
{chr(10).join(m[0].upper() + m[1:] for m in M_FR)}

Qualifications requises
{chr(10).join(E_FR)}

Atouts
{chr(10).join(D_FR)}

Compétences clés
{chr(10).join(f"{n} : {d}" for n, d in C_FR)}

Évaluation linguistique dans la semaine du 2 février 2036.

-----

Competition number: {REF}
Organization: {O_EN}
Location: {L_EN}
Hours of work: {S_EN}
Salary: $78,390 to $98,010 per year
Closing date: January 22, 2036

Your role
{chr(10).join(m[0].upper() + m[1:] for m in M_EN)}

Required qualifications
{chr(10).join(E_EN)}

Assets
{chr(10).join(D_EN)}

Key competencies
{chr(10).join(f"{n}: {d}" for n, d in C_EN)}

Language assessment during the week of February 2, 2036.

Apply

About Us
Legal Aid Ontario provides legal services to low-income Ontarians.
Follow Us
© 2035 Workday, Inc. All rights reserved.
"""

def build():
    w(KEY + "-lao.html", HTML, KEY)
    w(KEY + "-workday.txt", WD, KEY)
    expected(KEY, REF, ["fr", "en"], {"en": T_EN, "fr": T_FR}, {"en": O_EN, "fr": O_FR},
             {"en": L_EN, "fr": L_FR}, {"en": S_EN, "fr": S_FR}, "2036-01-22",
             sal(78390, 98010, "CAD", "year"), None, None,
             {"en": {"essential": E_EN, "desirable": D_EN}, "fr": {"essential": E_FR, "desirable": D_FR}},
             {"en": [{"name": n, "description": d} for n, d in C_EN],
              "fr": [{"name": n, "description": d} for n, d in C_FR]})
