from common import *

KEY = "2034-evt-07"
REF = "2034-EVT-07"
T = lang2("Coordinator, Cycling Events and Rides", "Coordonnateur ou coordonnatrice, événements et randonnées cyclistes")
ORG = lang2("Vélo Québec", "Vélo Québec")
LOC = lang2("Montréal (Plateau-Mont-Royal)", "Montréal (Plateau-Mont-Royal)")
SCH = lang2("35 hours per week, flexible hours, evenings and weekends during events",
            "35 heures par semaine, horaire variable, soirs et fins de semaine en période d'événements")
ESS = lang2([
    "College diploma or bachelor's degree in event management, recreation, communications or a related field",
    "Two to three years of experience in organizing large public events",
    "Ability to coordinate volunteers and suppliers under time pressure",
    "Excellent French and functional English, spoken and written",
    "Valid driver's licence (class 5)",
], [
    "DEC ou baccalauréat en gestion d'événements, en loisir, en communication ou dans un domaine connexe",
    "De deux à trois années d'expérience dans l'organisation de grands événements publics",
    "Capacité à coordonner des bénévoles et des fournisseurs sous pression",
    "Excellent français et anglais fonctionnel, à l'oral comme à l'écrit",
    "Permis de conduire valide (classe 5)",
])
DES = lang2([
    "Experience with road closure permits and municipal authorizations",
    "First aid certification",
    "Knowledge of the cycling community in Quebec",
], [
    "Expérience des demandes de fermeture de rues et des autorisations municipales",
    "Certificat de secourisme",
    "Connaissance du milieu cycliste québécois",
])
QUAL = lang2(["Sense of organization", "Resourcefulness", "Team spirit", "Composure"],
             ["Sens de l'organisation", "Débrouillardise", "Esprit d'équipe", "Calme"])
expected(KEY, {
    "reference": REF, "post_number": None, "languages": ["fr", "en"],
    "title": T, "organisation": ORG, "location": LOC, "schedule": SCH, "deadline": "2034-11-13",
    "salary": {"amount": None, "min": 27.85, "max": 31.60, "currency": "CAD", "period": "hour"},
    "grade": None, "clearance": None,
    "requirements": {"en": {"essential": ESS["en"], "desirable": DES["en"]}, "fr": {"essential": ESS["fr"], "desirable": DES["fr"]}},
    "competencies": {"en": comp([(q, None) for q in QUAL["en"]]), "fr": comp([(q, None) for q in QUAL["fr"]])},
})
TASKS = lang2([
    "plan the logistics of the spring and fall rides (routes, rest stops, shuttles, safety)",
    "coordinate about 400 volunteers and the marshalling teams",
    "obtain permits from municipalities and the Ministère des Transports",
    "follow the budget and the supplier contracts",
    "write the post-event reports",
], [
    "planifier la logistique des randonnées du printemps et de l'automne (parcours, haltes, navettes, sécurité)",
    "coordonner près de 400 bénévoles et les équipes de signaleurs",
    "obtenir les permis auprès des municipalités et du ministère des Transports",
    "suivre le budget et les contrats des fournisseurs",
    "rédiger les bilans postévénement",
])
b = lambda xs: "\n".join("   - " + x for x in xs)

mail = f"""De : Ressources humaines – Vélo Québec <rh@veloquebec.example>
Envoyé : 30 octobre 2034 09:12
À : Liste Emplois-Loisir <emplois-loisir@listes.example>
Objet : Offre d'emploi / Job posting – {REF} – Coordination des événements

Bonjour à toutes et à tous,

Merci de diffuser l'offre ci-dessous dans vos réseaux. Nous serons aussi présents au salon de l'emploi en loisir du 8 novembre 2034 au Stade olympique, venez nous saluer!

*** English version follows ***

==================================================
OFFRE D'EMPLOI
==================================================

Poste : {T['fr']}
Organisme : {ORG['fr']}
Numéro de référence : {REF}
Lieu : {LOC['fr']}
Statut : Permanent, temps plein
Horaire : {SCH['fr']}
Salaire : de 27,85 $ à 31,60 $ l'heure, selon l'expérience
Entrée en fonction : 12 janvier 2035
Date limite : 13 novembre 2034, 17 h

Depuis plus de cinquante ans, Vélo Québec fait la promotion du vélo pour le loisir, le tourisme et les déplacements. Nos grands événements réunissent chaque année des dizaines de milliers de cyclistes dans les rues de Montréal et ailleurs au Québec.

Ce que tu feras
{b(TASKS['fr'])}

Exigences
{b(ESS['fr'])}

Atouts
{b(DES['fr'])}

Qualités recherchées : {', '.join(QUAL['fr'])}

Pour postuler : envoie ton CV et une courte lettre à rh@veloquebec.example en indiquant le numéro {REF} dans l'objet. Les entrevues auront lieu les 20 et 21 novembre 2034.

==================================================
JOB POSTING
==================================================

Position: {T['en']}
Organization: {ORG['en']}
Reference number: {REF}
Location: {LOC['en']}
Status: Permanent, full-time
Schedule: {SCH['en']}
Salary: $27.85 to $31.60 per hour, based on experience
Start date: January 12, 2035
Deadline: November 13, 2034, 5 p.m.

For more than fifty years, Vélo Québec has promoted cycling for recreation, tourism and everyday travel. Each year our major events bring tens of thousands of cyclists to the streets of Montréal and elsewhere in Quebec.

What you'll do
{b(TASKS['en'])}

Requirements
{b(ESS['en'])}

Assets
{b(DES['en'])}

Qualities we look for: {', '.join(QUAL['en'])}

To apply: send your résumé and a short letter to rh@veloquebec.example with reference {REF} in the subject line. Interviews will be held on November 20 and 21, 2034.

--
Équipe des ressources humaines | Human Resources
Vélo Québec
Montréal (Québec)

Vous recevez ce message parce que vous êtes abonné·e à la liste Emplois-Loisir. Se désabonner : emplois-loisir-leave@listes.example
"""
out(KEY + "-courriel.txt", mail)
