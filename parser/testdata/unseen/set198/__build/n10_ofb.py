from common import *
KEY = "ofb-2034-06"; REF = "OFB-2034-06"
T = bi("Warehouse Operations Lead", "Chef d'équipe, opérations d'entrepôt")
ORG = bi("The Ottawa Food Bank", "La Banque d'alimentation d'Ottawa")
LOC = bi("Ottawa, Ontario", "Ottawa (Ontario)")
SCH = bi("Full-time, 37.5 hours per week, Monday to Friday, 7:00 a.m. to 3:30 p.m.",
         "Temps plein, 37,5 heures par semaine, du lundi au vendredi, de 7 h à 15 h 30")
ESS = {"en": ["Secondary school diploma or equivalent.",
  "At least three years of experience in a warehouse, including one year leading a team or a shift.",
  "Valid counterbalance forklift certification.",
  "Working knowledge of a warehouse management system and of Excel.",
  "Ability to lift up to 23 kg (50 lb) and to stand for long periods."],
 "fr": ["Diplôme d'études secondaires ou l'équivalent.",
  "Au moins trois ans d'expérience en entrepôt, dont un an à diriger une équipe ou un quart de travail.",
  "Certificat valide de conducteur de chariot élévateur à contrepoids.",
  "Connaissance pratique d'un système de gestion d'entrepôt et d'Excel.",
  "Capacité à soulever jusqu'à 23 kg (50 lb) et à rester debout pendant de longues périodes."]}
DES = {"en": ["Food safety certification (such as Food Handler Certification).", "Ability to communicate in French.", "Experience coordinating volunteers."],
 "fr": ["Certification en salubrité alimentaire (comme le certificat de manipulateur d'aliments).", "Capacité de communiquer en anglais.", "Expérience de la coordination de bénévoles."]}
Q = {"en": ["Leadership", "Problem solving", "Respect for the dignity of every client"],
     "fr": ["Leadership", "Résolution de problèmes", "Respect de la dignité de chaque personne servie"]}
msg = f"""From: Nadia Ferreira <n.ferreira@ottawa-east-employment.example>
Sent: Tuesday, March 28, 2034 9:14 AM
To: Job Search Club – East End <jobclub-east@lists.ottawa-east-employment.example>
Subject: FW: Job posting / Offre d'emploi – Warehouse Operations Lead ({REF})

Hi everyone,

Passing this along for those of you with warehouse or forklift experience. Our next résumé clinic is on Thursday, April 6 at 1:30 p.m. in room 204 if you would like help with your application.

Nadia Ferreira
Employment Counsellor | Ottawa East Employment Centre
613-555-0148

-------- Forwarded message --------
From: Human Resources <hr@ottawafoodbank.example>
Date: Mon, Mar 27, 2034 at 4:02 PM
Subject: Job posting / Offre d'emploi – Warehouse Operations Lead ({REF})
To: Community partners

(Le français suit.)

JOB POSTING

Position: {T['en']}
Organization: {ORG['en']}
Reference: {REF}
Location: {LOC['en']} (Distribution Centre, Bantree Street)
Status: Permanent
Schedule: {SCH['en']}
Salary: $25.40 to $28.90 per hour, plus benefits after three months
Start date: May 15, 2034
Application deadline: April 25, 2034

About us
{ORG['en']} moves more than six million pounds of food a year to over 100 community agencies across the city. The Warehouse Operations Lead supervises a team of eight staff and many volunteers on the day shift.

Responsibilities
 * Plan the daily picking, loading and delivery schedule with the transportation coordinator
 * Supervise receiving, quality checks and stock rotation
 * Train staff and volunteers on safe equipment use
 * Keep inventory records accurate in the warehouse system

Requirements
{chr(10).join(' * ' + x for x in ESS['en'])}

Assets
{chr(10).join(' * ' + x for x in DES['en'])}

Qualities we value
{chr(10).join(' * ' + x for x in Q['en'])}

To apply, send your résumé and a short cover letter to hr@ottawafoodbank.example, quoting {REF}, by April 25, 2034. Only candidates selected for an interview will be contacted.

==============================================

OFFRE D'EMPLOI

Poste : {T['fr']}
Organisme : {ORG['fr']}
Référence : {REF}
Lieu : {LOC['fr']} (centre de distribution, rue Bantree)
Statut : Permanent
Horaire : {SCH['fr']}
Salaire : de 25,40 $ à 28,90 $ l'heure, plus avantages sociaux après trois mois
Entrée en fonction : 15 mai 2034
Date limite pour postuler : 25 avril 2034

Qui sommes-nous
{ORG['fr']} distribue plus de six millions de livres de nourriture par année à plus de 100 organismes communautaires de la ville. La ou le chef d'équipe supervise une équipe de huit employés et de nombreux bénévoles sur le quart de jour.

Responsabilités
 * Planifier la préparation des commandes, le chargement et les livraisons avec la coordonnatrice du transport
 * Superviser la réception, les contrôles de qualité et la rotation des stocks
 * Former le personnel et les bénévoles à l'utilisation sécuritaire de l'équipement
 * Tenir à jour les données d'inventaire dans le système de l'entrepôt

Exigences
{chr(10).join(' * ' + x for x in ESS['fr'])}

Atouts
{chr(10).join(' * ' + x for x in DES['fr'])}

Qualités recherchées
{chr(10).join(' * ' + x for x in Q['fr'])}

Pour postuler, envoyez votre curriculum vitæ et une courte lettre de présentation à hr@ottawafoodbank.example en indiquant la référence {REF}, au plus tard le 25 avril 2034. Seules les personnes retenues pour une entrevue seront contactées.

The Ottawa Food Bank is an equal opportunity employer. / La Banque d'alimentation d'Ottawa souscrit au principe de l'égalité d'accès à l'emploi.

--
You are receiving this message because you are a member of the Job Search Club – East End list. To unsubscribe, reply with "unsubscribe".
"""
out(KEY + "-courriel.txt", msg)
expected(KEY, dict(reference=REF, post_number=None, languages=["en", "fr"], title=T, organisation=ORG, location=LOC,
  schedule=SCH, deadline="2034-04-25", salary=dict(amount=None, min=25.40, max=28.90, currency="CAD", period="hour"),
  grade=None, clearance=None, requirements={l: {"essential": ESS[l], "desirable": DES[l]} for l in ("en", "fr")},
  competencies={l: comps(Q[l]) for l in ("en", "fr")}))
