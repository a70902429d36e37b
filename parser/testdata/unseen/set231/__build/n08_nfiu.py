from common import *
REF = "NFIU-ROU-LC-2036-11"
T = "Real Life Support Assistant"
ORG = "NATO Force Integration Unit Romania (NFIU ROU)"
ESS = [
 "Secondary education completed with a baccalaureate diploma;",
 "At least three years of experience in administration, procurement or facilities management;",
 "Experience in dealing with suppliers of accommodation, catering or transport services;",
 "Romanian citizenship and eligibility for a NATO SECRET security clearance;",
 "English at NATO SLP 3232 or CEFR B2 level;",
 "Category B driving licence.",
]
DES = [
 "Experience of supporting the reception of foreign military units or delegations;",
 "Knowledge of Romanian public procurement rules;",
 "A working knowledge of French or German.",
]
E = dict(reference=REF, post_number=None, languages=["en"], title=both(T, None), organisation=both(ORG, None),
  location=both("Bucharest, Romania", None), schedule=both("Full-time, 40 hours per week", None),
  deadline="2037-01-21", salary=sal(8940, cur="RON"), grade="LC-4", clearance="NATO SECRET",
  requirements=both({"essential": ESS, "desirable": DES}, None), competencies=both([], None))

INTRO = "NFIU Romania supports the rapid deployment of NATO forces to Romania by planning reception, staging and onward movement with the Romanian authorities. The J4 Branch coordinates the real life support (accommodation, food, transport and fuel) that deploying units and visiting staffs receive from the host nation and from contractors."
DUTIES = [
 "Maintains the list of accommodation, catering and transport providers and their prices.",
 "Prepares requests for quotation and compares offers for the J4 staff officers.",
 "Books accommodation and transport for visiting delegations and exercise staffs.",
 "Checks invoices against services received and forwards them for payment.",
 "Keeps records of real life support provided during exercises and prepares summary reports.",
]

def email():
    e = "\n".join(f"   {chr(97+i)}) {x}" for i, x in enumerate(ESS))
    d = "\n".join(f"   {chr(97+i)}) {x}" for i, x in enumerate(DES))
    du = "\n".join(f"   {chr(97+i)}) {x}" for i, x in enumerate(DUTIES))
    return f"""---------- Forwarded message ---------
From: Asociația Rezerviștilor Militari - Filiala București <secretariat@arm-bucuresti.example>
Date: Thu, 18 Dec 2036 at 11:05
Subject: Fwd: NFIU Romania - civilian vacancy {REF}
To: <membri@arm-bucuresti.example>

Dragi colegi,

Vă transmitem mai jos anunțul NFIU Romania. Pentru întrebări, biroul nostru este deschis până pe 23 decembrie și din nou de la 5 ianuarie.

Cu stimă,
Secretariatul ARM București

---------- Forwarded message ---------
From: NFIU ROU J1 <j1.civpers@nfiu-rou.example>
Date: Wed, 17 Dec 2036 at 14:30
Subject: NFIU Romania - civilian vacancy {REF}

NATO UNCLASSIFIED

VACANCY ANNOUNCEMENT {REF}

Post title:        {T}
Organization:      {ORG}
Branch:            J4 Logistics
Duty station:      Bucharest, Romania
Grade:             LC-4 (local civilian)
Working hours:     Full-time, 40 hours per week
Salary:            RON 8,940 gross per month
Clearance:         NATO SECRET
Closing date:      21 January 2037, 16:00 (EET)

1. Background
   {INTRO}

2. Duties
{du}

3. Essential requirements
{e}

4. Desirable
{d}

5. How to apply
   Send the NFIU application form, a CV in English and a copy of your diploma to the address
   above. Only shortlisted candidates will be contacted; a written test is planned for the
   first week of February 2037.

NATO UNCLASSIFIED
"""

def board():
    b = lambda xs: "\n".join("✔ " + x for x in xs)
    return f"""eJobs-Armata.ro  |  Locuri de muncă  |  Angajatori  |  Contul meu
Acasă › Locuri de muncă › București › Logistică

{T}
NFIU RomaniaBucureștiSalariu: RON 8,940 gross per monthExpiră: 21.01.2037Publicat: 19.12.2036

Vacancy: {REF} | Post title: {T} | Organization: {ORG} | Duty station: Bucharest, Romania | Grade: LC-4 | Working hours: Full-time, 40 hours per week | Clearance: NATO SECRET | Closing date: 21 January 2037, 16:00 (EET)

Background
{INTRO}

Duties{b(DUTIES)}

Essential requirements{b(ESS)}

Desirable{b(DES)}

ID anunț: EJA-559021 · 341 vizualizări

Joburi similare
Asistent logistică – București – 6.500 - 7.800 RON – expiră 10.01.2037
Referent achiziții – Constanța – 5.900 RON – expiră 30.01.2037
"""

def build():
    expected(E)
    write("NFIU-ROU-LC-2036-11-email.txt", email(), REF)
    write("NFIU-ROU-LC-2036-11-jobboard.txt", board(), REF)
