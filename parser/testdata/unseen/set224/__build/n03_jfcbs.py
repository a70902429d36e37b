from common import *
REF = "345347"
POST = "JFCBS SSD AVC 0030"
T = "Technician (Audio-Visual and Conference Systems)"
ORG = "Allied Joint Force Command Brunssum (JFCBS)"
LOC = "Brunssum, the Netherlands"
SCH = "Full-time (40 hours per week)"
ESS = [
 "Completed secondary education and a technical qualification (MBO level 4 or equivalent) in electronics, audio-visual technology or event technology;",
 "At least three years of experience operating and maintaining conference audio, video and projection systems;",
 "Experience with digital signal processors and networked audio (for example Dante) and with simultaneous-interpretation equipment;",
 "Ability to lift and carry equipment of up to 25 kg and to work at height on scaffolds or lifts;",
 "English at SLP 3322 (Listening, Speaking, Reading, Writing) or higher;",
 "Eligibility for a NATO SECRET security clearance.",
]
DES = [
 "Experience of video-teleconference systems on classified networks;",
 "A valid driving licence (category B);",
 "Working knowledge of Dutch or German.",
]
DUTIES = [
 "Sets up, operates and dismantles the audio-visual equipment for briefings, conferences and exercises held in the Headquarters and in the exercise facility.",
 "Carries out preventive maintenance and first-line repairs, and keeps the inventory of audio-visual equipment up to date.",
 "Prepares the technical plan of each event with the conference office and the CIS support unit.",
 "Records and archives sessions when so tasked, following the security instructions for classified meetings.",
]
SAL = "4,112.90"

def facts(sep=": "):
    return [("Vacancy Number", REF), ("Post Number", POST), ("Job Title", T), ("Organization", ORG),
            ("NATO Grade", "G7"), ("Location", LOC), ("Working Hours", SCH),
            ("Security Clearance", "NATO SECRET"), ("Basic Monthly Salary", f"{SAL} EUR, tax free"),
            ("Closing Date", "9 June 2036, 23:59 (CEST)")]

def build():
    expected(REF, POST, ["en"], {"en": T}, {"en": ORG}, {"en": LOC}, {"en": SCH}, "2036-06-09",
             sal(4112.90), "G7", "NATO SECRET", {"en": {"essential": ESS, "desirable": DES}}, {"en": []})
    f1 = "\n".join(f"{k}: {v}" for k, v in facts())
    chat = f"""WhatsApp Chat with Parkstad expats & NATO families

[08/05/2036, 19:42] Ingrid V.: Does anyone know if the base pool opens in June this year?
[08/05/2036, 19:45] Tomasz: 1 June I think, but check the MWR page
[13/05/2036, 07:58] Marc D.: Morning all, sharing for anyone with an AV / events background. Civilian post at JFC, they asked us to spread it 👇
[13/05/2036, 07:58] Marc D.: NATO UNCLASSIFIED
*VACANCY NOTICE {REF}*
{f1}

*Post context*
The Support Services Division of Allied Joint Force Command Brunssum provides conference, registry and facility support to the Headquarters. Its Conference Services Section runs the main auditorium, the briefing rooms and the conference support to exercises.

*Principal duties*
{bullets(DUTIES, "- ")}

*Essential qualifications*
{bullets(ESS, "- ")}

*Desirable qualifications*
{bullets(DES, "- ")}

*Remarks*
Applicants must be nationals of a NATO member nation. The successful applicant will be offered a three-year definite duration contract. Written and practical tests are planned for the week of 29 June 2036. Apply through the NATO recruitment platform only; applications by e-mail are not accepted.
NATO UNCLASSIFIED
[13/05/2036, 08:03] Sanne: Thanks Marc! Is this for locals too or only international?
[13/05/2036, 08:05] Marc D.: Any NATO nationality, so Dutch is fine. Salary is tax free 💶
[13/05/2036, 08:06] Ingrid V.: My neighbour did the old version of this job, they paid around 3,700 back then
[13/05/2036, 08:11] Sanne: Deadline is the 9th right? Need to get my diplomas translated
[13/05/2036, 08:12] Marc D.: Yes 9 June, midnight-ish
[13/05/2036, 08:12] Sanne: 👍
<Media omitted>
[13/05/2036, 08:30] Tomasz: Also reminder: Kingsday flea market leftovers can go to the thrift shop until Friday
"""
    write(f"{REF}-chat.txt", chat, REF)
    glued = "".join(f"{k}{v}" for k, v in facts())
    board = f"""werkenindelimburg.example
Vacatures  Werkgevers  Vacature plaatsen  Inloggen
Home > Vacatures > Techniek > Brunssum

{T}
Allied Joint Force Command Brunssum (JFCBS)Brunssum6 dagen geleden
€ 4.112,90 per maandFulltimeTijdelijk contract

Solliciteren  Bewaren  Delen

Over de vacature
{glued}
Post context
The Support Services Division of Allied Joint Force Command Brunssum provides conference, registry and facility support to the Headquarters.
Principal duties{DUTIES[0]}
{chr(10).join(DUTIES[1:])}
Essential qualifications{ESS[0]}
{chr(10).join(ESS[1:])}
Desirable qualifications{DES[0]}
{chr(10).join(DES[1:])}
Remarks
Applicants must be nationals of a NATO member nation. Apply through the NATO recruitment platform only.

Vacaturenummer: WIL-2036-448921
Geplaatst op 07-05-2036

Vergelijkbare vacatures
Servicemonteur AV-installaties · Heerlen · € 2.900 - € 3.600 per maand · sluit 19-06-2036
Technicus evenementen · Maastricht · € 2.750 - € 3.300 per maand
Medewerker facilitaire dienst · Sittard · sluit 30-06-2036

© 2036 Werken in Limburg · Privacy · Cookies
"""
    write(f"{REF}-jobboard.txt", board, REF)
