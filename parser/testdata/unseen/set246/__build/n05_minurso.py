from common import *

KEY = "38-supply-chain-management-minurso-353108-r-laayoune-x"
REF = "38-Supply Chain Management-MINURSO-353108-R-Laayoune (X)"
TITLE = "Warehouse Assistant"
ORG = "United Nations Mission for the Referendum in Western Sahara"
LOC = "LAAYOUNE"
CAT = "General Service and related, G-4"
EDU = "High school diploma or equivalent is required."
EXP_REQ = "A minimum of five years of experience in warehousing, inventory control or supply operations is required."
EXP_DES1 = "Experience with an enterprise resource planning system in a supply or property management role is desirable."
EXP_DES2 = "Experience in a field mission of the United Nations common system is desirable."
LANG_CTX = "English and French are the working languages of the United Nations Secretariat."
LANG_REQ = "For this position, fluency in English is required."
LANG_DES = "Knowledge of Arabic, French or Spanish is desirable."
COMP = [
    ("Professionalism", "Knows the receiving, storage and issuing procedures of the mission and follows them without shortcuts; keeps stock records accurate."),
    ("Teamwork", "Shares the workload with colleagues in the warehouse and in the team sites; accepts joint responsibility for the results of the team."),
    ("Client Orientation", "Treats the units it serves as clients and tells them early when an item will be late."),
]
DUTIES = [
    "Receives and inspects goods delivered to the central warehouse in Laayoune and records them in the inventory system.",
    "Picks, packs and issues items to sections and to the team sites east and west of the berm.",
    "Carries out periodic stock counts and reports discrepancies to the Warehouse Supervisor.",
    "Prepares documents for the write-off and disposal of unserviceable items.",
    "Ensures that hazardous goods are stored and labelled in line with the mission's safety rules.",
]
SETTING = ("This position is located in the Supply Chain Management Section of MINURSO in Laayoune. The Warehouse "
           "Assistant reports to the Warehouse Supervisor.")


