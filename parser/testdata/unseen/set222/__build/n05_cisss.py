from common import *

KEY = "iles-2036-0147"
ORG = "Centre intégré de santé et de services sociaux des Îles"
D = dict(
    reference="ILES-2036-0147", post_number=None, languages=["fr"],
    title=both(None, "Technologiste médical(e) – laboratoire multidisciplinaire"),
    organisation=both(None, ORG),
    location=both(None, "Hôpital de l'Archipel, Cap-aux-Meules"),
    schedule=both(None, "Temps complet, 36,25 heures par semaine"),
    deadline="2036-04-06",
    salary=sal(mn=29.86, mx=45.17, cur="CAD", period="hour"),
    grade=None, clearance=None,
)
ESS = [
    "Diplôme d'études collégiales (DEC) en technologie d'analyses biomédicales",
    "Être membre en règle de l'Ordre professionnel des technologistes médicaux du Québec (OPTMQ)",
    "Capacité à travailler seul(e) lors des périodes de garde",
    "Réussite des tests techniques et de l'entrevue de sélection",
]
DES = [
    "Expérience en banque de sang ou en microbiologie",
    "Connaissance du système d'information de laboratoire Softlab",
    "Expérience en milieu hospitalier régional ou éloigné",
]
QUAL = ["Rigueur", "Autonomie", "Sens des responsabilités", "Esprit d'équipe", "Capacité d'adaptation"]
D["requirements"] = both(None, req(ESS, DES))
D["competencies"] = both(None, comps([(q, "") for q in QUAL]))

DUT = [
    "Effectuer les analyses de biochimie, d'hématologie, de banque de sang et de microbiologie selon les procédures en vigueur",
    "Assurer le contrôle de la qualité et l'entretien préventif des analyseurs",
    "Participer à la garde en disponibilité le soir, la nuit et la fin de semaine",
    "Préparer les envois d'échantillons vers les laboratoires serveurs du continent",
    "Collaborer à la formation des nouveaux employés et des stagiaires",
]


def md():
    b = lambda xs: "\n".join("* " + x for x in xs)
    return f"""[Aller au contenu](#contenu) · [Urgence : 811 ou 911](#) · [English](#)

**CISSS des Îles** — [Accueil](#) · [Soins et services](#) · [Nous joindre](#) · [Carrières](#) · [Médias](#)

> Ce site utilise des témoins (cookies) de mesure d'audience. [Accepter](#) · [Refuser](#)

[Accueil](#) › [Carrières](#) › [Offres d'emploi](#) › {D['reference']}

# {D['title']['fr']}

*Affichage externe — les candidatures de l'interne et de l'externe sont traitées simultanément.*

Numéro d'affichage
:   {D['reference']}

Établissement
:   {ORG}

Titre d'emploi
:   Technologiste médical(e) (2223)

Direction
:   Direction des services multidisciplinaires

Port d'attache
:   {D['location']['fr']}

Statut
:   Poste permanent

Horaire
:   {D['schedule']['fr']}

Quart de travail
:   Jour, avec garde en disponibilité (1 semaine sur 3)

Échelle salariale
:   de 29,86 $ à 45,17 $ de l'heure, selon l'expérience, plus la prime d'éloignement et d'isolement

Période d'affichage
:   du 23 mars 2036 au 6 avril 2036

## Le CISSS des Îles

Le {ORG} dessert une population d'environ 12 000 personnes réparties sur un archipel au cœur du golfe du Saint-Laurent. Son équipe de laboratoire, petite et polyvalente, réalise chaque jour les analyses de l'urgence, des unités de soins et des cliniques externes.

## Description du poste

La personne titulaire effectue des analyses de laboratoire en vue du diagnostic et du suivi des usagers. Plus précisément, elle doit :

{b(DUT)}

## Exigences

{b(ESS)}

## Atouts

{b(DES)}

## Qualités recherchées

{b(QUAL)}

## Avantages

Prime d'éloignement et d'isolement, remboursement des frais de déménagement selon les dispositions de la convention collective, quatre semaines de vacances après un an, régime de retraite RREGOP et programme d'accueil des nouveaux arrivants aux Îles.

## Pour postuler

Soumettez votre candidature en ligne avant la fin de la période d'affichage, soit au plus tard le 6 avril 2036 à 23 h 59. Les tests techniques se tiendront le 15 avril 2036. Seules les personnes retenues seront contactées. Le CISSS applique un programme d'accès à l'égalité en emploi.

---

**Autres offres** — Préposé(e) aux bénéficiaires, CHSLD (affichage jusqu'au 30 mars 2036) · Agent(e) administratif(ve), classe 2 (jusqu'au 13 avril 2036)

© Gouvernement du Québec, 2036 · [Accessibilité](#) · [Politique de confidentialité](#)
"""


def board():
    return "\n".join([
        "SantéCarrières QC", "Offres", "Employeurs", "Conseils", "Connexion", "",
        D["title"]["fr"] + "CISSS des ÎlesCap-aux-Meules, QC",
        "Postuler maintenantSauvegarder",
        "Publiée il y a 3 jours · 41 vues · Offre n° SCQ-2036-88412",
        "Numéro d'affichage" + D["reference"] + "StatutPoste permanentHoraire" + D["schedule"]["fr"] + "Échelle salarialede 29,86 $ à 45,17 $ de l'heure",
        "Port d'attache" + D["location"]["fr"],
        "Fin d'affichage06-04-2036",
        "",
        "Description du posteLa personne titulaire effectue des analyses de laboratoire en vue du diagnostic et du suivi des usagers. " + " ".join(d + "." for d in DUT),
        "Exigences",
        *ESS,
        "Atouts",
        *DES,
        "Qualités recherchées" + " · ".join(QUAL),
        "",
        "À propos de l'employeur",
        "Le " + ORG + " dessert l'archipel des Îles-de-la-Madeleine. Prime d'éloignement et d'isolement, frais de déménagement remboursés selon la convention collective. Tests techniques le 15 avril 2036.",
        "",
        "Compétences" + "BiochimieHématologieBanque de sangContrôle de la qualité",
        "",
        "Offres similaires",
        "Technologiste médical(e) – CISSS de la Gaspésie – Fin d'affichage 02-04-2036",
        "Assistant(e) technique en laboratoire – CIUSSS du Saguenay – Fin d'affichage 10-04-2036",
        ""])


def build():
    write(KEY + "-cisss.md", md())
    row(KEY + "-cisss.md", KEY, "md")
    write(KEY + "-santecarrieres.txt", board())
    row(KEY + "-santecarrieres.txt", KEY, "txt")
    expected(KEY, D)
