# CODOFIL (Council for the Development of French in Louisiana), Lafayette — EN then FR
# renderings: state agency page clipped to Markdown; state job-board copy (label line, value line)
from common import *

KEY = "cdf-2040-027"
REF = "CDF-2040-027"
T = {"en": "French Immersion Program Coordinator", "fr": "Coordonnateur(trice) des programmes d'immersion française"}
O = {"en": "Council for the Development of French in Louisiana", "fr": "Conseil pour le développement du français en Louisiane"}
L = {"en": "Lafayette, Louisiana", "fr": "Lafayette (Louisiane)"}
S = {"en": "Full-time, 40 hours per week", "fr": "Temps plein, 40 heures par semaine"}
ESS = {"en": [
    "A baccalaureate degree in French, education, linguistics or a related field.",
    "Three years of experience in teaching, school administration or program coordination, of which at least one year in a French immersion or bilingual setting.",
    "Native or near-native proficiency in spoken and written French and English.",
    "A valid driver's license and the ability to travel across the state, with occasional overnight stays.",
], "fr": [
    "Baccalauréat universitaire (licence) en français, en éducation, en linguistique ou dans un domaine connexe.",
    "Trois années d'expérience en enseignement, en administration scolaire ou en coordination de programmes, dont au moins une année en immersion française ou en milieu bilingue.",
    "Maîtrise du français et de l'anglais, à l'oral comme à l'écrit, de niveau langue maternelle ou quasi maternelle.",
    "Permis de conduire valide et capacité de se déplacer dans tout l'État, avec des nuitées occasionnelles.",
]}
DES = {"en": [
    "Knowledge of Louisiana French and of the state's Cajun and Creole communities.",
    "Experience recruiting or mentoring international teachers.",
], "fr": [
    "Connaissance du français de Louisiane et des communautés cadiennes et créoles de l'État.",
    "Expérience du recrutement ou de l'accompagnement d'enseignants internationaux.",
]}
EXP = exp(REF, ["en", "fr"], T, O, L, S, "2040-12-06", sal(mn=46176, mx=66248, cur="USD", period="year"),
          req={l: {"essential": ESS[l], "desirable": DES[l]} for l in ("en", "fr")}, comp={"en": [], "fr": []})
TXT = {"en": dict(
    intro="CODOFIL is the state agency, placed within the Office of the Lieutenant Governor, that promotes the French language and francophone heritage of Louisiana. Each school year it places more than a hundred international teachers in French immersion schools across the parishes.",
    role="The Coordinator manages the day-to-day operation of the immersion teacher program and is the first point of contact for partner school districts.",
    duties=["Plans the yearly recruitment calendar with the school districts and partner ministries abroad.",
            "Reviews applications, organizes interviews and prepares placement proposals.",
            "Welcomes new teachers in August and runs the orientation week in Lafayette.",
            "Visits immersion schools, follows up on classroom support and reports on retention.",
            "Keeps program data, budgets and visa records up to date."],
    hd=["About CODOFIL", "The position", "Duties", "Minimum qualifications", "Preferred qualifications",
        "Compensation and benefits", "How to apply"],
    pay="Salary range: $46,176.00 - $66,248.00 annually, depending on experience, with state health insurance, the state retirement plan and paid leave.",
    apply="Apply online no later than December 6, 2040, 11:59 p.m. Central Time, with a résumé, a cover letter written in French and the names of three references. Interviews will be held in Lafayette during the week of January 7, 2041. The State of Louisiana is an equal opportunity employer."),
    "fr": dict(
    intro="Le CODOFIL est l'agence de l'État, rattachée au Bureau du lieutenant-gouverneur, qui fait la promotion de la langue française et du patrimoine francophone de la Louisiane. Chaque année scolaire, il place plus d'une centaine d'enseignants internationaux dans les écoles d'immersion française des paroisses.",
    role="Le coordonnateur ou la coordonnatrice gère le fonctionnement quotidien du programme d'enseignants d'immersion et est le premier interlocuteur des districts scolaires partenaires.",
    duties=["Établit le calendrier annuel de recrutement avec les districts scolaires et les ministères partenaires à l'étranger.",
            "Examine les candidatures, organise les entrevues et prépare les propositions d'affectation.",
            "Accueille les nouveaux enseignants en août et anime la semaine d'orientation à Lafayette.",
            "Visite les écoles d'immersion, assure le suivi de l'accompagnement en classe et rend compte de la rétention.",
            "Tient à jour les données du programme, les budgets et les dossiers de visas."],
    hd=["À propos du CODOFIL", "Le poste", "Fonctions", "Qualifications minimales", "Qualifications souhaitées",
        "Rémunération et avantages", "Pour postuler"],
    pay="Échelle salariale : de 46 176 $ à 66 248 $ US par année selon l'expérience, avec l'assurance maladie de l'État, le régime de retraite de l'État et des congés payés.",
    apply="Postulez en ligne au plus tard le 6 décembre 2040 à 23 h 59 (heure du Centre), avec un curriculum vitæ, une lettre de motivation rédigée en français et le nom de trois références. Les entrevues auront lieu à Lafayette la semaine du 7 janvier 2041. L'État de la Louisiane souscrit au principe de l'égalité d'accès à l'emploi.")}
