from common import *
import html as H
KEY = "NAGSMA-VN-2035-09"
POST = "NGS CFM 0040"
T_EN = "Configuration Manager (AGS Ground Segment)"
T_FR = "Gestionnaire de configuration (segment sol AGS)"
O_EN = "NATO Alliance Ground Surveillance Management Agency (NAGSMA)"
O_FR = "Agence OTAN de gestion du système d'alliance de surveillance terrestre (NAGSMA)"
L_EN, L_FR = "Brussels, Belgium", "Bruxelles (Belgique)"
S_EN, S_FR = "Full-time", "Temps plein"
GRADE, CLR = "G14", "NATO SECRET"
ESS_EN = [
    "A university degree in engineering, computer science or a related discipline, or equivalent professional experience.",
    "At least five years of experience in configuration management of complex systems, including at least two years on software-intensive systems.",
    "Sound knowledge of configuration identification, change control, status accounting and audits according to ACMP or ISO 10007.",
    "Experience in chairing or supporting a configuration control board.",
    "Experience with a configuration or product lifecycle management tool.",
    "English: SLP 3333.",
]
DES_EN = [
    "Experience of ground segments of airborne surveillance or satellite systems.",
    "Knowledge of NATO common funding and of multinational programme governance.",
    "French: SLP 2222.",
]
ESS_FR = [
    "Diplôme universitaire en ingénierie, en informatique ou dans une discipline apparentée, ou expérience professionnelle équivalente.",
    "Au moins cinq années d'expérience dans la gestion de configuration de systèmes complexes, dont au moins deux sur des systèmes à forte composante logicielle.",
    "Bonne connaissance de l'identification de configuration, du contrôle des modifications, de l'enregistrement de l'état de configuration et des audits selon l'ACMP ou la norme ISO 10007.",
    "Expérience de la présidence ou du soutien d'un comité de contrôle de configuration.",
    "Expérience d'un outil de gestion de configuration ou de gestion du cycle de vie des produits.",
    "Anglais : SLP 3333.",
]
DES_FR = [
    "Expérience des segments sol de systèmes de surveillance aéroportés ou de systèmes satellitaires.",
    "Connaissance du financement commun de l'OTAN et de la gouvernance des programmes multinationaux.",
    "Français : SLP 2222.",
]
C_EN = [("Analytical Thinking", "Identifies the impact of a proposed change on interfaces, documents and baselines."),
        ("Clarity and Accuracy", "Keeps configuration records complete and traceable."),
        ("Impact and Influence", "Persuades contractors and users to follow the agreed change process."),
        ("Teamwork", "Works with engineers, logisticians and finance staff of several nations.")]
C_FR = [("Réflexion analytique", "Détermine l'incidence d'une modification proposée sur les interfaces, les documents et les configurations de référence."),
        ("Clarté et précision", "Tient des dossiers de configuration complets et traçables."),
        ("Impact et influence", "Amène les contractants et les utilisateurs à respecter le processus de modification convenu."),
        ("Travail en équipe", "Travaille avec des ingénieurs, des logisticiens et du personnel financier de plusieurs nations.")]
exp = expected(KEY, post_number=POST, languages=["en", "fr"], title={"en": T_EN, "fr": T_FR},
               organisation={"en": O_EN, "fr": O_FR}, location={"en": L_EN, "fr": L_FR},
               schedule={"en": S_EN, "fr": S_FR}, deadline="2035-11-14", salary=sal(7318.44), grade=GRADE,
               clearance=CLR, req={"en": {"essential": ESS_EN, "desirable": DES_EN}, "fr": {"essential": ESS_FR, "desirable": DES_FR}},
               comps={"en": comp(C_EN), "fr": comp(C_FR)})
e = H.escape

def table(rows):
    return '<table class="facts">' + "".join(f"<tr><th>{e(a)}</th><td>{e(b)}</td></tr>" for a, b in rows) + "</table>"

def ol(items):
    return "<ol>" + "".join(f"<li>{e(x)}</li>" for x in items) + "</ol>"

def comps(cs):
    return "".join(f"<p><b>{e(n)}:</b> {e(d)}</p>" for n, d in cs)

def comps_fr(cs):
    return "".join(f"<p><b>{e(n)} :</b> {e(d)}</p>" for n, d in cs)

SRC = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{KEY}</title>
<style>
@page {{ size: A4; margin: 2.2cm 2cm; @top-center {{ content: "NATO UNCLASSIFIED"; font-size: 9pt; }}
        @bottom-center {{ content: "NATO UNCLASSIFIED – " counter(page) "/" counter(pages); font-size: 9pt; }} }}
