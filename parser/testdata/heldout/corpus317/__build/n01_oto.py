from common import *

KEY = "oto44j-229163-000011"
REF = "OTO44J-229163-000011"
SPN = "44-OTO-EA-OTT-5276"
T_EN = "Senior Complaints Resolution Officer"
T_FR = "Agent principal ou agente principale de règlement des plaintes"
O_EN = "Office of the Taxpayers' Ombudsperson"
O_FR = "Bureau de l'ombudsman des contribuables"
LOC = "Ottawa (Ontario)"
ED_EN = "Successful completion of two years of post-secondary education in business administration, accounting, public administration or another field relevant to the position, OR an acceptable combination of education, training and/or experience."
EX_EN = ["Experience in reviewing complaints or service issues raised by members of the public and recommending solutions.",
         "Experience in interpreting legislation, policies or procedures related to a federal benefit or tax program.",
         "Experience in preparing written briefings or correspondence for senior management."]
AS_EN = ["Experience working in a call centre, ombuds office or other client-service environment that deals with complaints.",
         "Experience with the administration of the Canada child benefit or another benefit delivered by the Canada Revenue Agency."]
AB_EN = ["Ability to analyze a complex file and identify the underlying problem", "Ability to communicate effectively orally",
         "Ability to communicate effectively in writing", "Ability to manage competing priorities and meet deadlines"]
PS_EN = ["Client focus", "Impartiality", "Tact", "Reliability"]
ED_FR = "Avoir réussi deux années d'études postsecondaires en administration des affaires, en comptabilité, en administration publique ou dans un autre domaine lié au poste, OU une combinaison acceptable d'études, de formation et/ou d'expérience."
EX_FR = ["Expérience de l'examen de plaintes ou de problèmes de service soulevés par des membres du public et de la recommandation de solutions.",
         "Expérience de l'interprétation de lois, de politiques ou de procédures liées à un programme fédéral de prestations ou de fiscalité.",
         "Expérience de la préparation de notes d'information ou de correspondance destinées à la haute direction."]
AS_FR = ["Expérience de travail dans un centre d'appels, un bureau d'ombudsman ou un autre milieu de service à la clientèle qui traite des plaintes.",
         "Expérience de l'administration de l'allocation canadienne pour enfants ou d'une autre prestation versée par l'Agence du revenu du Canada."]
AB_FR = ["Capacité d'analyser un dossier complexe et de cerner le problème sous-jacent", "Capacité de communiquer efficacement de vive voix",
         "Capacité de communiquer efficacement par écrit", "Capacité de gérer des priorités concurrentes et de respecter des échéances"]
PS_FR = ["Orientation vers le client", "Impartialité", "Tact", "Fiabilité"]

DUTIES_EN = ["Review complaints from taxpayers and benefit recipients about the service they received from the Canada Revenue Agency.",
             "Gather facts from the complainant and from CRA program areas, and document each step in the case management system.",
             "Recommend a resolution, an informal facilitation or a referral to the systemic examinations team.",
             "Draft letters to complainants and briefing notes for the Ombudsperson and the Director."]
DUTIES_FR = ["Examiner les plaintes des contribuables et des bénéficiaires de prestations au sujet du service reçu de l'Agence du revenu du Canada.",
             "Recueillir les faits auprès du plaignant et des secteurs de programme de l'ARC, et consigner chaque étape dans le système de gestion des dossiers.",
             "Recommander un règlement, une facilitation informelle ou un renvoi à l'équipe des examens systémiques.",
             "Rédiger les lettres aux plaignants et les notes d'information destinées à l'ombudsman et au directeur."]


