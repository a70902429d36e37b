from common import *
KEY = "fcm-2041-014"
REF = "FCM-2041-014"
T = both("Senior Policy Advisor, Municipal Infrastructure", "Conseillère principale ou conseiller principal, Politiques – Infrastructures municipales")
O = both("Federation of Canadian Municipalities", "Fédération canadienne des municipalités")
L = both("Ottawa, Ontario", "Ottawa (Ontario)")
S = both("37.5 hours per week", "37,5 heures par semaine")
ESS = both(["University degree in public policy, urban planning, engineering or a related field",
            "At least five years of experience in policy analysis related to infrastructure or municipal finance",
            "Proficiency in English and French, both oral and written"],
           ["Diplôme universitaire en politiques publiques, en urbanisme, en génie ou dans un domaine connexe",
            "Au moins cinq ans d'expérience en analyse de politiques liées aux infrastructures ou aux finances municipales",
            "Maîtrise du français et de l'anglais, à l'oral comme à l'écrit"])
DES = both(["Experience working in a municipal administration", "Knowledge of federal infrastructure funding programs"],
           ["Expérience au sein d'une administration municipale", "Connaissance des programmes fédéraux de financement des infrastructures"])
COMP = both([("Political acumen", "you anticipate the positions of federal and municipal partners."),
             ("Writing", "you produce concise and persuasive briefs."),
             ("Collaboration", "you work easily with elected officials and member committees.")],
            [("Sens politique", "vous anticipez les positions des partenaires fédéraux et municipaux."),
             ("Rédaction", "vous produisez des mémoires concis et convaincants."),
             ("Collaboration", "vous travaillez aisément avec des élus et des comités de membres.")])
DUT = both(["Analyze federal budgets, programs and bills affecting municipal infrastructure",
            "Draft policy positions, briefs and speaking notes for the President and the Board",
            "Support the Municipal Infrastructure Standing Committee and its working groups",
            "Build relationships with provincial and territorial municipal associations"],
           ["Analyser les budgets, programmes et projets de loi fédéraux touchant les infrastructures municipales",
            "Rédiger des prises de position, des mémoires et des notes d'allocution pour la présidence et le conseil d'administration",
            "Soutenir le Comité permanent des infrastructures municipales et ses groupes de travail",
            "Entretenir les relations avec les associations municipales provinciales et territoriales"])
expected(KEY, {"reference": REF, "post_number": None, "languages": ["fr", "en"], "title": T, "organisation": O,
 "location": L, "schedule": S, "deadline": "2041-04-24", "salary": sal(81300, 98900, "CAD", "year"),
 "grade": None, "clearance": None,
 "requirements": {l: {"essential": ESS[l], "desirable": DES[l]} for l in ("en", "fr")},
 "competencies": {l: [C(n, d) for n, d in COMP[l]] for l in ("en", "fr")}})
F = {"fr": dict(head="OFFRE D'EMPLOI", t="Poste", r="Référence", o="Organisme", l="Lieu", lg=" – mode hybride, trois jours au bureau",
        s="Horaire", p="Salaire", pv="de 81 300 $ à 98 900 $ par année, plus avantages sociaux et régime de retraite",
        st="Entrée en fonction", stv="2 juin 2041", d="Date limite", dv="24 avril 2041, 17 h (HAE)",
        role="LE RÔLE", rolet="Au sein de l'équipe Politiques et relations gouvernementales, vous éclairez les positions de la Fédération sur le financement des infrastructures locales.",
        resp="RESPONSABILITÉS", req="EXIGENCES", ass="ATOUTS", comp="COMPÉTENCES RECHERCHÉES",
        how="Faites parvenir votre CV et une lettre de présentation en précisant la référence " + REF + ". Les entrevues auront lieu la semaine du 5 mai 2041.", sep=" : "),
     "en": dict(head="JOB POSTING", t="Position", r="Reference", o="Organization", l="Location", lg=" – hybrid, three days in the office",
        s="Hours", p="Salary", pv="$81,300 to $98,900 per year, plus benefits and pension plan",
        st="Start date", stv="June 2, 2041", d="Deadline", dv="April 24, 2041, 5 p.m. (EDT)",
        role="THE ROLE", rolet="As part of the Policy and Government Relations team, you will shape the Federation's positions on funding for local infrastructure.",
        resp="RESPONSIBILITIES", req="REQUIREMENTS", ass="ASSETS", comp="WHAT WE ARE LOOKING FOR",
        how="Send your résumé and a cover letter quoting reference " + REF + ". Interviews will be held the week of May 5, 2041.", sep=": ")}
