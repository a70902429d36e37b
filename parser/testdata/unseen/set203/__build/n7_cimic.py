from common import *

REF = "CCOE-CIV-2034-02"
TITLE = "Assistant (Lessons Learned Portal)"
ORG = "Civil-Military Cooperation Centre of Excellence (CCOE)"
ESS = [
    "Bachelor's degree (HBO level) in information management, communication or a related field;",
    "At least two years of experience in maintaining websites, portals or document management systems;",
    "Good knowledge of SharePoint and of a common web content management system;",
    "Excellent command of English, written and spoken (at least SLP 3333 or CEFR C1);",
    "Nationality of a CCOE Sponsoring Nation and eligibility for a NATO SECRET security clearance.",
]
DES = [
    "Experience with lessons learned processes in a military or humanitarian organisation;",
    "Basic skills in graphic design and video editing;",
    "Knowledge of Dutch or German.",
]
E = expected(REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": "The Hague, the Netherlands"},
             {"en": "Full-time (36 hours per week)"}, "2034-09-25", sal(None, mn=3204, mx=4517), None, "NATO SECRET",
             {"en": {"essential": ESS, "desirable": DES}}, {"en": []})

ABOUT = ("The CCOE supports NATO, the Sponsoring Nations and other partners in improving civil-military interaction "
         "through concept development, education and training and the collection of lessons learned. Its "
         "Lessons Learned Portal gives practitioners access to observations, best practices and training material.")
TASKS = [
    "You publish and structure new observations, reports and training products on the portal.",
    "You check submissions for completeness, classification marking and copyright.",
    "You keep user accounts and access rights up to date.",
    "You produce monthly statistics on the use of the portal and propose improvements.",
    "You support the organisation of the annual CIMIC lessons learned workshop.",
]


def site():
    L = ["Skip to content", "CIMIC Centre of Excellence", "Home", "About", "Education & Training", "Concepts",
         "Lessons Learned", "News", "Vacancies", "Contact", "NL | EN", "",
         "Home › Vacancies › " + TITLE, "",
         TITLE, "", "Published 3 August 2034", "",
         "Vacancy reference", "", REF, "",
         "Position", "", TITLE, "",
         "Organization", "", ORG, "",
         "Duty location", "", "The Hague, the Netherlands", "",
         "Working hours", "", "Full-time (36 hours per week)", "",
         "Salary", "", "EUR 3,204 – 4,517 gross per month (Dutch MoD civilian pay scale 8, depending on experience)", "",
         "Contract", "", "Two years, with a possibility of extension", "",
         "Security clearance", "", "NATO SECRET", "",
         "Closing date", "", "25 September 2034, 12:00 hrs", "",
         "About us", "", ABOUT, "",
         "Your tasks", ""]
    L += TASKS
    L += ["", "What we ask", ""] + ESS
    L += ["", "Nice to have", ""] + DES
    L += ["", "What we offer", "",
          "An international working environment with colleagues from more than ten nations; a holiday allowance of 8% and an end-of-year bonus of 8.3%; a contribution to commuting costs; flexible working hours.", "",
          "How to apply", "",
          "Send your CV and motivation letter in English, quoting the vacancy reference, to vacancies@cimic-coe.example. Interviews are planned for the week of 9 October 2034.", "",
          "Share: LinkedIn  X  E-mail", "",
          "Latest news",
          "Course CIMIC Field Worker completed – 18 July 2034",
          "CCOE welcomes new Director – 1 July 2034", "",
          "© CIMIC Centre of Excellence · Privacy statement · Cookie settings"]
    return "\n".join(L) + "\n"


def board():
    L = ["InternationaalWerkenNL.example", "Vacatures  Werkgevers  Inloggen", "",
         TITLE + "CIMIC Centre of ExcellenceDen Haag", "Fulltime · HBO · Geplaatst 2 dagen geleden",
         "Salaris€ 3.204 - € 4.517 per maand", "",
         "Vacancy reference" + REF + "Position" + TITLE + "Organization" + ORG + "Duty locationThe Hague, the NetherlandsWorking hoursFull-time (36 hours per week)SalaryEUR 3,204 – 4,517 gross per monthSecurity clearanceNATO SECRETClosing date25 September 2034, 12:00 hrs",
         "", "About us" + ABOUT, "Your tasks" + " ".join(TASKS),
         "What we ask" + ESS[0]] + ESS[1:] + ["Nice to have" + DES[0]] + DES[1:] + [
         "What we offerAn international working environment; holiday allowance of 8%; end-of-year bonus of 8.3%.",
         "", "Vacaturenummer: IWN-448120", "Solliciteer via de website van de werkgever", "",
         "Vergelijkbare vacatures",
         "Informatiebeheerder · Den Haag · € 3.600 - € 5.100 · sluit 30 september 2034",
         "Webredacteur (32-36 uur) · Rijswijk · sluit 4 oktober 2034", "",
         "© InternationaalWerkenNL.example · Privacy · Cookies"]
    return "\n".join(L) + "\n"


def render():
    return {f"{REF}-cimiccoe.txt": site(), f"{REF}-jobboard.txt": board()}
