"""CIESPAC - Centre Inter-États d'Enseignement Supérieur en Santé Publique d'Afrique Centrale (CEMAC
institution = international body, Brazzaville) - French only.
Renderings: institution page clipped to Markdown (pipe table without header labels, roman heads);
WhatsApp group chat export (timestamps, the avis pasted in one message with '*' bold and '•' items)."""
from common import *

REF = "CIESPAC/DG/AVP/2042/04"
POST = "CIESPAC-ENS-07"
T = "Enseignant(e)-chercheur(e) en épidémiologie des maladies transmissibles"
O = "Centre Inter-États d'Enseignement Supérieur en Santé Publique d'Afrique Centrale"
L = "Brazzaville (République du Congo)"
S = "Temps plein"
SAL = "1 196 500 FCFA brut mensuel, hors indemnités de logement et de transport"
DL = "lundi 22 septembre 2042 à 16 heures (heure de Brazzaville)"
GRADE = "P3"
MISS = [
    "dispenser les cours d'épidémiologie et de biostatistique du master de santé publique ;",
    "encadrer les mémoires et les stages de terrain des étudiants des six États membres ;",
    "conduire des enquêtes sur les maladies transmissibles avec les ministères de la santé ;",
    "publier les résultats de recherche et contribuer aux demandes de financement ;",
    "participer aux sessions de formation continue destinées aux cadres des districts sanitaires.",
]
ESS = [
    "être ressortissant(e) d'un État membre de la CEMAC ;",
    "être titulaire d'un doctorat en épidémiologie ou en santé publique, ou d'un doctorat en médecine complété par un master en épidémiologie ;",
    "justifier d'au moins cinq (05) années d'expérience dans l'enseignement supérieur ou la recherche en santé publique ;",
    "avoir publié au moins trois articles dans des revues à comité de lecture ;",
    "maîtriser le français ; une bonne connaissance de l'anglais est exigée.",
]
DES = [
    "la maîtrise d'un logiciel d'analyse statistique (R, Stata ou SAS) ;",
    "une expérience de la surveillance épidémiologique en situation d'épidémie.",
]
COMP = [("Rigueur scientifique", ""), ("Sens de la pédagogie", ""), ("Esprit d'équipe", ""), ("Intégrité", "")]


def exp():
    return exp_for(REF, ["fr"], {"fr": T}, {"fr": O}, {"fr": L}, {"fr": S}, "2042-09-22",
                   sal(1196500, None, None, "XAF", "month"), grade=GRADE, post_number=POST,
                   req={"fr": (ESS, DES)}, comp={"fr": COMP})


FACTS = [("Référence", REF), ("Intitulé du poste", T), ("Numéro du poste", POST), ("Institution", O),
         ("Lieu d'affectation", L), ("Grade", GRADE), ("Type de contrat", "Contrat de trois (03) ans renouvelable"),
         ("Régime de travail", S), ("Rémunération", SAL), ("Date limite de dépôt", DL)]
DOSSIER = ("Le dossier comprend une lettre de motivation adressée au Directeur général, un curriculum vitæ, les copies "
           "certifiées des diplômes, la liste des publications et un certificat de nationalité. Il est déposé au "
           "secrétariat de la Direction générale ou transmis à recrutement@ciespac.example. Les candidats présélectionnés "
           "seront entendus par un jury le 13 octobre 2042.")


def md():
    rows = "\n".join(f"| **{a}** | {b} |" for a, b in FACTS)
    it = lambda xs: "\n".join(f"- {x}" for x in xs)
    qual = "\n".join(f"- {n}" for n, _ in COMP)
    return f"""[Accueil](/) · [Le Centre](/centre) · [Formations](/formations) · [Recherche](/recherche) · [Appels et avis](/avis) · [Contact](/contact)

**CIESPAC** — Centre Inter-États d'Enseignement Supérieur en Santé Publique d'Afrique Centrale
*Institution spécialisée de la CEMAC*

[Accueil](/) > [Appels et avis](/avis) > Avis de vacance de poste

*Mis en ligne le 25 août 2042*

# AVIS DE VACANCE DE POSTE N° {REF}

Le Directeur général du Centre Inter-États d'Enseignement Supérieur en Santé Publique d'Afrique Centrale informe
les ressortissants des États membres de la CEMAC qu'un poste est à pourvoir :

## {T}

| | |
|---|---|
{rows}

## I. Missions

{it(MISS)}

## II. Conditions et profil

Le candidat ou la candidate doit :

{it(ESS)}

**Atouts :**

{it(DES)}

## III. Qualités requises

{qual}

## IV. Dossier de candidature

{DOSSIER}

*Fait à Brazzaville, le 25 août 2042*
*Le Directeur général*

---

**Autres avis** : Appel à candidatures, master de santé publique, promotion 2042-2044 (clôture le 30 septembre 2042) ·
Avis d'appel d'offres pour la fourniture de matériel informatique (ouverture des plis le 18 septembre 2042)
"""


def whatsapp():
    facts = "\n".join(f"*{a}* : {b}" for a, b in FACTS)
    it = lambda xs: "\n".join(f"• {x}" for x in xs)
    return f"""25/08/2042 19:02 - Les messages et les appels sont chiffrés de bout en bout.
25/08/2042 19:02 - Dr Ngoma a ajouté Bienvenu
25/08/2042 19:05 - Dr Ngoma: Bonsoir chers collègues, avis du CIESPAC reçu aujourd'hui 👇
25/08/2042 19:06 - Dr Ngoma: *AVIS DE VACANCE DE POSTE N° {REF}*

*{T}*

{facts}

*MISSIONS*
{it(MISS)}

*CONDITIONS ET PROFIL*
Le candidat ou la candidate doit :
{it(ESS)}

*Atouts :*
{it(DES)}

*Qualités requises :* {", ".join(n for n, _ in COMP)}

*DOSSIER*
{DOSSIER}
25/08/2042 19:11 - Clarisse M.: Merci docteur 🙏
25/08/2042 19:14 - Bienvenu: Est-ce que les Congolais de RDC peuvent postuler ?
25/08/2042 19:20 - Dr Ngoma: Non, seulement les États de la CEMAC. Réunion du réseau le 2 septembre à 10 h, n'oubliez pas.
25/08/2042 19:21 - Clarisse M.: <Médias omis>
"""


def build():
    key = write_expected(exp())
    write(f"{key}-ciespac.md", md(), key, "md")
    write(f"{key}-whatsapp.txt", whatsapp(), key, "txt")
