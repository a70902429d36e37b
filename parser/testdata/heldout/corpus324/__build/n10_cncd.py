"""CNCD-11.11.11 (Belgian NGO coalition, Brussels), FR: forwarded e-mail + WhatsApp group export."""
from common import *

KEY = "cncd-2044-12"
REF = "CNCD-2044-12"
T = "Chargé·e de plaidoyer justice climatique"
O = "CNCD-11.11.11"
LOC = "Bruxelles"
SCHED = "temps plein (38 heures/semaine)"
ESS = [
    "Master en sciences politiques, en relations internationales, en sciences de l'environnement ou expérience équivalente",
    "Minimum trois ans d'expérience en plaidoyer politique ou en suivi de politiques publiques",
    "Bonne connaissance des négociations climatiques internationales et du financement climat",
    "Excellente capacité rédactionnelle en français et bonne maîtrise de l'anglais",
]
DES = [
    "Connaissance du néerlandais",
    "Expérience au sein d'une ONG, d'un syndicat ou d'une coalition",
]
COMP = [
    ("Sens politique", "vous identifiez les fenêtres d'opportunité et les bons interlocuteurs."),
    ("Capacité de synthèse", "vous transformez un dossier technique en message clair."),
    ("Travail en réseau", "vous construisez des positions communes avec des organisations très diverses."),
]
TASKS = [
    "Suivre les politiques climatiques belges et européennes et la préparation des COP",
    "Rédiger des notes de position, des analyses et des propositions d'amendements",
    "Coordonner le groupe de travail climat réunissant les organisations membres",
    "Entretenir des contacts réguliers avec les cabinets, les parlementaires et la presse",
]
INTRO = ("Le CNCD-11.11.11 est la coupole des ONG de développement, des syndicats et des associations de solidarité "
         "internationale de Belgique francophone et germanophone. Il mène des campagnes de sensibilisation, finance "
         "des projets de partenaires dans le Sud et porte un plaidoyer politique auprès des autorités belges et "
         "européennes.")


def body(bullet):
    return f"""{INTRO}

Poste : {T}
Référence : {REF}
Lieu : {LOC} (siège, quai du Commerce ; télétravail partiel possible)
Régime : {SCHED}
Contrat : CDI
Rémunération : de 3 418 € à 4 962 € bruts mensuels selon l'ancienneté (barème de la commission paritaire 329), chèques-repas et 13e mois
Entrée en fonction : 1er décembre 2044
Date limite : 19 octobre 2044

VOS TÂCHES
{chr(10).join(bullet + t for t in TASKS)}

VOTRE PROFIL
{chr(10).join(bullet + e for e in ESS)}

Atouts :
{chr(10).join(bullet + e for e in DES)}

VOS COMPÉTENCES
{chr(10).join(bullet + n + ' : ' + d for n, d in COMP)}

CANDIDATURE
CV et lettre de motivation à envoyer à recrutement@cncd.example avec la référence {REF} en objet, au plus tard
le 19 octobre 2044 à midi. Les entretiens auront lieu le 29 octobre 2044 ; un exercice écrit sera envoyé aux
personnes présélectionnées le 24 octobre 2044."""


def mail():
    return f"""-------- Message transféré --------
Sujet : 	Tr: [Offre d'emploi] {T} – {REF}
Date : 	Thu, 22 Sep 2044 09:41:07 +0200
De : 	Réseau Solidarité Liège <info@solidarite-liege.example>
Pour : 	membres@solidarite-liege.example

Bonjour à toutes et à tous,

Le CNCD nous demande de relayer l'offre ci-dessous. N'hésitez pas à la diffuser dans vos réseaux. Pour rappel,
notre prochaine assemblée générale se tiendra le 15 octobre 2044 à Liège.

Bien à vous,
Mireille Vanstraelen
Coordinatrice

-------- Message d'origine --------
De : RH CNCD <rh@cncd.example>
Envoyé : lundi 19 septembre 2044 16:12
À : partenaires@cncd.example
Objet : [Offre d'emploi] {T} – {REF}

==============================
OFFRE D'EMPLOI
==============================

{body("  * ")}

==============================
{O} – quai du Commerce, Bruxelles
Vous recevez ce message parce que vous êtes inscrit·e à la liste partenaires. Se désinscrire.
"""


def whatsapp():
    lines = body("- ").split("\n")
    first = lines[0]
    rest = "\n".join(lines[1:])
    return f"""[22/09/2044 10:03:12] Julien D.: Quelqu'un connaît une personne pour ça ? Je colle l'offre du CNCD 👇
[22/09/2044 10:03:40] Julien D.: *OFFRE D'EMPLOI – {O}*
{first}
{rest}
[22/09/2044 10:05:02] Sarah M.: Merci ! Je transfère à Nora, elle sort de son master à l'ULB 🙏
[22/09/2044 10:06:15] Julien D.: Top. Attention, ils veulent aussi un bon niveau d'anglais
[22/09/2044 10:11:48] Karim B.: ‎Ce message a été supprimé
[22/09/2044 10:14:30] Sarah M.: Réunion du groupe jeudi 29/09 à 19h, on en reparle ?
"""


def build():
    write(KEY + "-courriel.txt", mail(), KEY)
    write(KEY + "-whatsapp.txt", whatsapp(), KEY)
    expected(KEY, reference=REF, languages=["fr"], title=L(None, T), organisation=L(None, O), location=L(None, LOC),
             schedule=L(None, SCHED), deadline="2044-10-19", salary=sal(3418, 4962, "EUR", "month"),
             requirements=L(None, req(ESS, DES)), competencies=L(None, comps(COMP)))
