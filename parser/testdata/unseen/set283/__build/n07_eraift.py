from common import *

REF = "ERAIFT/DIR/AVP/2041/02"
PN = "ERAIFT-ENS-FOR-03"
T = {"fr": "Enseignant(e)-chercheur(e) en foresterie communautaire et gouvernance foncière",
     "en": "Lecturer-Researcher in Community Forestry and Land Governance"}
O = {"fr": "École Régionale Post-universitaire d'Aménagement et de Gestion intégrés des Forêts et Territoires tropicaux (ERAIFT)",
     "en": "Regional Post-graduate Training School on Integrated Management of Tropical Forests and Lands (ERAIFT)"}
L = {"fr": "Kinshasa, République démocratique du Congo (campus de l'Université de Kinshasa)",
     "en": "Kinshasa, Democratic Republic of the Congo (University of Kinshasa campus)"}
S = {"fr": "Temps plein (40 heures par semaine)", "en": "Full time (40 hours per week)"}
SAL = {"fr": "3 450 USD nets par mois, plus indemnité de logement", "en": "USD 3,450 net per month, plus housing allowance"}
DL = {"fr": "Mardi 28 mai 2041 à 17 h 00 (heure de Kinshasa)", "en": "Tuesday 28 May 2041 at 17:00 (Kinshasa time)"}
ESS = {"fr": [
    "Être ressortissant(e) d'un pays d'Afrique centrale ou de l'Ouest membre du réseau de l'École.",
    "Doctorat en sciences forestières, en géographie, en sociologie rurale ou en droit de l'environnement.",
    "Cinq ans au moins d'expérience d'enseignement ou de recherche après le doctorat.",
    "Expérience de terrain avec des communautés locales ou des peuples autochtones du bassin du Congo.",
    "Excellente maîtrise du français et bonne connaissance de l'anglais.",
], "en": [
    "Be a national of a Central or West African country belonging to the School's network.",
    "PhD in forestry, geography, rural sociology or environmental law.",
    "At least five years of teaching or research experience after the doctorate.",
    "Field experience with local communities or indigenous peoples of the Congo Basin.",
    "Excellent command of French and good knowledge of English.",
]}
DES = {"fr": ["Publications sur les concessions forestières des communautés locales.", "Expérience de la direction de thèses."],
       "en": ["Publications on local community forest concessions.", "Experience in supervising doctoral theses."]}
COMP = {"fr": ["Esprit d'équipe", "Rigueur scientifique", "Sens de la pédagogie", "Respect de la diversité"],
        "en": ["Teamwork", "Scientific rigour", "Teaching skills", "Respect for diversity"]}
DUT = {"fr": [
    "dispenser les cours de foresterie communautaire et de gouvernance foncière du master et du doctorat ;",
    "encadrer les travaux de terrain des étudiants dans les réserves de biosphère partenaires ;",
    "conduire des recherches sur les droits fonciers coutumiers et les forêts des communautés locales ;",
    "contribuer à la mobilisation de financements et aux publications de l'École.",
], "en": [
    "teach the community forestry and land governance courses of the master's and doctoral programmes;",
    "supervise students' fieldwork in partner biosphere reserves;",
    "conduct research on customary land rights and local community forests;",
    "contribute to fundraising and to the School's publications.",
]}
LAB = {"fr": ["Avis de vacance n°", "Numéro du poste", "Intitulé du poste", "Organisation", "Département", "Lieu d'affectation",
              "Grade", "Temps de travail", "Rémunération", "Date limite"],
       "en": ["Vacancy notice No.", "Post number", "Position title", "Organization", "Department", "Duty station",
              "Grade", "Working time", "Remuneration", "Closing date"]}
DEP = {"fr": "Département de la formation et de la recherche", "en": "Training and Research Department"}
HEAD = {"fr": ["Contexte", "Fonctions", "Qualifications requises", "Atouts", "Compétences", "Candidature"],
        "en": ["Background", "Duties", "Required qualifications", "Assets", "Competencies", "Application"]}
CTX = {"fr": """Créée sous l'égide de l'UNESCO et soutenue par plusieurs États d'Afrique centrale et de l'Ouest, l'École forme
des spécialistes de l'aménagement intégré des forêts tropicales selon une approche systémique. Elle renforce son
équipe permanente pour son nouveau parcours consacré aux droits des communautés.""",
       "en": """Established under the auspices of UNESCO and supported by several Central and West African States, the School
trains specialists in the integrated management of tropical forests through a systems approach. It is
strengthening its permanent staff for its new track on community rights."""}
APP = {"fr": """Les candidatures (lettre, CV, copie du doctorat, liste des publications et noms de trois référents) sont
adressées au Directeur de l'École à recrutement@eraift.example. Les candidat(e)s présélectionné(e)s présenteront un
séminaire le 18 juin 2041.""",
       "en": """Applications (letter, CV, copy of the doctorate, list of publications and three referees) should be sent to the
Director of the School at recrutement@eraift.example. Shortlisted candidates will give a seminar on 18 June 2041."""}

