from common import *
KEY = "fbc-2040-02"
REF = "FBC-2040-02"
EN = dict(title="Manager, Network Data and Reporting", org="Food Banks Canada", loc="Mississauga, Ontario",
  sched="37.5 hours per week, Monday to Friday",
  ess=["University degree in statistics, social science, public policy or a related field",
       "Five years of experience managing survey, administrative or program data",
       "Proficiency with SQL and a statistical package (R, Python or SPSS)",
       "Experience producing public reports and data visualizations for non-specialist audiences"],
  des=["Experience in the food security or social services sector",
       "Working knowledge of French"],
  comp=[("Integrity", "you handle sensitive data about people in need with care"),
        ("Collaboration", "you build trust with food bank staff and volunteers across the country"),
        ("Curiosity", "you look behind the numbers to understand what is happening on the ground")])
FR = dict(title="Gestionnaire, Données et rapports du réseau", org="Banques alimentaires Canada", loc="Mississauga (Ontario)",
  sched="37,5 heures par semaine, du lundi au vendredi",
  ess=["Diplôme universitaire en statistique, en sciences sociales, en politiques publiques ou dans un domaine connexe",
       "Cinq années d'expérience dans la gestion de données d'enquête, administratives ou de programmes",
       "Maîtrise de SQL et d'un logiciel statistique (R, Python ou SPSS)",
       "Expérience de la production de rapports publics et de visualisations de données pour un public non spécialisé"],
  des=["Expérience dans le secteur de la sécurité alimentaire ou des services sociaux",
       "Connaissance pratique de l'anglais"],
  comp=[("Intégrité", "vous traitez avec soin les données sensibles sur les personnes dans le besoin"),
        ("Collaboration", "vous établissez un lien de confiance avec le personnel et les bénévoles des banques alimentaires du pays"),
        ("Curiosité", "vous cherchez à comprendre ce qui se passe sur le terrain derrière les chiffres")])
EN["duties"] = ["Lead the annual national survey of food bank visits, from questionnaire design to data cleaning",
  "Manage the network data platform and support member food banks in submitting their data",
  "Produce the national report on hunger and the provincial data briefs",
  "Supervise a data analyst and a seasonal research assistant"]
FR["duties"] = ["Diriger l'enquête nationale annuelle sur la fréquentation des banques alimentaires, de la conception du questionnaire au nettoyage des données",
  "Gérer la plateforme de données du réseau et soutenir les banques alimentaires membres dans la transmission de leurs données",
  "Produire le rapport national sur la faim et les fiches de données provinciales",
  "Superviser une analyste de données et un assistant de recherche saisonnier"]
EN["about"] = ("Food Banks Canada supports a network of more than 4,000 food banks and community agencies. Our data on who "
  "turns to food banks, and why, informs governments, donors and the public. The Manager, Network Data and Reporting, "
  "owns that evidence base.")
FR["about"] = ("Banques alimentaires Canada soutient un réseau de plus de 4 000 banques alimentaires et organismes "
  "communautaires. Nos données sur les personnes qui ont recours aux banques alimentaires, et sur leurs raisons, "
  "éclairent les gouvernements, les donateurs et le public. La ou le gestionnaire, Données et rapports du réseau, est "
  "responsable de cette base de données probantes.")

def block_en(sep):
    e = EN
    return f"""JOB POSTING
Position: {e['title']}
Reference: {REF}
Organization: {e['org']}
Location: {e['loc']} (hybrid; two days a week at the office)
Hours: {e['sched']}
Salary: $84,500 to $97,300 per year, plus benefits and pension
Start date: April 2040
Deadline: February 27, 2040, 11:59 p.m. (ET)

ABOUT US
{e['about']}

KEY RESPONSIBILITIES
""" + "\n".join("   - " + d for d in e["duties"]) + """

QUALIFICATIONS
""" + "\n".join("   - " + d for d in e["ess"]) + """

ASSETS
""" + "\n".join("   - " + d for d in e["des"]) + """

WHAT WE VALUE
""" + "\n".join(f"   {n}{sep}{d}" for n, d in e["comp"]) + """

HOW TO APPLY
Send your résumé and a cover letter, in one PDF, to careers@foodbankscanada.example with the reference in the subject line. Interviews will take place the week of March 9, 2040.
"""

