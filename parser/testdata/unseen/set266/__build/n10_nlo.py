from common import *

KEY = "NLO-AU-LE-2039-03"
GRADE, CLR = "LE-5", "NATO CONFIDENTIAL"
N = dict(title="Events and Protocol Assistant", org="NATO Liaison Office to the African Union (NLO AU)",
         loc="Addis Ababa, Ethiopia", sch="Full-time")
F = dict(title="Assistant(e) événements et protocole",
         org="Bureau de liaison de l'OTAN auprès de l'Union africaine (NLO AU)",
         loc="Addis-Abeba (Éthiopie)", sch="Temps plein")
N_ABOUT = ("The NATO Liaison Office to the African Union supports cooperation between NATO and the African Union "
           "Commission on request, in areas such as training, exercises and capacity building. The small team in "
           "Addis Ababa organises meetings, visits of NATO officials and events with African Union partners.")
F_ABOUT = ("Le Bureau de liaison de l'OTAN auprès de l'Union africaine soutient, à la demande de celle-ci, la "
           "coopération entre l'OTAN et la Commission de l'Union africaine dans des domaines tels que la formation, "
           "les exercices et le renforcement des capacités. La petite équipe d'Addis-Abeba organise des réunions, "
           "les visites de responsables de l'OTAN et des événements avec les partenaires de l'Union africaine.")
N_DUT = [
    "Prepares the logistics and protocol of visits by NATO officials (airport, hotels, vehicles, meeting rooms)",
    "Organises workshops and receptions with African Union partners",
    "Keeps the Office's contact lists and invitation lists up to date",
    "Drafts letters, notes verbales and invitations in English and French",
    "Handles petty cash for events and keeps the related records",
]
F_DUT = [
    "Prépare la logistique et le protocole des visites de responsables de l'OTAN (aéroport, hôtels, véhicules, salles)",
    "Organise des ateliers et des réceptions avec les partenaires de l'Union africaine",
    "Tient à jour les listes de contacts et d'invités du Bureau",
    "Rédige des lettres, des notes verbales et des invitations en anglais et en français",
    "Gère la petite caisse des événements et tient les pièces correspondantes",
]
N_ESS = [
    "Bachelor's degree in international relations, hospitality, communication or a related field",
    "At least three years of experience in protocol, events or office management, preferably with an embassy or an international organisation",
    "Fluent English and good French, written and spoken",
    "Good command of Microsoft Office",
    "Ethiopian nationality or a valid work permit for Ethiopia",
]
F_ESS = [
    "Licence en relations internationales, en hôtellerie, en communication ou dans un domaine apparenté",
    "Au moins trois années d'expérience en protocole, en événementiel ou en gestion de bureau, de préférence auprès d'une ambassade ou d'une organisation internationale",
    "Anglais courant et bon niveau de français, à l'écrit comme à l'oral",
    "Bonne maîtrise de Microsoft Office",
    "Nationalité éthiopienne ou permis de travail valide pour l'Éthiopie",
]
N_DES = ["Knowledge of Amharic", "Knowledge of the African Union and its organs"]
F_DES = ["Connaissance de l'amharique", "Connaissance de l'Union africaine et de ses organes"]
N_COMP = [("Courtesy", "deals politely with guests of every rank."),
          ("Organisation", "plans events in detail and anticipates problems."),
          ("Discretion", "respects the confidentiality of meetings and guest lists.")]
F_COMP = [("Courtoisie", "traite avec politesse les invités de tout rang."),
          ("Organisation", "planifie les événements en détail et anticipe les difficultés."),
          ("Discrétion", "respecte la confidentialité des réunions et des listes d'invités.")]
E = exp(KEY, ["en", "fr"], {"en": N["title"], "fr": F["title"]}, {"en": N["org"], "fr": F["org"]},
        {"en": N["loc"], "fr": F["loc"]}, {"en": N["sch"], "fr": F["sch"]}, "2039-12-22", sal(148600, "ETB"),
        GRADE, CLR, {"en": {"essential": N_ESS, "desirable": N_DES}, "fr": {"essential": F_ESS, "desirable": F_DES}},
        {"en": comps(N_COMP), "fr": comps(F_COMP)})
N_FACTS = [("Reference", KEY), ("Organization", N["org"]), ("Location", N["loc"]), ("Type of employment", N["sch"]),
           ("Grade", GRADE), ("Monthly salary", "ETB 148,600 gross"), ("Security clearance", CLR),
           ("Closing date", "22 December 2039, 17:00 (Addis Ababa time)")]
