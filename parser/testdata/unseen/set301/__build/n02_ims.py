import os
import subprocess
from common import *

REF = "IMS-PPD-2042-018"
POST = "IMS PPD NDP 0030"
TITLE = "Staff Officer (Nuclear Deterrence Policy)"
ORG = "International Military Staff (IMS)"
DIV = "Plans and Policy Division"
LOC = "NATO Headquarters, Brussels, Belgium"
GRADE = "A-3/G-17"
CLEAR = "COSMIC TOP SECRET ATOMAL"
DEADLINE_TXT = "Wednesday 5 November 2042 at 23:59 hours (Brussels time)"

ESS = [
    "University degree in political science, international security, physics or a related field, or military education at staff college level.",
    "At least six years of staff experience in defence policy, of which at least two in nuclear policy, planning or arms control.",
    "Thorough knowledge of NATO's deterrence and defence posture and of the work of the Nuclear Planning Group.",
    "Proven ability to draft concise military advice and to brief senior officers.",
    "English at NATO Standardized Language Profile (SLP) 3333.",
]
DES = [
    "Service in a national nuclear policy directorate or in a NATO nuclear staff element.",
    "Completion of the NATO Nuclear Policy Course at the NATO School Oberammergau.",
    "French at SLP 2222.",
]
COMP = [
    ("Personal Qualities", "The incumbent must be discreet, precise in drafting and able to defend a position in committee under pressure."),
    ("Professional Contacts", "The incumbent deals with the International Staff, national delegations and military representatives, and with the Strategic Commands at staff officer and flag officer level."),
    ("Contribution to Objectives", "The work of the incumbent directly supports the Military Committee's advice on the Alliance's nuclear deterrence posture."),
    ("Supervisory Responsibilities", "None."),
]
DUTIES = [
    "Draft military advice of the Military Committee on nuclear deterrence policy and on the nuclear aspects of the NATO Defence Planning Process.",
    "Represent the Division in staff groups of the Nuclear Planning Group and of the Defence Policy and Planning Committee.",
    "Follow arms control and risk reduction developments and assess their military implications.",
    "Prepare briefings, speaking notes and background papers for the Chairman of the Military Committee and the Director General.",
    "Contribute to the annual nuclear exercise programme and to the lessons learned that follow it.",
]
SAL_TXT = "9,842.17 EUR per month, tax free"


def markdown():
    return f"""NATO UNCLASSIFIED

**NORTH ATLANTIC TREATY ORGANIZATION**\\
**INTERNATIONAL MILITARY STAFF**\\
**ORGANISATION DU TRAITÉ DE L'ATLANTIQUE NORD**\\
**ÉTAT-MAJOR MILITAIRE INTERNATIONAL**\\
Boulevard Léopold III, B-1110 Brussels

IMSM-0904-2042 (PPD)\\
10 October 2042

# STAFF VACANCY

| | |
|---|---|
| **VACANCY NUMBER:** | {REF} |
| **POST TITLE:** | {TITLE} |
| **POST NUMBER:** | {POST} |
| **ORGANISATION:** | {ORG} |
| **DIVISION:** | {DIV} |
| **LOCATION:** | {LOC} |
| **NATO GRADE:** | {GRADE} |
| **SECURITY CLEARANCE:** | {CLEAR} |

**1. Post Context.** The {DIV} develops the Military Committee's advice on Alliance strategy, policy and posture. Its Nuclear Policy Branch supports the Military Committee on all aspects of NATO's nuclear deterrence, working with the International Staff's Nuclear Policy Directorate.

**2. Principal Duties.** The incumbent's duties are:

{chr(10).join(f'{chr(97+i)}. {d}' for i, d in enumerate(DUTIES))}

**3. Essential Qualifications.**

{chr(10).join(f'{chr(97+i)}. {d}' for i, d in enumerate(ESS))}

**4. Desirable Qualifications.**

{chr(10).join(f'{chr(97+i)}. {d}' for i, d in enumerate(DES))}

**5. Attributes/Competencies.**

{chr(10).join(f'{chr(97+i)}. {n}: {d}' for i, (n, d) in enumerate(COMP))}

**6. Remarks.**

a. The post is open to civilian nationals of NATO member countries. The basic salary is {SAL_TXT}, with allowances according to the NATO Civilian Personnel Regulations.

b. Applications, using the NATO application form, must reach the IMS Personnel Office no later than {DEADLINE_TXT}. Late applications will not be considered.

c. Shortlisted candidates will be interviewed at NATO Headquarters in the first half of December 2042. The successful candidate must hold, or be able to obtain, a national clearance of the required level before taking up the post.

NATO UNCLASSIFIED
"""


