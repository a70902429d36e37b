from common import *

KEY = "udm-hr-vac-2035-14"
REF = "UdM/HR/VAC/2035/14"
T = {"en": "Lecturer in Software Engineering", "fr": "Chargé(e) de cours en génie logiciel"}
ORG = "Université des Mascareignes"
L = {"en": "Rose-Hill, Mauritius", "fr": "Rose-Hill, Maurice"}
S = {"en": "Full-time", "fr": "Temps plein"}
SAL = {"en": "MUR 54,850 x 1,550 – 60,050 x 1,800 – 74,450 monthly",
       "fr": "MUR 54 850 x 1 550 – 60 050 x 1 800 – 74 450 par mois"}
ESS = {"en": [
    "a Bachelor's degree with at least Second Class (Upper Division) Honours in Software Engineering, Computer Science or a related field;",
    "a Master's degree in Software Engineering or Computer Science from a recognised institution;",
    "at least two years of teaching experience at tertiary level or three years of relevant industry experience;",
    "proficiency in English and French, both spoken and written.",
], "fr": [
    "une licence avec au moins une mention « Second Class (Upper Division) » en génie logiciel, en informatique ou dans un domaine connexe ;",
    "un master en génie logiciel ou en informatique d'un établissement reconnu ;",
    "au moins deux ans d'expérience d'enseignement dans le supérieur ou trois ans d'expérience pertinente en entreprise ;",
    "la maîtrise de l'anglais et du français, à l'oral comme à l'écrit.",
]}
DES = {"en": [
    "A PhD in Software Engineering or Computer Science, or registration for a PhD",
    "Publications in refereed journals or conference proceedings",
    "Industry certification in cloud computing or DevOps",
], "fr": [
    "Un doctorat en génie logiciel ou en informatique, ou une inscription en doctorat",
    "Des publications dans des revues ou actes de conférences à comité de lecture",
    "Une certification professionnelle en informatique en nuage ou en DevOps",
]}
E = dict(reference=REF, post_number=None, languages=["en", "fr"], title=T,
         organisation={"en": ORG, "fr": ORG}, location=L, schedule=S, deadline="2035-09-17",
         salary=salary(None, 54850, 74450, "MUR", "month"), grade=None, clearance=None,
         requirements={l: {"essential": ESS[l], "desirable": DES[l]} for l in ("en", "fr")},
         competencies={"en": [], "fr": []})

