"""Hôpital Aristide Le Dantec (public hospital, Dakar, Senegal) - French only.
Renderings: Senegalese news-site browser copy (communiqué text, 'Label : value' lines, upper-case heads);
job-blog clip in Markdown (bold-label lines in a blockquote, numbered requirements)."""
from common import *

REF = "HAD-DRH/2042/027"
T = "Technicien(ne) supérieur(e) en radiologie et scanographie"
O = "Hôpital Aristide Le Dantec"
L = "Dakar (Sénégal)"
S = "Temps plein, avec gardes de nuit par roulement"
SAL = "468 500 FCFA brut mensuel, hors primes de garde"
DL = "lundi 15 septembre 2042 à 17 heures"
GRADE = "B1"
MISS = [
    "réaliser les examens de radiologie conventionnelle et de scanographie prescrits ;",
    "préparer et surveiller les patients avant, pendant et après l'examen ;",
    "appliquer les règles de radioprotection des patients et du personnel ;",
    "assurer l'entretien courant des équipements et signaler les pannes ;",
    "participer à l'archivage des images dans le système de communication et d'archivage.",
]
ESS = [
    "être de nationalité sénégalaise ;",
    "être titulaire du diplôme d'État de technicien supérieur en imagerie médicale ou d'un diplôme équivalent ;",
    "justifier d'au moins deux (02) ans d'expérience en scanographie ;",
    "être âgé(e) de trente-cinq (35) ans au plus au 31 décembre 2042.",
]
DES = [
    "une expérience de l'imagerie interventionnelle ;",
    "une formation en radioprotection datant de moins de trois ans.",
]
COMP = [("Rigueur", ""), ("Sens de l'accueil", ""), ("Esprit d'équipe", ""), ("Disponibilité", "")]


def exp():
    return exp_for(REF, ["fr"], {"fr": T}, {"fr": O}, {"fr": L}, {"fr": S}, "2042-09-15",
                   sal(468500, None, None, "XOF", "month"), grade=GRADE, req={"fr": (ESS, DES)}, comp={"fr": COMP})


FACTS = [("Référence", REF), ("Établissement", O), ("Service", "Service d'imagerie médicale"), ("Lieu d'affectation", L),
         ("Hiérarchie", GRADE), ("Nature du contrat", "Contrat à durée indéterminée"), ("Régime de travail", S),
         ("Rémunération", SAL), ("Date limite de dépôt", DL)]
DOSSIER = ("Les dossiers (demande manuscrite adressée au Directeur général, CV, copies certifiées des diplômes, "
           "extrait d'acte de naissance, certificat de nationalité) sont déposés au bureau du courrier de la Direction "
           "des ressources humaines ou envoyés à recrutement@hald.example. Les candidats présélectionnés seront "
           "convoqués à un test pratique le 25 septembre 2042.")


def news():
    facts = "\n".join(f"{a} : {b}" for a, b in FACTS)
    it = lambda xs: "\n".join(f"- {x}" for x in xs)
    return f"""Aller au contenu
DakarActu Santé
L'actualité de la santé au Sénégal
Accueil  Politique  Santé  Société  Économie  Sport  Emploi  Contact
Flash : Campagne de vaccination contre la rougeole du 1er au 5 septembre 2042 dans les districts de Dakar
Accueil > Emploi > Avis de recrutement
Hôpital Le Dantec : un avis de recrutement pour le service d'imagerie
Par La Rédaction | 22 août 2042 à 11:20 | 1 834 lectures
Un an après la mise en service du nouveau plateau technique, l'hôpital de l'avenue Pasteur renforce son service
d'imagerie médicale. Voici le communiqué publié par la direction.

RÉPUBLIQUE DU SÉNÉGAL
Un Peuple – Un But – Une Foi
MINISTÈRE DE LA SANTÉ ET DE L'ACTION SOCIALE
HÔPITAL ARISTIDE LE DANTEC
DIRECTION DES RESSOURCES HUMAINES

AVIS DE RECRUTEMENT N° {REF}

Le Directeur général de l'Hôpital Aristide Le Dantec porte à la connaissance du public qu'il recrute un(e) :

{T}

{facts}

MISSIONS
{it(MISS)}

CONDITIONS DE CANDIDATURE
Le candidat ou la candidate doit :
{it(ESS)}

Atouts :
{it(DES)}

Qualités requises : {", ".join(n for n, _ in COMP)}.

COMPOSITION DU DOSSIER
{DOSSIER}

Fait à Dakar, le 21 août 2042
Le Directeur général

Partager : Facebook  X  WhatsApp
À LIRE AUSSI
Hôpital Principal : journées de dépistage du diabète le 20 septembre 2042
Concours d'entrée à l'ENDSS : les résultats attendus le 3 octobre 2042
Commentaires (2)
Moussa D. : Enfin ! Il faut aussi recruter des manipulateurs pour les régions.
Awa S. : Le dépôt peut-il se faire par courriel ? Merci.
"""


def blog():
    facts = "\n".join(f"> **{a} :** {b}  " for a, b in FACTS)
    items = "\n".join(f"{i}. {x}" for i, x in enumerate(ESS, 1))
    des = "\n".join(f"- {x}" for x in DES)
    miss = "\n".join(f"- {x}" for x in MISS)
    qual = "\n".join(f"- {n}" for n, _ in COMP)
    return f"""[Accueil](/) | [Offres d'emploi](/emplois) | [Concours](/concours) | [Bourses](/bourses) | [Contact](/contact)

# Avis de recrutement : {T} – Hôpital Aristide Le Dantec

*Publié le 23 août 2042 par Senjobs Blog · Santé*

{facts}

## Missions

{miss}

## Conditions

{items}

**Atouts**

{des}

## Qualités requises

{qual}

## Dossier

{DOSSIER}

Tags : [Dakar](/tag/dakar) · [Santé](/tag/sante) · [Imagerie](/tag/imagerie)

---

**Articles similaires**

- [Recrutement d'infirmiers au Centre hospitalier de Thiès – date limite 9 septembre 2042](/article/1)
- [Avis de concours de la fonction publique – session d'octobre 2042](/article/2)
"""


def build():
    key = write_expected(exp())
    write(f"{key}-dakaractu.txt", news(), key, "txt")
    write(f"{key}-senjobs.md", blog(), key, "md")
