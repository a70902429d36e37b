from common import *

KEY = "coc-hr-2043-17"; REF = "COC-HR-2043-17"
T = {"en": "Water and Wastewater Treatment Plant Operator",
     "fr": "Opérateur ou opératrice d'usine de traitement de l'eau et des eaux usées"}
ORG = {"en": "City of Campbellton", "fr": "Ville de Campbellton"}
LOC = {"en": "Campbellton, New Brunswick", "fr": "Campbellton (Nouveau-Brunswick)"}
SCH = {"en": "Full-time, 40 hours per week, rotating weekend shifts",
       "fr": "Temps plein, 40 heures par semaine, quarts de fin de semaine en rotation"}
SAL = {"en": "$27.93 to $32.16 per hour", "fr": "de 27,93 $ à 32,16 $ l'heure"}
DL = {"en": "Thursday, November 26, 2043, at 4:00 p.m.", "fr": "le jeudi 26 novembre 2043 à 16 h"}
ESS = {"en": ["Grade 12 diploma or equivalent;",
              "Water Treatment and Wastewater Treatment Operator Certification, Level II or higher, recognized in New Brunswick;",
              "Two years of experience operating a municipal treatment facility;",
              "Valid Class 5 driver's licence;",
              "Ability to communicate in English and French."],
       "fr": ["Diplôme de 12e année ou l'équivalent;",
              "Certification d'opérateur en traitement de l'eau et des eaux usées de niveau II ou supérieur, reconnue au Nouveau-Brunswick;",
              "Deux années d'expérience dans l'exploitation d'une installation municipale de traitement;",
              "Permis de conduire de classe 5 valide;",
              "Capacité de communiquer en français et en anglais."]}
DES = {"en": ["Post-secondary diploma in environmental technology;", "Experience with SCADA systems."],
       "fr": ["Diplôme postsecondaire en technologie environnementale;", "Expérience des systèmes SCADA."]}
DUT = {"en": ["Operate and monitor the water treatment plant, pumping stations and the wastewater lagoon;",
              "Collect samples and perform routine laboratory tests;",
              "Record readings and prepare reports required by the Department of Environment;",
              "Perform preventive maintenance on pumps, valves and chemical feed equipment;",
              "Respond to alarms and emergencies as part of the on-call rotation."],
       "fr": ["Exploiter et surveiller l'usine de traitement de l'eau, les stations de pompage et l'étang d'épuration;",
              "Prélever des échantillons et effectuer les analyses de routine en laboratoire;",
              "Consigner les relevés et préparer les rapports exigés par le ministère de l'Environnement;",
              "Assurer l'entretien préventif des pompes, des vannes et des doseurs de produits chimiques;",
              "Intervenir en cas d'alarme ou d'urgence dans le cadre de la rotation de garde."]}
LAB = {"en": ["Competition No.", "Employer", "Department", "Location", "Status", "Hours", "Wage", "Closing date"],
       "fr": ["Concours no", "Employeur", "Service", "Lieu de travail", "Statut", "Horaire", "Salaire", "Date limite"]}
DEP = {"en": "Public Works and Utilities", "fr": "Travaux publics et services d'utilité publique"}
STAT = {"en": "Permanent, unionized (CUPE)", "fr": "Permanent, syndiqué (SCFP)"}
TXT = {"en": ("Employment Opportunity", "Duties", "Qualifications", "Assets",
              "The City of Campbellton is looking for a certified operator to join its utilities team at the water treatment plant on the Restigouche River.",
              "Apply with a cover letter, résumé and copies of certificates to City Hall, Human Resources, or by email to hr@campbellton.example. We thank all applicants; only those selected for an interview will be contacted. Interviews will take place during the week of December 7, 2043."),
       "fr": ("Possibilité d'emploi", "Tâches", "Exigences", "Atouts",
              "La Ville de Campbellton est à la recherche d'un opérateur ou d'une opératrice certifié(e) pour joindre l'équipe des services d'utilité publique à l'usine de traitement de l'eau, sur la rivière Restigouche.",
              "Faites parvenir une lettre de présentation, un curriculum vitæ et les copies de vos certificats à l'hôtel de ville, Ressources humaines, ou par courriel à hr@campbellton.example. Nous remercions toutes les personnes candidates; seules celles retenues pour une entrevue seront contactées. Les entrevues auront lieu la semaine du 7 décembre 2043.")}

def vals(l):
    return [REF, ORG[l], DEP[l], LOC[l], STAT[l], SCH[l], SAL[l], DL[l]]

def build():
    expected(KEY, REF, ["en", "fr"], T, ORG, LOC, SCH, "2043-11-26",
             salary=sal(None, 27.93, 32.16, "CAD", "hour"),
             req={l: {"essential": ESS[l], "desirable": DES[l]} for l in ("en", "fr")},
             comp={"en": [], "fr": []})
    def half(l):
        h, hd, hq, ha, intro, apply = TXT[l]
        facts = "\n".join(f"* {k}: {v}" if l == "en" else f"* {k} : {v}" for k, v in zip(LAB[l], vals(l)))
        return f"""## {h}

### {T[l]}

{facts}

{intro}

#### {hd}

{chr(10).join(f"{i}. " + x for i, x in enumerate(DUT[l], 1))}

#### {hq}

{chr(10).join("- " + x for x in ESS[l])}

#### {ha}

{chr(10).join("- " + x for x in DES[l])}

{apply}
"""
    md = f"""
[Skip to content](#main) · [Français](#fr)

**City of Campbellton · Ville de Campbellton**

[Residents](#) | [Business](#) | [Tourism](#) | [City Hall](#) | [Careers](#) | [Contact](#)

> **Public notice:** the fall flushing of water mains continues until October 30, 2043. Water may be discoloured for a short time.

[Home](#) > [City Hall](#) > [Careers](#) > {REF}

{half("en")}
---

<a id="fr"></a>

{half("fr")}
---

City Hall · 76 Water Street, Campbellton (N.B.) · Office hours: Monday to Friday, 8:30 a.m. to 4:30 p.m. · Next council meeting: November 9, 2043
"""
    w(KEY + "-campbellton.md", md, KEY)

    def fbhalf(l):
        h, hd, hq, ha, intro, apply = TXT[l]
        facts = "\n".join(f"{k}: {v}" if l == "en" else f"{k} : {v}" for k, v in zip(LAB[l], vals(l)))
        return f"""{h.upper()} – {T[l]}

{facts}

{intro}

{hd}:
{chr(10).join("👉 " + x for x in DUT[l])}

{hq}:
{chr(10).join("✔️ " + x for x in ESS[l])}

{ha}:
{chr(10).join("➕ " + x for x in DES[l])}

{apply}"""
    fb = f"""
City of Campbellton / Ville de Campbellton
2 d · 🌐

📣 We're hiring! / On embauche! 💧
(Français plus bas)

{fbhalf("en")}

———

{fbhalf("fr")}

#Campbellton #Restigouche #Jobs #Emplois

👍❤️ 87 · 23 comments · 41 shares

Like · Comment · Share

Most relevant

Denise Arsenault
Shared with my nephew, he just finished his certification at the college!
2 d · Like · Reply

Marc Thériault
Est-ce que le poste est ouvert aux gens de Pointe-à-la-Croix?
2 d · Like · Reply
    City of Campbellton / Ville de Campbellton
    Oui, toutes les candidatures sont les bienvenues. Les entrevues auront lieu la semaine du 7 décembre.
    1 d · Like · Reply

View more comments
"""
    w(KEY + "-facebook.txt", fb, KEY)
