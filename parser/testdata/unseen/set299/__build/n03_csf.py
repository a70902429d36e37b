"""Conseil scolaire francophone de la Colombie-Britannique (school board, Richmond BC) - French then English.
Renderings: careers page clipped to Markdown (bold label lines with hard breaks); browser select-all copy
(label line, TAB, value; menu lines)."""
from common import *

REF = "CSF-2042-PA-114"
T = {"fr": "Technicienne ou technicien en soutien informatique scolaire", "en": "School IT Support Technician"}
O = {"fr": "Conseil scolaire francophone de la Colombie-Britannique",
     "en": "Conseil scolaire francophone de la Colombie-Britannique"}
L = {"fr": "Richmond (Colombie-Britannique)", "en": "Richmond, British Columbia"}
S = {"fr": "Temps plein, 35 heures par semaine, du lundi au vendredi",
     "en": "Full-time, 35 hours per week, Monday to Friday"}
SAL = {"fr": "de 34,37 $ à 40,26 $ l'heure, selon la convention collective",
       "en": "$34.37 to $40.26 per hour, as per the collective agreement"}
DL = {"fr": "le lundi 8 septembre 2042 à 16 h (heure du Pacifique)",
      "en": "Monday, September 8, 2042 at 4:00 p.m. (Pacific Time)"}
LBL = {"fr": ["Numéro d'affichage", "Employeur", "Service", "Lieu de travail", "Statut", "Horaire", "Salaire",
              "Date limite"],
       "en": ["Posting number", "Employer", "Department", "Work location", "Status", "Schedule", "Wage",
              "Closing date"]}
SERV = {"fr": "Services informatiques", "en": "Information Technology Services"}
STAT = {"fr": "Poste régulier, syndiqué (SCFP, section locale 5338)",
        "en": "Regular position, unionized (CUPE Local 5338)"}
INTRO = {
    "fr": "Le Conseil scolaire francophone de la Colombie-Britannique offre une éducation en français langue "
          "première à plus de six mille élèves dans une quarantaine d'écoles, de l'île de Vancouver aux Rocheuses. "
          "Notre équipe des services informatiques soutient les élèves, le personnel enseignant et les directions "
          "d'école au quotidien.",
    "en": "The Conseil scolaire francophone de la Colombie-Britannique provides French first-language education to "
          "more than six thousand students in some forty schools, from Vancouver Island to the Rockies. Our IT "
          "services team supports students, teachers and principals every day.",
}
TACHES = {
    "fr": ["installer, configurer et réparer les postes de travail, tablettes et imprimantes des écoles;",
           "répondre aux demandes de soutien reçues par le système de billets, en personne ou à distance;",
           "préparer les appareils des élèves à chaque rentrée et tenir l'inventaire à jour;",
           "assister les enseignants dans l'utilisation des tableaux interactifs et des plateformes d'apprentissage;",
           "se déplacer dans les écoles du Grand Vancouver selon un calendrier établi."],
    "en": ["install, configure and repair school workstations, tablets and printers;",
           "respond to support requests received through the ticketing system, in person or remotely;",
           "prepare student devices at the start of each school year and keep the inventory up to date;",
           "help teachers use interactive whiteboards and learning platforms;",
           "travel to schools in Metro Vancouver according to an established schedule."],
}
ESS = {
    "fr": ["Diplôme d'études collégiales ou certificat en technologie de l'information, ou formation équivalente;",
           "Deux ans d'expérience en soutien technique auprès d'utilisateurs;",
           "Connaissance des environnements Windows, macOS et Chromebook;",
           "Excellente maîtrise du français et bonne maîtrise de l'anglais, à l'oral et à l'écrit;",
           "Permis de conduire valide de classe 5 et accès à un véhicule."],
    "en": ["College diploma or certificate in information technology, or equivalent training;",
           "Two years of experience in end-user technical support;",
           "Knowledge of Windows, macOS and Chromebook environments;",
           "Excellent command of French and good command of English, spoken and written;",
           "Valid class 5 driver's licence and access to a vehicle."],
}
DES = {
    "fr": ["Certification CompTIA A+ ou l'équivalent;", "Expérience en milieu scolaire."],
    "en": ["CompTIA A+ certification or equivalent;", "Experience in a school setting."],
}
APPLY = {
    "fr": "Veuillez soumettre votre lettre de présentation et votre curriculum vitæ en ligne, en indiquant le numéro "
          "d'affichage. L'embauche est conditionnelle à une vérification satisfaisante du casier judiciaire. Les "
          "entrevues auront lieu la semaine du 15 septembre 2042. Nous remercions toutes les personnes qui posent "
          "leur candidature; seules celles retenues pour une entrevue seront contactées.",
    "en": "Please submit your cover letter and résumé online, quoting the posting number. Employment is conditional "
          "on a satisfactory criminal record check. Interviews will take place the week of September 15, 2042. We "
          "thank all applicants; only those selected for an interview will be contacted.",
}
HEAD = {"fr": ["Principales tâches", "Exigences", "Atouts", "Pour postuler"],
        "en": ["Main duties", "Requirements", "Assets", "How to apply"]}


