from common import *
REF = "CDC/GM/HRD/2036/044"; K = key_of(REF)
T = {"en": "Rubber Estate Manager", "fr": "Chef de plantation d'hévéa"}
ORG = {"en": "Cameroon Development Corporation (CDC)", "fr": "Cameroon Development Corporation (CDC)"}
LOC = {"en": "Bimbia Rubber Estate, Fako Division, South-West Region",
       "fr": "Plantation d'hévéa de Bimbia, département du Fako, région du Sud-Ouest"}
S = {"en": "Full-time, resident on the estate", "fr": "Temps plein, avec résidence sur la plantation"}
GRADE = "M1"
SALT = {"en": "Basic salary of XAF 1,120,000 per month, plus free housing on the estate",
        "fr": "Salaire de base de 1 120 000 FCFA (XAF) par mois, logement gratuit sur la plantation en sus"}
DL = {"en": "Wednesday 10 September 2036", "fr": "mercredi 10 septembre 2036"}
ESS = {"en": ["Be a Cameroonian national;",
              "Hold a degree in Agronomy or Agricultural Engineering;",
              "Have at least eight (8) years of experience in rubber plantation management, four of them as a division or field manager;",
              "Be aged fifty (50) years or under on 31 December 2036."],
       "fr": ["Être de nationalité camerounaise ;",
              "Être titulaire d'un diplôme d'ingénieur agronome ou d'ingénieur des travaux agricoles ;",
              "Justifier d'au moins huit (8) ans d'expérience dans la gestion de plantations d'hévéa, dont quatre comme chef de division ou de secteur ;",
              "Être âgé(e) de cinquante (50) ans au plus au 31 décembre 2036."]}
DES = {"en": ["Experience of smallholder outgrower schemes;", "Knowledge of sustainable natural rubber certification schemes."],
       "fr": ["Une expérience des programmes de planteurs villageois ;", "La connaissance des systèmes de certification du caoutchouc naturel durable."]}
DUT = {"en": ["Plan and supervise tapping, collection and field upkeep on the estate;",
              "Manage a workforce of about 600 permanent and seasonal workers;",
              "Prepare and monitor the estate budget."],
       "fr": ["Planifier et superviser la saignée, le ramassage et l'entretien des parcelles ;",
              "Encadrer un effectif d'environ 600 travailleurs permanents et saisonniers ;",
              "Préparer et suivre le budget de la plantation."]}
LAB = {"en": ["Position", "Employer", "Location", "Grade", "Working time", "Salary", "Closing date"],
       "fr": ["Poste", "Employeur", "Lieu d'affectation", "Grade", "Temps de travail", "Rémunération", "Date limite"]}
H = {"en": ["Main duties", "Requirements", "Added advantage", "Applications"],
     "fr": ["Principales tâches", "Conditions requises", "Atouts", "Candidatures"]}
APP = {"en": "Applications (cover letter, CV, certified copies of certificates and a birth certificate) should reach the Human Resources Department, CDC Head Office, Bota-Limbe, not later than Wednesday 10 September 2036. Shortlisted candidates will be invited for interviews in Limbe on 1 October 2036.",
       "fr": "Les dossiers (lettre de motivation, CV, copies certifiées des diplômes et acte de naissance) doivent parvenir à la Direction des Ressources Humaines, siège de la CDC, Bota-Limbe, au plus tard le mercredi 10 septembre 2036. Les candidats présélectionnés seront convoqués à un entretien à Limbe le 1er octobre 2036."}

def half_md(l):
    vals = [T[l], ORG[l], LOC[l], GRADE, S[l], SALT[l], DL[l]]
    head = "| | |\n|---|---|\n" + "\n".join("| **%s** | %s |" % (a, b) for a, b in zip(LAB[l], vals))
    return f"""{head}

### {H[l][0]}

{bullets(DUT[l], "- ")}

### {H[l][1]}

{bullets(ESS[l], "1. ")}

### {H[l][2]}

{bullets(DES[l], "- ")}

### {H[l][3]}

{APP[l]}"""

md = f"""---
title: "Vacancy announcement / Avis de vacance {REF}"
source: CDC website (demonstration copy)
---

**CAMEROON DEVELOPMENT CORPORATION** · Head Office, Bota-Limbe · [Home](#) · [Products](#) · [Careers](#) · [EN/FR](#)

# VACANCY ANNOUNCEMENT – {REF}

*Limbe, 18 August 2036. The General Manager of the Cameroon Development Corporation announces the recruitment of:*

## {T["en"]}

{half_md("en")}

---

# AVIS DE VACANCE – {REF}

*Limbe, le 18 août 2036. Le Directeur général de la Cameroon Development Corporation annonce le recrutement d'un :*

## {T["fr"]}

{half_md("fr")}

> NB: CDC does not charge any fee for recruitment. / La CDC ne perçoit aucun frais de recrutement.
"""
write(K + "-cdc.md", md, K)

def half_txt(l):
    vals = [T[l], ORG[l], LOC[l], GRADE, S[l], SALT[l], DL[l]]
    head = "\n".join("%s: %s" % (a, b) if l == "en" else "%s : %s" % (a, b) for a, b in zip(LAB[l], vals))
    return f"""{head}

{H[l][0]}
{bullets(DUT[l], "- ")}

{H[l][1]}
{bullets(ESS[l], "- ")}

{H[l][2]}
{bullets(DES[l], "- ")}

{APP[l]}"""

board = f"""MyJobMag Cameroon   Jobs   Companies   Career advice   Post a job   Login
Home / Jobs / Agriculture / Agro-Allied

Rubber Estate Manager at Cameroon Development Corporation (CDC)

Cameroon Development Corporation (CDC)
Job TypeFull TimeQualificationBA/BSc/HNDExperience8 yearsLocationSouth WestJob FieldAgriculture / Agro-Allied
Deadline: Sep 10, 2036

Ref: {REF}

{half_txt("en")}

----- Version française -----

{half_txt("fr")}

Method of Application
Send applications by hand or courier as stated above. Do not pay anyone for this job.

Share this job   Report job

Similar jobs
Plantation Supervisor at an agro-industrial company – Kumba – Deadline: Sep 03, 2036
Farm Manager – Limbe – XAF 450,000 monthly – Deadline: Sep 19, 2036
"""
write(K + "-myjobmag.txt", board, K)

expected(REF, ["en", "fr"], T, ORG, LOC, S, "2036-09-10",
         sal(amount=1120000, cur="XAF", per="month"), GRADE,
         {l: (ESS[l], DES[l]) for l in ("en", "fr")}, {"en": [], "fr": []})