F_FACTS = [("Référence", KEY), ("Organisation", F["org"]), ("Lieu", F["loc"]), ("Type d'emploi", F["sch"]),
           ("Grade", GRADE), ("Salaire mensuel", "148 600 ETB bruts"), ("Habilitation de sécurité", CLR),
           ("Date de clôture", "22 décembre 2039, 17 h 00 (heure d'Addis-Abeba)")]
N_OFFER = "A one-year renewable contract under the Office's local staff rules, medical insurance and 24 days of annual leave."
F_OFFER = "Un contrat d'un an renouvelable selon le règlement du personnel local du Bureau, une assurance maladie et 24 jours de congé annuel."


def md_half(h, facts, about, dut, ess, des, comp, offer, heads, sep):
    fl = "\n".join(f"**{a}:** {b}\\" for a, b in facts[:-1]) + f"\n**{facts[-1][0]}:** {facts[-1][1]}"
    if sep == " :":
        fl = fl.replace(":**", " :**")
    pl = lambda xs: "\n".join(f"+ {x}" for x in xs)
    cp = "\n".join(f"+ **{n}{sep}** {d}" for n, d in comp)
    return f"""## {h}

{fl}

{about}

### {heads[0]}

{pl(dut)}

### {heads[1]}

{pl(ess)}

### {heads[2]}

{pl(des)}

### {heads[3]}

{cp}

### {heads[4]}

{offer}
"""


def build():
    expected(KEY, E)
    en = md_half(N["title"], N_FACTS, N_ABOUT, N_DUT, N_ESS, N_DES, N_COMP, N_OFFER,
                 ["Main tasks", "Required", "Desirable", "Competencies", "What we offer"], ":")
    fr = md_half(F["title"], F_FACTS, F_ABOUT, F_DUT, F_ESS, F_DES, F_COMP, F_OFFER,
                 ["Tâches principales", "Profil requis", "Atouts", "Compétences", "Ce que nous offrons"], " :")
    out(f"{KEY}-nlo.md", f"""[Skip to main content](#main)

**EN** | [FR](https://nlo-au.nato.example/fr/)

- [Home](https://nlo-au.nato.example/)
- [About the Office](https://nlo-au.nato.example/about)
- [NATO and the African Union](https://nlo-au.nato.example/cooperation)
- [Vacancies](https://nlo-au.nato.example/vacancies)

[Home](https://nlo-au.nato.example/) / [Vacancies](https://nlo-au.nato.example/vacancies) / {KEY}

# Vacancy / Avis de vacance: {N["title"]} / {F["title"]}

_Posted on 21.11.2039 · Publié le 21.11.2039_

{en}
---

{fr}
---

Applications (CV, cover letter, copies of diplomas) to recruitment@nlo-au.example / Candidatures à recruitment@nlo-au.example. Only short-listed candidates will be contacted for a written test in January 2040.

**Latest news:** Staff talks NATO–AU Commission held in Addis Ababa (6 November 2039) · Vacancy closed: Driver, NLO-AU-LE-2039-01 (closing date was 15 October 2039)

Share: [X](#) · [LinkedIn](#) · [E-mail](#)
""", KEY)

    def block(facts, sep):
        return "\n".join(f"{a}{sep}{b}" for a, b in facts)
    bullet = lambda xs: "\n".join(f"● {x}" for x in xs)
    out(f"{KEY}-jobboard.txt", f"""
ethio-careers.example    Jobs    Employers    Tenders    Login / Register

{N["title"]}
NATO Liaison Office to the African Union · Addis Ababa · Full Time · Posted Nov 22, 2039
Job Type: Full Time  Job Sector: NGO, Diplomatic, International  Career Level: Mid Level  Deadline: Dec 22, 2039
Apply Now    Save

Job Description

{block(N_FACTS, ": ")}

{N_ABOUT}

Main tasks
{bullet(N_DUT)}

Required
{bullet(N_ESS)}

Desirable
{bullet(N_DES)}

Competencies
{bullet([f"{n}: {d}" for n, d in N_COMP])}

What we offer
{N_OFFER}

-----

{F["title"]}

{block(F_FACTS, " : ")}

{F_ABOUT}

Tâches principales
{bullet(F_DUT)}

Profil requis
{bullet(F_ESS)}

Atouts
{bullet(F_DES)}

Compétences
{bullet([f"{n} : {d}" for n, d in F_COMP])}

Ce que nous offrons
{F_OFFER}

How to Apply
Send CV, cover letter and diplomas to recruitment@nlo-au.example quoting {KEY}.

Related Jobs
Protocol Officer · Embassy (confidential) · Addis Ababa · Deadline: Dec 5, 2039
Events Coordinator · Hotel group · Bole, Addis Ababa · ETB 38,000 - 45,000 · Deadline: Dec 12, 2039

© ethio-careers.example · About · Privacy
""", KEY)
