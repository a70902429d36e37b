from common import write, expected, esc

KEY = "irmct-va-2035-019"
REF = "IRMCT/VA/2035/019"
GRADE = "P-3"
EN = dict(
    title="Legal Officer (Appeals Chamber)",
    org="International Residual Mechanism for Criminal Tribunals",
    loc="Arusha, United Republic of Tanzania",
    facts=[("Vacancy announcement", REF), ("Post title", "Legal Officer (Appeals Chamber)"), ("Grade", GRADE),
           ("Organ", "Chambers"), ("Duty station", "Arusha, United Republic of Tanzania"),
           ("Type of appointment", "Fixed-term, one year"), ("Date of issue", "11 April 2035"),
           ("Deadline for applications", "28 May 2035")],
    intro=("The International Residual Mechanism for Criminal Tribunals carries out the remaining functions of the "
           "former tribunals for Rwanda and the former Yugoslavia, including appeals, reviews and the protection of "
           "witnesses. It has branches in Arusha and The Hague. English and French are its working languages."),
    duties=["Conduct legal research on questions of international criminal and procedural law arising in appeals;",
            "Draft decisions, orders and parts of appeal judgements for the consideration of the Judges;",
            "Summarize the parties' submissions and the trial record;",
            "Attend hearings and status conferences and prepare notes for the bench;",
            "Coordinate with the Registry and the Hague branch on the management of case files."],
    ess=["An advanced university degree in law, with a specialization in criminal or international law.",
         "At least five years of progressively responsible legal experience, including drafting judicial decisions or briefs.",
         "Fluency in English or French, with the ability to draft legal texts in that language."],
    des=["Experience at an international or hybrid criminal court or tribunal.",
         "Working knowledge of the other working language of the Mechanism.",
         "Knowledge of Kinyarwanda or of Bosnian/Croatian/Serbian."],
    comps=[("Professionalism", "applies legal knowledge rigorously, meets tight deadlines and respects the confidentiality of deliberations."),
           ("Communication", "writes concise and well-structured legal texts and explains complex issues clearly."),
           ("Teamwork", "works with Judges, legal staff and the Registry across two branches and shares credit.")],
    remun=("The annual net base salary is USD 78,214, to which a post adjustment (currently 41.2 %) and the usual "
           "allowances are added."),
)
FR = dict(
    title="Juriste (Chambre d'appel)",
    org="Mécanisme international appelé à exercer les fonctions résiduelles des juridictions pénales",
    loc="Arusha (République-Unie de Tanzanie)",
    facts=[("Avis de vacance", REF), ("Intitulé du poste", "Juriste (Chambre d'appel)"), ("Classe", GRADE),
           ("Organe", "Chambres"), ("Lieu d'affectation", "Arusha (République-Unie de Tanzanie)"),
           ("Type d'engagement", "Durée déterminée, un an"), ("Date de publication", "11 avril 2035"),
           ("Date limite de dépôt des candidatures", "28 mai 2035")],
    intro=("Le Mécanisme international appelé à exercer les fonctions résiduelles des juridictions pénales assume les "
           "fonctions restantes des anciens tribunaux pour le Rwanda et pour l'ex-Yougoslavie, notamment les appels, "
           "les révisions et la protection des témoins. Il dispose de divisions à Arusha et à La Haye. L'anglais et le "
           "français sont ses langues de travail."),
    duties=["effectuer des recherches juridiques sur les questions de droit pénal international et de procédure soulevées en appel ;",
            "rédiger des décisions, des ordonnances et des parties d'arrêts soumises à l'examen des juges ;",
            "résumer les écritures des parties et le dossier de première instance ;",
            "assister aux audiences et aux conférences de mise en état et préparer des notes à l'intention des juges ;",
            "assurer la coordination avec le Greffe et la division de La Haye pour la gestion des dossiers."],
    ess=["Diplôme universitaire supérieur en droit, avec une spécialisation en droit pénal ou en droit international.",
         "Au moins cinq années d'expérience juridique à des niveaux de responsabilité croissants, notamment dans la rédaction de décisions judiciaires ou de mémoires.",
         "Maîtrise de l'anglais ou du français, avec la capacité de rédiger des textes juridiques dans cette langue."],
    des=["Expérience au sein d'une juridiction pénale internationale ou mixte.",
         "Connaissance pratique de l'autre langue de travail du Mécanisme.",
         "Connaissance du kinyarwanda ou du bosnien/croate/serbe."],
    comps=[("Professionnalisme", "applique ses connaissances juridiques avec rigueur, respecte des délais serrés et la confidentialité des délibérations."),
           ("Communication", "rédige des textes juridiques concis et bien structurés et explique clairement les questions complexes."),
           ("Esprit d'équipe", "travaille avec les juges, les juristes et le Greffe des deux divisions et partage les mérites.")],
    remun=("Le traitement annuel net de base est de 78 214 dollars des États-Unis, auquel s'ajoutent une indemnité de "
           "poste (actuellement 41,2 %) et les indemnités habituelles."),
)
HEAD = {"en": ("Duties and responsibilities", "Qualifications", "Essential", "Desirable", "Competencies",
               "Remuneration", "VACANCY ANNOUNCEMENT"),
        "fr": ("Fonctions et responsabilités", "Qualifications", "Essentielles", "Souhaitables", "Compétences",
               "Rémunération", "AVIS DE VACANCE DE POSTE")}


