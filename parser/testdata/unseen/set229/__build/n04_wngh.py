from common import *

KEY = "wngh-36-112"
REF = "WNGH-36-112"
T = {"fr": "Technologue en échographie diagnostique", "en": "Diagnostic Medical Sonographer"}
O = {"fr": "Hôpital général de Nipissing Ouest", "en": "West Nipissing General Hospital"}
L = {"fr": "Sturgeon Falls (Ontario)", "en": "Sturgeon Falls, Ontario"}
S = {"fr": "Temps plein – 75 heures aux deux semaines", "en": "Full-time – 75 hours bi-weekly"}
SALV = {"fr": "de 44,18 $ à 55,36 $ l'heure, selon la convention collective", "en": "$44.18 to $55.36 per hour, as per the collective agreement"}
ESS = {"fr": ["Diplôme d'un programme d'échographie diagnostique agréé ;",
              "Inscription en règle auprès de l'Ordre des technologues en radiation médicale et en imagerie médicale de l'Ontario (OTRMIO) ;",
              "Certification de Sonography Canada (générale) ou admissibilité à l'obtenir dans les 12 mois ;",
              "Capacité démontrée à travailler de façon autonome dans un petit service d'imagerie ;",
              "Bilinguisme (français et anglais) à l'oral et à l'écrit."],
       "en": ["Diploma from an accredited diagnostic medical sonography program;",
              "Current registration in good standing with the College of Medical Radiation and Imaging Technologists of Ontario (CMRITO);",
              "Sonography Canada certification (generalist) or eligibility to obtain it within 12 months;",
              "Demonstrated ability to work independently in a small imaging department;",
              "Bilingualism (French and English), spoken and written."]}
DES = {"fr": ["Expérience en échographie vasculaire ou obstétricale ;",
              "Expérience en milieu rural ou dans un hôpital communautaire."],
       "en": ["Experience in vascular or obstetrical ultrasound;",
              "Experience in a rural or community hospital setting."]}

expected(KEY, {
    "reference": REF, "post_number": None, "languages": ["fr", "en"],
    "title": T, "organisation": O, "location": L, "schedule": S,
    "deadline": "2036-11-17", "salary": sal(None, 44.18, 55.36, "CAD", "hour"),
    "grade": None, "clearance": None,
    "requirements": {l: {"essential": ESS[l], "desirable": DES[l]} for l in ("fr", "en")},
    "competencies": {"fr": [], "en": []},
})

RESP = {"fr": ["réaliser les examens échographiques abdominaux, pelviens, thyroïdiens et musculo-squelettiques prescrits ;",
               "préparer les rapports préliminaires à l'intention des radiologistes qui lisent à distance ;",
               "assurer le contrôle de la qualité et l'entretien courant des appareils ;",
               "accueillir et rassurer les patient(e)s dans la langue de leur choix ;",
               "participer à la formation des étudiant(e)s en stage."],
        "en": ["perform abdominal, pelvic, thyroid and musculoskeletal ultrasound examinations as ordered;",
               "prepare preliminary reports for the radiologists who read remotely;",
               "carry out quality control and routine care of the equipment;",
               "welcome and reassure patients in the language of their choice;",
               "take part in the training of students on placement."]}
