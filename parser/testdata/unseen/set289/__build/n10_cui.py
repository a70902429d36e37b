from common import *

KEY = "cui-2041-09"
REF = "CUI-2041-09"
T_EN = "Program Manager, Main Street Revitalization"
T_FR = "Gestionnaire de programme, Revitalisation des rues principales"
O_EN = "Canadian Urban Institute"
O_FR = "Institut urbain du Canada"
L_EN = "Toronto, Ontario"
L_FR = "Toronto (Ontario)"
S_EN = "35 hours per week"
S_FR = "35 heures par semaine"
E_EN = ["Degree in urban planning, economic development or a related field",
        "At least five years of experience managing multi-partner programs",
        "Proficiency in English and French"]
D_EN = ["Experience working with business improvement areas",
        "Knowledge of small-business support programs in Canada"]
E_FR = ["Diplôme en urbanisme, en développement économique ou dans un domaine connexe",
        "Au moins cinq ans d'expérience en gestion de programmes multipartenaires",
        "Maîtrise de l'anglais et du français"]
D_FR = ["Expérience de travail avec des zones d'amélioration commerciale",
        "Connaissance des programmes de soutien aux petites entreprises au Canada"]
C_EN = [("Facilitation", "you bring municipal staff, merchants and residents to a shared plan."),
        ("Data literacy", "you turn street-level data into clear recommendations.")]
C_FR = [("Animation", "vous rassemblez personnel municipal, commerçants et résidents autour d'un plan commun."),
        ("Littératie des données", "vous transformez les données de terrain en recommandations claires.")]


def en_block(bullet):
    return f"""JOB POSTING
{T_EN}

Reference: {REF}
Organization: {O_EN}
Location: {L_EN} (hybrid; travel to partner communities)
Hours: {S_EN}
Salary: $77,400 to $87,600 per year, plus benefits
Start: January 2042
Deadline: November 26, 2041, 5 p.m. (ET)

ABOUT THE ROLE
The Main Street program helps small and mid-sized municipalities bring vacant storefronts back to life. The Program Manager leads a team of three and coordinates some twenty municipal and business partners across the country.

WHAT YOU NEED
{chr(10).join(bullet + e for e in E_EN)}

ASSETS
{chr(10).join(bullet + d for d in D_EN)}

HOW YOU WORK
{chr(10).join(f'{bullet}{n}: {d}' for n, d in C_EN)}

Send a CV and a one-page letter to careers@cui.example with the reference in the subject line. Interviews will take place the week of December 7, 2041."""


def fr_block(bullet):
    return f"""OFFRE D'EMPLOI
{T_FR}

Référence : {REF}
Organisme : {O_FR}
Lieu : {L_FR} (hybride; déplacements dans les collectivités partenaires)
Horaire : {S_FR}
Salaire : de 77 400 $ à 87 600 $ par année, plus avantages sociaux
Entrée en fonction : janvier 2042
Date limite : 26 novembre 2041, 17 h (HE)

LE POSTE
Le programme Rues principales aide les petites et moyennes municipalités à redonner vie aux vitrines vacantes. La personne gestionnaire dirige une équipe de trois personnes et coordonne une vingtaine de partenaires municipaux et commerciaux partout au pays.

EXIGENCES
{chr(10).join(bullet + e for e in E_FR)}

ATOUTS
{chr(10).join(bullet + d for d in D_FR)}

VOTRE FAÇON DE TRAVAILLER
{chr(10).join(f'{bullet}{n} : {d}' for n, d in C_FR)}

Veuillez envoyer un CV et une lettre d'une page à careers@cui.example en indiquant la référence dans l'objet. Les entrevues auront lieu la semaine du 7 décembre 2041."""


mail = f"""From: Dana Whitcombe <d.whitcombe@ontariomainstreets.example>
Sent: Monday, November 3, 2041 9:12 AM
To: OMS Members List <members@ontariomainstreets.example>
Subject: FW: Job posting / Offre d'emploi – {T_EN} ({REF})

Hi everyone,

Sharing this on behalf of our friends at CUI – a great opportunity for anyone who has worked with a BIA. Please circulate. Note that our own fall webinar is still on for November 13.

Dana

-----Original Message-----
From: CUI Careers <careers@cui.example>
Sent: Friday, October 31, 2041 4:47 PM
Subject: Job posting / Offre d'emploi – {T_EN} ({REF})

(Le français suit l'anglais.)

{en_block('  - ')}

==================================================

{fr_block('  - ')}

--
{O_EN} | {O_FR}
You are receiving this message because you subscribed to CUI Careers. Unsubscribe | Se désabonner
"""

def squeeze(block):
    out, hdr = [], []
    for line in block.split("\n"):
        if line.split(":")[0].strip() in ("Reference", "Organization", "Location", "Hours", "Salary", "Start", "Deadline",
                                           "Référence", "Organisme", "Lieu", "Horaire", "Salaire", "Entrée en fonction", "Date limite"):
            hdr.append(line)
            continue
        if hdr:
            out.append(" | ".join(hdr))
            hdr = []
        out.append(line)
    return "\n".join(out)


slack = f"""#jobs-and-opportunities
Priya S.  10:26 AM
Posting this here in case anyone in the network is interested :point_down: (full text copied from their e-mail)

{squeeze(en_block('• '))}

---

{squeeze(fr_block('• '))}

3 replies
Marc-André L.  10:41 AM
Shared with our BIA board, thanks!
Jo Kwan  11:02 AM
Is it open to people outside Ontario?
Priya S.  11:05 AM
Yes, hybrid with travel – see the location line
:raised_hands: 4   :eyes: 2
"""

def build():
    write(KEY + "-email.txt", mail, KEY)
    write(KEY + "-slack.txt", slack, KEY)
    expected(KEY, reference=REF, languages=["en", "fr"], title={"en": T_EN, "fr": T_FR},
             organisation={"en": O_EN, "fr": O_FR}, location={"en": L_EN, "fr": L_FR},
             schedule={"en": S_EN, "fr": S_FR}, deadline="2041-11-26",
             salary=(77400, 87600, "CAD", "year"),
             requirements={"en": (E_EN, D_EN), "fr": (E_FR, D_FR)},
             competencies={"en": C_EN, "fr": C_FR})
