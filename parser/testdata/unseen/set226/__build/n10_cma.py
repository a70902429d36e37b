from common import *
KEY = "cma-2036-07"; REF = "CMA-2036-07"
T = {"en": "Professional Development Coordinator", "fr": "Coordonnatrice ou coordonnateur du perfectionnement professionnel"}
O = {"en": "Canadian Museums Association", "fr": "Association des musées canadiens"}
L = {"en": "Ottawa, Ontario", "fr": "Ottawa (Ontario)"}
S = {"en": "37.5 hours per week", "fr": "37,5 heures par semaine"}
ESS = {"en": ["A university degree or college diploma in museum studies, education, adult learning or a related field",
              "Three years of experience coordinating training programs, conferences or webinars",
              "Excellent written and oral communication skills in English and French",
              "Experience with a learning management system and with registration software"],
       "fr": ["Diplôme universitaire ou collégial en muséologie, en éducation, en andragogie ou dans un domaine connexe",
              "Trois années d'expérience dans la coordination de programmes de formation, de congrès ou de webinaires",
              "Excellentes compétences en communication écrite et orale en français et en anglais",
              "Expérience d'une plateforme d'apprentissage en ligne et d'un logiciel d'inscription"]}
DES = {"en": ["Experience working in or with a museum, gallery or heritage organization",
              "Knowledge of grant reporting to federal funders"],
       "fr": ["Expérience de travail dans un musée, une galerie ou un organisme du patrimoine, ou avec ceux-ci",
              "Connaissance de la reddition de comptes aux bailleurs de fonds fédéraux"]}
CMP = {"en": [("Collaboration", "you enjoy working with members across the country"),
              ("Organization", "you juggle deadlines without losing sight of the details"),
              ("Curiosity", "you keep up with trends in museum practice")],
       "fr": [("Collaboration", "vous aimez travailler avec des membres partout au pays"),
              ("Organisation", "vous gérez plusieurs échéances sans perdre de vue les détails"),
              ("Curiosité", "vous suivez l'évolution des pratiques muséales")]}
DUT = {"en": ["Plan and deliver the national webinar series and the bursary program for emerging professionals",
              "Coordinate speakers, contracts and logistics for the professional development stream of the annual conference",
              "Maintain the learning platform and produce participation reports"],
       "fr": ["Planifier et offrir la série nationale de webinaires et le programme de bourses pour la relève",
              "Coordonner les conférenciers, les contrats et la logistique du volet perfectionnement du congrès annuel",
              "Tenir à jour la plateforme d'apprentissage et produire les rapports de participation"]}
expected(KEY, REF, ["en", "fr"], T, O, L, S, "2036-08-12", sal(57500, 63800, "CAD", "year"),
         req={l: {"essential": ESS[l], "desirable": DES[l]} for l in ("en", "fr")},
         comps={l: comp(CMP[l]) for l in ("en", "fr")})
LAB = {"en": dict(banner="JOB OPPORTUNITY", pos="Position", org="Organization", ref="Reference", loc="Location",
                   st="Status", stv="Permanent, full-time", sch="Hours", sal="Salary", salv="$57,500 to $63,800 per year, plus benefits",
                   start="Start date", startv="September 21, 2036", dl="Deadline", dlv="August 12, 2036, 11:59 p.m. (ET)",
                   role="The role", req="What you bring", ass="Assets", val="What we value",
                   how="Send your CV and a cover letter (in one PDF) to jobs@museums.example with the reference in the subject line. Interviews will be held the week of August 24, 2036.",
                   intro="The Canadian Museums Association is the national voice of Canada's museum community."),
       "fr": dict(banner="OFFRE D'EMPLOI", pos="Poste", org="Organisme", ref="Référence", loc="Lieu",
                   st="Statut", stv="Permanent, temps plein", sch="Horaire", sal="Salaire", salv="de 57 500 $ à 63 800 $ par année, plus avantages sociaux",
                   start="Entrée en fonction", startv="21 septembre 2036", dl="Date limite", dlv="12 août 2036, 23 h 59 (HE)",
                   role="Le rôle", req="Ce que vous apportez", ass="Atouts", val="Ce que nous valorisons",
                   how="Faites parvenir votre CV et une lettre de présentation (en un seul PDF) à jobs@museums.example en indiquant la référence dans l'objet. Les entrevues auront lieu la semaine du 24 août 2036.",
                   intro="L'Association des musées canadiens est la voix nationale du milieu muséal canadien.")}
