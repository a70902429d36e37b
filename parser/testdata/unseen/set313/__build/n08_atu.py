from common import *

KEY = "atu-gs-vn-2043-11"; REF = "ATU/GS/VN/2043/11"
T = {"en": "Senior Spectrum Management Officer",
     "fr": "Administrateur(trice) principal(e) chargé(e) de la gestion du spectre"}
ORG = {"en": "African Telecommunications Union", "fr": "Union africaine des télécommunications"}
LOC = {"en": "Nairobi, Kenya", "fr": "Nairobi (Kenya)"}
SCH = {"en": "Full-time", "fr": "Plein temps"}
SAL = {"en": "USD 58,370 per annum (net of tax)", "fr": "58 370 USD par an (net d'impôt)"}
DL = {"en": "24 November 2043 at 17:00 East Africa Time", "fr": "24 novembre 2043 à 17 h 00, heure d'Afrique de l'Est"}
GRADE = "P4"
ESS = {"en": ["A Master's degree in telecommunications engineering, radio communications or a related field.",
              "At least seven years of progressively responsible experience in radio-frequency spectrum planning or management, three of them at international level.",
              "Sound knowledge of the ITU Radio Regulations and of World Radiocommunication Conference preparatory processes.",
              "Proficiency in English or French, with a working knowledge of the other."],
       "fr": ["Master en ingénierie des télécommunications, en radiocommunications ou dans un domaine connexe.",
              "Au moins sept années d'expérience à des responsabilités croissantes dans la planification ou la gestion du spectre des fréquences radioélectriques, dont trois au niveau international.",
              "Bonne connaissance du Règlement des radiocommunications de l'UIT et des processus préparatoires des Conférences mondiales des radiocommunications.",
              "Maîtrise de l'anglais ou du français et connaissance pratique de l'autre langue."]}
DES = {"en": ["Knowledge of Arabic or Portuguese.", "Experience with spectrum-monitoring software."],
       "fr": ["Connaissance de l'arabe ou du portugais.", "Expérience des logiciels de contrôle du spectre."]}
COMP = {"en": [("Leadership", "guides a small team and mentors junior engineers."),
               ("Negotiation", "builds consensus among administrations with diverging positions."),
               ("Communication", "drafts clear technical briefs for Member States.")],
        "fr": [("Leadership", "guide une petite équipe et encadre de jeunes ingénieurs."),
               ("Négociation", "bâtit des consensus entre administrations aux positions divergentes."),
               ("Communication", "rédige des notes techniques claires à l'intention des États membres.")]}
DUT = {"en": ["Coordinate the African common positions on spectrum items ahead of World Radiocommunication Conferences.",
              "Support Member States in cross-border frequency coordination and harmful-interference cases.",
              "Prepare studies on the harmonised use of bands for mobile broadband and satellite services.",
              "Organise regional preparatory meetings and capacity-building workshops."],
       "fr": ["Coordonner les positions africaines communes sur les questions de spectre en vue des Conférences mondiales des radiocommunications.",
              "Appuyer les États membres dans la coordination transfrontalière des fréquences et le traitement des brouillages préjudiciables.",
              "Préparer des études sur l'utilisation harmonisée des bandes pour le haut débit mobile et les services par satellite.",
              "Organiser les réunions préparatoires régionales et les ateliers de renforcement des capacités."]}
ROW = {"en": ["Job Title", "Grade", "Organisation", "Department", "Duty Station", "Working Time", "Salary", "Closing Date"],
       "fr": ["Titre du poste", "Grade", "Organisation", "Département", "Lieu d'affectation", "Régime de travail", "Rémunération", "Date de clôture"]}
DEP = {"en": "Development and Spectrum Department", "fr": "Département du développement et du spectre"}

def vals(l):
    return [T[l], GRADE, ORG[l], DEP[l], LOC[l], SCH[l], SAL[l], DL[l]]

