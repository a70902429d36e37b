import textwrap
from common import *

KEY = "asbef-de-rh-2040-07"
REF = "ASBEF/DE/RH/2040-07"
TITLE = "Coordonnateur(trice) du programme Jeunes et santé sexuelle et reproductive"
ORG = "Association Sénégalaise pour le Bien-Être Familial (ASBEF)"
LOC = "Dakar (siège), avec missions régulières dans les cliniques de Kaolack, Ziguinchor et Saint-Louis"
SCHED = "Temps plein (40 heures par semaine)"
SAL = "1 300 000 FCFA brut mensuel, plus couverture maladie familiale"
ESS = [
    "Master en santé publique, en sciences sociales ou diplôme de médecin, de sage-femme d'État ou d'infirmier(ère) d'État complété par une formation en santé publique",
    "Cinq ans d'expérience au moins dans la gestion de programmes de santé des jeunes ou de planification familiale",
    "Expérience de la gestion de financements de bailleurs et de la rédaction de rapports techniques",
    "Excellente maîtrise du français écrit et oral ; bonne pratique du wolof",
]
DES = [
    "Connaissance des approches d'éducation par les pairs",
    "Maîtrise d'un logiciel d'analyse de données (DHIS2, SPSS ou Stata)",
    "Anglais de travail",
]
COMP = [
    ("Écoute et non-jugement", "vous créez un climat de confiance avec les jeunes et les prestataires"),
    ("Organisation", "vous tenez les plans de travail et les délais des bailleurs"),
    ("Plaidoyer", "vous savez présenter les résultats du programme aux autorités sanitaires et aux leaders communautaires"),
]
MISSIONS = [
    "planifier et suivre les activités du programme dans les quatre régions d'intervention",
    "animer le réseau des jeunes pairs éducateurs et des espaces jeunes des cliniques",
    "veiller à la qualité des services offerts aux adolescents et aux jeunes",
    "gérer le budget du programme et préparer les rapports aux partenaires",
    "représenter l'Association dans les cadres de concertation régionaux",
]

expected(KEY, reference=REF, languages=["fr"], title=TITLE, organisation=ORG, location=LOC,
         schedule=SCHED, deadline="2040-10-19", salary=salary(amount=1300000, currency="XOF"),
         grade=None, requirements={"fr": {"essential": ESS, "desirable": DES}},
         competencies={"fr": COMP})

md = f"""% Avis de recrutement {REF}
% ASBEF – Direction exécutive
% 21 septembre 2040

[Accueil](https://asbef.example/) | [Nos cliniques](https://asbef.example/cliniques) | [Programmes](https://asbef.example/programmes) | [Recrutement](https://asbef.example/recrutement) | [Faire un don](https://asbef.example/don)

## L'ASBEF recrute

Membre d'un réseau international de planification familiale, l'Association gère des cliniques et des espaces jeunes dans plusieurs régions du Sénégal. Dans le cadre d'un nouveau financement, elle recrute :

Référence
:   {REF}

Intitulé du poste
:   {TITLE}

Organisation
:   {ORG}

Lieu d'affectation
:   {LOC}

Temps de travail
:   {SCHED}

Salaire
:   {SAL}

Type de contrat
:   CDD de deux ans renouvelable, période d'essai de trois mois

Date limite de dépôt
:   vendredi 19 octobre 2040 à 17 h 00

## Responsabilités

{chr(10).join(f"{i}. {m}" for i, m in enumerate(MISSIONS, 1))}

## Qualifications et expérience requises

{chr(10).join("- " + x for x in ESS)}

## Atouts

{chr(10).join("- " + x for x in DES)}

## Savoir-être

{chr(10).join(f"- __{n}__ : {d}" for n, d in COMP)}

## Dossier de candidature

Lettre de motivation, CV avec trois références et copies des diplômes, à envoyer à recrutement@asbef.example avec la référence en objet. Les entretiens auront lieu à Dakar à partir du 29 octobre 2040.

> L'ASBEF applique une politique de tolérance zéro envers l'exploitation et les abus sexuels ; les candidat(e)s retenu(e)s feront l'objet d'une vérification des références.
"""
write(KEY + "-asbef.md", md)

def wrap(label, val, w=62):
    return textwrap.fill(f"{label} : {val}", w, subsequent_indent="    ", break_on_hyphens=False)

paper = f"""
LE PHARE DE LA PETITE-CÔTE            Quotidien d'information          N° 4127
Mardi 25 septembre 2040                                          Page 14
==================================================================
                   ANNONCES  –  OFFRES D'EMPLOI
==================================================================

                           ASBEF
      Association Sénégalaise pour le Bien-Être Familial
                    AVIS DE RECRUTEMENT
                  Réf. {REF}

{wrap("Poste", TITLE)}
{wrap("Organisation", ORG)}
{wrap("Lieu", LOC)}
{wrap("Temps de travail", SCHED)}
{wrap("Salaire", SAL)}
Contrat : CDD de deux ans renouvelable
Date limite : 19/10/2040 à 17 h

RESPONSABILITÉS. {textwrap.fill(" ; ".join(m[0].upper() + m[1:] if i == 0 else m for i, m in enumerate(MISSIONS)) + ".", 66, break_on_hyphens=False)}

PROFIL REQUIS
{chr(10).join(textwrap.fill("- " + x, 66, subsequent_indent="  ", break_on_hyphens=False) for x in ESS)}

ATOUTS
{chr(10).join("- " + x for x in DES)}

SAVOIR-ÊTRE
{chr(10).join(textwrap.fill(f"- {n} : {d}", 66, subsequent_indent="  ", break_on_hyphens=False) for n, d in COMP)}

Dossier (lettre, CV, diplômes) à recrutement@asbef.example, en
rappelant la référence. Entretiens à Dakar à partir du 29/10/2040.

------------------------------------------------------------------
AVIS DE PERTE – Il a été perdu le 14 septembre 2040 à Mbour une
carte grise au nom de M. Ousmane D. (personne fictive). Prière de
la déposer au commissariat le plus proche.
------------------------------------------------------------------
À VENDRE – Pirogue de pêche 14 m avec moteur 40 CV, bon état,
2 800 000 FCFA à débattre. Joal. Tél. 77 000 00 00.
------------------------------------------------------------------
"""
write(KEY + "-phare.txt", paper)