def build():
    comp_html = "\n".join(f"<li><b>{esc(n)}:</b> {esc(d)}</li>" for n, d in COMP)
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{TITLE}, G4 | UN Jobs</title>
<style>body{{font-family:Verdana,sans-serif;font-size:13px;max-width:860px;margin:auto}} .top{{background:#5b92e5;color:#fff;padding:6px}}
.ad{{border:1px dashed #aaa;color:#999;padding:6px;text-align:center}} .meta td{{padding:2px 8px}} .related li{{margin:2px}}</style></head><body>
<div class="top">UN Jobs · Duty stations · Organizations · Latest · Vacancies by e-mail · Log in</div>
<p class="crumbs">UN Jobs › Western Sahara › Laayoune</p>
<h1>{TITLE}, G4</h1>
<table class="meta">
<tr><td>Organization:</td><td>MINURSO - {esc(ORG)}</td></tr>
<tr><td>Location:</td><td>Laayoune</td></tr>
<tr><td>Closing date:</td><td>Friday, 9 April 2038</td></tr>
</table>
<div class="ad">Advertisement</div>
<p><b>Job Opening</b></p>
<p><b>Posting Title:</b> WAREHOUSE ASSISTANT, G4<br>
<b>Job Code Title:</b> {TITLE.upper()}<br>
<b>Department/Office:</b> {esc(ORG)}<br>
<b>Category and Level:</b> {CAT}<br>
<b>Duty Station:</b> {LOC}<br>
<b>Posting Period:</b> 10 March 2038 - 09 April 2038<br>
<b>Job Opening Number:</b> {esc(REF)}<br>
<b>Staffing Exercise:</b> N/A</p>
<p><i>United Nations Core Values: Integrity, Professionalism, Respect for Diversity</i></p>
<p><b>Org. Setting and Reporting</b></p>
<p>{esc(SETTING)}</p>
<p><b>Responsibilities</b></p>
{ul(DUTIES)}
<p><b>Competencies</b></p>
<ul>
{comp_html}
</ul>
<p><b>Education</b></p>
<p>{esc(EDU)}</p>
<p><b>Work Experience</b></p>
<p>{esc(EXP_REQ)} {esc(EXP_DES1)} {esc(EXP_DES2)}</p>
<p><b>Languages</b></p>
<p>{esc(LANG_CTX)} {esc(LANG_REQ)} {esc(LANG_DES)}</p>
<p><b>Assessment</b></p>
<p>Evaluation of qualified candidates may include a practical test to be held in Laayoune on 27 April 2038, followed by a competency-based interview.</p>
<p><b>Special Notice</b></p>
<p>This is a local recruitment. Candidates must reside within commuting distance of the duty station at the time of application.</p>
<p><b>No Fee</b></p>
<p>THE UNITED NATIONS DOES NOT CHARGE A FEE AT ANY STAGE OF THE RECRUITMENT PROCESS.</p>
<p><a href="#">Apply on the official site</a></p>
<div class="related"><p><b>More jobs in Laayoune</b></p>
<ul><li>Administrative Assistant, G5 · MINURSO · 2 April 2038</li>
<li>Heavy Vehicle Driver, G3 · MINURSO · 14 April 2038</li>
<li>Medical Doctor, P3 · MINURSO · 30 April 2038</li></ul></div>
<p><small>UN Jobs is not affiliated with the United Nations. Posted: 11 March 2038 · Updated: 11 March 2038</small></p>
</body></html>
"""
    write(KEY + "-unjobs.html", html, KEY)

    duties_txt = "\n".join(f"  • {d}" for d in DUTIES)
    comp_txt = "\n".join(f"{n}: {d}" for n, d in COMP)
    board = f"""☰  EmploiSahara.ma     Offres  |  Entreprises  |  Conseils  |  Publier une offre     Connexion
Accueil > Offres d'emploi > Laâyoune > Logistique

{TITLE} | Mission des Nations Unies pour l'organisation d'un référendum au Sahara occidental (MINURSO)

CDD   ·   Laâyoune   ·   Expérience : 5 ans   ·   Bac
Date limite de candidature : 09/04/2038
👁 318 vues   ·   Publiée le 12/03/2038

Description de l'emploi

Department/ Office : {ORG}
Posting Title : WAREHOUSE ASSISTANT, G4
Job Title : {TITLE}
Level : G4
Category and Level : {CAT}
Location : {LOC}
Posting Period : 10 March 2038 – 09 April 2038
Job Opening number : {REF}
Closing Date : 09/04/2038 at 11:59 p.m. (New York time)

United Nations Core Values: Integrity, Professionalism, Respect for Diversity

ORG. SETTING AND REPORTING

{SETTING}

RESPONSIBILITIES

{duties_txt}

COMPETENCIES

{comp_txt}

EDUCATION

{EDU}

WORK EXPERIENCE

{EXP_REQ} {EXP_DES1} {EXP_DES2}

LANGUAGES

{LANG_CTX} {LANG_REQ} {LANG_DES}

ASSESSMENT

Practical test in Laayoune on 27 April 2038, then interview.

Postuler : uniquement via le portail des carrières des Nations Unies (lien ci-dessous).
EmploiSahara.ma n'est pas l'employeur et ne demande aucun frais aux candidats.

Offres similaires
  Magasinier cariste – Laâyoune – 05/04/2038
  Assistant logistique – Dakhla – 16/04/2038
  Gestionnaire de stock – Tan-Tan – 22/04/2038

© 2038 EmploiSahara.ma · Mentions légales · Contact
"""
    write(KEY + "-emploisahara.txt", board, KEY)

    expected(KEY, REF, ["en"], TITLE, ORG, LOC, "2038-04-09", grade="G-4",
             requirements={"en": {"essential": [EDU, EXP_REQ, LANG_REQ], "desirable": [EXP_DES1, EXP_DES2, LANG_DES]}},
             competencies={"en": COMP})