def block(l):
    f = F[l]; sp = f['sep']
    lines = [f"{f['head']}", "=" * 40,
             f"{f['t']}{sp}{T[l]}", f"{f['r']}{sp}{REF}", f"{f['o']}{sp}{O[l]}", f"{f['l']}{sp}{L[l]}{f['lg']}",
             f"{f['s']}{sp}{S[l]}", f"{f['p']}{sp}{f['pv']}", f"{f['st']}{sp}{f['stv']}", f"{f['d']}{sp}{f['dv']}", "",
             f['role'], f['rolet'], "", f['resp']] + ["  * " + x for x in DUT[l]] + ["", f['req']] + \
            ["  * " + x for x in ESS[l]] + ["", f['ass']] + ["  * " + x for x in DES[l]] + ["", f['comp']] + \
            ["  * %s%s%s" % (n, sp, d) for n, d in COMP[l]] + ["", f['how']]
    return "\n".join(lines)
txt = f"""Bonjour à toutes et à tous,

Je relaie ci-dessous une offre de la FCM qui pourrait intéresser des membres du réseau. Rappel : notre webinaire sur les carrières municipales a lieu le 10 avril 2041 à midi.

Nadia

-------- Message transféré --------
Sujet : 	Offre d'emploi / Job posting – {REF}
Date : 	Mon, 31 Mar 2041 10:12:44 -0400
De : 	Recrutement FCM <recrutement@fcm.example>
Pour : 	reseau-carrieres@municipalites.example



(English follows)

{block('fr')}

--------------------------------------------------------------

{block('en')}

--
Vous recevez ce courriel parce que vous êtes inscrit(e) à la liste Carrières de la FCM. Se désabonner : https://fcm.example/desabonnement
"""
write(KEY + "-courriel.txt", txt, KEY, "txt")
def cell(l):
    f = F[l]
    rows = [(f['t'], T[l]), (f['r'], REF), (f['o'], O[l]), (f['l'], L[l] + f['lg']), (f['s'], S[l]), (f['p'], f['pv']),
            (f['st'], f['stv']), (f['d'], f['dv'])]
    return (f"<td width=\"50%\" valign=\"top\" style=\"padding:12px\" lang=\"{l}\"><h2 style=\"color:#b2292e\">{f['head']}</h2>"
            + "".join(f"<p style=\"margin:2px 0\"><b>{a}</b>{f['sep']}{b}</p>" for a, b in rows)
            + f"<h3>{f['role']}</h3><p>{f['rolet']}</p><h3>{f['resp']}</h3>{ul(DUT[l])}<h3>{f['req']}</h3>{ul(ESS[l])}"
            + f"<h3>{f['ass']}</h3>{ul(DES[l])}<h3>{f['comp']}</h3>"
            + "<ul>" + "".join(f"<li><b>{n}</b>{f['sep']}{d}</li>" for n, d in COMP[l]) + "</ul>"
            + f"<p>{f['how']}</p></td>")
html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{REF}</title></head>
<body style="background:#f2f2f2;font-family:Arial,sans-serif;font-size:13px">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="760" style="background:#fff"><tr><td colspan="2" style="padding:8px;font-size:11px;color:#777">Vous ne voyez pas bien ce message ? <a href="#">Version Web</a> | Trouble viewing this e-mail? <a href="#">Web version</a></td></tr>
<tr><td colspan="2" style="background:#b2292e;color:#fff;padding:14px;font-size:20px">FCM · FÉDÉRATION CANADIENNE DES MUNICIPALITÉS / FEDERATION OF CANADIAN MUNICIPALITIES</td></tr>
<tr>{cell('fr')}{cell('en')}</tr>
<tr><td colspan="2" style="font-size:11px;color:#777;padding:8px">Ottawa · <a href="#">Se désabonner / Unsubscribe</a> · <a href="#">Gérer vos préférences / Manage preferences</a></td></tr>
</table></td></tr></table></body></html>
"""
write(KEY + "-infolettre.html", html, KEY, "html")
