from common import *

REF = "BFD-2037-09"
T = {"fr": "Coordonnateur(trice) des loisirs communautaires et des événements",
     "en": "Community Recreation and Events Coordinator"}
O = {"fr": "Ville de Beresford", "en": "Town of Beresford"}
L = {"fr": "Beresford (Nouveau-Brunswick)", "en": "Beresford, New Brunswick"}
S = {"fr": "35 heures par semaine, horaire variable incluant des soirs et des fins de semaine",
     "en": "35 hours per week, flexible schedule including evenings and weekends"}
SAL = {"fr": "de 57 180 $ à 70 905 $ par année", "en": "$57,180 to $70,905 per year"}
DL = {"fr": "le vendredi 15 janvier 2038 à 16 h", "en": "Friday, January 15, 2038, at 4:00 p.m."}
ESS = {"fr": ["Diplôme collégial ou universitaire en loisirs, en récréologie, en éducation physique ou dans un domaine connexe;",
              "Au moins trois ans d'expérience en planification et en animation d'activités communautaires;",
              "Maîtrise du français et de l'anglais, à l'oral et à l'écrit;",
              "Permis de conduire valide de classe 5."],
       "en": ["College diploma or university degree in recreation, leisure studies, physical education or a related field;",
              "At least three years of experience planning and leading community activities;",
              "Proficiency in French and English, spoken and written;",
              "Valid Class 5 driver's licence."]}
DES = {"fr": ["Certification en premiers soins et en RCR;",
              "Expérience de la gestion de bénévoles ou d'un site de plein air."],
       "en": ["First aid and CPR certification;",
              "Experience managing volunteers or an outdoor recreation site."]}
NB = "\u2011"


def nb(s):
    return s.replace("-", NB)


def half(l):
    fr = l == "fr"
    lab = (["Numéro de concours", "Employeur", "Service", "Lieu de travail", "Statut", "Horaire", "Salaire", "Date limite"] if fr else
           ["Competition number", "Employer", "Department", "Location", "Status", "Hours", "Salary", "Closing date"])
    val = [REF, O[l], "Loisirs, culture et vie communautaire" if fr else "Recreation, Culture and Community Life",
           L[l], "Poste permanent, non syndiqué" if fr else "Permanent, non-union", S[l], SAL[l], DL[l]]
    table = "| | |\n|---|---|\n" + "\n".join(f"| **{a}** | {nb(b)} |" for a, b in zip(lab, val))
    if fr:
        body = f"""# OFFRE D'EMPLOI — CONCOURS {REF}

## {T['fr']}

La {O['fr']}, municipalité francophone de la baie des Chaleurs, est à la recherche d'une personne dynamique pour planifier et animer la programmation de loisirs, les festivals et les activités intergénérationnelles offertes à sa population.

### Renseignements

{table}

### Responsabilités

- Planifier la programmation saisonnière de loisirs et en assurer la promotion;
- Organiser les événements municipaux, dont le Carnaval d'hiver et la Fête de la plage;
- Recruter, former et encadrer les animateurs et les bénévoles;
- Préparer les demandes de subvention et les rapports d'activités;
- Veiller à la sécurité des participants et au bon état des équipements.

### Exigences

{chr(10).join('- ' + x for x in ESS['fr'])}

### Atouts

{chr(10).join('- ' + x for x in DES['fr'])}

### Pour postuler

Veuillez faire parvenir votre curriculum vitæ et une lettre de présentation au plus tard {DL['fr']}, à rh@beresford.example ou à l'hôtel de ville. La personne retenue devra fournir une vérification du casier judiciaire, y compris la vérification des antécédents en vue d'un travail auprès de personnes vulnérables. Les entrevues auront lieu durant la semaine du 25 janvier 2038; l'entrée en fonction est prévue le 1er mars 2038. Seules les personnes retenues pour une entrevue seront contactées.
"""
    else:
        body = f"""# EMPLOYMENT OPPORTUNITY — COMPETITION {REF}

## {T['en']}

The {O['en']}, a francophone municipality on the Bay of Chaleur, is looking for an energetic person to plan and lead the recreation programme, festivals and intergenerational activities offered to its residents.

### Information

{table}

### Responsibilities

- Plan the seasonal recreation programme and promote it;
- Organize municipal events, including the Winter Carnival and the Beach Festival;
- Recruit, train and supervise activity leaders and volunteers;
- Prepare grant applications and activity reports;
- Ensure the safety of participants and the good condition of equipment.

### Requirements

{chr(10).join('- ' + x for x in ESS['en'])}

### Assets

{chr(10).join('- ' + x for x in DES['en'])}

### How to apply

Please send your résumé and a cover letter no later than {DL['en']}, to rh@beresford.example or to the Town Hall. The successful candidate will be required to provide a criminal record check, including a vulnerable sector check. Interviews will take place during the week of January 25, 2038; the start date is March 1, 2038. Only candidates selected for an interview will be contacted.
"""
    return body


