from common import *
import html as H

REF = "NSPA-CEPS-2043-27"
POST = "CEPS PO HSE 0110"
T_FR = "Ingénieur/Ingénieure HSE (hygiène, sécurité et environnement) – Réseau d'oléoducs du Centre-Europe"
T_EN = "HSE Engineer (Health, Safety and Environment) – Central Europe Pipeline System"
ORG_FR = "Agence OTAN de soutien et d'acquisition (NSPA)"
ORG_EN = "NATO Support and Procurement Agency (NSPA)"
LOC_FR = "Versailles (Yvelines), France"
LOC_EN = "Versailles (Yvelines), France"
SCH_FR, SCH_EN = "Temps plein", "Full-time"
GRADE, CLR = "G14", "NATO SECRET"
FACTS_FR = [("Numéro de l'avis", REF), ("Numéro de poste", POST), ("Intitulé du poste", T_FR), ("Organisme", ORG_FR),
            ("Service", "Bureau de programme CEPS, Division Exploitation et maintenance"), ("Lieu d'affectation", LOC_FR),
            ("Horaire", SCH_FR), ("Grade OTAN", GRADE), ("Habilitation de sécurité", CLR),
            ("Date limite de candidature", "vendredi 16 janvier 2044 à 23 h 59 (heure de Paris)")]
FACTS_EN = [("Notice number", REF), ("Post number", POST), ("Post title", T_EN), ("NATO Body", ORG_EN),
            ("Office", "CEPS Programme Office, Operations and Maintenance Division"), ("Duty location", LOC_EN),
            ("Schedule", SCH_EN), ("NATO Grade", GRADE), ("Security clearance", CLR),
            ("Closing date", "Friday 16 January 2044, 23:59 (Paris time)")]
ESS_FR = [
    "diplôme d'ingénieur ou master en hygiène, sécurité et environnement, en génie des procédés ou dans une discipline connexe ;",
    "au moins cinq ans d'expérience en prévention des risques dans l'exploitation d'installations pétrolières, chimiques ou de stockage d'hydrocarbures ;",
    "connaissance de la réglementation européenne relative aux installations classées et aux accidents majeurs ;",
    "expérience de l'animation d'audits et d'exercices d'urgence ;",
    "maîtrise de l'anglais et du français (niveau SLP 3333 dans l'une, 2222 dans l'autre).",
]
DES_FR = [
    "certification d'auditeur ISO 45001 ou ISO 14001 ;",
    "expérience des oléoducs ou des dépôts de carburant ;",
    "connaissance de l'allemand ou du néerlandais.",
]
ESS_EN = [
    "an engineering degree or master's degree in health, safety and environment, process engineering or a related discipline;",
    "at least five years of experience in risk prevention in the operation of petroleum, chemical or fuel storage installations;",
    "knowledge of the European regulations on classified installations and major-accident hazards;",
    "experience of leading audits and emergency exercises;",
    "command of English and French (SLP 3333 in one, 2222 in the other).",
]
DES_EN = [
    "ISO 45001 or ISO 14001 auditor certification;",
    "experience of pipelines or fuel depots;",
    "knowledge of German or Dutch.",
]
COMP_FR = [
    ("Rigueur", "applique les procédures et vérifie les résultats avant de les communiquer."),
    ("Sens de la prévention", "repère les situations dangereuses avant qu'elles ne produisent un incident."),
    ("Pédagogie", "explique les règles de sécurité aux exploitants et aux entreprises extérieures."),
    ("Esprit d'équipe", "travaille avec les quatre pays hôtes et leurs organisations nationales d'exploitation."),
]
COMP_EN = [
    ("Rigour", "applies procedures and checks results before passing them on."),
    ("Prevention mindset", "identifies hazardous situations before they lead to an incident."),
    ("Teaching skills", "explains safety rules to operators and outside contractors."),
    ("Team spirit", "works with the four host nations and their national operating organisations."),
]
MISSION_FR = [
    "tenir à jour l'analyse des risques des installations du réseau et le plan de prévention associé ;",
    "conduire les audits HSE des organisations nationales d'exploitation et suivre les actions correctives ;",
    "préparer et évaluer les exercices d'intervention d'urgence ;",
    "analyser les incidents et en tirer les enseignements ;",
    "établir le rapport annuel HSE du programme.",
]
MISSION_EN = [
    "keep the network installations' risk analysis and the related prevention plan up to date;",
    "lead HSE audits of the national operating organisations and follow up corrective actions;",
    "prepare and evaluate emergency response exercises;",
    "analyse incidents and draw lessons from them;",
    "draw up the programme's annual HSE report.",
]
SAL_FR = "7 205,90 EUR par mois, net d'impôt national"
SAL_EN = "EUR 7,205.90 per month, free of national income tax"


