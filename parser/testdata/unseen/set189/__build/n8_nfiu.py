"""298835 - NATO Force Integration Unit Latvia, Riga (EN only).
Renderings: the unit's news-post page copied from the browser (label line / value line);
a Latvian job board copy (glued fields)."""
from common import expected, write

REF = "298835"
TITLE = "Assistant (Reception, Staging and Onward Movement)"
ORG = "NATO Force Integration Unit Latvia (NFIU LVA)"
LOC = "Riga, Latvia"
SCH = "Full-time"
ESS = [
    "secondary education; a degree in logistics, transport or a related field will be an asset;",
    "at least two years of experience in transport, freight forwarding or military logistics;",
    "good knowledge of the Latvian road, rail and port infrastructure;",
    "fluent Latvian and English at SLP 3333 (STANAG 6001) level;",
    "Latvian citizenship and eligibility for a NATO SECRET security clearance;",
    "driving licence category B.",
]
DES = [
    "knowledge of Russian or Lithuanian;",
    "experience with movement control documents (NATO Form 302, customs declarations);",
    "previous service in the Latvian National Armed Forces.",
]


def exp():
    return expected(REF, None, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, {"en": SCH},
                    "2033-07-22", {"amount": 2150, "currency": "EUR", "period": "month"},
                    "LC-5", "NATO SECRET", {"en": {"essential": ESS, "desirable": DES}},
                    {"en": []})


TASKS = [
    "keep the register of planned military movements through Latvia;",
    "prepare the host nation support requests for rail, road and port movements;",
    "liaise with the Latvian authorities, ports and rail operators;",
    "support the reception of Allied units at the points of entry, including outside office hours;",
    "translate short documents and interpret at coordination meetings.",
]


def page():
    ess = "\n".join("  • " + s for s in ESS)
    des = "\n".join("  • " + s for s in DES)
    tasks = "\n".join("  • " + s for s in TASKS)
    return f"""Skip to content
NFIU Latvia
Home
About us
News
Vacancies
Contact
LV | EN
Home / Vacancies / {TITLE}
{TITLE}
Posted on 16 June 2033 by NFIU LVA Public Affairs
Vacancy number
{REF}
Unit
{ORG}
Place of work
{LOC}
Grade
LC-5 (local civilian)
Working hours
{SCH}
Salary
EUR 2,150 gross per month
Security clearance
NATO SECRET
Closing date
22.07.2033
About the post
NFIU Latvia helps Allied forces deploy to Latvia quickly. The Reception, Staging and Onward Movement cell plans the arrival of Allied units and coordinates their movement with the Latvian authorities. The Assistant supports the cell's planners in the daily coordination of movements.
Main tasks:
{tasks}
Requirements:
{ess}
Will be considered an advantage:
{des}
We offer:
  • an employment contract with the Latvian Ministry of Defence;
  • 20 working days of annual leave and additional days for service length;
  • training in NATO logistics procedures.
How to apply: send a CV and a motivation letter in English to nfiu.lva.hr@mod.example.lv by the closing date. Interviews will take place in Riga at the end of August 2033.
Share: Facebook | X | LinkedIn
Related news
03.06.2033 NFIU Latvia hosts movement planners from six nations
21.05.2033 Exercise Crystal Arrow: reception of Allied units in Ādaži
© NATO Force Integration Unit Latvia, 2033
"""


def board():
    ess = " ".join(ESS)
    des = " ".join(DES)
    tasks = " ".join(TASKS)
    return f"""DarbsLatvija.lv
Vakances  Uzņēmumi  CV  Ienākt  LV | EN | RU
Vakances » Rīga » Loģistika
{TITLE}NATO Force Integration Unit LatviaRīga2 150 € bruto/mēn.Pilna slodzeDerīgs līdz 22.07.2033
Apply
Vacancy details
Vacancy number{REF}Unit{ORG}Place of work{LOC}GradeLC-5 (local civilian)Working hours{SCH}SalaryEUR 2,150 gross per monthSecurity clearanceNATO SECRETClosing date22.07.2033
About the postNFIU Latvia helps Allied forces deploy to Latvia quickly. The Assistant supports the cell's planners in the daily coordination of movements.
Main tasks:{tasks}
Requirements:{ess}
Will be considered an advantage:{des}
We offer:an employment contract with the Latvian Ministry of Defence; 20 working days of annual leave; training in NATO logistics procedures.
Sludinājuma ID: DL-2033-447105  Publicēts 17.06.2033  Skatīts 312 reizes
Līdzīgas vakances
Noliktavas speciālists (loģistika)SIA Baltic Freight HubRīga1 600 - 1 900 € bruto/mēn.Derīgs līdz 10.07.2033
Transporta plānotājsSIA Daugava TransRīga1 800 € bruto/mēn.Derīgs līdz 31.07.2033
© 2033 DarbsLatvija.lv
"""


def build():
    exp()
    write(f"{REF}-nfiu.txt", page(), REF)
    write(f"{REF}-cvboard.txt", board(), REF)