def txt():
    L = []
    a = L.append
    a("Skip to main content\nSkip to \"About government\"\n\nLanguage selection\nFrançais\nfr\n\nGovernment of Canada\nSearch Canada.ca\n\nMenu\nMain Menu\n\nYou are here:\nCanada.ca\nJobs\nGC Jobs\nJob search\n\nJob Poster\n")
    a(T_EN)
    a(f"{O_EN} - Complaints Resolution Directorate\n{LOC}\nPM-04\nIndeterminate\n$74,826 to $80,892 (annual)\n")
    a(f"For further information on the organization, please visit {O_EN}\n")
    a("Closing date: 11 March 2044 - 23:59, Pacific Time\n")
    a("Who can apply: Persons residing in Canada and Canadian citizens and permanent residents abroad.\n\nApply online\n\nImportant messages\n")
    a("We are committed to providing an inclusive and barrier-free work environment, starting with the hiring process. If you need to be accommodated at any stage of the evaluation process, please use the Contact information below to request specialized accommodation.\n")
    a("Candidates screened in will be invited to an online written exercise, tentatively scheduled for the week of March 28, 2044. Interviews are planned for April 2044.\n")
    a("Duties\n")
    a("The Complaints Resolution Directorate is the first point of contact for people who believe they were treated unfairly by the Canada Revenue Agency. As a Senior Complaints Resolution Officer you will:\n")
    for d in DUTIES_EN:
        a(d)
    a("\nWork environment\n")
    a("Our office is small, independent and impartial. We do not take sides: we look at whether the service rules were followed and whether the taxpayer was treated with courtesy. The team works in a hybrid arrangement with at least three days a week at our Ottawa office.\n")
    a("Intent of the process\n")
    a("A pool of qualified candidates may be created and may be used to staff similar positions with various tenures and linguistic profiles within the Office.\n\nPositions to be filled: 2\n")
    a("Information you must provide\n\nYour résumé.\n\nIn order to be considered, your application must clearly explain how you meet the following (essential qualifications)\n")
    a("Education:\n" + ED_EN + "\n")
    a("Experience:")
    for e in EX_EN:
        a(e)
    a("\nIf you possess any of the following, your application must also clearly explain how you meet it (other qualifications)\n")
    a("Asset qualifications:")
    for e in AS_EN:
        a(e)
    a("\nThe following will be applied / assessed at a later date (essential for the job)\n\nVarious language requirements\nBilingual - Imperative (CBC/CBC)\n\nInformation on language requirements\n")
    a("Abilities:")
    for e in AB_EN:
        a(e)
    a("\nPersonal suitability:")
    for e in PS_EN:
        a(e)
    a("\nConditions of employment\n\nSecret security clearance\n\nWillingness and ability to work occasional overtime during the tax-filing season.\n")
    a("Other information\n\nThe Public Service of Canada is committed to building a skilled and diverse workforce that reflects the Canadians we serve.\n\nPreference\n\nPreference will be given to veterans and to Canadian citizens and permanent residents, in the following order.\n")
    a(f"Contact information\n\nNadège Lortie-Bramwell (HR Advisor)\noto-staffing@oto-boc.example\n\nReference number: {REF}\nSelection process number: {SPN}\n")
    a("Date modified: 2044-02-19\n\n" + "-" * 40 + "\n")
    # French page copied after the English one
    a("Passer au contenu principal\nPasser à « Au sujet du gouvernement »\n\nSélection de la langue\nEnglish\nen\n\nGouvernement du Canada\nRechercher dans Canada.ca\n\nVous êtes ici :\nCanada.ca\nEmplois\nEmplois GC\nRecherche d'emplois\n\nAffiche d'emploi\n")
    a(T_FR)
    a(f"{O_FR} - Direction du règlement des plaintes\n{LOC}\nPM-04\nDurée indéterminée\n74 826 $ à 80 892 $ (annuel)\n")
    a(f"Pour de plus amples renseignements sur l'organisation, veuillez consulter {O_FR}\n")
    a("Date limite : 11 mars 2044 - 23 h 59, heure du Pacifique\n")
    a("Qui est admissible : Personnes résidant au Canada et citoyens canadiens et résidents permanents à l'étranger.\n\nPostulez en ligne\n\nMessages importants\n")
    a("Nous nous engageons à offrir un milieu de travail inclusif et exempt d'obstacles, dès le processus d'embauche. Si vous avez besoin de mesures d'adaptation à une étape de l'évaluation, communiquez avec la personne-ressource ci-dessous.\n")
    a("Les candidats retenus seront invités à un exercice écrit en ligne, prévu provisoirement la semaine du 28 mars 2044. Les entrevues auront lieu en avril 2044.\n")
    a("Tâches\n")
    a("La Direction du règlement des plaintes est le premier point de contact des personnes qui estiment avoir été traitées injustement par l'Agence du revenu du Canada. À titre d'agent principal ou d'agente principale, vous devrez :\n")
    for d in DUTIES_FR:
        a(d)
    a("\nMilieu de travail\n")
    a("Notre bureau est petit, indépendant et impartial. Nous ne prenons parti pour personne : nous vérifions si les règles de service ont été respectées et si le contribuable a été traité avec courtoisie. L'équipe travaille en mode hybride, au moins trois jours par semaine à notre bureau d'Ottawa.\n")
    a("Intention du processus\n")
    a("Un bassin de candidats qualifiés pourrait être établi et utilisé pour doter des postes semblables de durées et de profils linguistiques variés au sein du Bureau.\n\nPostes à pourvoir : 2\n")
    a("Information à fournir\n\nVotre curriculum vitæ.\n\nAfin d'être pris en considération, votre candidature doit clairement démontrer comment vous rencontrez les critères suivants (qualifications essentielles)\n")
    a("Études :\n" + ED_FR + "\n")
    a("Expérience :")
    for e in EX_FR:
        a(e)
    a("\nSi vous possédez l'une des qualifications suivantes, votre candidature doit aussi démontrer clairement comment vous la rencontrez (autres qualifications)\n")
    a("Qualifications constituant un atout :")
    for e in AS_FR:
        a(e)
    a("\nLes critères suivants seront appliqués / évalués ultérieurement (essentiel pour le poste)\n\nExigences linguistiques variées\nBilingue - Impératif (CBC/CBC)\n\nInformation sur les exigences linguistiques\n")
    a("Capacités :")
    for e in AB_FR:
        a(e)
    a("\nQualités personnelles :")
    for e in PS_FR:
        a(e)
    a("\nConditions d'emploi\n\nCote de sécurité : Secret\n\nVolonté et capacité de faire des heures supplémentaires à l'occasion pendant la période de production des déclarations de revenus.\n")
    a("Autres informations\n\nLa fonction publique du Canada s'est engagée à bâtir un effectif compétent et diversifié, à l'image de la population qu'elle sert.\n\nPréférence\n\nLa préférence sera accordée aux anciens combattants, ainsi qu'aux citoyens canadiens et aux résidents permanents, dans cet ordre.\n")
    a(f"Personne-ressource\n\nNadège Lortie-Bramwell (conseillère en RH)\noto-staffing@oto-boc.example\n\nNuméro de référence : {REF}\nNuméro du processus de sélection : {SPN}\n")
    a("Date de modification : 2044-02-19\n")
    return "\n".join(L)


