from common import *

REF = "CCR-2038-03"; KEY = REF.lower()
T = {"fr": "Coordonnatrice ou coordonnateur des politiques et de la défense des droits",
     "en": "Policy and Advocacy Coordinator"}
O = {"fr": "Conseil canadien pour les réfugiés", "en": "Canadian Council for Refugees"}
L = {"fr": "Montréal", "en": "Montréal"}
S = {"fr": "35 heures par semaine, du lundi au vendredi", "en": "35 hours per week, Monday to Friday"}
ESS = {"fr": ["Diplôme universitaire en sciences politiques, en droit, en travail social ou dans un domaine connexe",
              "Au moins trois ans d'expérience en analyse de politiques ou en défense des droits",
              "Connaissance du système canadien d'immigration et de protection des réfugiés",
              "Excellentes capacités de rédaction en français et en anglais"],
       "en": ["University degree in political science, law, social work or a related field",
              "At least three years of experience in policy analysis or advocacy",
              "Knowledge of the Canadian immigration and refugee protection system",
              "Excellent writing skills in French and English"]}
DES = {"fr": ["Expérience de travail dans un réseau ou une coalition d'organismes",
              "Vécu personnel de l'immigration ou de la migration forcée"],
       "en": ["Experience working in a network or coalition of organizations",
              "Lived experience of immigration or forced migration"]}
QN = {"fr": [("Sens politique", "vous savez lire un contexte et choisir le bon moment"),
             ("Collaboration", "vous rassemblez des membres aux points de vue variés"),
             ("Rigueur", "vous vérifiez les faits avant de les publier")],
      "en": [("Political acumen", "you read a context and choose the right moment"),
             ("Collaboration", "you bring together members with varied viewpoints"),
             ("Rigour", "you check facts before publishing them")]}
RESP = {"fr": ["analyser les projets de loi, les règlements et les politiques touchant les personnes réfugiées et migrantes ;",
               "rédiger des mémoires, des notes d'information et des lettres aux ministres ;",
               "animer les groupes de travail des membres et préparer les consultations nationales ;",
               "représenter le Conseil auprès des fonctionnaires, des parlementaires et des médias."],
        "en": ["analyse bills, regulations and policies affecting refugees and migrants;",
               "draft briefs, briefing notes and letters to ministers;",
               "lead members' working groups and prepare the national consultations;",
               "represent the Council with public servants, parliamentarians and the media."]}
SAL = {"fr": "de 61 500 $ à 66 800 $ par année, selon l'expérience, plus avantages sociaux",
       "en": "$61,500 to $66,800 per year, depending on experience, plus benefits"}
DLT = {"fr": "28 mai 2038, 17 h (HE)", "en": "May 28, 2038, 5:00 p.m. (ET)"}
LAB = {"fr": dict(ban="OFFRE D'EMPLOI", t="Titre du poste", r="Numéro de référence", e="Employeur", l="Lieu",
                  h="Horaire", s="Salaire", st="Entrée en fonction", stv="29 juin 2038", d="Date limite",
                  resp="RESPONSABILITÉS", ess="EXIGENCES", des="ATOUTS", q="QUALITÉS RECHERCHÉES",
                  lieu="Montréal (télétravail partiel possible)",
                  intro="Le Conseil canadien pour les réfugiés est un organisme-cadre pancanadien voué à la défense des droits et à la protection des personnes réfugiées et migrantes au Canada et dans le monde. Il réunit plus de 200 organismes membres.",
                  out="Faites parvenir votre CV et une lettre de présentation, en un seul fichier, à emplois@ccrweb.example en indiquant le numéro de référence. Les entrevues auront lieu la semaine du 8 juin 2038. Nous remercions toutes les personnes candidates; seules celles retenues seront contactées."),
       "en": dict(ban="JOB POSTING", t="Position title", r="Reference number", e="Employer", l="Location",
                  h="Hours", s="Salary", st="Start date", stv="June 29, 2038", d="Deadline",
                  resp="RESPONSIBILITIES", ess="REQUIREMENTS", des="ASSETS", q="QUALITIES WE ARE LOOKING FOR",
                  lieu="Montréal (partial remote work possible)",
                  intro="The Canadian Council for Refugees is a national umbrella organization dedicated to the rights and protection of refugees and migrants in Canada and around the world. It brings together more than 200 member organizations.",
                  out="Send your résumé and a cover letter, as one file, to emplois@ccrweb.example, quoting the reference number. Interviews will take place in the week of June 8, 2038. We thank all applicants; only those selected will be contacted.")}


