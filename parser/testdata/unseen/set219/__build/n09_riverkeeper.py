from common import *
KEY = "ork-2036-01"
REF = "ORK-2036-01"
T_EN = "Water Quality Monitoring Coordinator"
T_FR = "Coordonnateur ou coordonnatrice de la surveillance de la qualité de l'eau"
O_EN = "Ottawa Riverkeeper"
O_FR = "Garde-rivière des Outaouais"
L_EN = "Ottawa, Ontario"
L_FR = "Ottawa (Ontario)"
S_EN = "37.5 hours per week, with some evenings and weekends from May to October"
S_FR = "37,5 heures par semaine, avec quelques soirées et fins de semaine de mai à octobre"
E_EN = ["A university degree or college diploma in environmental science, biology, chemistry or a related field.",
        "At least two years of experience coordinating field sampling programs or volunteer monitoring networks.",
        "Strong data management skills using spreadsheets or a relational database.",
        "A valid driver's licence and the ability to carry sampling equipment over uneven ground."]
D_EN = ["Experience with R or Python for data analysis.",
        "A Pleasure Craft Operator Card.",
        "Wilderness first aid certification."]
E_FR = ["Diplôme universitaire ou collégial en sciences de l'environnement, en biologie, en chimie ou dans un domaine connexe.",
        "Au moins deux ans d'expérience dans la coordination de programmes d'échantillonnage sur le terrain ou de réseaux de surveillance bénévoles.",
        "Solides compétences en gestion de données au moyen de tableurs ou d'une base de données relationnelle.",
        "Permis de conduire valide et capacité à transporter du matériel d'échantillonnage sur un terrain accidenté."]
D_FR = ["Expérience de R ou de Python pour l'analyse de données.",
        "Carte de conducteur d'embarcation de plaisance.",
        "Certificat de secourisme en milieu éloigné."]

def ind(items):
    return "\n".join("   - " + i for i in items)

MAIL = f"""
---------- Forwarded message ---------
From: Hélène Cardinal <hcardinal@riverkeeper.example>
Date: Thu, Dec 18, 2035 at 9:42 AM
Subject: Job posting / Offre d'emploi – {T_EN} ({REF})
To: Watershed Partners <partners@lists.riverkeeper.example>
Cc: Jobs <jobs@riverkeeper.example>


Hi all,

Could you share the posting below with your networks? We are also holding an
online information session on January 7, 2036 at noon for anyone curious about
the role. Apologies for cross-posting.

Bonjour à toutes et à tous, la version française suit.

Hélène

=====================================================================
JOB POSTING
=====================================================================

Position: {T_EN}
Organization: {O_EN}
Reference: {REF}
Location: {L_EN}
Status: Permanent, full-time
Schedule: {S_EN}
Salary: $57,400 to $63,900 per year, plus benefits
Start date: March 2, 2036
Application deadline: January 14, 2036, 11:59 p.m. (EST)

About us
{O_EN} is a grassroots charity that protects and promotes the ecological health
of the Ottawa River and its tributaries. Every summer, about 90 volunteers sample
more than 120 sites along the river for E. coli, nutrients and temperature.

What you will do
   - Plan the sampling season with partner laboratories and municipalities
   - Recruit, train and support volunteer samplers on both shores of the river
   - Check, clean and publish the data on our online platform each week
   - Write the annual water quality report and short public summaries
   - Look after the monitoring equipment, kits and boat

Requirements
{ind(E_EN)}

Assets
{ind(D_EN)}

Bilingualism (English and French) is needed to work with volunteers in Ontario
and Quebec.

How to apply
Send your CV and a one-page cover letter to jobs@riverkeeper.example with the
reference in the subject line. Interviews will be held on January 21 and 22, 2036.

=====================================================================
OFFRE D'EMPLOI
=====================================================================

Poste : {T_FR}
Organisme : {O_FR}
Référence : {REF}
Lieu : {L_FR}
Statut : Permanent, temps plein
Horaire : {S_FR}
Salaire : de 57 400 $ à 63 900 $ par année, plus avantages sociaux
Entrée en fonction : 2 mars 2036
Date limite : 14 janvier 2036, 23 h 59 (HNE)

Qui sommes-nous
{O_FR} est un organisme de bienfaisance qui protège et promeut la santé
écologique de la rivière des Outaouais et de ses affluents. Chaque été, environ
90 bénévoles échantillonnent plus de 120 sites le long de la rivière.

Ce que vous ferez
   - Planifier la saison d'échantillonnage avec les laboratoires et les municipalités partenaires
   - Recruter, former et soutenir les bénévoles des deux rives
   - Vérifier, nettoyer et publier les données chaque semaine sur notre plateforme
   - Rédiger le rapport annuel sur la qualité de l'eau et des résumés publics
   - Entretenir l'équipement de surveillance, les trousses et le bateau

Exigences
{ind(E_FR)}

Atouts
{ind(D_FR)}

Le bilinguisme (français et anglais) est nécessaire pour travailler avec les
bénévoles de l'Ontario et du Québec.

Pour postuler
Faites parvenir votre CV et une lettre de présentation d'une page à
jobs@riverkeeper.example en indiquant la référence en objet. Les entrevues auront
lieu les 21 et 22 janvier 2036.

--
Hélène Cardinal
Directrice des programmes | Programs Director
{O_FR} | {O_EN}
613-555-0148

_______________________________________________
Partners mailing list
To unsubscribe, e-mail partners-leave@lists.riverkeeper.example
"""

def build():
    w(KEY + "-courriel.txt", MAIL, KEY)
    expected(KEY, REF, ["en", "fr"], {"en": T_EN, "fr": T_FR}, {"en": O_EN, "fr": O_FR},
             {"en": L_EN, "fr": L_FR}, {"en": S_EN, "fr": S_FR}, "2036-01-14",
             sal(57400, 63900, "CAD", "year"), None, None,
             {"en": {"essential": E_EN, "desirable": D_EN}, "fr": {"essential": E_FR, "desirable": D_FR}},
             {"en": [], "fr": []})