def block(l):
    a = LAB[l]
    return "\n".join([
        "=" * 44, a["banner"].center(44), "=" * 44, "", a["intro"], "",
        f"{a['pos']}: {T[l]}" if l == "en" else f"{a['pos']} : {T[l]}",
        *[(f"{k}: {v}" if l == "en" else f"{k} : {v}") for k, v in [
            (a["org"], O[l]), (a["ref"], REF), (a["loc"], L[l]), (a["st"], a["stv"]), (a["sch"], S[l]),
            (a["sal"], a["salv"]), (a["start"], a["startv"]), (a["dl"], a["dlv"])]],
        "", a["role"].upper(), *[f"  - {x}" for x in DUT[l]],
        "", a["req"].upper(), *[f"  - {x}" for x in ESS[l]],
        "", a["ass"].upper(), *[f"  - {x}" for x in DES[l]],
        "", a["val"].upper(), *[f"  - {n} — {d}" for n, d in CMP[l]],
        "", a["how"], ""])
mail = f"""From: Hélène Tremblay <h.tremblay@ontariomuseums.example>
Sent: Thursday, July 23, 2036 9:14 AM
To: OMA-members-list
Subject: FW: Job posting / Offre d'emploi – {T['en']} ({REF})

Hi everyone,

Passing this along from our colleagues at the CMA. They are also holding an online info session on July 30 at noon for anyone curious about the role.

Hélène

-----Original Message-----
From: CMA Human Resources <hr@museums.example>
Sent: Wednesday, July 22, 2036 4:48 PM
To: Partner organizations
Subject: Job posting / Offre d'emploi – {T['en']} ({REF})

*** Le français suit l'anglais ***

{block('en')}
{block('fr')}
--
Canadian Museums Association | Association des musées canadiens
Ottawa ON | museums.example
You are receiving this message because you are a partner of the CMA. Unsubscribe / Se désabonner
"""
w(KEY + "-courriel.txt", mail, KEY)
def hblock(l):
    a = LAB[l]
    rows = [(a["pos"], T[l]), (a["org"], O[l]), (a["ref"], REF), (a["loc"], L[l]), (a["st"], a["stv"]), (a["sch"], S[l]),
            (a["sal"], a["salv"]), (a["start"], a["startv"]), (a["dl"], a["dlv"])]
    li = lambda xs: "".join(f"<li>{x}</li>" for x in xs)
    return f"""<tr><td style="padding:20px" lang="{l}">
<h2 style="color:#8a1538">{a['banner']}</h2><p>{a['intro']}</p>
<table width="100%" cellpadding="4">{''.join(f'<tr><td width="30%"><b>{k}</b></td><td>{v}</td></tr>' for k, v in rows)}</table>
<h3>{a['role']}</h3><ul>{li(DUT[l])}</ul>
<h3>{a['req']}</h3><ul>{li(ESS[l])}</ul>
<h3>{a['ass']}</h3><ul>{li(DES[l])}</ul>
<h3>{a['val']}</h3><ul>{''.join(f'<li><b>{n}</b> — {d}</li>' for n, d in CMP[l])}</ul>
<p>{a['how']}</p></td></tr>"""
html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{T['en']} / {T['fr']}</title></head>
<body style="background:#f2f2f2;margin:0"><center>
<table width="600" style="background:#fff;font-family:Georgia,serif;font-size:14px">
<tr><td style="font-size:11px;color:#888;padding:6px">View this email in your browser | Voir ce courriel dans votre navigateur</td></tr>
<tr><td style="background:#8a1538;color:#fff;padding:12px"><b>CMA · AMC</b> — Careers bulletin / Bulletin carrières · July 2036</td></tr>
{hblock('en')}
<tr><td><hr></td></tr>
{hblock('fr')}
<tr><td style="font-size:11px;color:#888;padding:10px">Copyright © 2036 Canadian Museums Association, All rights reserved.<br>Want to change how you receive these emails? Update your preferences or unsubscribe.<br>Vous recevez ce courriel parce que vous êtes abonné au bulletin carrières.</td></tr>
</table></center></body></html>
"""
w(KEY + "-bulletin.html", html, KEY)