def build():
    req = {l: {"essential": ESS[l], "desirable": DES[l]} for l in ("fr", "en")}
    k = expected(REF, ["fr", "en"], T, O, L, S, "2038-01-15", sal("CAD", "year", lo=57180, hi=70905), None, None,
                 req, {"fr": [], "en": []})
    md = ("**VILLE DE BERESFORD · TOWN OF BERESFORD** — 855, rue Principale, Beresford (N.‑B.) — 506 555‑0142\n\n"
          + half("fr") + '\n```{=openxml}\n<w:p><w:r><w:br w:type="page"/></w:r></w:p>\n```\n\n' + half("en"))
    libreoffice_pdf(md, k + "-beresford.libreoffice.pdf", k)

    board = f"""EmploisAcadie.example — Trouver un emploi | Find a job      Connexion   EN
Recherche : loisirs · Beresford · 25 km
{T['fr']}
{O['fr']}Beresford, NB Sur place57 180 $ – 70 905 $ / annéeTemps pleinPublié il y a 4 jours
Postuler maintenant   Sauvegarder

Numéro de concours{REF}EmployeurVille de BeresfordServiceLoisirs, culture et vie communautaireLieu de travail{L['fr']}StatutPoste permanent, non syndiquéHoraire{S['fr']}Salaire{SAL['fr']}Date limite{DL['fr']}
Description du posteLa Ville de Beresford, municipalité francophone de la baie des Chaleurs, recherche une personne dynamique pour planifier et animer la programmation de loisirs, les festivals et les activités intergénérationnelles.
ResponsabilitésPlanifier la programmation saisonnière et en assurer la promotion; organiser les événements municipaux (Carnaval d'hiver, Fête de la plage); encadrer animateurs et bénévoles; préparer demandes de subvention et rapports; veiller à la sécurité des participants.
Exigences
{chr(10).join(ESS['fr'])}
Atouts
{chr(10).join(DES['fr'])}
Pour postulerCV et lettre de présentation au plus tard {DL['fr']}, à rh@beresford.example. Vérification du casier judiciaire et des antécédents (secteur vulnérable) exigée. Entrevues la semaine du 25 janvier 2038.

----- English version -----
{T['en']}
{O['en']}Beresford, NBIn-person$57,180 – $70,905 / yearFull-time
Competition number{REF}EmployerTown of BeresfordLocation{L['en']}StatusPermanent, non-unionHours{S['en']}Salary{SAL['en']}Closing date{DL['en']}
Job descriptionThe Town of Beresford is looking for an energetic person to plan and lead its recreation programme, festivals and intergenerational activities.
Requirements
{chr(10).join(ESS['en'])}
Assets
{chr(10).join(DES['en'])}
How to applyRésumé and cover letter no later than {DL['en']}, to rh@beresford.example. Criminal record and vulnerable sector checks required.

Offres semblables | Similar jobs
Animateur(trice) de camp de jour — Ville de Bathurst — date limite 29 janvier 2038
Préposé(e) à l'aréna — Petit-Rocher — date limite 8 février 2038
© 2037 EmploisAcadie.example · Confidentialité · Conditions
"""
    write(k + "-emploisacadie.txt", board, k)
