from common import *

KEY = "alc-2045-0117"
D = dict(
    reference="ALC-2045-0117", post_number=None, languages=["en", "fr"],
    title=both("Data Privacy Analyst", "Analyste de la protection des données"),
    organisation=both("Atlantic Lottery Corporation", "Société des loteries de l'Atlantique"),
    location=both("Moncton, New Brunswick (hybrid)", "Moncton (Nouveau-Brunswick), mode hybride"),
    schedule=both("Full-time, 37.5 hours per week", "Temps plein, 37,5 heures par semaine"),
    deadline="2045-01-30",
    salary=sal(mn=72150, mx=85430, cur="CAD", period="year"),
    grade=None, clearance=None,
    requirements=both(req([
        "University degree in law, information management or a related discipline",
        "Three or more years of experience in privacy, compliance or information governance",
        "Working knowledge of Canadian privacy legislation, including PIPEDA",
        "Bilingualism (English and French) required",
    ], [
        "CIPP/C or CIPM certification",
        "Experience in the gaming or financial sector",
    ]), req([
        "Diplôme universitaire en droit, en gestion de l'information ou dans une discipline connexe",
        "Au moins trois ans d'expérience en protection de la vie privée, en conformité ou en gouvernance de l'information",
        "Connaissance pratique des lois canadiennes sur la protection des renseignements personnels, dont la LPRPDE",
        "Bilinguisme (anglais et français) requis",
    ], [
        "Certification CIPP/C ou CIPM",
        "Expérience dans le secteur du jeu ou de la finance",
    ])),
    competencies=both(comp([("Sound judgement", ""), ("Discretion", ""), ("Collaboration", "")]),
                      comp([("Jugement sûr", ""), ("Discrétion", ""), ("Collaboration", "")])),
)
R = D["requirements"]
C = D["competencies"]


def md():
    def half(l, h):
        return f"""## {h['kicker']}

### {D['title'][l]}

- {h['ref']}: {D['reference']}
- {h['org']}: {D['organisation'][l]}
- {h['dept']}
- {h['loc']}: {D['location'][l]}
- {h['sch']}: {D['schedule'][l]}
- {h['pay']}
- {h['close']}

{h['intro']}

#### {h['do']}

{h['duties']}

#### {h['q']}

{chr(10).join('- ' + x for x in R[l]['essential'])}

#### {h['a']}

{chr(10).join('- ' + x for x in R[l]['desirable'])}

#### {h['c']}

{chr(10).join('- ' + c['name'] for c in C[l])}

{h['apply']}
"""
    en = dict(kicker="Career Opportunity", ref="Requisition", org="Employer",
              dept="Department: Legal, Privacy & Compliance", loc="Location", sch="Hours",
              pay="Salary range: $72,150 – $85,430 annually", close="Closing date: January 30, 2045",
              intro="We operate lottery and gaming products on behalf of the four Atlantic provinces. Our Privacy Office protects the personal information of players, retailers and employees.",
              do="What you'll do",
              duties="1. Conduct privacy impact assessments for new products and systems.\n2. Handle access requests and privacy complaints.\n3. Maintain the inventory of personal information holdings.\n4. Deliver privacy awareness training to employees.",
              q="Qualifications", a="Assets", c="What you bring",
              apply="Apply online by the closing date. Interviews are expected in the week of February 13, 2045. A criminal record check will be required of the successful candidate.")
    fr = dict(kicker="Possibilité de carrière", ref="Numéro de réquisition", org="Employeur",
              dept="Service : Affaires juridiques, vie privée et conformité", loc="Lieu", sch="Horaire",
              pay="Échelle salariale : de 72 150 $ à 85 430 $ par année", close="Date de clôture : 30 janvier 2045",
              intro="Nous exploitons des produits de loterie et de jeu pour le compte des quatre provinces de l'Atlantique. Notre Bureau de la protection de la vie privée protège les renseignements personnels des joueurs, des détaillants et des employés.",
              do="Vos tâches",
              duties="1. Réaliser des évaluations des facteurs relatifs à la vie privée pour les nouveaux produits et systèmes.\n2. Traiter les demandes d'accès et les plaintes.\n3. Tenir à jour l'inventaire des fonds de renseignements personnels.\n4. Offrir de la formation de sensibilisation au personnel.",
              q="Qualifications", a="Atouts", c="Ce que vous apportez",
              apply="Postulez en ligne avant la date de clôture. Les entrevues devraient avoir lieu la semaine du 13 février 2045. Une vérification du casier judiciaire sera exigée de la personne retenue.")
    return f"""[Skip to content](#) · [Français](#fr)

**Atlantic Lottery | Loto-Atlantique** — [Play](#) · [Responsible gaming](#) · [Retailers](#) · [Careers](#) · [About](#)

> Winter holiday hours: our Moncton reception is closed December 25 and 26, 2044.

[Careers](#) › [Current openings](#) › {D['reference']}

{half('en', en)}
---

<a id="fr"></a>

{half('fr', fr)}
---

© Atlantic Lottery · Loto-Atlantique — 922 Main Street, Moncton (fictitious) · Must be 19+ to play / 19 ans et plus pour jouer
"""


def linkedin():
    L = ["LinkedIn-style job page (copied from browser)", "",
         D['title']['en'], "Atlantic Lottery · Moncton, NB · Hybrid", "Reposted 1 week ago · Over 100 applicants",
         "Full-time · Mid-Senior level · $72,150/yr - $85,430/yr", "",
         "Easy Apply   Save", "", "About the job", "",
         f"{D['title']['en']} / {D['title']['fr']}",
         f"Requisition / Réquisition : {D['reference']}", "",
         f"Employer: {D['organisation']['en']}",
         f"Location: {D['location']['en']}",
         f"Hours: {D['schedule']['en']}",
         "Salary range: $72,150 – $85,430 annually",
         "Closing date: January 30, 2045", "",
         "Conduct privacy impact assessments, handle access requests and complaints, maintain the personal information",
         "inventory and deliver privacy training.", "", "Qualifications:"]
    L += ["• " + x for x in R['en']['essential']]
    L += ["Assets:"] + ["• " + x for x in R['en']['desirable']]
    L += ["What you bring: " + " · ".join(c['name'] for c in C['en']), "",
          "— — — — —", "",
          f"Employeur : {D['organisation']['fr']}",
          f"Lieu : {D['location']['fr']}",
          f"Horaire : {D['schedule']['fr']}",
          "Échelle salariale : de 72 150 $ à 85 430 $ par année",
          "Date de clôture : 30 janvier 2045", "",
          "Évaluations des facteurs relatifs à la vie privée, demandes d'accès et plaintes, inventaire des renseignements",
          "personnels, formation du personnel.", "", "Qualifications :"]
    L += ["• " + x for x in R['fr']['essential']]
    L += ["Atouts :"] + ["• " + x for x in R['fr']['desirable']]
    L += ["Ce que vous apportez : " + " · ".join(c['name'] for c in C['fr']), "",
          "Show more", "", "People also viewed",
          "Privacy Officer · Halifax, NS · 3 days ago",
          "Compliance Analyst · Fredericton, NB · $68K/yr"]
    return "\n".join(L) + "\n"


def build():
    expected(KEY, D)
    w(f"{KEY}-atlanticlottery.md", md(), KEY)
    w(f"{KEY}-linkedin.txt", linkedin(), KEY)