def ul(items, tag="ul"):
    return f"<{tag}>" + "".join(f"<li>{i}</li>" for i in items) + f"</{tag}>"


def half(lang):
    if lang == "en":
        t, o, hdr, sal, dl, who = T_EN, O_EN, "Complaints Resolution Directorate", "$74,826 to $80,892 (annual)", "Closing date: 11 March 2044 - 23:59, Pacific Time", "Who can apply: Persons residing in Canada and Canadian citizens and permanent residents abroad."
        refl, spnl = "Reference number", "Selection process number"
        sec = [("Duties", "<p>As a Senior Complaints Resolution Officer, you will:</p>" + ul(DUTIES_EN, "ol")),
               ("Essential qualifications", "<p><strong>Education:</strong></p><p>" + ED_EN + "</p><p><strong>Experience:</strong></p>" + ul(EX_EN)
                + "<p><strong>Official language proficiency:</strong> Bilingual - Imperative (CBC/CBC)</p>"
                + "<h3>Abilities</h3>" + ul(AB_EN) + "<h3>Personal suitability</h3>" + ul(PS_EN)),
               ("Asset qualifications", ul(AS_EN)),
               ("Conditions of employment", "<p>Secret security clearance</p><p>Willingness and ability to work occasional overtime during the tax-filing season.</p>"),
               ("Contact", "<p>Nadège Lortie-Bramwell, HR Advisor &ndash; oto-staffing@oto-boc.example</p><p>A written exercise is planned for the week of March 28, 2044.</p>")]
        ten = "Indeterminate"
    else:
        t, o, hdr, sal, dl, who = T_FR, O_FR, "Direction du règlement des plaintes", "74 826 $ à 80 892 $ (annuel)", "Date limite : 11 mars 2044 - 23 h 59, heure du Pacifique", "Qui est admissible : Personnes résidant au Canada et citoyens canadiens et résidents permanents à l'étranger."
        refl, spnl = "Numéro de référence", "Numéro du processus de sélection"
        sec = [("Tâches", "<p>À titre d'agent principal ou d'agente principale, vous devrez :</p>" + ul(DUTIES_FR, "ol")),
               ("Qualifications essentielles", "<p><strong>Études :</strong></p><p>" + ED_FR + "</p><p><strong>Expérience :</strong></p>" + ul(EX_FR)
                + "<p><strong>Compétences en langues officielles :</strong> Bilingue - Impératif (CBC/CBC)</p>"
                + "<h3>Capacités</h3>" + ul(AB_FR) + "<h3>Qualités personnelles</h3>" + ul(PS_FR)),
               ("Qualifications constituant un atout", ul(AS_FR)),
               ("Conditions d'emploi", "<p>Cote de sécurité : Secret</p><p>Volonté et capacité de faire des heures supplémentaires à l'occasion pendant la période de production des déclarations de revenus.</p>"),
               ("Personne-ressource", "<p>Nadège Lortie-Bramwell, conseillère en RH &ndash; oto-staffing@oto-boc.example</p><p>Un exercice écrit est prévu la semaine du 28 mars 2044.</p>")]
        ten = "Durée indéterminée"
    h = [f'<section class="half" lang="{lang}">', f'<p class="org">{o}</p>', f"<h1>{t}</h1>",
         f'<table class="ids"><tr><th>{refl}</th><td>{REF}</td></tr><tr><th>{spnl}</th><td>{SPN}</td></tr></table>',
         f'<p class="hdr">{o} - {hdr}<br>{LOC}<br>PM-04<br>{ten}<br>{sal}</p>',
         f'<p class="close"><strong>{dl}</strong></p>', f"<p>{who}</p>"]
    for head, body in sec:
        h.append(f"<h2>{head}</h2>{body}")
    h.append("</section>")
    return "\n".join(h)


