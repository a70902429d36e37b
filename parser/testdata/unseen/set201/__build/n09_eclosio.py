"""Eclosio (Liège) - Belgian NGO, French only. "Nous rejoindre" page as Markdown and a
chat paste (Teams-style channel message quoting the offer)."""
from common import write, expected, sal, req, comp

KEY = "ecl-2034-05"
REF = "ECL-2034-05"
TITLE = "Chargé·e de programmes Sahel"
ORG = "Eclosio"
LOC = "Liège (Belgique)"
SCHED = "Temps plein – 38 h/semaine"
ESS = [
    "Master en agronomie, en sciences du développement, en sciences politiques ou équivalent ;",
    "Au moins cinq ans d'expérience dans la gestion de programmes de coopération, dont deux ans sur le terrain en Afrique de l'Ouest ;",
    "Très bonne connaissance des règles de financement de la coopération belge (DGD) et de l'Union européenne ;",
    "Excellentes capacités rédactionnelles en français ;",
    "Disponibilité pour des missions de deux à trois semaines, trois à quatre fois par an.",
]
DES = [
    "Une connaissance de l'agroécologie et des systèmes alimentaires locaux ;",
    "Une bonne maîtrise de l'anglais ;",
    "Une expérience du suivi-évaluation orienté vers les résultats.",
]
SAVOIR = ["Sens de l'écoute", "Diplomatie", "Rigueur", "Capacité d'analyse"]
SAL_TXT = "entre 3 482 € et 4 138 € bruts par mois"
MISSIONS = [
    "Piloter le programme quinquennal mené avec nos partenaires au Sénégal et au Burkina Faso ;",
    "Accompagner les partenaires dans la planification, le suivi et le rapportage ;",
    "Assurer le suivi budgétaire et la justification des subsides auprès des bailleurs ;",
    "Contribuer à la capitalisation des expériences et aux actions d'éducation citoyenne en Belgique.",
]


def build():
    nl = "\n"
    b = lambda xs: nl.join("- " + x for x in xs)
    num = lambda xs: nl.join("%d. %s" % (i + 1, x) for i, x in enumerate(xs))
    md = f"""[Eclosio](#) · [Qui sommes-nous ?](#) · [Nos actions](#) · [S'engager](#) · [Nous rejoindre](#) · [Faire un don](#)

Accueil › Nous rejoindre › Offres d'emploi

# {TITLE}

> Offre publiée le 26 juin 2034 · Réf. {REF} · Pôle Afrique de l'Ouest

{ORG} est une ONG universitaire belge, liée à l'Université de Liège, qui accompagne des organisations paysannes et des acteurs de l'économie sociale en Afrique de l'Ouest, en Amérique latine et en Belgique, autour de la transition agroécologique.

* **Référence :** {REF}
* **Employeur :** {ORG}
* **Lieu de travail :** {LOC}, avec missions au Sénégal et au Burkina Faso
* **Type de contrat :** CDI, après une période de six mois
* **Régime de travail :** {SCHED}
* **Rémunération :** barème de la commission paritaire 329.02, {SAL_TXT} selon l'ancienneté valorisable, plus chèques-repas et frais de déplacement
* **Entrée en fonction :** 1er septembre 2034
* **Date limite de candidature :** dimanche 16 juillet 2034 à minuit

## Vos missions

{num(MISSIONS)}

## Profil recherché

{b(ESS)}

## Serait un plus

{b(DES)}

## Savoir-être

{b(SAVOIR)}

## Comment postuler ?

Envoyez votre CV et une lettre de motivation d'une page à recrutement@eclosio.example en indiquant la référence {REF} dans l'objet. Les entretiens auront lieu à Liège le 25 juillet 2034. Eclosio mène une politique de diversité et encourage toutes les candidatures.

---

**Autres offres :** Animateur·rice en éducation citoyenne (Gembloux) – jusqu'au 30 juillet 2034 · Stage en communication (Liège) – jusqu'au 20 août 2034
"""
    write(KEY + "-eclosio.md", md, KEY)
    chat = f"""[10:14] Sophie Lemaire
Hello l'équipe ! Une offre qui peut intéresser du monde dans vos réseaux, merci de partager 🙏
Je la colle telle quelle depuis leur site :

{TITLE}
Offre publiée le 26 juin 2034 · Réf. {REF}

{ORG} est une ONG universitaire belge, liée à l'Université de Liège, qui accompagne des organisations paysannes et des acteurs de l'économie sociale en Afrique de l'Ouest, en Amérique latine et en Belgique, autour de la transition agroécologique.

Référence : {REF}
Employeur : {ORG}
Lieu de travail : {LOC}, avec missions au Sénégal et au Burkina Faso
Type de contrat : CDI, après une période de six mois
Régime de travail : {SCHED}
Rémunération : barème de la commission paritaire 329.02, {SAL_TXT} selon l'ancienneté valorisable, plus chèques-repas et frais de déplacement
Entrée en fonction : 1er septembre 2034
Date limite de candidature : dimanche 16 juillet 2034 à minuit

Vos missions
{nl.join("• " + m for m in MISSIONS)}

Profil recherché
{nl.join("• " + x for x in ESS)}

Serait un plus
{nl.join("• " + x for x in DES)}

Savoir-être
{nl.join("• " + x for x in SAVOIR)}

Comment postuler ?
Envoyez votre CV et une lettre de motivation d'une page à recrutement@eclosio.example en indiquant la référence {REF} dans l'objet. Les entretiens auront lieu à Liège le 25 juillet 2034.

[10:16] Karim Benali
Merci Sophie, je relaie sur le groupe des anciens du master 👍 La date limite c'est bien le 16 ?

[10:17] Sophie Lemaire
Oui, 16 juillet minuit. Et le jury se réunit le 25.

[10:21] Marie-Ange Dufour
Partagé sur notre page LinkedIn 🙂
"""
    write(KEY + "-chat.txt", chat, KEY)
    expected(KEY, reference=REF, languages=["fr"],
             title={"en": None, "fr": TITLE}, organisation={"en": None, "fr": ORG},
             location={"en": None, "fr": LOC}, schedule={"en": None, "fr": SCHED},
             deadline="2034-07-16", salary=sal(mn=3482, mx=4138, cur="EUR", period="month"),
             grade=None, clearance=None,
             requirements={"en": None, "fr": req(ESS, DES)},
             competencies={"en": None, "fr": comp([(s, "") for s in SAVOIR])})
