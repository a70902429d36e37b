"""298341 - SHAPE, local civilian post (FR only). Rendering: a messaging-app chat exported as text."""
from common import expected, write

REF = "298341"
TITLE = "Technicien(ne) de maintenance (chauffage, ventilation et climatisation)"
ORG = "SHAPE (Grand Quartier général des puissances alliées en Europe)"
LOC = "Casteau (Mons), Belgique"
SCH = "Temps plein (38 heures par semaine)"
ESS = [
    "Diplôme de l'enseignement secondaire supérieur technique ou professionnel en électromécanique, en techniques du froid ou équivalent",
    "Au moins trois ans d'expérience dans l'entretien d'installations de chauffage, de ventilation ou de climatisation de bâtiments tertiaires",
    "Certification frigoriste valide (catégorie I) ou volonté de l'obtenir dans les six mois",
    "Bonne connaissance du français ; notions d'anglais technique (STANAG 6001 niveau 2 en lecture)",
    "Permis de conduire B",
]
DES = [
    "Expérience des systèmes de gestion technique centralisée des bâtiments",
    "Connaissance du néerlandais ou de l'allemand",
    "Expérience dans un environnement militaire ou international",
]


def exp():
    return expected(REF, None, ["fr"], {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, {"fr": SCH},
                    "2033-07-04", {"amount": 2913.40, "currency": "EUR", "period": "month"},
                    "C-4", "NATO CONFIDENTIAL", {"fr": {"essential": ESS, "desirable": DES}},
                    {"fr": []})


def chat():
    ess = "\n".join("- " + s for s in ESS)
    des = "\n".join("- " + s for s in DES)
    return f"""[20/06/2033 08:41] Nadia (Amicale Casteau): Bonjour à toutes et à tous ☀️ quelqu'un connaît un chauffagiste qui cherche du boulot ? SHAPE recrute, je colle l'avis ci-dessous
[20/06/2033 08:42] Nadia (Amicale Casteau): AVIS DE VACANCE – PERSONNEL CIVIL LOCAL
Avis de vacance n° {REF}
Intitulé du poste : {TITLE}
Organisme : {ORG}
Service : Division Soutien du quartier général – Section Infrastructure
Lieu de travail : {LOC}
Catégorie : C-4 (personnel civil local)
Régime de travail : {SCH}
Type de contrat : contrat de travail à durée indéterminée de droit belge, précédé d'une période d'essai
Rémunération : 2 913,40 € bruts par mois, plus primes d'équipe éventuelles
Habilitation de sécurité : NATO CONFIDENTIAL
Date limite : 4 juillet 2033, 12 h 00

Contexte
La Section Infrastructure assure l'exploitation et l'entretien des bâtiments du quartier général. L'équipe technique intervient sur plus de 120 bâtiments, des bureaux aux logements en passant par les installations sportives.

Tâches principales
- Effectuer l'entretien préventif et correctif des chaudières, centrales de traitement d'air et groupes de froid
- Relever les paramètres de fonctionnement et signaler les anomalies au chef d'équipe
- Assurer les permanences techniques selon un tableau de rôle (soirées et week-ends)
- Tenir à jour les fiches d'intervention dans le logiciel de maintenance
- Encadrer ponctuellement les entreprises sous-traitantes présentes sur le site

Exigences
{ess}

Atouts
{des}

Comment postuler
Envoyer une lettre de motivation et un CV en français, avec la référence {REF}, à recrutement.lwe@shape.example.int. Les candidat(e)s retenu(e)s seront convoqué(e)s à un essai pratique la semaine du 18 juillet 2033.
[20/06/2033 08:44] Marc D.: Merci Nadia ! Je transfère à mon beau-frère 👍
[20/06/2033 08:51] Sophie L.: C'est bien payé ça pour du C-4 ? 🤔
[20/06/2033 08:53] Nadia (Amicale Casteau): Il y a les primes en plus je crois. Et les chèques-repas
[20/06/2033 09:02] Karim B.: L'an dernier ils avaient un poste d'électricien, la date limite était le 30 juin, ça part vite
[20/06/2033 09:03] Sophie L.: 👌
[20/06/2033 09:15] Marc D.: <Médias omis>
[20/06/2033 09:16] Marc D.: Il demande si on peut envoyer le CV en anglais
[20/06/2033 09:20] Nadia (Amicale Casteau): Ils disent en français. Et pensez à mettre la référence dans l'objet !
[20/06/2033 09:21] Marc D.: ❤️
"""


def build():
    exp()
    write(f"{REF}-chat.txt", chat(), REF)
