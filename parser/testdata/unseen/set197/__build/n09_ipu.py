from common import *
REF = "IPU/VA/2034/03"
KEY = "ipu-va-2034-03"
E = blank(["en", "fr"])
E["reference"] = REF
E["title"] = {"en": "Programme Officer, Parliaments and Climate Change", "fr": "Chargé(e) de programme, Parlements et changements climatiques"}
E["organisation"] = {"en": "Inter-Parliamentary Union", "fr": "Union interparlementaire"}
E["location"] = {"en": "Geneva, Switzerland", "fr": "Genève, Suisse"}
E["schedule"] = {"en": None, "fr": None}
E["deadline"] = "2034-03-24"
E["salary"] = sal(amount=74913, cur="USD", period="year")
E["grade"] = "P-3"
REQ = {
 "en": [("Education", "An advanced university degree in political science, environmental policy, international relations or a related field.", "Training in climate negotiations or climate law."),
        ("Experience", "At least five years of professional experience in programme work with parliaments, governments or international organizations, including on climate or environmental issues.", "Experience of working with parliamentarians from developing countries."),
        ("Languages", "Excellent command of English or French and a good working knowledge of the other.", "Knowledge of Spanish or Arabic.")],
 "fr": [("Formation", "Diplôme universitaire supérieur en sciences politiques, politiques environnementales, relations internationales ou domaine apparenté.", "Formation aux négociations ou au droit du climat."),
        ("Expérience", "Au moins cinq ans d'expérience professionnelle dans la conduite de programmes avec des parlements, des gouvernements ou des organisations internationales, y compris sur les questions climatiques ou environnementales.", "Expérience de travail avec des parlementaires de pays en développement."),
        ("Langues", "Excellente maîtrise de l'anglais ou du français et bonne connaissance pratique de l'autre langue.", "Connaissance de l'espagnol ou de l'arabe.")]}
for l in ("en", "fr"):
    E["requirements"][l] = {"essential": [x[1] for x in REQ[l]], "desirable": [x[2] for x in REQ[l]]}
E["competencies"] = {
 "en": [{"name": "Political awareness", "description": "reads the dynamics of parliaments and of multilateral meetings and adapts advice to them."},
        {"name": "Planning and organizing", "description": "runs several workstreams at once and keeps workplans, budgets and partners aligned."},
        {"name": "Communication", "description": "writes clearly for members of parliament and speaks with confidence at international events."}],
 "fr": [{"name": "Sens politique", "description": "comprend la dynamique des parlements et des réunions multilatérales et adapte ses conseils en conséquence."},
        {"name": "Planification et organisation", "description": "mène plusieurs chantiers de front et maintient la cohérence entre plans de travail, budgets et partenaires."},
        {"name": "Communication", "description": "rédige clairement à l'intention des parlementaires et s'exprime avec assurance lors de manifestations internationales."}]}
TXT = {
 "en": dict(h="VACANCY ANNOUNCEMENT", facts=[("Reference", REF), ("Post", E["title"]["en"]), ("Grade", "P-3"), ("Duty station", "Geneva, Switzerland"),
        ("Type of contract", "Fixed-term, two years"), ("Date of issue", "22 February 2034"), ("Deadline for applications", "24 March 2034")],
        intro="The Inter-Parliamentary Union (IPU) is the global organization of national parliaments. Its climate programme helps parliaments to pass and oversee climate legislation and to take part in the annual climate conferences.",
        dutiesh="Accountabilities", duties=["Plan and run the programme's capacity-building activities for parliamentary committees on environment and climate.", "Prepare the parliamentary meeting held on the occasion of the annual climate conference, including its outcome document.", "Draft policy briefs, handbooks and news items on parliamentary action on climate.", "Manage the programme budget and report to donors."],
        qh="Qualifications", ess="Essential", des="Desirable", ch="Competencies",
        rem="Remuneration: annual net base salary of USD 74,913, plus a post adjustment (currently 81.6%) and the allowances of the United Nations common system.",
        end="Interviews are expected in the second half of April 2034. The IPU encourages applications from women and from nationals of under-represented regions."),
 "fr": dict(h="AVIS DE VACANCE DE POSTE", facts=[("Référence", REF), ("Poste", E["title"]["fr"]), ("Classe", "P-3"), ("Lieu d'affectation", "Genève, Suisse"),
        ("Type de contrat", "Durée déterminée, deux ans"), ("Date de parution", "22 février 2034"), ("Date limite de dépôt des candidatures", "24 mars 2034")],
        intro="L'Union interparlementaire (UIP) est l'organisation mondiale des parlements nationaux. Son programme climat aide les parlements à adopter et à contrôler la législation climatique et à prendre part aux conférences annuelles sur le climat.",
        dutiesh="Responsabilités", duties=["Planifier et mettre en œuvre les activités de renforcement des capacités destinées aux commissions parlementaires de l'environnement et du climat.", "Préparer la réunion parlementaire organisée à l'occasion de la conférence annuelle sur le climat, y compris son document final.", "Rédiger des notes d'orientation, des guides et des articles sur l'action parlementaire en faveur du climat.", "Gérer le budget du programme et rendre compte aux donateurs."],
        qh="Qualifications", ess="Essentiel", des="Souhaitable", ch="Compétences",
        rem="Rémunération : traitement annuel net de base de 74 913 dollars des États-Unis, plus une indemnité de poste (actuellement 81,6 %) et les prestations du régime commun des Nations Unies.",
        end="Les entretiens devraient avoir lieu dans la seconde moitié d'avril 2034. L'UIP encourage les candidatures de femmes et de ressortissant(e)s de régions sous-représentées.")}
