from common import *
import html as H
K = "418377"
TITLE = "Staff Assistant (Capability Planning Records)"
POST = "IMS PCD CPR 0070"
ORG = "International Military Staff"
CTX = "The Policy and Capabilities Division (P&C) of the International Military Staff develops military advice on NATO policy, defence planning and capability development for the Military Committee. Its Capability Planning Branch follows the apportionment of capability targets to Allies and prepares the military input to the defence planning capability review. The Staff Assistant keeps the Branch's planning records and data in order and supports the staff officers during the review cycle."
DUT = [
 "Maintaining the Branch's registers of capability targets, national replies and review documents, and ensuring that every document is filed under the correct classification.",
 "Extracting figures from the defence planning database and preparing tables and charts for staff officers.",
 "Preparing the administrative arrangements for multilateral and bilateral review meetings, including rooms, attendance lists and minutes.",
 "Tracking deadlines of taskings received from the Military Committee and reminding action officers in good time.",
 "Acting as back-up to the Branch's Office Manager when required.",
]
ESS = [
 "Higher secondary education and completed vocational training in office administration, records management or a related field.",
 "At least three years of experience in an administrative post in a ministry of defence, a military headquarters or an international organisation.",
 "Experience in maintaining registers or databases with a large number of entries.",
 "Advanced user of Microsoft Excel, including filters, pivot tables and charts.",
 "Minimum NATO Standardized Language Profile (SLP) in English of 3333 (Listening, Speaking, Reading and Writing).",
]
DES = [
 "Knowledge of the NATO Defence Planning Process.",
 "Experience with a document management system such as SharePoint.",
 "SLP 2222 in French.",
]
COMP = [
 ("Personal Attributes", "The incumbent must be well organised, accurate and discreet, and able to keep several deadlines in view at the same time."),
 ("Professional Contacts", "Regular contacts with staff officers of the Division, national delegations and the capability staffs of the Strategic Commands."),
 ("Contribution to Objectives", "The incumbent's records and data directly support the timely delivery of the Division's military advice."),
]
REM = "The basic monthly salary for this post is 5,734.19 EUR per month, tax free, to which allowances may be added depending on the personal situation of the selected candidate. Applications must reach the IMS Civilian Human Resources office no later than Wednesday 6 October 2038 at 23:59 hours (Brussels time). Please note that the competition is provisionally scheduled for November 2038 in Brussels."

def build():
    expected(K, POST, ("en",), {"en": TITLE}, {"en": ORG}, {"en": "Brussels, Belgium"}, {}, "2038-10-06",
             sal(5734.19), "B-5/G-11", "COSMIC TOP SECRET", {"en": {"essential": ESS, "desirable": DES}}, {"en": COMP})
    e = H.escape
    ol = lambda xs: "<ol type=\"a\">" + "".join(f"<li>{e(x)}</li>" for x in xs) + "</ol>"
    doc = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>IMS staff vacancy {K}</title>
<style>body{{font-family:'Liberation Serif';font-size:11pt}} td{{border:1px solid #000;padding:4px;vertical-align:top}} table{{border-collapse:collapse;width:100%}} .c{{text-align:center}} .r{{text-align:right}}</style></head><body>
<p class="c"><b>NATO UNCLASSIFIED</b></p>
<p class="c"><b>NORTH ATLANTIC TREATY ORGANIZATION<br>ORGANISATION DU TRAITÉ DE L'ATLANTIQUE NORD</b><br>INTERNATIONAL MILITARY STAFF<br>ÉTAT-MAJOR MILITAIRE INTERNATIONAL</p>
<p class="r">IMSM-0638-2038<br>7 September 2038</p>
<p class="c"><b>OPEN TO NATIONALS OF NATO MEMBER STATES ONLY</b></p>
<p class="c"><b>STAFF VACANCY {K}</b></p>
<table>
<tr><td><b>DIVISION:</b></td><td>{e(ORG)}<br>Policy and Capabilities Division<br>Capability Planning Branch</td></tr>
<tr><td><b>TITLE:</b></td><td>{e(TITLE)}</td></tr>
<tr><td><b>POST NUMBER:</b></td><td>{POST}</td></tr>
<tr><td><b>GRADE:</b></td><td>B-5/G-11</td></tr>
<tr><td><b>LOCATION:</b></td><td>Brussels, Belgium</td></tr>
<tr><td><b>SECURITY CLEARANCE:</b></td><td>COSMIC TOP SECRET</td></tr>
</table>
<p><b>1. Post Context.</b> {e(CTX)}</p>
<p><b>2. Principal Duties.</b> The incumbent's duties are:</p>{ol(DUT)}
<p><b>3. Essential Qualifications.</b></p>{ol(ESS)}
<p><b>4. Desirable Qualifications.</b></p>{ol(DES)}
<p><b>5. Attributes/Competencies.</b></p>
<ol type="a">{''.join(f'<li>{e(n)}: {e(d)}</li>' for n, d in COMP)}</ol>
<p><b>6. Remarks.</b> {e(REM)}</p>
<p>A written test and an interview will take place for shortlisted candidates. Only shortlisted candidates will be contacted. Serving NATO staff members must attach their last two performance reports.</p>
<p class="c"><b>NATO UNCLASSIFIED</b></p>
</body></html>"""
    open(os.path.join(BUILD, f"{K}-ims.html"), "w", encoding="utf-8").write(doc)
    soffice(f"{K}-ims.html", f"{K}-ims.libreoffice.pdf", K)

    mail = f"""From: Defence Section <defence.section@delegation-nl.example>
Sent: Wednesday, 8 September 2038 09:12
To: NL-NATO-Vacancies (distribution list)
Subject: FW: IMS Staff Vacancy {K} - {TITLE} (closing 06/10/2038)

Dear colleagues,

Please find below an IMS vacancy for your networks. National nomination is not required for civilian posts; candidates apply directly. Internal briefing on NATO civilian careers: 15 September, 14:00, room 2.31.

Kind regards,
Defence Section

-----Original Message-----
From: IMS Civilian Human Resources <ims.chr@hq.nato.example>
Sent: Tuesday, 7 September 2038 16:40
Subject: IMS Staff Vacancy {K}

NATO UNCLASSIFIED

OPEN TO NATIONALS OF NATO MEMBER STATES ONLY
STAFF VACANCY {K}

DIVISION:        {ORG}
                 Policy and Capabilities Division
                 Capability Planning Branch
TITLE:           {TITLE}
POST NUMBER:     {POST}
GRADE:           B-5/G-11
LOCATION:        Brussels, Belgium
SECURITY CLEARANCE: COSMIC TOP SECRET

1. Post Context. {CTX}

2. Principal Duties. The incumbent's duties are:
{chr(10).join(f'   {chr(97+i)}. {x}' for i, x in enumerate(DUT))}

3. Essential Qualifications.
{chr(10).join(f'   {chr(97+i)}. {x}' for i, x in enumerate(ESS))}

4. Desirable Qualifications.
{chr(10).join(f'   {chr(97+i)}. {x}' for i, x in enumerate(DES))}

5. Attributes/Competencies.
{chr(10).join(f'   {chr(97+i)}. {n}: {d}' for i, (n, d) in enumerate(COMP))}

6. Remarks. {REM}

NATO UNCLASSIFIED

This e-mail and any attachment are intended for the addressee only.
"""
    write(f"{K}-email.txt", mail, K)