def build():
    e = H.escape
    def table(facts):
        return "\n".join(f"<tr><th>{e(k)}</th><td>{e(v)}</td></tr>" for k, v in facts)
    def ol(items):
        return "\n".join(f"<li>{e(i)}</li>" for i in items)
    def comp(items, sep):
        return "\n".join(f"<p class=\"c\"><b>{e(n)}{sep}</b> {e(d)}</p>" for n, d in items)
    src = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 22mm 20mm 20mm 20mm;
  @top-center {{ content: "NATO SANS CLASSIFICATION / NATO UNCLASSIFIED"; font-size: 8pt; }}
  @bottom-right {{ content: "NSPA/CEPS/HR/2043/0412 – " counter(page) " / " counter(pages); font-size: 8pt; }} }}
body {{ font-family: "DejaVu Serif", serif; font-size: 10pt; hyphens: manual; }}
.head {{ text-align: center; font-weight: bold; line-height: 1.3; }}
h1 {{ font-size: 13pt; text-align: center; margin: 14px 0; }}
h2 {{ font-size: 10.5pt; margin: 12px 0 4px; }}
table {{ border-collapse: collapse; width: 100%; }}
th {{ background: #e4e8ee; text-align: left; width: 36%; padding: 3px 6px; border: 1px solid #999; }}
td {{ padding: 3px 6px; border: 1px solid #999; }}
.brk {{ page-break-before: always; }}
.c {{ margin: 3px 0; }}
</style></head><body>
<div class="head">NATO SUPPORT AND PROCUREMENT AGENCY<br>AGENCE OTAN DE SOUTIEN ET D'ACQUISITION<br>Bureau de programme CEPS – 11 bis, rue du Général-Pershing, 78000 Versailles</div>
<p style="text-align:right">Versailles, le 5 décembre 2043</p>
<h1>AVIS DE VACANCE DE POSTE</h1>
<table>{table(FACTS_FR)}</table>
<h2>1. Contexte</h2>
<p>Le réseau d'oléoducs du Centre-Europe (CEPS) approvisionne en carburant les forces de l'OTAN en Belgique, en France, en Allemagne, au Luxembourg et aux Pays-Bas. Le Bureau de programme CEPS, à Versailles, coordonne l'exploitation du réseau par les organisations nationales et veille au respect des exigences d'hygiène, de sécurité et d'environnement.</p>
<h2>2. Missions principales</h2>
<p>Le/La titulaire est chargé(e) de :</p>
<ol type="a">{ol(MISSION_FR)}</ol>
<h2>3. Qualifications essentielles</h2>
<p>Le/La candidat(e) doit posséder :</p>
<ol type="a">{ol(ESS_FR)}</ol>
<h2>4. Qualifications souhaitables</h2>
<ol type="a">{ol(DES_FR)}</ol>
<h2>5. Compétences</h2>
{comp(COMP_FR, " :")}
<h2>6. Conditions d'emploi</h2>
<p>Contrat de durée déterminée de trois ans, renouvelable. Le traitement de base est de {e(SAL_FR)}, auquel s'ajoutent les indemnités prévues par le Règlement du personnel civil de l'OTAN. Les entretiens auront lieu à Versailles dans la semaine du 9 février 2044.</p>

<div class="brk"></div>
<div class="head">NATO SUPPORT AND PROCUREMENT AGENCY<br>CEPS Programme Office – Versailles</div>
<h1>VACANCY NOTICE</h1>
<table>{table(FACTS_EN)}</table>
<h2>1. Background</h2>
<p>The Central Europe Pipeline System (CEPS) supplies fuel to NATO forces in Belgium, France, Germany, Luxembourg and the Netherlands. The CEPS Programme Office in Versailles coordinates the operation of the network by the national organisations and ensures that health, safety and environmental requirements are met.</p>
<h2>2. Main tasks</h2>
<p>The incumbent will:</p>
<ol type="a">{ol(MISSION_EN)}</ol>
<h2>3. Essential qualifications</h2>
<p>The candidate must have:</p>
<ol type="a">{ol(ESS_EN)}</ol>
<h2>4. Desirable qualifications</h2>
<ol type="a">{ol(DES_EN)}</ol>
<h2>5. Competencies</h2>
{comp(COMP_EN, ":")}
<h2>6. Conditions of employment</h2>
<p>Definite duration contract of three years, renewable. The basic salary is {e(SAL_EN)}, plus the allowances provided for in the NATO Civilian Personnel Regulations. Interviews will take place in Versailles in the week of 9 February 2044.</p>
</body></html>"""
    open(f"{BUILD}/{REF}-nspa.html", "w", encoding="utf-8").write(src)
    weasy(f"{REF}-nspa.html", f"{REF}-nspa.weasyprint.pdf", REF)

    def facts_txt(facts, sep):
        return "\n".join(f"{k}{sep}{v}" for k, v in facts)
    def lett(items):
        return "\n".join(f"  {chr(97+i)}) {t}" for i, t in enumerate(items))
    mail = f"""De : Service Emploi-Carrières – École d'ingénieurs <emploi.carrieres@ecole-ingenieurs.example>
Envoyé : mardi 9 décembre 2043 08:47
À : Diplômés filière Risques industriels <alumni-risques@ecole-ingenieurs.example>
Objet : TR : Offre OTAN/NSPA – {T_FR} (Versailles) – candidature avant le 16 janvier

Bonjour à toutes et à tous,

L'agence OTAN de soutien nous a transmis l'avis ci-dessous, en français et en anglais. Une réunion d'information en visio est prévue le jeudi 18 décembre à 12 h 30 pour celles et ceux qui souhaitent des conseils sur le formulaire de candidature.

Bien cordialement,
Le service Emploi-Carrières

-----Message d'origine-----
De : NSPA CEPS HR <ceps.hr@nspa.example>
Envoyé : vendredi 5 décembre 2043 15:12
Objet : Avis de vacance / Vacancy notice {REF}

AVIS DE VACANCE DE POSTE
{facts_txt(FACTS_FR, " : ")}

1. CONTEXTE
Le réseau d'oléoducs du Centre-Europe (CEPS) approvisionne en carburant les forces de l'OTAN en Belgique, en France, en Allemagne, au Luxembourg et aux Pays-Bas. Le Bureau de programme CEPS, à Versailles, coordonne l'exploitation du réseau par les organisations nationales et veille au respect des exigences d'hygiène, de sécurité et d'environnement.

2. MISSIONS PRINCIPALES
Le/La titulaire est chargé(e) de :
{lett(MISSION_FR)}

3. QUALIFICATIONS ESSENTIELLES
Le/La candidat(e) doit posséder :
{lett(ESS_FR)}

4. QUALIFICATIONS SOUHAITABLES
{lett(DES_FR)}

5. COMPÉTENCES
{chr(10).join(f"  {n} : {d}" for n, d in COMP_FR)}

6. CONDITIONS D'EMPLOI
Contrat de durée déterminée de trois ans, renouvelable. Le traitement de base est de {SAL_FR}, auquel s'ajoutent les indemnités prévues par le Règlement du personnel civil de l'OTAN. Les entretiens auront lieu à Versailles dans la semaine du 9 février 2044.

= = = = = = = = = =

VACANCY NOTICE
{facts_txt(FACTS_EN, ": ")}

1. BACKGROUND
The Central Europe Pipeline System (CEPS) supplies fuel to NATO forces in Belgium, France, Germany, Luxembourg and the Netherlands. The CEPS Programme Office in Versailles coordinates the operation of the network by the national organisations and ensures that health, safety and environmental requirements are met.

2. MAIN TASKS
The incumbent will:
{lett(MISSION_EN)}

3. ESSENTIAL QUALIFICATIONS
The candidate must have:
{lett(ESS_EN)}

4. DESIRABLE QUALIFICATIONS
{lett(DES_EN)}

5. COMPETENCIES
{chr(10).join(f"  {n}: {d}" for n, d in COMP_EN)}

6. CONDITIONS OF EMPLOYMENT
Definite duration contract of three years, renewable. The basic salary is {SAL_EN}, plus the allowances provided for in the NATO Civilian Personnel Regulations. Interviews will take place in Versailles in the week of 9 February 2044.

________________________________
Ce message et ses pièces jointes sont confidentiels. Si vous l'avez reçu par erreur, merci de le supprimer et d'en avertir l'expéditeur.
"""
    write(f"{REF}-outlook.txt", mail, REF)
    expected(REF, POST, ["fr", "en"], {"en": T_EN, "fr": T_FR}, {"en": ORG_EN, "fr": ORG_FR},
             {"en": LOC_EN, "fr": LOC_FR}, {"en": SCH_EN, "fr": SCH_FR}, "2044-01-16", sal(7205.90), GRADE, CLR,
             {"en": {"essential": ESS_EN, "desirable": DES_EN}, "fr": {"essential": ESS_FR, "desirable": DES_FR}},
             {"en": comps(COMP_EN), "fr": comps(COMP_FR)})