SEP = {"en": " : ", "fr": " : "}

def half_md(l):
    t = TXT[l]; sp = ":" if l == "en" else " :"
    L = [f"## {t['h']}", ""]
    L += [f"**{a}{sp}** {b}  " for a, b in t["facts"]]
    L += ["", t["intro"], "", f"### {t['dutiesh']}", ""] + [f"- {x}" for x in t["duties"]]
    L += ["", f"### {t['qh']}", ""]
    for topic, e, d in REQ[l]:
        L += [f"**{topic}**", "", f"*{t['ess']}{sp}* {e}  ", f"*{t['des']}{sp}* {d}", ""]
    L += [f"### {t['ch']}", ""] + [f"- **{c['name']}**{sp} {c['description']}" for c in E["competencies"][l]]
    L += ["", t["rem"], "", t["end"], ""]
    return L

def md():
    L = ["[Skip to main content](#main)", "", "IPU · For democracy. For everyone. · [Who we are](#) · [Our work](#) · [Work with IPU](#) · [Français](#fr)", "",
         "Home › Work with IPU › Vacancies › " + E["title"]["en"], "", "# " + E["title"]["en"], "", "*Staff · Published 22 February 2034*", ""]
    L += half_md("en")
    L += ["---", "", "<a id=\"fr\"></a>Version française", ""]
    L += half_md("fr")
    L += ["---", "", "Applications with a CV and cover letter to [jobs@ipu.example](mailto:jobs@ipu.example), quoting " + REF + ". / Candidatures avec CV et lettre de motivation à la même adresse.", "",
          "© Inter-Parliamentary Union · Chemin du Pommier · Privacy · Contact"]
    return "\n".join(L) + "\n"

def email():
    L = ["From: International Relations Directorate <ird@parliament.example>",
         "Date: Thu, 23 Feb 2034 11:02:37 +0100",
         "To: staff-all@parliament.example",
         "Subject: FW: IPU vacancy announcement " + REF + " / Avis de vacance UIP", "",
         "Colleagues,", "",
         "The IPU Secretariat has asked member parliaments to circulate the notice below. Staff wishing to apply should",
         "inform the Directorate by 10 March so that we can arrange references. / Les collègues intéressé(e)s voudront",
         "bien en informer la Direction avant le 10 mars.", "",
         "Regards,", "M. Okafor-Laurent, International Relations Directorate", "",
         "-----Original Message-----",
         "From: IPU Human Resources <hr@ipu.example>",
         "Sent: Wednesday, 22 February 2034 17:40",
         "Subject: Vacancy announcement / Avis de vacance " + REF, ""]
    for l in ("en", "fr"):
        t = TXT[l]; sp = ":" if l == "en" else " :"
        L += [t["h"], ""]
        L += [f"{a}{sp} {b}" for a, b in t["facts"]]
        L += ["", t["intro"], "", t["dutiesh"].upper()] + [f"  o {x}" for x in t["duties"]]
        L += ["", t["qh"].upper()]
        for topic, e, d in REQ[l]:
            L += [f"{topic}{sp} {t['ess']}{sp} {e}", f"    {t['des']}{sp} {d}"]
        L += ["", t["ch"].upper()] + [f"  o {c['name']}{sp} {c['description']}" for c in E["competencies"][l]]
        L += ["", t["rem"], "", t["end"], "", "* * *", ""]
    L += ["This e-mail and any attachment are intended for the addressees only."]
    return "\n".join(L) + "\n"

def build():
    write_expected(KEY, E)
    write(KEY + "-ipu.md", md(), KEY, "md")
    write(KEY + "-parliament-email.txt", email(), KEY, "txt")