LAB = {"fr": dict(h="Affichage de poste", ref="N° d'affichage", svc="Service", svcv="Imagerie diagnostique",
                  loc="Lieu", st="Statut", stv="Permanent, syndiqué (SEFPO, section 667)", hrs="Heures", sal="Salaire",
                  post="Date d'affichage", postv="20 octobre 2036", close="Date de clôture",
                  closev="17 novembre 2036, 16 h", about="À propos de nous",
                  aboutv="L'" + O["fr"] + " est un établissement bilingue de 98 lits qui offre des soins aigus, des soins continus complexes et des soins de longue durée à la population de Nipissing Ouest. Notre petit service d'imagerie accueille environ 9 000 examens par année.",
                  resp="Responsabilités", q="Qualifications requises", a="Atouts",
                  apply="Pour postuler", applyv="Faites parvenir votre lettre de présentation et votre curriculum vitæ au Service des ressources humaines, en indiquant le numéro d'affichage " + REF + ", au plus tard le 17 novembre 2036 à 16 h. Les entrevues devraient avoir lieu la semaine du 1er décembre 2036. Une vérification des antécédents criminels (secteur vulnérable) sera exigée de la personne retenue.",
                  eq="L'Hôpital souscrit au principe de l'équité en emploi. Des mesures d'adaptation sont offertes sur demande à toutes les étapes du processus."),
       "en": dict(h="Job Posting", ref="Posting #", svc="Department", svcv="Diagnostic Imaging",
                  loc="Location", st="Status", stv="Permanent, unionized (OPSEU, Local 667)", hrs="Hours", sal="Wage",
                  post="Posted", postv="October 20, 2036", close="Closing date",
                  closev="November 17, 2036, 4:00 p.m.", about="About us",
                  aboutv=O["en"] + " is a 98-bed bilingual facility providing acute, complex continuing and long-term care to the people of West Nipissing. Our small imaging department performs about 9,000 examinations a year.",
                  resp="Responsibilities", q="Required qualifications", a="Assets",
                  apply="How to apply", applyv="Send your cover letter and résumé to Human Resources, quoting posting number " + REF + ", no later than November 17, 2036 at 4:00 p.m. Interviews are expected during the week of December 1, 2036. A criminal record check with vulnerable sector screening will be required of the successful candidate.",
                  eq="The Hospital is an equal opportunity employer. Accommodation is available on request at every stage of the process.")}


def half(l):
    w = LAB[l]
    return f"""## {w['h']} – {T[l]}

| | |
|---|---|
| **{w['ref']}** | {REF} |
| **{w['svc']}** | {w['svcv']} |
| **{w['loc']}** | {L[l]} |
| **{w['st']}** | {w['stv']} |
| **{w['hrs']}** | {S[l]} |
| **{w['sal']}** | {SALV[l]} |
| **{w['post']}** | {w['postv']} |
| **{w['close']}** | {w['closev']} |

### {w['about']}

{w['aboutv']}

### {w['resp']}

{bullets(RESP[l], '* ')}

### {w['q']}

{bullets(ESS[l], '* ')}

### {w['a']}

{bullets(DES[l], '* ')}

### {w['apply']}

{w['applyv']}

*{w['eq']}*
"""


md = f"""[Accueil / Home](#) · [Carrières / Careers](#) · [Fondation / Foundation](#) · [Nous joindre / Contact](#)

> Avis : le stationnement P2 sera fermé pour travaux jusqu'au 31 octobre 2036. / Notice: parking lot P2 is closed for work until October 31, 2036.

# {O['fr']} | {O['en']}

[English below](#en)

{half('fr')}

---

<a id="en"></a>

{half('en')}

© 2036 {O['fr']} / {O['en']}
"""
write(KEY + "-wngh.md", md, KEY)

board = f"""EmploisSantéNord.ca  |  Rechercher  Publier une offre  Connexion  EN
Accueil > Offres > Imagerie > {REF}

{T['fr']} / {T['en']}
{O['fr']}{L['fr']}Publiée il y a 6 jours
Affichage n° / Posting #{REF}Statut / StatusPermanentHeures / Hours{S['fr']} · {S['en']}
Salaire / Wage{SALV['fr']} | {SALV['en']}
Date limite / Closes17 novembre 2036 / November 17, 2036
Postuler / Apply  ☆ Sauvegarder

Français
À propos de nous{LAB['fr']['aboutv']}
Responsabilités{' '.join(RESP['fr'])}
Qualifications requises
{chr(10).join(ESS['fr'])}
Atouts
{chr(10).join(DES['fr'])}
Pour postuler{LAB['fr']['applyv']}

English
About us{LAB['en']['aboutv']}
Responsibilities{' '.join(RESP['en'])}
Required qualifications
{chr(10).join(ESS['en'])}
Assets
{chr(10).join(DES['en'])}
How to apply{LAB['en']['applyv']}

Lieu de travail / Work location
{L['en']} · {O['en']}

Offres semblables / Similar jobs
Infirmier(ère) autorisé(e) – Urgence · Hôpital de Mattawa · Clôture 21 novembre 2036
Medical Radiation Technologist · North Bay · Closes November 28, 2036
Signaler cette offre · Conditions d'utilisation · © EmploisSantéNord.ca
"""
write(KEY + "-emploissantenord.txt", board, KEY)