def build():
    expected(KEY, REF, ["en", "fr"], T, ORG, LOC, SCH, "2043-11-24",
             salary=sal(58370, cur="USD", period="year"), grade=GRADE,
             req={l: {"essential": ESS[l], "desirable": DES[l]} for l in ("en", "fr")},
             comp={l: comps(COMP[l]) for l in ("en", "fr")})
    HD = {"en": ("VACANCY NOTICE", "1.0 Introduction",
                 "Established in 1977, the ATU is a specialised institution of the African Union for information and communication technologies. Its General Secretariat in Nairobi serves Member States and Associate Members in policy, regulation and spectrum matters.",
                 "2.0 Position details", "3.0 Duties and Responsibilities", "4.0 Qualifications and Experience",
                 "5.0 Desirable", "6.0 Competencies", "7.0 How to apply",
                 "Applications, with a cover letter, a detailed CV and copies of certificates, must be sent to recruitment@atu.example. Only shortlisted candidates will be contacted; interviews are planned for the week of 14 December 2043. The ATU does not charge any fee at any stage of recruitment."),
          "fr": ("AVIS DE VACANCE DE POSTE", "1.0 Introduction",
                 "Créée en 1977, l'UAT est une institution spécialisée de l'Union africaine dans le domaine des technologies de l'information et de la communication. Son Secrétariat général, établi à Nairobi, sert les États membres et les membres associés en matière de politiques, de réglementation et de spectre.",
                 "2.0 Détails du poste", "3.0 Fonctions et responsabilités", "4.0 Qualifications et expérience",
                 "5.0 Atouts", "6.0 Compétences", "7.0 Comment postuler",
                 "Les candidatures, comprenant une lettre de motivation, un CV détaillé et les copies des diplômes, doivent être envoyées à recruitment@atu.example. Seuls les candidats présélectionnés seront contactés ; les entretiens sont prévus la semaine du 14 décembre 2043. L'UAT ne perçoit aucun frais à quelque étape que ce soit du recrutement.")}
    def half(l):
        kick, h1, intro, h2, h3, h4, h5, h6, h7, apply = HD[l]
        rows = "\n".join(f"<tr><td>{chr(97 + i)}). {k}:</td><td>{v}</td></tr>" for i, (k, v) in enumerate(zip(ROW[l], vals(l))))
        ul = lambda xs: "<ol type=\"i\">" + "".join(f"<li>{x}</li>" for x in xs) + "</ol>"
        sep = ": " if l == "en" else " : "
        return f"""
<article lang="{l}">
<h2>{kick} N° {REF}</h2>
<h3>{h1}</h3>
<p>{intro}</p>
<h3>{h2}</h3>
<table border="1" cellpadding="4">
{rows}
</table>
<h3>{h3}</h3>{ul(DUT[l])}
<h3>{h4}</h3>{ul(ESS[l])}
<h3>{h5}</h3>{ul(DES[l])}
<h3>{h6}</h3>
<ul>{"".join(f"<li><b>{n}</b>{sep}{d}</li>" for n, d in COMP[l])}</ul>
<h3>{h7}</h3>
<p>{apply}</p>
</article>"""
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Vacancy Notice {REF} – ATU</title></head>
<body>
<div class="topbar">ATU-UAT · African Telecommunications Union · Union africaine des télécommunications · <a href="#">English</a> | <a href="#">Français</a></div>
<nav><a href="#">Home</a> <a href="#">About ATU</a> <a href="#">Programmes</a> <a href="#">Events</a> <a href="#">Publications</a> <a href="#">Vacancies</a> <a href="#">Media</a></nav>
<p class="crumb">Home / Ads / Vacancy Notice {REF}</p>
<p class="files"><a href="#">Vacancy Notice - En</a> <a href="#">Avis de vacance - Fr</a> <a href="#">Application form - En</a> <a href="#">Formulaire de candidature - Fr</a></p>
<p class="posted">Posted on 23 October 2043</p>
{half("en")}
<hr>
{half("fr")}
<aside>
<h4>Upcoming events</h4>
<p>ATU Spectrum Forum – Kigali – 2 to 4 December 2043</p>
<p>Deadline for contributions to the Africa Digital Report – 30 November 2043</p>
</aside>
<footer>ATU Secretariat, Nairobi · © 2043 African Telecommunications Union · Terms of use</footer>
</body></html>
"""
    w(KEY + "-atu.html", html, KEY)

    def bhalf(l):
        lines = "\n".join(f"{k}: {v}" if l == "en" else f"{k} : {v}" for k, v in zip(ROW[l], vals(l)))
        sep = ": " if l == "en" else " : "
        return f"""{lines}

{HD[l][2]}

{HD[l][4]}
{chr(10).join("- " + x for x in DUT[l])}

{HD[l][5]}
{chr(10).join(f"{i}. " + x for i, x in enumerate(ESS[l], 1))}

{HD[l][6]}
{chr(10).join("- " + x for x in DES[l])}

{HD[l][7]}
{chr(10).join("- " + n + sep + d for n, d in COMP[l])}

{HD[l][9]}"""
    board = f"""
KaziBora.co.ke | Jobs in Kenya
Find Jobs   Companies   CV Writing   Salary Checker   Employers: Post a Job   Sign in

Home > Jobs > Telecommunications > {T["en"]}

{T["en"]}
African Telecommunications Union (ATU)
NairobiFull TimeTelecom / ICTUSD 58,370Posted 3 days agoDeadline: Nov 24, 2043
Job Summary
Minimum Qualification:MastersExperience Level:Senior levelExperience Length:7 yearsJob Field:Engineering & Technology
Apply via company website   Save job   Share

Job Description
Ref: {REF}

{bhalf("en")}

------- VERSION FRANÇAISE -------

{T["fr"]}
Réf. : {REF}

{bhalf("fr")}

Important safety tip: never pay to get a job. Report suspicious adverts.

Similar jobs
ICT Policy Analyst – Regional organisation – Nairobi – KES 310,000 – Deadline Nov 18, 2043
Radio Frequency Engineer – Telecom operator – Mombasa – Deadline Dec 1, 2043
"""
    w(KEY + "-kazibora.txt", board, KEY)
