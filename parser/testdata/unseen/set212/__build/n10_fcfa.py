from common import *

KEY = "fcfa-2035-03"
REF = "FCFA-2035-03"
T_FR = "Conseillère ou conseiller en communications numériques"
T_EN = "Digital Communications Advisor"
ORG_FR = "Fédération des communautés francophones et acadiennes du Canada"
ORG_EN = "Federation of Francophone and Acadian Communities of Canada"
LOC_FR, LOC_EN = "Ottawa (Ontario)", "Ottawa, Ontario"
SCH_FR, SCH_EN = "35 heures par semaine, du lundi au vendredi", "35 hours per week, Monday to Friday"
ESS_FR = [
    "Diplôme universitaire en communication, en journalisme, en marketing numérique ou dans un domaine connexe",
    "Au moins trois ans d'expérience en gestion de médias sociaux et de contenus Web pour un organisme ou une entreprise",
    "Excellente maîtrise du français écrit et capacité de communiquer en anglais",
    "Connaissance des outils de gestion de contenu (WordPress), d'infolettres et d'analyse d'audience",
]
DES_FR = [
    "Connaissance des communautés francophones et acadiennes en situation minoritaire",
    "Expérience en montage vidéo ou en baladodiffusion",
]
QUAL_FR = ["Créativité", "Sens politique", "Souci du détail", "Autonomie"]
ESS_EN = [
    "University degree in communications, journalism, digital marketing or a related field",
    "At least three years of experience managing social media and web content for an organization or a business",
    "Excellent written French and the ability to communicate in English",
    "Knowledge of content management tools (WordPress), newsletters and audience analytics",
]
DES_EN = [
    "Knowledge of Francophone and Acadian minority communities",
    "Experience in video editing or podcasting",
]
QUAL_EN = ["Creativity", "Political acumen", "Attention to detail", "Autonomy"]

def star(xs):
    return "\n".join("  * " + x for x in xs)

MAIL = f"""Delivered-To: emplois-liste@reseau-francophone.example
Received: from mail.fcfa-canada.example (mail.fcfa-canada.example [203.0.113.41])
        by mx.reseau-francophone.example with ESMTPS id 7c2k1q
        for <emplois-liste@reseau-francophone.example>; Tue, 29 May 2035 09:14:52 -0400
Message-ID: <20350529131452.4471@fcfa-canada.example>
Date: Tue, 29 May 2035 09:14:50 -0400
From: Ressources humaines FCFA <rh@fcfa-canada.example>
Reply-To: emplois@fcfa-canada.example
To: Liste Emplois francophonie <emplois-liste@reseau-francophone.example>
Subject: =?UTF-8?Q?Offre_d'emploi_/_Job_posting_=E2=80=93_{REF}?=
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit
List-Unsubscribe: <mailto:emplois-liste-leave@reseau-francophone.example>

Bonjour,

Merci de diffuser l'offre ci-dessous dans vos réseaux. La version anglaise suit.
Please share the posting below with your networks. English follows.

Nous tiendrons aussi une séance d'information virtuelle sur nos programmes de stages le 5 juin 2035 à midi (aucune inscription requise).

========================================
OFFRE D'EMPLOI
========================================

Poste : {T_FR}
Organisme : {ORG_FR}
Référence : {REF}
Lieu : {LOC_FR} – mode hybride, deux jours au bureau
Statut : Poste permanent à temps plein
Horaire : {SCH_FR}
Salaire : de 58 900 $ à 66 900 $ par année, selon l'expérience
Entrée en fonction : 4 août 2035
Date limite : le 27 juin 2035 à 17 h (HAE)

La {ORG_FR} est la voix nationale de 2,8 millions de francophones vivant en situation minoritaire. Relevant de la direction des communications, la personne titulaire planifie et produit les contenus numériques de la Fédération : site Web, médias sociaux, infolettre hebdomadaire et campagnes de mobilisation.

Principales responsabilités
  * rédiger et publier des contenus adaptés à chaque plateforme;
  * animer les communautés en ligne et assurer une veille des enjeux;
  * produire les rapports mensuels de performance;
  * coordonner les fournisseurs (graphisme, vidéo, traduction).

Exigences
{star(ESS_FR)}

Atouts
{star(DES_FR)}

Qualités recherchées
{star(QUAL_FR)}

Pour postuler, envoyez votre CV et une lettre de présentation à emplois@fcfa-canada.example en indiquant la référence {REF}. Les entrevues auront lieu la semaine du 7 juillet 2035.

========================================
JOB POSTING
========================================

Position: {T_EN}
Organization: {ORG_EN}
Reference: {REF}
Location: {LOC_EN} – hybrid, two days a week at the office
Status: Permanent, full-time
Schedule: {SCH_EN}
Salary: $58,900 to $66,900 per year, depending on experience
Start date: August 4, 2035
Application deadline: June 27, 2035, 5 p.m. (EDT)

The {ORG_EN} is the national voice of 2.8 million French speakers living in minority communities. Reporting to the Director of Communications, the incumbent plans and produces the Federation's digital content: website, social media, weekly newsletter and advocacy campaigns.

Main responsibilities
  * write and publish content suited to each platform;
  * lead online communities and monitor current issues;
  * produce monthly performance reports;
  * coordinate suppliers (graphic design, video, translation).

Requirements
{star(ESS_EN)}

Assets
{star(DES_EN)}

Qualities we value
{star(QUAL_EN)}

To apply, send your résumé and a cover letter to emplois@fcfa-canada.example quoting reference {REF}. Interviews will be held during the week of July 7, 2035.

--
Ressources humaines | Human Resources
{ORG_FR}
280, rue Slater, bureau 1010, Ottawa (Ontario)  K1P 5G8
613 555-0187

_______________________________________________
Liste Emplois francophonie
Pour vous désabonner : emplois-liste-leave@reseau-francophone.example
"""

def build(pdf=True):
    write(KEY + "-courriel.txt", MAIL, KEY)
    expected(KEY, reference=REF, languages=["fr", "en"],
             title={"en": T_EN, "fr": T_FR}, organisation={"en": ORG_EN, "fr": ORG_FR},
             location={"en": LOC_EN, "fr": LOC_FR}, schedule={"en": SCH_EN, "fr": SCH_FR},
             deadline="2035-06-27", salary=sal(58900, 66900, currency="CAD", period="year"),
             requirements={"en": {"essential": ESS_EN, "desirable": DES_EN},
                           "fr": {"essential": ESS_FR, "desirable": DES_FR}},
             competencies={"en": comp(*QUAL_EN), "fr": comp(*QUAL_FR)})
