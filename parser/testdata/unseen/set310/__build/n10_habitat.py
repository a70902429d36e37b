from common import *

KEY = "hfhc-2043-31"
REF = "HFHC-2043-31"
T_EN = "Regional Manager, Indigenous Housing Partnerships – Quebec"
T_FR = "Gestionnaire régional(e), Partenariats en habitation autochtone – Québec"
O_EN = "Habitat for Humanity Canada"
O_FR = "Habitat pour l'humanité Canada"
L_EN = "Montréal, Quebec"
L_FR = "Montréal (Québec)"
S_EN = "37.5 hours per week"
S_FR = "37,5 heures par semaine"
ESS_EN = ["University degree in community development, social work, urban planning or a related field",
          "At least five years of experience managing housing or community programs",
          "Experience building relationships with First Nations or Inuit organizations",
          "Fluency in French and English"]
DES_EN = ["Knowledge of an Indigenous language spoken in Quebec",
          "Experience with federal or provincial housing funding programs"]
ESS_FR = ["Diplôme universitaire en développement communautaire, en travail social, en urbanisme ou dans un domaine connexe",
          "Au moins cinq ans d'expérience en gestion de programmes d'habitation ou communautaires",
          "Expérience dans l'établissement de relations avec des organisations des Premières Nations ou inuites",
          "Maîtrise du français et de l'anglais"]
DES_FR = ["Connaissance d'une langue autochtone parlée au Québec",
          "Expérience des programmes fédéraux ou provinciaux de financement du logement"]
C_EN = [("Relationship building", "you earn trust slowly and keep it."),
        ("Cultural humility", "you listen first and adapt your plans to community priorities.")]
C_FR = [("Établissement de relations", "vous gagnez la confiance patiemment et la conservez."),
        ("Humilité culturelle", "vous écoutez d'abord et adaptez vos plans aux priorités des communautés.")]
EXP = base(["en", "fr"], dict(reference=REF, deadline="2043-08-04", salary=sal(74300, 86100, "CAD", "year"),
    title={"en": T_EN, "fr": T_FR}, organisation={"en": O_EN, "fr": O_FR},
    location={"en": L_EN, "fr": L_FR}, schedule={"en": S_EN, "fr": S_FR},
    requirements={"en": (ESS_EN, DES_EN), "fr": (ESS_FR, DES_FR)},
    competencies={"en": C_EN, "fr": C_FR}))

D_EN = ["Lead Habitat's partnerships with Indigenous communities and organizations in Quebec",
        "Support community-led housing projects from feasibility to move-in",
        "Manage a regional budget and report to funders",
        "Coordinate volunteers, contractors and local Habitat affiliates"]
D_FR = ["Diriger les partenariats d'Habitat avec les communautés et organisations autochtones du Québec",
        "Soutenir les projets d'habitation menés par les communautés, de l'étude de faisabilité à l'emménagement",
        "Gérer un budget régional et rendre compte aux bailleurs de fonds",
        "Coordonner les bénévoles, les entrepreneurs et les affiliés locaux d'Habitat"]


def block_en(bul):
    return f"""JOB POSTING – {O_EN.upper()}

Position: {T_EN}
Reference: {REF}
Organization: {O_EN}
Location: {L_EN} (hybrid, with regular travel to communities)
Hours: {S_EN}
Salary: $74,300 – $86,100 annually, plus group benefits and a pension plan
Start: October 2043
Deadline: August 4, 2043, 11:59 p.m. (ET)

ABOUT THE ROLE
Habitat for Humanity Canada brings people together to build homes and communities. As Regional Manager, you will work alongside Indigenous partners who lead their own housing solutions.

WHAT YOU WILL DO
{chr(10).join(bul + d for d in D_EN)}

WHAT YOU BRING
{chr(10).join(bul + e for e in ESS_EN)}

ASSETS
{chr(10).join(bul + e for e in DES_EN)}

HOW YOU WORK
{chr(10).join(f'{n}: {d}' for n, d in C_EN)}

HOW TO APPLY
Send your resume and cover letter, quoting {REF}, to careers@habitat-canada.example. Interviews will be held the week of August 18, 2043. Indigenous candidates are strongly encouraged to apply and may self-identify in their letter.
"""


def block_fr(bul):
    return f"""OFFRE D'EMPLOI – {O_FR.upper()}

Poste : {T_FR}
Référence : {REF}
Organisme : {O_FR}
Lieu : {L_FR} (mode hybride, déplacements réguliers dans les communautés)
Horaire : {S_FR}
Salaire : 74 300 $ – 86 100 $ par année, plus assurances collectives et régime de retraite
Entrée en fonction : octobre 2043
Date limite : 4 août 2043, 23 h 59 (HE)

LE RÔLE
Habitat pour l'humanité Canada rassemble les gens pour construire des maisons et des communautés. À titre de gestionnaire régional(e), vous travaillerez aux côtés de partenaires autochtones qui mènent leurs propres solutions d'habitation.

VOS TÂCHES
{chr(10).join(bul + d for d in D_FR)}

CE QUE VOUS APPORTEZ
{chr(10).join(bul + e for e in ESS_FR)}

ATOUTS
{chr(10).join(bul + e for e in DES_FR)}

VOTRE FAÇON DE TRAVAILLER
{chr(10).join(f'{n} : {d}' for n, d in C_FR)}

POUR POSTULER
Envoyez votre CV et une lettre de présentation, en indiquant {REF}, à careers@habitat-canada.example. Les entrevues auront lieu la semaine du 18 août 2043. Les candidatures autochtones sont vivement encouragées.
"""


def build():
    mail = f"""From: Nadia Perreault <nadia.perreault@rqoh-network.example>
Sent: Monday, July 20, 2043 9:14 AM
To: Membres – réseau habitation <membres@rqoh-network.example>
Subject: FW: Job posting / Offre d'emploi – {REF}

Bonjour à toutes et à tous, hello everyone,

Please share this opening from our partners at Habitat. Rappel : notre rencontre de réseau a lieu le 12 août 2043 à 10 h.

Nadia

-----Original Message-----
From: Talent Acquisition <careers@habitat-canada.example>
Sent: Friday, July 17, 2043 4:02 PM
Subject: Job posting / Offre d'emploi – {REF}

(Le français suit l'anglais.)

{block_en('  - ')}
==========================================================

{block_fr('  - ')}
--
You are receiving this message as a member of the housing network list. / Pour vous désabonner, répondez « désabonner ».
"""
    write(f"{KEY}-email.txt", mail, KEY)
    teams = f"""Microsoft Teams
Partenariats autochtones > General

Martin Gosselin  10:42 AM
Hi team, the Quebec regional manager posting is live. Pasting it here so you can share it with your contacts 👇

{block_en('• ')}
----

{block_fr('• ')}
👍 4   ❤️ 2
  Reply

Aline Wabanonik  10:51 AM
Shared with the Wendake housing committee ✔️

Martin Gosselin  10:53 AM
Merci Aline! Reminder: the deadline won't move, interviews are already booked.
"""
    write(f"{KEY}-teams.txt", teams, KEY)
    expected(KEY, EXP)