FACT = {"en": [("Job number", REF), ("Agency", O["en"] + " (CODOFIL)"), ("Location", L["en"]),
               ("Job type", "Unclassified, permanent"), ("Schedule", S["en"]), ("Salary", "$46,176.00 - $66,248.00 annually"),
               ("Closing date", "December 6, 2040")],
        "fr": [("Numéro de l'offre", REF), ("Organisme", O["fr"] + " (CODOFIL)"), ("Lieu de travail", L["fr"]),
               ("Type d'emploi", "Non classifié, permanent"), ("Horaire", S["fr"]), ("Salaire", "de 46 176 $ à 66 248 $ US par année"),
               ("Date limite", "6 décembre 2040")]}


def md():
    o = ["[Skip to main content](#main)", "",
         "**Louisiana.gov** · [Office of the Lieutenant Governor](https://ltgov.example) · [CODOFIL](https://codofil.example) · [Français](#fr)", "",
         "[Home](/) · [Programs](/programs) · [Immersion](/immersion) · [Events](/events) · **[Careers](/careers)** · [Contact](/contact)", "",
         "> **Office closure:** our Lafayette office will be closed on Thursday, November 22 and Friday, November 23, 2040 for Thanksgiving.", "",
         "Home › Careers › " + REF, ""]
    for l in ("en", "fr"):
        d = TXT[l]
        if l == "fr":
            o += ["---", "", "<a id=\"fr\"></a>", ""]
        o += ["## " + T[l], "", ("*Posted November 8, 2040*" if l == "en" else "*Affiché le 8 novembre 2040*"), ""]
        o += [f"**{k}:** {v}  " for k, v in FACT[l]]
        o += ["", "### " + d["hd"][0], "", d["intro"], "", "### " + d["hd"][1], "", d["role"], "",
              "### " + d["hd"][2], ""]
        o += [f"{i}. {x}" for i, x in enumerate(d["duties"], 1)]
        o += ["", "### " + d["hd"][3], ""] + ["- " + x for x in ESS[l]]
        o += ["", "### " + d["hd"][4], ""] + ["- " + x for x in DES[l]]
        o += ["", "### " + d["hd"][5], "", d["pay"], "", "### " + d["hd"][6], "", d["apply"], ""]
    o += ["---", "", "CODOFIL · 217 rue Main Ouest (fictitious address), Lafayette · [Privacy](/privacy) · © 2040 State of Louisiana", ""]
    return "\n".join(o)


def board():
    o = ["Skip to Main Content", "State of Louisiana Jobs", "Sign In", "Job Opportunities", "Promotional Opportunities",
         "Job Interest Card", "", "Back to Top", "", T["en"], "", "Print", "Apply", "",
         "Salary", "$46,176.00 - $66,248.00 Annually", "Location", "Lafayette, LA", "Job Type", "Unclassified",
         "Job Number", REF, "Department", O["en"], "Opening Date", "11/08/2040",
         "Closing Date", "12/6/2040 11:59 PM Central", "",
         "Description", "Benefits", "Questions", "",
         "Supplemental Information", ""]
    d = TXT["en"]
    o += [d["intro"], "", "This position is located in " + L["en"] + ". Schedule: " + S["en"] + ".", "", d["role"], "",
          "Examples of Work"] + ["  * " + x for x in d["duties"]]
    o += ["", "MINIMUM QUALIFICATIONS:"] + ["  * " + x for x in ESS["en"]]
    o += ["", "PREFERRED QUALIFICATIONS:"] + ["  * " + x for x in DES["en"]]
    o += ["", d["apply"], "", "VERSION FRANÇAISE", "", T["fr"], ""]
    f = TXT["fr"]
    o += [f"{k} : {v}" for k, v in FACT["fr"]]
    o += ["", f["intro"], "", f["role"], "", "Fonctions :"] + ["  * " + x for x in f["duties"]]
    o += ["", "Qualifications minimales :"] + ["  * " + x for x in ESS["fr"]]
    o += ["", "Qualifications souhaitées :"] + ["  * " + x for x in DES["fr"]]
    o += ["", f["pay"], "", f["apply"], "",
          "Agency", "Office of the Lieutenant Governor", "Address", "Lafayette, Louisiana", "Website", "https://codofil.example", "",
          "Powered by the state applicant tracking system · Privacy Policy · Accessibility", ""]
    return "\n".join(o)


def build():
    expected(KEY, EXP)
    out(f"{KEY}-codofil.md", md(), KEY)
    out(f"{KEY}-lajobs.txt", board(), KEY)