def exp():
    return exp_for(REF, ["fr", "en"], T, O, L, S, "2042-09-08", sal(None, 34.37, 40.26, "CAD", "hour"),
                   req={l: (ESS[l], DES[l]) for l in ("fr", "en")}, comp={"fr": [], "en": []})


def vals(l):
    return [REF, O[l], SERV[l], L[l], STAT[l], S[l], SAL[l], DL[l]]


def md():
    def half(l):
        facts = "  \n".join(f"**{a}{' :' if l == 'fr' else ':'}** {b}" for a, b in zip(LBL[l], vals(l)))
        it = lambda xs: "\n".join(f"- {x}" for x in xs)
        h = HEAD[l]
        return f"""## {T[l]}

{facts}

{INTRO[l]}

### {h[0]}

{it(TACHES[l])}

### {h[1]}

{it(ESS[l])}

### {h[2]}

{it(DES[l])}

### {h[3]}

{APPLY[l]}
"""
    return f"""[Aller au contenu principal](#contenu) · [English](#english)

**CSF** — Conseil scolaire francophone de la Colombie-Britannique

[Nos écoles](/ecoles) · [Inscription](/inscription) · [Parents](/parents) · [Carrières](/carrieres) · [Nouvelles](/nouvelles) · [Nous joindre](/contact)

> **Avis** — Les bureaux du Centre administratif seront fermés le lundi 1er septembre 2042 (fête du Travail).

[Accueil](/) › [Carrières](/carrieres) › [Personnel de soutien](/carrieres/soutien) › {REF}

*Affiché le 20 août 2042 · Personnel de soutien*

{half("fr")}

---

<a id="english"></a>

{half("en")}

---

[Voir toutes les offres](/carrieres) · [Politique de confidentialité](/confidentialite)

© 2042 Conseil scolaire francophone de la Colombie-Britannique — 180-10200, chemin Shellbridge, Richmond (C.-B.)
"""


def browser():
    def half(l):
        facts = "\n".join(f"{a}\t{b}" for a, b in zip(LBL[l], vals(l)))
        it = lambda xs: "\n".join(xs)
        h = HEAD[l]
        return f"""{T[l]}
{facts}
{INTRO[l]}
{h[0]}
{it(TACHES[l])}
{h[1]}
{it(ESS[l])}
{h[2]}
{it(DES[l])}
{h[3]}
{APPLY[l]}"""
    return f"""Aller au contenu principal
English
CSF
Conseil scolaire francophone de la Colombie-Britannique
Rechercher
Nos écoles
Inscription
Parents
Carrières
Nouvelles
Nous joindre
Avis — Les bureaux du Centre administratif seront fermés le lundi 1er septembre 2042 (fête du Travail).
Accueil
Carrières
Personnel de soutien
{REF}
Affiché le 20 août 2042 · Personnel de soutien
{half("fr")}
{half("en")}
Voir toutes les offres
Politique de confidentialité
Autres offres
Aide-enseignante ou aide-enseignant – École des Pionniers, Port Coquitlam – date limite : 29 août 2042
Secrétaire d'école – École Victor-Brodeur, Victoria – date limite : 10 septembre 2042
© 2042 Conseil scolaire francophone de la Colombie-Britannique
"""


def build():
    key = write_expected(exp())
    write(f"{key}-csf.md", md(), key, "md")
    write(f"{key}-navigateur.txt", browser(), key, "txt")
