from common import *
import textwrap
KEY = "NSO-AV-2042-03"
POST = "NSO TRM TER 0030"
T_FR, T_EN = "Terminologue (OTANTerm)", "Terminologist (NATOTerm)"
ORG_FR, ORG_EN = "Bureau OTAN de normalisation (NSO)", "NATO Standardization Office (NSO)"
LOC_FR, LOC_EN = "Bruxelles (Belgique)", "Brussels, Belgium"
SCH_FR, SCH_EN = "Temps plein", "Full-time"
TACHES_FR = [
 "rechercher, rédiger et valider des termes et définitions en anglais et en français pour la base de données OTANTerm ;",
 "assister les groupes de travail de normalisation dans le choix de leur terminologie ;",
 "vérifier la cohérence terminologique des projets de publications alliées ;",
 "répondre aux demandes des utilisateurs et des services de traduction.",
]
TASKS_EN = [
 "research, draft and validate English and French terms and definitions for the NATOTerm database;",
 "assist standardization working groups in choosing their terminology;",
 "check the terminological consistency of draft Allied publications;",
 "answer requests from users and from translation services.",
]
ESS_FR = [
 "diplôme universitaire en terminologie, traduction, linguistique ou dans une discipline connexe ;",
 "au moins trois ans d'expérience en terminologie, de préférence dans un domaine technique ou militaire ;",
 "maîtrise parfaite du français ou de l'anglais et très bonne connaissance de l'autre langue (niveau SLP 3333 au minimum) ;",
 "bonne connaissance des outils de gestion terminologique.",
]
DES_FR = [
 "expérience d'une organisation internationale ;",
 "connaissance des normes ISO relatives à la terminologie.",
]
ESS_EN = [
 "university degree in terminology, translation, linguistics or a related discipline;",
 "at least three years of experience in terminology, preferably in a technical or military field;",
 "perfect command of French or English and very good knowledge of the other language (at least SLP 3333);",
 "good knowledge of terminology management tools.",
]
DES_EN = [
 "experience in an international organization;",
 "knowledge of the ISO standards on terminology.",
]
C_FR = [("Rigueur", "vérifie chaque source et chaque définition avant validation."),
        ("Sens du dialogue", "recherche le consensus avec les experts des nations."),
        ("Autonomie", "organise son travail sans supervision étroite.")]
C_EN = [("Rigour", "checks every source and every definition before validation."),
        ("Dialogue", "seeks consensus with national experts."),
        ("Autonomy", "organizes own work without close supervision.")]
CTX_FR = ("Le Bureau OTAN de normalisation élabore, coordonne et évalue les normes de l'Alliance. Son Bureau de terminologie gère OTANTerm, la base de données terminologique officielle de l'OTAN, "
          "et veille à l'emploi cohérent des termes dans les deux langues officielles.")
CTX_EN = ("The NATO Standardization Office develops, coordinates and assesses Alliance standards. Its Terminology Office manages NATOTerm, the official terminology database of NATO, "
          "and ensures that terms are used consistently in both official languages.")
COND_FR = ("Le/La candidat(e) retenu(e) se verra proposer un contrat de durée déterminée de trois ans. Le traitement mensuel de base est de 6 512,30 EUR par mois, exonéré d'impôt. "
           "Les candidatures doivent parvenir au Bureau au plus tard le jeudi 17 avril 2042 à 12 h 00 (heure de Bruxelles). Les entretiens auront lieu en mai 2042.")
COND_EN = ("The successful candidate will be offered a three year definite duration contract. The basic monthly salary is EUR 6,512.30 per month, tax free. "
           "Applications must reach the Office no later than Thursday 17 April 2042 at 12:00 (Brussels time). Interviews will take place in May 2042.")