body {{ font-family: 'Liberation Sans', sans-serif; font-size: 10.5pt; hyphens: manual; }}
.lh {{ text-align: right; font-size: 9pt; }}
h1 {{ font-size: 13pt; text-align: center; }}
h2 {{ font-size: 11pt; margin-top: 1em; }}
table.facts {{ border-collapse: collapse; width: 100%; }}
table.facts th {{ background: #dde3ea; text-align: left; width: 35%; padding: 3px 6px; border: 1px solid #999; }}
table.facts td {{ padding: 3px 6px; border: 1px solid #999; }}
.fr {{ page-break-before: always; }}
</style></head><body>
<div class="lh">NATO Alliance Ground Surveillance Management Agency<br>Boulevard Léopold III, 1110 Brussels<br>NAGSMA/HR/2035/0612 – 15 October 2035</div>
<h1>VACANCY NOTICE / AVIS DE VACANCE<br>{KEY}</h1>
{table([("Vacancy number", KEY), ("Post title", T_EN), ("Post number", POST), ("Agency", O_EN), ("Grade", "NATO Grade " + GRADE),
        ("Location", L_EN), ("Schedule", S_EN), ("Security clearance", CLR), ("Basic monthly salary", "7,318.44 EUR (exempt from national income tax)"),
        ("Closing date", "Wednesday, 14 November 2035, 23:59 (CET)")])}
<h2>1. Background</h2>
<p>NAGSMA manages, on behalf of the participating nations, the acquisition and the in-service support of the Alliance Ground Surveillance system, including its ground segment of mobile and transportable ground stations, mission operations support and training systems.</p>
<h2>2. Duties</h2>
<p>Under the Head of Engineering, the Configuration Manager keeps the approved configuration of the ground segment under control. He/she registers change requests, prepares and records the decisions of the Configuration Control Board, checks that contractors' deliveries match the approved baselines and plans configuration audits.</p>
<h2>3. Essential qualifications</h2>
{ol(ESS_EN)}
<h2>4. Desirable qualifications</h2>
{ol(DES_EN)}
<h2>5. Competencies</h2>
{comps(C_EN)}
<h2>6. How to apply</h2>
<p>Applications from nationals of the AGS participating nations must reach the Agency through its e-recruitment page by the closing date. Interviews are planned for January 2036.</p>
<div class="fr">
<h1>AVIS DE VACANCE<br>{KEY}</h1>
{table([("Numéro de vacance", KEY), ("Titre du poste", T_FR), ("Numéro de poste", POST), ("Agence", O_FR), ("Grade", "Grade OTAN " + GRADE),
        ("Lieu", L_FR), ("Horaire", S_FR), ("Habilitation de sécurité", CLR), ("Traitement mensuel de base", "7 318,44 EUR (exonéré d'impôt national sur le revenu)"),
        ("Date de clôture", "mercredi 14 novembre 2035, 23 h 59 (HEC)")])}
<h2>1. Contexte</h2>
<p>La NAGSMA gère, pour le compte des nations participantes, l'acquisition et le soutien en service du système AGS, y compris son segment sol composé de stations sol mobiles et transportables, de moyens de soutien aux opérations et de systèmes d'entraînement.</p>
<h2>2. Fonctions</h2>
<p>Sous l'autorité du chef de l'Ingénierie, le/la gestionnaire de configuration assure la maîtrise de la configuration approuvée du segment sol. Il/Elle enregistre les demandes de modification, prépare et consigne les décisions du comité de contrôle de configuration, vérifie la conformité des livraisons aux configurations de référence et planifie les audits.</p>
<h2>3. Qualifications essentielles</h2>
{ol(ESS_FR)}
<h2>4. Qualifications souhaitables</h2>
{ol(DES_FR)}
<h2>5. Compétences</h2>
{comps_fr(C_FR)}
<h2>6. Candidature</h2>
<p>Les candidatures des ressortissants des nations participant au programme AGS doivent parvenir à l'Agence par sa page de recrutement en ligne avant la date de clôture.</p>
</div>
</body></html>
"""
open(os.path.join(BUILD, f"{KEY}-nagsma.html"), "w", encoding="utf-8").write(SRC)
pdf = f"{KEY}-nagsma.weasyprint.pdf"
weasy(f"{KEY}-nagsma.html", pdf)
add_row(pdf, KEY, "pdf")
add_row(dump(pdf), KEY, "txt")