def build():
    expected(REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, {"en": None}, "2042-11-05",
             sal(9842.17), GRADE, CLEAR, post=POST,
             req={"en": {"essential": ESS, "desirable": DES}}, comp={"en": comps(COMP)})
    b = os.path.join(ROOT, "__build")
    md = os.path.join(b, f"{REF}-ims.md")
    open(md, "w", encoding="utf-8").write(markdown())
    docx = os.path.join(b, f"{REF}-ims.docx")
    subprocess.run(["pandoc", md, "-o", docx], check=True)
    env = dict(os.environ, HOME="/tmp/lohome301")
    os.makedirs("/tmp/lohome301", exist_ok=True)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", b, docx],
                   check=True, env=env, capture_output=True)
    pdf = f"{REF}-ims.libreoffice.pdf"
    os.replace(os.path.join(b, f"{REF}-ims.pdf"), os.path.join(ROOT, pdf))
    register(pdf, REF, "pdf")
    dump = subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(ROOT, pdf), "-"],
                          capture_output=True, check=True).stdout.decode("utf-8")
    write(f"{REF}-ims.libreoffice.pdftotext.txt", dump, REF)

    notice = f"""STAFF VACANCY {REF}
POST TITLE: {TITLE}
POST NUMBER: {POST}
ORGANISATION: {ORG}
DIVISION: {DIV}
LOCATION: {LOC}
NATO GRADE: {GRADE}
SECURITY CLEARANCE: {CLEAR}

1. Post Context. The {DIV} develops the Military Committee's advice on Alliance strategy, policy and posture. Its Nuclear Policy Branch supports the Military Committee on all aspects of NATO's nuclear deterrence.

2. Principal Duties.
{chr(10).join(f'{chr(97+i)}. {d}' for i, d in enumerate(DUTIES))}

3. Essential Qualifications.
{chr(10).join(f'{chr(97+i)}. {d}' for i, d in enumerate(ESS))}

4. Desirable Qualifications.
{chr(10).join(f'{chr(97+i)}. {d}' for i, d in enumerate(DES))}

5. Attributes/Competencies.
{chr(10).join(f'{chr(97+i)}. {n}: {d}' for i, (n, d) in enumerate(COMP))}

6. Remarks.
a. Open to civilian nationals of NATO member countries. Basic salary {SAL_TXT}.
b. Applications must reach the IMS Personnel Office no later than {DEADLINE_TXT}."""
    chat = f"""[10/10/2042, 08:41:07] Lt Col Anneke Vos: Morning all 👋 IMS has published a civilian post in PPD, nuclear branch. Text below, PDF in the shared drive.
[10/10/2042, 08:41:55] Lt Col Anneke Vos: {notice.replace(chr(10), chr(10))}
[10/10/2042, 08:43:12] Cdr Tomasz Lis: Thanks! Is this the one the Ministry wanted to fill with a civilian?
[10/10/2042, 08:44:30] Lt Col Anneke Vos: Yes. Our national deadline for the endorsement letter is 24 October, so anyone interested tell me by 20/10 please
[10/10/2042, 08:45:02] Maj Julien Perrin: ‎<attached: 00000412-IMSM-0904-2042.pdf>
[10/10/2042, 08:45:40] Maj Julien Perrin: The closing date in the PDF is the 5th, same as above 👍
[10/10/2042, 09:02:18] Cdr Tomasz Lis: Shared with the nuclear desk at home
[11/10/2042, 17:26:51] Lt Col Anneke Vos: Reminder: NPG staff group is on 16/10, I'll be out that afternoon
"""
    write(f"{REF}-whatsapp.txt", chat, REF)