def build():
    expected(KEY, post=POST, langs=["fr", "en"], title=L(T_EN, T_FR), org=L(ORG_EN, ORG_FR), loc=L(LOC_EN, LOC_FR),
             sched=L(SCH_EN, SCH_FR), deadline="2042-04-17", salary=sal(6512.30), grade="G13", clearance="NATO SECRET",
             req={"en": {"essential": ESS_EN, "desirable": DES_EN}, "fr": {"essential": ESS_FR, "desirable": DES_FR}},
             comps={"en": comp(C_EN), "fr": comp(C_FR)})
    def md_items(lst, num=False):
        return '\n'.join((f"{i+1}.  " if num else "-   ") + x for i, x in enumerate(lst))
    md = f"""::: {{custom-style="Header"}}
:::

OTAN SANS CLASSIFICATION / NATO UNCLASSIFIED

**ORGANISATION DU TRAITÉ DE L'ATLANTIQUE NORD**\\
**BUREAU OTAN DE NORMALISATION**\\
Bruxelles, le 20 mars 2042\\
Réf. : NSO(2042)0311

# AVIS DE VACANCE DE POSTE {KEY}

**Intitulé :** {T_FR}\\
**Numéro de poste :** {POST}\\
**Organisme :** {ORG_FR}\\
**Lieu d'affectation :** {LOC_FR}\\
**Horaire :** {SCH_FR}\\
**Grade :** G13\\
**Habilitation de sécurité :** NATO SECRET\\
**Date limite :** 17 avril 2042

## 1. Contexte

{CTX_FR}

## 2. Tâches principales

Le/La titulaire est chargé(e) de :

{md_items(TACHES_FR)}

## 3. Qualifications requises

{md_items(ESS_FR, True)}

## 4. Qualifications souhaitables

{md_items(DES_FR, True)}

## 5. Compétences

{chr(10).join(f"**{n} :** {d}" + chr(10) for n, d in C_FR)}
## 6. Conditions et candidature

{COND_FR}

```{{=openxml}}
<w:p><w:r><w:br w:type="page"/></w:r></w:p>
```

# VACANCY NOTICE {KEY}

**Title:** {T_EN}\\
**Post Number:** {POST}\\
**Organization:** {ORG_EN}\\
**Duty Location:** {LOC_EN}\\
**Schedule:** {SCH_EN}\\
**Grade:** G13\\
**Security Clearance:** NATO SECRET\\
**Closing Date:** 17 April 2042

## 1. Background

{CTX_EN}

## 2. Main Tasks

The incumbent is responsible for:

{md_items(TASKS_EN)}

## 3. Essential Qualifications

{md_items(ESS_EN, True)}

## 4. Desirable Qualifications

{md_items(DES_EN, True)}

## 5. Competencies

{chr(10).join(f"**{n}:** {d}" + chr(10) for n, d in C_EN)}
## 6. Conditions and Application

{COND_EN}
"""
    md = md.replace('::: {custom-style="Header"}\n:::\n\n', '')
    open(os.path.join(ROOT, '__build', f'{KEY}-nso.md'), 'w', encoding='utf-8').write(md)
    register(f"{KEY}-nso.libreoffice.pdf", KEY, 'pdf')
    register(f"{KEY}-nso.libreoffice.pdftotext.txt", KEY, 'txt')

    W = lambda s: textwrap.fill(s, 72, break_on_hyphens=False, break_long_words=False)
    def items(lst, num=False):
        return '\n'.join(textwrap.fill(x, 72, initial_indent=(f"  {i+1}) " if num else "  - "), subsequent_indent="     ", break_on_hyphens=False, break_long_words=False) for i, x in enumerate(lst))
    mail = f"""De : Cellule recrutements internationaux <recrutements.internationaux@defense.example>
Envoyé : lundi 24 mars 2042 08:47
À : Liste diffusion - personnels civils
Objet : TR: Avis de vacance NSO - {T_FR} - clôture le 17/04

Bonjour à toutes et à tous,

Vous trouverez ci-dessous un avis de vacance du Bureau OTAN de normalisation
(version française puis anglaise). Les agents intéressés voudront bien
adresser une copie de leur dossier à la cellule avant le 4 avril 2042 afin
que le soutien national puisse être accordé. Une réunion d'information sur
les postes OTAN aura lieu le 1er avril à 14 h en salle 2.

Cordialement,
La cellule recrutements internationaux

-------- Message transféré --------
Sujet : Avis de vacance de poste {KEY}
Date : Thu, 20 Mar 2042 15:32:08 +0100
De : NSO Human Resources <nso.hr@hq.example>

AVIS DE VACANCE DE POSTE {KEY}

Intitulé : {T_FR}
Numéro de poste : {POST}
Organisme : {ORG_FR}
Lieu d'affectation : {LOC_FR}
Horaire : {SCH_FR}
Grade : G13
Habilitation de sécurité : NATO SECRET
Date limite : 17 avril 2042

1. CONTEXTE
{W(CTX_FR)}

2. TÂCHES PRINCIPALES
Le/La titulaire est chargé(e) de :
{items(TACHES_FR)}

3. QUALIFICATIONS REQUISES
{items(ESS_FR, True)}

4. QUALIFICATIONS SOUHAITABLES
{items(DES_FR, True)}

5. COMPÉTENCES
{chr(10).join(W(n + ' : ' + d) for n, d in C_FR)}

6. CONDITIONS ET CANDIDATURE
{W(COND_FR)}

------------------------------------------------------------------------

VACANCY NOTICE {KEY}

Title: {T_EN}
Post Number: {POST}
Organization: {ORG_EN}
Duty Location: {LOC_EN}
Schedule: {SCH_EN}
Grade: G13
Security Clearance: NATO SECRET
Closing Date: 17 April 2042

1. BACKGROUND
{W(CTX_EN)}

2. MAIN TASKS
The incumbent is responsible for:
{items(TASKS_EN)}

3. ESSENTIAL QUALIFICATIONS
{items(ESS_EN, True)}

4. DESIRABLE QUALIFICATIONS
{items(DES_EN, True)}

5. COMPETENCIES
{chr(10).join(W(n + ': ' + d) for n, d in C_EN)}

6. CONDITIONS AND APPLICATION
{W(COND_EN)}

--
Ce message et ses pièces jointes sont destinés exclusivement à leurs
destinataires.
"""
    write(f"{KEY}-courriel.txt", mail, KEY)