k = expected(REF, ["fr", "en"], T, O, L, S, "2041-05-28", {"amount": 3450, "currency": "USD"}, "P3",
             {l: {"essential": ESS[l], "desirable": DES[l]} for l in ("en", "fr")},
             {l: [(c, "") for c in COMP[l]] for l in ("en", "fr")}, post_number=PN)

def vals(l):
    return [REF, PN, T[l], O[l], DEP[l], L[l], "P3", S[l], SAL[l], DL[l]]

def half(l, brk):
    rows = "".join(f"<tr><td width='30%'><b>{a}</b></td><td>{esc(b)}</td></tr>\n" for a, b in zip(LAB[l], vals(l)))
    title = "AVIS DE VACANCE DE POSTE" if l == "fr" else "VACANCY NOTICE"
    return f"""<p align="center" {'style="page-break-before:always"' if brk else ''}><b>{title}</b></p>
<table width="100%" cellpadding="3">
{rows}</table>
<p><b>1. {HEAD[l][0]}</b></p><p>{" ".join(CTX[l].split())}</p>
<p><b>2. {HEAD[l][1]}</b></p>{ul([esc(x) for x in DUT[l]])}
<p><b>3. {HEAD[l][2]}</b></p>{ul([esc(x) for x in ESS[l]], "ol")}
<p><b>4. {HEAD[l][3]}</b></p>{ul([esc(x) for x in DES[l]])}
<p><b>5. {HEAD[l][4]}</b></p>{ul([esc(x) for x in COMP[l]])}
<p><b>6. {HEAD[l][5]}</b></p><p>{" ".join(APP[l].split())}</p>
"""

src = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>ERAIFT</title>
<style>body{{font-family:'Liberation Sans',sans-serif;font-size:10.5pt}}</style></head><body>
<p align="center"><b>ERAIFT</b><br>École Régionale Post-universitaire d'Aménagement et de Gestion intégrés des Forêts
et Territoires tropicaux<br><i>Regional Post-graduate Training School on Integrated Management of Tropical Forests and
Lands</i><br>B.P. (fictive) – Kinshasa – République démocratique du Congo</p>
{half("fr", False)}
{half("en", True)}
<p align="right">Kinshasa, 25/04/2041 – La Direction (nom fictif)</p>
</body></html>
"""
write_src("eraift-avis.html", src)
soffice("eraift-avis.html", "eraift-dir-avp-2041-02-avis.libreoffice.pdf", k)

def thalf(l):
    w = max(len(a) for a in LAB[l]) + 1
    facts = "\n".join(f"{a.ljust(w)}: {b}" for a, b in zip(LAB[l], vals(l)))
    return f"""{facts}

{HEAD[l][0].upper()}
{" ".join(CTX[l].split())}

{HEAD[l][1].upper()}
{chr(10).join(f"  ({i+1}) {x}" for i, x in enumerate(DUT[l]))}

{HEAD[l][2].upper()}
{chr(10).join(f"  ({i+1}) {x}" for i, x in enumerate(ESS[l]))}

{HEAD[l][3].upper()}
{chr(10).join("  - " + x for x in DES[l])}

{HEAD[l][4].upper()}
{chr(10).join("  - " + x for x in COMP[l])}

{HEAD[l][5].upper()}
{" ".join(APP[l].split())}
"""

mail = f"""From: Secrétariat de Direction ERAIFT <direction@eraift.example>
To: Recteurs et doyens des universités partenaires <partenaires@eraift.example>
Cc: Points focaux nationaux
Date: Fri, 26 Apr 2041 09:37:12 +0100
Subject: Circulaire n° 07/2041 – Avis de vacance / Vacancy notice {REF}

Mesdames et Messieurs les Recteurs et Doyens,

Nous vous saurions gré de bien vouloir diffuser l'avis ci-dessous auprès de vos enseignants et de vos docteurs.
Pour rappel, la réunion du conseil scientifique se tiendra le 6 mai 2041 en visioconférence.

Dear Rectors and Deans, please circulate the notice below (English version after the French one).

=====================================================================
AVIS DE VACANCE DE POSTE
=====================================================================
{thalf("fr")}
=====================================================================
VACANCY NOTICE
=====================================================================
{thalf("en")}
--
Secrétariat de Direction / Director's Office
ERAIFT – Kinshasa (adresse fictive)
"""
write("eraift-dir-avp-2041-02-circulaire.txt", mail, k)
