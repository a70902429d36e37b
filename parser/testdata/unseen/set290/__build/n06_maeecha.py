"""Maeecha (Comoros): NGO site page as Markdown (pandoc definition list) + WhatsApp iOS export."""
from common import *

KEY = "maeecha-rh-2041-11"
REF = "MAEECHA/RH/2041-11"
TITLE = "Coordinateur(trice) des cantines scolaires"
ORG = "ONG Maeecha"
LOC = "Bureau de Mutsamudu (Anjouan), avec tournées dans les écoles du Nyumakélé"
SCHED = "Temps plein, du lundi au samedi midi"
ESS = [
    "Diplôme de niveau licence en nutrition, en sciences de l'éducation, en gestion de projets ou équivalent",
    "Trois ans d'expérience dans un programme d'alimentation scolaire ou de sécurité alimentaire",
    "Expérience de la gestion de stocks de denrées et des achats locaux",
    "Maîtrise du shikomori (shindzuani) et du français",
    "Disponibilité pour des déplacements fréquents dans les villages",
]
DES = [
    "Connaissance des règles d'hygiène alimentaire en milieu scolaire",
    "Expérience avec des producteurs locaux ou des groupements de femmes",
]
COMP = [
    ("Sens de l'organisation", "planifier les approvisionnements de douze cantines sans rupture"),
    ("Pédagogie", "former les cuisinières et les comités de parents"),
    ("Intégrité", "gérer les denrées et les fonds en toute transparence"),
]
TACHES = [
    "Planifier les menus et les approvisionnements des douze cantines appuyées par l'ONG",
    "Organiser les achats de produits locaux (manioc, banane, poisson, légumes) auprès des producteurs de l'île",
    "Former et encadrer les cuisinières, les magasiniers et les comités de gestion des parents",
    "Suivre la fréquentation, la ration servie et l'état nutritionnel des élèves avec les infirmiers scolaires",
    "Rédiger les rapports mensuels destinés aux partenaires financiers",
]

md = f"""% Offre d'emploi : {TITLE}
% ONG Maeecha – Anjouan
% 27 novembre 2041

[Accueil](https://maeecha.example) | [Nos actions](https://maeecha.example/actions) | [Parrainage](https://maeecha.example/parrainage) | **Nous rejoindre** | [Faire un don](https://maeecha.example/don)

Depuis près de quarante ans, Maeecha accompagne l'école comorienne. Avec l'extension de
son programme de repas scolaires à douze écoles, l'ONG renforce son équipe d'Anjouan.

Référence
:   {REF}

Poste
:   {TITLE}

Organisation
:   {ORG}

Lieu d'affectation
:   {LOC}

Type de contrat
:   CDD de douze mois, renouvelable

Temps de travail
:   {SCHED}

Salaire
:   385 000 KMF nets par mois, plus indemnité de transport

Date limite de candidature
:   Mardi 10 décembre 2041

## Ce que vous ferez

{chr(10).join(f"{i}) {t}" for i, t in enumerate(TACHES, 1))}

## Ce que nous attendons

{chr(10).join(f"* {x}" for x in ESS)}

## Seraient appréciées

{chr(10).join(f"* {x}" for x in DES)}

## Qualités recherchées

{chr(10).join(f"* __{n}__ : {d}" for n, d in COMP)}

## Pour postuler

Envoyez CV, lettre de motivation et deux références à recrutement@maeecha.example,
ou déposez-les au bureau de Mutsamudu, avant le mardi 10 décembre 2041 à 16 h.
Entretiens à Mutsamudu les 16 et 17 décembre 2041.

> Maeecha applique une politique stricte de protection de l'enfance. Le ou la
> candidat(e) retenu(e) signera le code de conduite de l'ONG.
"""
write(KEY + "-maeecha.md", md, KEY)

lines = [
    ("03/12/2041 08:41:06", "Faïza (Maeecha Anjouan)", "Bonjour à toutes et à tous 🌞 voici l'offre qu'on m'a demandée hier soir 👇"),
    ("03/12/2041 08:41:55", "Faïza (Maeecha Anjouan)", f"""*OFFRE D'EMPLOI – ONG MAEECHA* 📣
*Réf.* {REF}
*Poste :* {TITLE}
*Organisation :* {ORG}
*Lieu :* {LOC}
*Contrat :* CDD 12 mois renouvelable
*Temps de travail :* {SCHED}
*Salaire :* 385 000 KMF nets/mois + transport
*Date limite :* 10/12/2041 à 16h ⏳

*Ce que vous ferez :*
▪️ Planifier menus et approvisionnements des 12 cantines
▪️ Acheter les produits locaux auprès des producteurs
▪️ Former cuisinières, magasiniers et comités de parents
▪️ Suivre fréquentation, rations et état nutritionnel
▪️ Rapports mensuels aux partenaires

*Ce que nous attendons :*
{chr(10).join("✔️ " + x for x in ESS)}

*Seraient appréciées :*
{chr(10).join("➕ " + x for x in DES)}

*Qualités recherchées :*
{chr(10).join(f"🔹 {n} : {d}" for n, d in COMP)}

📩 recrutement@maeecha.example ou dépôt au bureau de Mutsamudu"""),
    ("03/12/2041 08:47:12", "Ben Ali", "Merci Faïza 🙏 c'est ouvert aux gens de Ngazidja aussi ?"),
    ("03/12/2041 08:52:30", "Faïza (Maeecha Anjouan)", "Oui, mais le poste est basé à Mutsamudu, il faut parler shindzuani"),
    ("03/12/2041 09:03:44", "Oumou", "‎image omise"),
    ("03/12/2041 09:04:10", "Oumou", "Rappel : la réunion des volontaires est samedi 7/12 à 9h à la MJC de Ouani, participation 2 000 KMF pour le repas"),
    ("03/12/2041 09:15:58", "+269 300 00 00", "Ce message a été supprimé."),
]
chat = "\n".join(f"[{d}] {n}: {t}" for d, n, t in lines) + "\n"
write(KEY + "-whatsapp.txt", chat, KEY)

expected(KEY, reference=REF, languages=["fr"], title=TITLE, organisation=ORG, location=LOC,
         schedule=SCHED, deadline="2041-12-10", salary=salary(385000, cur="KMF"), grade=None,
         requirements={"fr": {"essential": ESS, "desirable": DES}}, competencies={"fr": COMP})
save_rows("n06")