def half_html(d, lang):
    h = HEAD[lang]
    rows = "\n".join(f"<tr><th>{esc(l)}</th><td>{esc(v)}</td></tr>" for l, v in d["facts"])
    return f"""<section lang="{lang}">
<h2>{h[6]}</h2>
<h1>{esc(d['title'])}</h1>
<table>
{rows}
</table>
<p>{esc(d['intro'])}</p>
<h3>{h[0]}</h3>
<ul>{''.join(f'<li>{esc(x)}</li>' for x in d['duties'])}</ul>
<h3>{h[1]}</h3>
<h4>{h[2]}</h4>
<ul>{''.join(f'<li>{esc(x)}</li>' for x in d['ess'])}</ul>
<h4>{h[3]}</h4>
<ul>{''.join(f'<li>{esc(x)}</li>' for x in d['des'])}</ul>
<h3>{h[4]}</h3>
{''.join(f'<p><strong>{esc(n)}</strong>{" " if lang == "fr" else ""}: {esc(t)}</p>' for n, t in d['comps'])}
<h3>{h[5]}</h3>
<p>{esc(d['remun'])}</p>
</section>"""


def html():
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(EN['title'])} | IRMCT</title>
<style>
body {{ font-family: "Liberation Sans", sans-serif; max-width: 900px; margin: auto; font-size: 10.5pt; }}
nav a {{ margin-right: 12px; }}
table {{ border-collapse: collapse; }} th, td {{ border: 1px solid #bbb; padding: 3px 8px; text-align: left; }}
hr {{ margin: 28px 0; }}
</style></head><body>
<header><p><b>United Nations | International Residual Mechanism for Criminal Tribunals</b></p>
<nav><a href="#">Home</a><a href="#">About</a><a href="#">Cases</a><a href="#">Documents</a><a href="#">Employment</a><a href="#">English</a><a href="#">Français</a></nav></header>
<p>Home › Employment › Vacancies</p>
{half_html(EN, 'en')}
<p>Applications must be submitted through the Mechanism's recruitment portal. Interviews are planned for the second half of June 2035.</p>
<hr>
<p><i>Version française</i></p>
{half_html(FR, 'fr')}
<p>Les candidatures doivent être soumises via le portail de recrutement du Mécanisme. Les entretiens sont prévus au cours de la seconde quinzaine de juin 2035.</p>
<footer><p>© United Nations · IRMCT · Arusha · The Hague · <a href="#">Privacy</a></p></footer>
</body></html>
"""


def half_txt(d, lang):
    h = HEAD[lang]
    sep = " : " if lang == "fr" else ": "
    L = [h[6], "", d["title"], ""]
    L += [f"{l}{sep}{v}" for l, v in d["facts"]]
    L += ["", d["intro"], "", h[0].upper()] + ["  o " + x for x in d["duties"]]
    L += ["", h[1].upper(), h[2] + (" :" if lang == "fr" else ":")] + ["  o " + x for x in d["ess"]]
    L += [h[3] + (" :" if lang == "fr" else ":")] + ["  o " + x for x in d["des"]]
    L += ["", h[4].upper()] + [f"{n}{sep}{t}" for n, t in d["comps"]]
    L += ["", h[5].upper(), d["remun"], ""]
    return L


def email():
    L = ["From: Registry Human Resources <hr-arusha@irmct.example>",
         "To: Permanent Missions to the United Nations (Nairobi) <pm-list@irmct.example>",
         "Date: Tue, 15 Apr 2035 11:27:05 +0300",
         "Subject: Vacancy announcement / Avis de vacance " + REF, "",
         "The Registry of the Mechanism presents its compliments and has the honour to circulate the attached vacancy",
         "announcement (English below, French version further down). Missions are kindly requested to give it wide",
         "circulation by 30 April 2035.", "",
         "=" * 60, ""]
    L += half_txt(EN, "en")
    L += ["=" * 60, "VERSION FRANÇAISE", "=" * 60, ""]
    L += half_txt(FR, "fr")
    L += ["--", "Human Resources Section, Registry, IRMCT Arusha branch", "This message and its attachments are intended for the addressees only.", ""]
    return "\n".join(L)


def build():
    write(KEY + "-irmct.html", html(), KEY)
    write(KEY + "-missions-email.txt", email(), KEY)
    expected(KEY, {
        "reference": REF, "post_number": None, "languages": ["en", "fr"],
        "title": {"en": EN["title"], "fr": FR["title"]}, "organisation": {"en": EN["org"], "fr": FR["org"]},
        "location": {"en": EN["loc"], "fr": FR["loc"]}, "schedule": {}, "deadline": "2035-05-28",
        "salary": {"amount": 78214, "min": None, "max": None, "currency": "USD", "period": "year"},
        "grade": GRADE, "clearance": None,
        "requirements": {"en": {"essential": EN["ess"], "desirable": EN["des"]},
                         "fr": {"essential": FR["ess"], "desirable": FR["des"]}},
        "competencies": {"en": [{"name": n, "description": t} for n, t in EN["comps"]],
                         "fr": [{"name": n, "description": t} for n, t in FR["comps"]]},
    })