def block_fr(sep):
    f = FR
    return f"""OFFRE D'EMPLOI
Poste : {f['title']}
Référence : {REF}
Organisme : {f['org']}
Lieu : {f['loc']} (mode hybride; deux jours par semaine au bureau)
Horaire : {f['sched']}
Salaire : de 84 500 $ à 97 300 $ par année, plus avantages sociaux et régime de retraite
Entrée en fonction : avril 2040
Date limite : 27 février 2040, 23 h 59 (HE)

QUI SOMMES-NOUS
{f['about']}

PRINCIPALES RESPONSABILITÉS
""" + "\n".join("   - " + d for d in f["duties"]) + """

QUALIFICATIONS
""" + "\n".join("   - " + d for d in f["ess"]) + """

ATOUTS
""" + "\n".join("   - " + d for d in f["des"]) + """

CE QUE NOUS VALORISONS
""" + "\n".join(f"   {n}{sep}{d}" for n, d in f["comp"]) + """

POUR POSTULER
Envoyez votre curriculum vitæ et une lettre de présentation, en un seul PDF, à careers@foodbankscanada.example en indiquant la référence dans l'objet. Les entrevues auront lieu la semaine du 9 mars 2040.
"""

def build():
    mail = f"""---------- Forwarded message ---------
From: Careers | Carrières <careers@foodbankscanada.example>
Date: Mon, Jan 29, 2040 at 9:12 AM
Subject: Job posting / Offre d'emploi – {EN['title']} / {FR['title']} ({REF})
To: <partners-list@foodbankscanada.example>


Hi all,

Please share the posting below with your networks. Note that our info webinar for candidates is on February 14, 2040 at noon (ET); the link is on our website.

Thanks / Merci,
Priya
Talent & Culture | Talent et culture

*** Le français suit l'anglais ***

==========================================
{block_en(" – ")}
==========================================
{block_fr(" – ")}
==========================================

Food Banks Canada | Banques alimentaires Canada
You are receiving this message because you subscribed to our partners list. Unsubscribe / Se désabonner
"""
    write(KEY + "-forward.txt", mail, KEY)
    e, f = EN, FR
    def mdh(d, lab, sep):
        return (f"# {d['title']}\n\n"
                f"| {lab[0]} | {lab[1]} |\n|---|---|\n"
                f"| **{lab[2]}** | {REF} |\n| **{lab[3]}** | {d['org']} |\n| **{lab[4]}** | {d['loc']} |\n"
                f"| **{lab[5]}** | {d['sched']} |\n| **{lab[6]}** | {lab[7]} |\n| **{lab[8]}** | {lab[9]} |\n\n"
                f"{d['about']}\n\n### {lab[10]}\n\n" + "\n".join("* " + x for x in d["duties"]) +
                f"\n\n### {lab[11]}\n\n" + "\n".join("* " + x for x in d["ess"]) +
                f"\n\n### {lab[12]}\n\n" + "\n".join("* " + x for x in d["des"]) +
                f"\n\n### {lab[13]}\n\n" + "\n".join(f"**{n}**{sep}{x}  " for n, x in d["comp"]) + "\n")
    md = ("[English](#en) | [Français](#fr)\n\n[Home](#) › [About us](#) › [Careers](#)\n\n"
          + mdh(e, ["Field", "Detail", "Reference", "Organization", "Location", "Hours", "Salary",
                    "$84,500 to $97,300 per year", "Apply by", "February 27, 2040",
                    "What you'll do", "What you bring", "Assets", "What we value"], " — ")
          + "\n[Apply now](#)\n\n---\n\n"
          + mdh(f, ["Champ", "Détail", "Référence", "Organisme", "Lieu", "Horaire", "Salaire",
                    "84 500 $ à 97 300 $ par année", "Postuler avant le", "27 février 2040",
                    "Ce que vous ferez", "Ce que vous apportez", "Atouts", "Ce que nous valorisons"], " — ")
          + "\n[Postuler](#)\n\n---\n\n*Other openings: Development Officer, Major Gifts — apply by February 20, 2040.*\n")
    write(KEY + "-careers.md", md, KEY)
    expected(KEY, dict(reference=REF, languages=["en", "fr"],
        title={"en": e["title"], "fr": f["title"]}, organisation={"en": e["org"], "fr": f["org"]},
        location={"en": e["loc"], "fr": f["loc"]}, schedule={"en": e["sched"], "fr": f["sched"]},
        deadline="2040-02-27", salary=sal(84500, 97300, "CAD", "year"), grade=None, clearance=None,
        requirements={"en": {"essential": e["ess"], "desirable": e["des"]}, "fr": {"essential": f["ess"], "desirable": f["des"]}},
        competencies={"en": comp(*e["comp"]), "fr": comp(*f["comp"])}))
