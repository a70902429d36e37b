from common import *

REF = "517381"
TITLE = "Senior Technician (Network Services) - CIS Support Unit Izmir"
ORG = "NATO Communications and Information Agency (NCIA)"
LOC = "Türkiye-Izmir"
SCH = "Full-time"
GRADE, CLEAR = "G10", "NS"

ROLE = [
    "Install, configure and maintain routers, switches and firewalls of the NATO networks at Allied Land Command, Izmir;",
    "Act as second-level support for network incidents and restore services within the agreed service levels;",
    "Carry out planned changes in line with the Agency's change and configuration management processes;",
    "Keep the technical documentation and the configuration database up to date;",
    "Deploy with the unit's CIS detachment to support exercises and operations for up to 90 days a year;",
    "Perform any other related duties as assigned.",
]
ESS = [
    "Higher secondary education and a completed technical training in telecommunications, electronics or information technology, or a bachelor's degree in a related field;",
    "A minimum of four years' experience in the operation and support of wide area and local area networks;",
    "Cisco Certified Network Professional (CCNP) Enterprise certification or equivalent;",
    "Working knowledge of IP routing protocols (OSPF, BGP), VLANs and network security devices;",
    "Valid driving licence for passenger cars;",
    "Ability to work in English at Standardized Language Profile 3322.",
]
DES = [
    "Experience in a military or NATO CIS environment;",
    "ITIL 4 Foundation certification;",
    "Knowledge of Turkish.",
]
COMP = [
    ("Customer Focus", "Puts the needs of the supported headquarters first and keeps users informed of progress;"),
    ("Dependability", "Delivers on commitments and follows procedures even under time pressure;"),
    ("Problem Solving", "Breaks down complex faults methodically and documents the solution;"),
    ("Teamwork", "Shares knowledge readily with colleagues of other nations."),
]


def body():
    return f"""SUMMARY

The NATO Communications and Information Agency delivers secure communications and information services to NATO Headquarters, commands and agencies. The CIS Support Unit (CSU) Izmir provides these services to Allied Land Command and to the other NATO entities in its area, and deploys CIS capabilities in support of exercises and operations.

The Senior Technician (Network Services) is a member of the CSU's Service Operations Section and is responsible for the day-to-day operation of the unit's data networks.

ROLE

Under the direction of the Network Services Team Lead, the incumbent will:
{lines(ROLE)}

ESSENTIAL QUALIFICATIONS / EXPERIENCE

{lines(ESS)}

DESIRABLE QUALIFICATIONS / EXPERIENCE

{lines(DES)}

ATTRIBUTES / COMPETENCIES

{lines(n + ': ' + d for n, d in COMP)}

TERMS AND CONDITIONS

Contract Duration: the successful applicant will be offered a three-year definite duration contract, which may be renewed.
Security Clearance: the successful applicant must hold or be able to obtain a NATO SECRET security clearance before starting work.
Working hours: 40 hours per week, Monday to Friday, with on-call duty on a rotation basis.
Interviews are planned for the first week of December 2042 at Izmir."""


def build():
    expected(REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, {"en": SCH}, "2042-11-10",
             sal(4786.33), GRADE, CLEAR,
             req={"en": {"essential": ESS, "desirable": DES}}, comp={"en": comps(COMP)})
    portal = f"""Skip to main content
NATO Careers
Home
Job Search
My Jobpage
Français
Sign Out

Job Search > Job Description

Job Description - {TITLE} ({REF})

{TITLE}-{REF}

Primary Location

{LOC}

NATO Body

{ORG}

Schedule

{SCH}

Application Deadline

10-Nov-2042, 11:59:00 PM

Salary (Pay Basis)

: 4,786.33Euro (EUR) Monthly

Description

NATO Grade {GRADE}

Clearance Level

{CLEAR}

{body()}

Job Posting

15-Oct-2042, 10:00:00 AM

Apply Online
Add to My Job Cart
Send to a Friend

Similar jobs
Technician (Satellite Ground Terminals) - CIS Support Unit Izmir    Türkiye-Izmir    Deadline: 20-Nov-2042
Senior Technician (Voice Services) - CIS Support Unit Naples    Italy-Lago Patria    Deadline: 12-Nov-2042

Terms of Use | Privacy | Accessibility
"""
    write(f"{REF}-natocareers.txt", portal, REF)

    board = f"""Ana içeriğe geç
isfirsati-ege.example   İş Ara   Firmalar   Maaşlar   Giriş Yap

{TITLE}
NATO Communications and Information AgencyIzmir (Bayraklı)8 gün önce güncellendi
Tam ZamanlıSözleşmeliTecrübeli4.786,33 EUR / Ay
Son başvuru10.11.2042İlan no518930074Başvuru sayısı64

Başvur   Kaydet   Paylaş

GENEL NİTELİKLER VE İŞ TANIMI

Job Number: {REF}
Primary Location: {LOC}
NATO Body: {ORG}
Schedule: {SCH}
Application Deadline: 10-Nov-2042, 11:59:00 PM
Salary (Pay Basis): 4,786.33 Euro (EUR) Monthly
NATO Grade: {GRADE}
Clearance Level: {CLEAR}

{body()}

Aday Kriterleri
Tecrübe: En az 4 yıl tecrübeli
Askerlik Durumu: Yapıldı, Muaf
Eğitim Seviyesi: Önlisans (Mezun), Üniversite (Mezun)
Ehliyet: B

Pozisyon Bilgileri
Çalışma Şekli: Tam Zamanlı
Personel Sayısı: 1
Departman: Bilgi Teknolojileri

Benzer ilanlar
Network Uzmanı – İzmir – 85.000 TL - 110.000 TL – 3 gün önce
Sistem Destek Teknisyeni – Manisa – 2 hafta önce
"""
    write(f"{REF}-isfirsati.txt", board, REF)