def html():
    css = """body{font-family:'Liberation Sans',Arial,sans-serif;font-size:10.5pt;margin:1.6cm;color:#222}
.bar{background:#26374a;color:#fff;padding:6px 10px;font-size:9pt}
.org{color:#555;margin:14px 0 0}
h1{font-size:17pt;margin:4px 0 10px}
h2{font-size:12.5pt;border-bottom:1px solid #af3c43;padding-bottom:2px;margin-top:16px}
h3{font-size:11pt;margin:10px 0 4px}
table.ids{border-collapse:collapse;margin:6px 0}
table.ids th,table.ids td{border:1px solid #999;padding:3px 8px;text-align:left;font-size:9.5pt}
.close{color:#af3c43}
section.half + section.half{page-break-before:always}
.foot{font-size:8.5pt;color:#666;margin-top:20px}"""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{T_EN} - {REF}</title><style>{css}</style></head>
<body>
<div class="bar">Government of Canada / Gouvernement du Canada &middot; GC Jobs / Emplois GC &middot; Printable poster / Affiche imprimable</div>
{half("en")}
{half("fr")}
<p class="foot">Printed from the Public Service Resourcing System / Imprimé à partir du Système de ressourcement de la fonction publique &middot; 2044-02-19</p>
</body></html>
"""


def build():
    write(KEY + "-gcjobs.txt", txt(), KEY)
    write(KEY + "-poster.html", html(), KEY)
    chromium(KEY + "-poster.html", KEY)
    expected(KEY, reference=REF, languages=["en", "fr"], title={"en": T_EN, "fr": T_FR},
             organisation={"en": O_EN, "fr": O_FR}, location={"en": LOC, "fr": LOC}, schedule={},
             deadline="2044-03-11", salary=sal(74826, 80892, "CAD", "year"), grade="PM-04", clearance="Secret",
             req={"en": ([ED_EN] + EX_EN, AS_EN), "fr": ([ED_FR] + EX_FR, AS_FR)},
             comp={"en": [(n, "") for n in AB_EN + PS_EN], "fr": [(n, "") for n in AB_FR + PS_FR]})
