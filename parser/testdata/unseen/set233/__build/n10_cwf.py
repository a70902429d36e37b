from common import *
REF = "CWF-2037-06"; KEY = REF.lower()
T = {"en": "Pollinator Habitat Coordinator", "fr": "Coordonnateur ou coordonnatrice des habitats de pollinisateurs"}
O = {"en": "Canadian Wildlife Federation", "fr": "Fédération canadienne de la faune"}
L = {"en": "Kanata, Ontario", "fr": "Kanata (Ontario)"}
S = {"en": "37.5 hours per week, Monday to Friday", "fr": "37,5 heures par semaine, du lundi au vendredi"}
P = {"en": "$59,150 to $64,300 per year, plus benefits", "fr": "de 59 150 $ à 64 300 $ par année, plus avantages sociaux"}
D = {"en": "March 29, 2037, 11:59 p.m. (ET)", "fr": "29 mars 2037, 23 h 59 (HE)"}
ESS = {"en": ["University degree in biology, environmental science or a related field",
              "Two years of experience coordinating field projects or volunteers",
              "Knowledge of native plants and pollinators of eastern Canada",
              "Valid driver's licence"],
       "fr": ["Diplôme universitaire en biologie, en sciences de l'environnement ou dans un domaine connexe",
              "Deux ans d'expérience en coordination de projets de terrain ou de bénévoles",
              "Connaissance des plantes indigènes et des pollinisateurs de l'Est du Canada",
              "Permis de conduire valide"]}
DES = {"en": ["Experience with iNaturalist or other citizen-science platforms", "Bilingualism (English and French)"],
       "fr": ["Expérience d'iNaturalist ou d'autres plateformes de science citoyenne", "Bilinguisme (anglais et français)"]}
CMP = {"en": [("Collaboration", "you build trust with landowners, schools and municipalities"), ("Organization", "you juggle several planting sites in the same season")],
       "fr": [("Collaboration", "vous établissez la confiance avec les propriétaires, les écoles et les municipalités"), ("Organisation", "vous menez de front plusieurs sites de plantation pendant la même saison")]}
LAB = {"en": dict(ban="JOB POSTING", pos="Position", org="Organization", ref="Reference", loc="Location", st="Status", stv="Full-time, 12-month contract with possibility of renewal",
                  h="Hours", sal="Salary", start="Start date", startv="May 3, 2037", dl="Deadline", role="THE ROLE",
                  rolep="You will work with landowners, schools and municipalities to restore habitat for native bees and butterflies in eastern Ontario and western Quebec.",
                  req="WHAT YOU BRING", asset="ASSETS", val="WHAT WE VALUE", apply="HOW TO APPLY",
                  applyp="Send a cover letter and résumé to jobs@cwf.example with the reference in the subject line. Interviews will be held the week of April 12, 2037."),
       "fr": dict(ban="OFFRE D'EMPLOI", pos="Poste", org="Organisme", ref="Référence", loc="Lieu", st="Statut", stv="Temps plein, contrat de 12 mois avec possibilité de renouvellement",
                  h="Horaire", sal="Salaire", start="Entrée en fonction", startv="3 mai 2037", dl="Date limite", role="LE RÔLE",
                  rolep="Vous travaillerez avec des propriétaires, des écoles et des municipalités pour restaurer l'habitat des abeilles indigènes et des papillons dans l'Est ontarien et l'Ouest du Québec.",
                  req="CE QUE VOUS APPORTEZ", asset="ATOUTS", val="CE QUE NOUS VALORISONS", apply="POUR POSTULER",
                  applyp="Envoyez une lettre de présentation et un curriculum vitæ à jobs@cwf.example en indiquant la référence dans l'objet. Les entrevues auront lieu la semaine du 12 avril 2037.")}
def half(l, sep):
    a = LAB[l]; c = sep
    return f"""==================== {a['ban']} ====================
{a['pos']}{c} {T[l]}
{a['org']}{c} {O[l]}
{a['ref']}{c} {REF}
{a['loc']}{c} {L[l]}
{a['st']}{c} {a['stv']}
{a['h']}{c} {S[l]}
{a['sal']}{c} {P[l]}
{a['start']}{c} {a['startv']}
{a['dl']}{c} {D[l]}

{a['role']}
{a['rolep']}

{a['req']}
{chr(10).join('  * ' + e for e in ESS[l])}

{a['asset']}
{chr(10).join('  * ' + e for e in DES[l])}

{a['val']}
{chr(10).join(f'  * {n} – {d}' for n, d in CMP[l])}

{a['apply']}
{a['applyp']}
"""
MAIL = f"""-------- Forwarded Message --------
Subject: \tFwd: {REF} – {T['en']} / {T['fr']}
Date: \tTue, 3 Mar 2037 09:12:44 -0500
From: \tNathalie Gendron <n.gendron@cwf.example>
To: \tconservation-jobs@lists.example

Hi all, please share widely. An online info session is planned for March 11, 2037.
Bonjour à tous, merci de diffuser. Une séance d'information en ligne aura lieu le 11 mars 2037.

*** Le français suit l'anglais ***

{half('en', ':')}
{half('fr', ' :')}
--
Nathalie Gendron
Human Resources / Ressources humaines
Canadian Wildlife Federation / Fédération canadienne de la faune
Kanata, Ontario

You are receiving this message because you subscribed to conservation-jobs. Unsubscribe: https://lists.example/unsub
"""
TEAMS = f"""Conservation Partners > General
Nathalie Gendron  Tuesday 9:20 AM
Sharing our new posting 🐝 bilingual below / version bilingue ci-dessous

{half('en', ':')}
{half('fr', ' :')}
👍 3  ❤️ 2
    Marc Tremblay  Tuesday 9:41 AM
    Shared with our Ottawa volunteers!
    Aisha Patel  Tuesday 10:05 AM
    Is remote work possible?
    Nathalie Gendron  Tuesday 10:12 AM
    Hybrid, 2 days a week at the office.
Reply
"""
def build():
    write(f"{KEY}-courriel.txt", MAIL, KEY)
    write(f"{KEY}-teams.txt", TEAMS, KEY)
    expected(KEY, REF, ["en", "fr"], T, O, L, S, "2037-03-29", sal(59150, 64300, cur="CAD"), None, None,
             {l: (ESS[l], DES[l]) for l in ("en", "fr")}, CMP)
