from common import *

KEY = "lmc-tc-2040-05"
REF = "LMC/TC/2040/05"
T = {"en": "Market Supervisor", "fr": "Superviseur(e) des marchés"}
O = {"en": "Luganville Municipal Council", "fr": "Conseil municipal de Luganville"}
L = {"en": "Luganville, Santo, Sanma Province", "fr": "Luganville, Santo, province de Sanma"}
S = {"en": "Full-time, Monday to Saturday (rostered)", "fr": "Temps plein, du lundi au samedi (par roulement)"}
ESS = {"en": [
    "Year 13 certificate or a Certificate III in Business, Public Administration or a related field;",
    "At least three (3) years of supervisory experience, preferably in markets, retail or public services;",
    "Fluency in Bislama and in English or French;",
    "A clean police record."],
  "fr": [
    "Certificat de fin d'études secondaires (Year 13) ou Certificate III en commerce, en administration publique ou dans un domaine connexe ;",
    "Au moins trois (3) ans d'expérience d'encadrement, de préférence dans les marchés, le commerce ou les services publics ;",
    "Maîtrise du bichelamar et de l'anglais ou du français ;",
    "Casier judiciaire vierge."]}
DES = {"en": ["Experience in cash handling and revenue collection;", "A valid driving licence."],
       "fr": ["Expérience de la manipulation d'espèces et de la perception de recettes ;", "Permis de conduire valide."]}


def build():
    expected(KEY, REF, ["en", "fr"], T, O, L, S, "2040-05-11",
             sal(1584000, cur="VUV", period="year"),
             req={l: {"essential": ESS[l], "desirable": DES[l]} for l in ("en", "fr")},
             comp={"en": [], "fr": []})
    b = lambda xs: "\n".join("- " + x for x in xs)
    md = f"""[Skip to content](#main) · [Français](#fr)

**Luganville Municipal Council** · [Home](/) · [Council](/council) · [Services](/services) · [Markets](/markets) · [Notices](/notices) · [Contact](/contact)

> **Public notice:** the Unity Park market will be closed for cleaning on Tuesday 24 April 2040.

[Home](/) › [Notices](/notices) › Vacancies

*Posted 13 April 2040 by the Office of the Town Clerk*

# Vacancy: {T["en"]}

**Reference:** {REF}  
**Employer:** {O["en"]}  
**Division:** Markets and Public Spaces  
**Location:** {L["en"]}  
**Hours:** {S["en"]}  
**Salary:** VUV 1,584,000 per annum, plus overtime as per the Council's conditions of service  
**Closing date:** Friday 11 May 2040, 4:00 pm

## About the role

The {O["en"]} manages the main municipal market, the fish market and four ward markets serving more than 800 vendors. The {T["en"]} leads a team of eleven market attendants and cleaners and is the first point of contact for vendors, wholesalers and the public.

## Key duties

1. Supervise the daily opening, cleaning and closing of all municipal markets.
2. Allocate stalls and tables in line with the Markets By-law and keep the vendor register up to date.
3. Oversee the collection of market fees and reconcile daily takings with the Treasury.
4. Enforce hygiene, food-safety and waste rules together with the Health Inspector.
5. Report monthly to the Town Clerk on occupancy, revenue and maintenance needs.

## Selection criteria

{b(ESS["en"])}

## Desirable

{b(DES["en"])}

## How to apply

Hand-deliver or e-mail a cover letter, CV, copies of certificates and two references to the Town Clerk, {O["en"]}, Main Street, PO Box 32, Luganville (hr@lmc.example). Only shortlisted applicants will be contacted; interviews are planned for 28 May 2040. The Council is an equal opportunity employer.

---

<a id="fr"></a>

# Avis de vacance : {T["fr"]}

**Référence :** {REF}  
**Employeur :** {O["fr"]}  
**Division :** Marchés et espaces publics  
**Lieu de travail :** {L["fr"]}  
**Horaire :** {S["fr"]}  
**Salaire :** 1 584 000 VUV par an, heures supplémentaires selon les conditions d'emploi du Conseil  
**Date limite :** vendredi 11 mai 2040, 16 h

## Le poste

Le {O["fr"]} gère le marché municipal principal, le marché aux poissons et quatre marchés de quartier qui accueillent plus de 800 vendeurs. Le ou la {T["fr"]} dirige une équipe de onze agents et constitue le premier interlocuteur des vendeurs, des grossistes et du public.

## Tâches principales

1. Superviser l'ouverture, le nettoyage et la fermeture quotidiens des marchés municipaux.
2. Attribuer les étals conformément à l'arrêté sur les marchés et tenir à jour le registre des vendeurs.
3. Contrôler la perception des droits de place et rapprocher les recettes journalières avec la Trésorerie.
4. Faire respecter les règles d'hygiène, de sécurité alimentaire et de gestion des déchets avec l'inspecteur sanitaire.
5. Rendre compte chaque mois au secrétaire général de l'occupation, des recettes et des besoins d'entretien.

## Critères de sélection

{b(ESS["fr"])}

## Atouts

{b(DES["fr"])}

## Candidature

Déposer ou envoyer par courriel une lettre de motivation, un CV, la copie des diplômes et deux références au secrétaire général (Town Clerk), {O["fr"]}, Main Street, BP 32, Luganville (hr@lmc.example). Seules les personnes présélectionnées seront contactées.

---

© 2040 Luganville Municipal Council · [Privacy](/privacy) · [Facebook](https://facebook.example/lmc)
"""
    write(KEY + "-lmc.md", md, KEY)

    np = f"""SANTO WEEKLY — Friday 20 April 2040 — Page 14 — CLASSIFIEDS / PETITES ANNONCES
===================================================================================

FOR SALE: 2031 Toyota Hilux, good condition, VUV 1,150,000 ono. Call 5541 208.

-----------------------------------------------------------------------------------
                     LUGANVILLE MUNICIPAL COUNCIL
                 CONSEIL MUNICIPAL DE LUGANVILLE

                     VACANCY / AVIS DE VACANCE
                     Ref./Réf. : {REF}

{T["en"].upper()}
Position: {T["en"]}
Employer: {O["en"]}
Location: {L["en"]}
Hours: {S["en"]}
Salary: VUV 1,584,000 per annum
Closing date: 11 May 2040, 4:00 pm

The {T["en"]} leads the market attendants, allocates stalls, oversees fee collection
and enforces hygiene rules in all municipal markets.

Selection criteria:
{chr(10).join("  - " + x for x in ESS["en"])}
Desirable:
{chr(10).join("  - " + x for x in DES["en"])}

{T["fr"].upper()}
Poste : {T["fr"]}
Employeur : {O["fr"]}
Lieu de travail : {L["fr"]}
Horaire : {S["fr"]}
Salaire : 1 584 000 VUV par an
Date limite : 11 mai 2040, 16 h

Critères de sélection :
{chr(10).join("  - " + x for x in ESS["fr"])}
Atouts :
{chr(10).join("  - " + x for x in DES["fr"])}

Applications / Candidatures : Town Clerk, PO Box 32, Luganville – hr@lmc.example
-----------------------------------------------------------------------------------

NOTICE: Sanma Province road maintenance on the East Coast road from 30 April to 4 May 2040.
LOST: black Samsung phone near the wharf, reward. Tel. 7729 014.
CHURCH FUNDRAISING: Saturday 5 May 2040, Chapuis field, from 9 am.
"""
    write(KEY + "-santoweekly.txt", np, KEY)