TX = {"en": dict(
  head="VACANCY NOTICE", inv=f"The {ORG} invites applications from suitably qualified candidates for the post of {T['en']} in the Faculty of Information and Communication Technology.",
  rows=[("Reference", REF), ("Post", T["en"]), ("Faculty", "Information and Communication Technology"),
        ("Place of work", L["en"]), ("Mode of employment", S["en"]), ("Contract", "Three years, renewable, with a probation period of one year"),
        ("Salary", SAL["en"]), ("Closing date", "Monday 17 September 2035 at 15:00 hrs (local time)")],
  h_duties="1. Duties", duties=[
    "teach undergraduate and postgraduate modules in software engineering, including requirements engineering, software architecture and testing;",
    "supervise final-year and Master's projects and industrial placements;",
    "develop teaching material and contribute to programme reviews and accreditation;",
    "carry out research and seek external funding in collaboration with partner universities in France and the region;",
    "take part in open days, outreach and other activities of the Faculty."],
  h_q="2. Qualifications required", q_lead="Candidates should possess:",
  h_d="3. Desirable", d_lead="The following will be considered an advantage:",
  h_s="4. Salary and conditions",
  s=f"The salary attached to the post is {SAL['en']}. The successful candidate will also be eligible for a travel grant, medical insurance and the other benefits applicable to academic staff. Entry will be at the initial point of the scale, unless the candidate's experience justifies otherwise.",
  h_a="5. Mode of application",
  a="Applications should be made on the form available on the University's website and sent, together with a detailed CV and copies of certificates, to the Registrar, Université des Mascareignes, Camp Levieux, Rose-Hill, or by e-mail to recruitment@udm.example, not later than Monday 17 September 2035 at 15:00 hrs. Shortlisted candidates may be asked to give a teaching presentation in the week of 8 October 2035. The University reserves the right not to make any appointment.",
  date="Date of advertisement: 27 August 2035"),
 "fr": dict(
  head="AVIS DE VACANCE", inv=f"L'{ORG} invite les candidat(e)s qualifié(e)s à postuler au poste de {T['fr']} à la Faculté des technologies de l'information et de la communication.",
  rows=[("Référence", REF), ("Poste", T["fr"]), ("Faculté", "Technologies de l'information et de la communication"),
        ("Lieu de travail", L["fr"]), ("Régime", S["fr"]), ("Contrat", "Trois ans, renouvelable, avec une période probatoire d'un an"),
        ("Salaire", SAL["fr"]), ("Date limite", "lundi 17 septembre 2035 à 15 h (heure locale)")],
  h_duties="1. Fonctions", duties=[
    "enseigner des modules de génie logiciel en licence et en master, notamment l'ingénierie des exigences, l'architecture logicielle et les tests ;",
    "encadrer les projets de fin d'études, les mémoires de master et les stages en entreprise ;",
    "élaborer des supports pédagogiques et contribuer aux revues de programmes et à l'accréditation ;",
    "mener des travaux de recherche et rechercher des financements externes avec les universités partenaires en France et dans la région ;",
    "participer aux journées portes ouvertes et aux autres activités de la Faculté."],
  h_q="2. Qualifications requises", q_lead="Les candidat(e)s doivent posséder :",
  h_d="3. Atouts", d_lead="Seront considérés comme un avantage :",
  h_s="4. Salaire et conditions",
  s=f"Le salaire attaché au poste est de {SAL['fr']}. La personne retenue bénéficiera également d'une allocation de voyage, d'une assurance médicale et des autres avantages prévus pour le personnel académique. Le recrutement se fait au premier échelon de l'échelle, sauf si l'expérience le justifie.",
  h_a="5. Modalités de candidature",
  a="Les candidatures doivent être faites au moyen du formulaire disponible sur le site de l'Université et envoyées, accompagnées d'un CV détaillé et des copies des diplômes, au Registrar, Université des Mascareignes, Camp Levieux, Rose-Hill, ou par courriel à recruitment@udm.example, au plus tard le lundi 17 septembre 2035 à 15 h. Les candidat(e)s présélectionné(e)s pourront être invité(e)s à une leçon d'essai la semaine du 8 octobre 2035. L'Université se réserve le droit de ne procéder à aucune nomination.",
  date="Date de publication : 27 août 2035")}


def md_half(l, pagebreak=False):
    t = TX[l]
    table = "| | |\n|---|---|\n" + "\n".join(f"| **{a}** | {b} |" for a, b in t["rows"])
    duties = "\n".join(f"- {d}" for d in t["duties"])
    q = "\n".join(f"({c}) {x}" for c, x in zip("abcd", ESS[l]))
    d = "\n".join(f"- {x}" for x in DES[l])
    return f"""# {t['head']} – {REF}

## {T[l]}

{t['inv']}

{table}

### {t['h_duties']}

{duties}

### {t['h_q']}

{t['q_lead']}

{q}

### {t['h_d']}

{t['d_lead']}

{d}

### {t['h_s']}

{t['s']}

### {t['h_a']}

{t['a']}

*{t['date']}*
"""


def md():
    return f"""**{ORG.upper()}** · Camp Levieux, Rose-Hill · Roches-Brunes · *English / Français*

{md_half('en')}

```{{=openxml}}
<w:p><w:r><w:br w:type="page"/></w:r></w:p>
```

{md_half('fr')}
"""


def build():
    expected(KEY, E)
    text = md()
    src = build_src(KEY + "-udm-source.md", text)
    libreoffice(src, KEY + "-udm.libreoffice.pdf", KEY)
    write(KEY + "-udm.md", text.replace("```{=openxml}\n<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>\n```", "---"), KEY)