def half(l, bullet="   o ", qual_sep=" – "):
    a = LAB[l]
    sep = " : " if l == "fr" else ": "
    return f"""==============================
{a['ban']}
==============================
{a['t']}{sep}{T[l]}
{a['r']}{sep}{REF}
{a['e']}{sep}{O[l]}
{a['l']}{sep}{a['lieu']}
{a['h']}{sep}{S[l]}
{a['s']}{sep}{SAL[l]}
{a['st']}{sep}{a['stv']}
{a['d']}{sep}{DLT[l]}

{a['intro']}

{a['resp']}
""" + "\n".join(bullet + x for x in RESP[l]) + f"""

{a['ess']}
""" + "\n".join(bullet + x for x in ESS[l]) + f"""

{a['des']}
""" + "\n".join(bullet + x for x in DES[l]) + f"""

{a['q']}
""" + "\n".join(bullet + n + qual_sep + d for n, d in QN[l]) + f"""

{a['out']}
"""


mail = f"""De : Geneviève Lalonde <glalonde@tablerefugies.example>
Envoyé : 7 mai 2038 09:14
À : Liste Emplois communautaires <emplois-communautaires@listes.example>
Objet : TR: Offre d'emploi / Job posting – CCR – Politiques et défense des droits

Bonjour à toutes et à tous,
Je relaie l'offre ci-dessous de la part du CCR. Notre propre séance d'information sur le parrainage privé, prévue le 13 mai 2038, est maintenue.
Bonne journée,
Geneviève

Geneviève Lalonde | Agente de liaison | Table de concertation Accueil Nord

________________________________
De : Ressources humaines CCR <rh@ccrweb.example>
Envoyé : 6 mai 2038 16:02
À : Membres du CCR <membres@ccrweb.example>
Objet : Offre d'emploi / Job posting – {REF}

*** English follows the French ***

{half('fr')}
------------------------------------------------------------
{half('en')}
--
Conseil canadien pour les réfugiés | Canadian Council for Refugees
Montréal (Québec)
Pour vous désabonner de cette liste / To unsubscribe from this list: répondez « STOP »
"""
w(KEY + "-courriel.txt", mail, KEY)

slack = f"""# emplois-jobs
Réseau Accueil Montréal · 47 members

Geneviève Lalonde  9:21 AM
:mega: Nouvelle offre au CCR / New posting at CCR! Date limite / deadline fin mai. Je colle le texte ici :point_down:

{half('fr', bullet='• ', qual_sep=' — ')}
{half('en', bullet='• ', qual_sep=' — ')}
:raised_hands: 4  :eyes: 2

3 replies  Last reply today at 10:05 AM
    Samir Haddad  9:48 AM
    Merci! Est-ce que c'est ouvert aux personnes hors Québec?
    Geneviève Lalonde  9:55 AM
    Oui, mais le poste est basé à Montréal (hybride).
    Lucie Brault  10:05 AM
    Partagé dans notre infolettre du 12 mai :+1:

Message #emplois-jobs
"""
w(KEY + "-slack.txt", slack, KEY)

expected(KEY, REF, ["fr", "en"], T, O, L, S, "2038-05-28", sal(61500, 66800, "CAD", "year"), None, None,
         {l: {"essential": ESS[l], "desirable": DES[l]} for l in ("fr", "en")},
         {l: comp(*QN[l]) for l in ("fr", "en")})
