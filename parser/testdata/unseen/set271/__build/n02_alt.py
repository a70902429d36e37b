from common import *

KEY = "alt-lta-se-va-2040-03"
REF = "ALT-LTA/SE/VA/2040/03"
T = {"fr": "Spécialiste en gestion des pêches", "en": "Fisheries Management Specialist"}
O = {"fr": "Autorité du Lac Tanganyika", "en": "Lake Tanganyika Authority"}
L = {"fr": "Bujumbura (Burundi)", "en": "Bujumbura, Burundi"}
S = {"fr": "Temps plein", "en": "Full-time"}
ESS = {"fr": [
    "Diplôme de niveau master en halieutique, en biologie aquatique, en économie des pêches ou dans un domaine connexe.",
    "Au moins huit (8) ans d'expérience dans la gestion des pêches continentales, dont trois (3) dans un cadre régional ou international.",
    "Bonne connaissance des approches de cogestion et des systèmes de suivi, contrôle et surveillance des pêches.",
    "Être ressortissant(e) de l'un des États contractants (Burundi, République démocratique du Congo, Tanzanie, Zambie)."],
  "en": [
    "Master's degree in fisheries science, aquatic biology, fisheries economics or a related field.",
    "At least eight (8) years of experience in inland fisheries management, including three (3) years in a regional or international setting.",
    "Sound knowledge of co-management approaches and of fisheries monitoring, control and surveillance systems.",
    "Be a national of one of the Contracting States (Burundi, Democratic Republic of the Congo, Tanzania, Zambia)."]}
DES = {"fr": [
    "Expérience de la mise en œuvre de projets financés par des bailleurs multilatéraux.",
    "Connaissance du swahili."],
  "en": [
    "Experience in implementing projects funded by multilateral donors.",
    "Knowledge of Kiswahili."]}
COMP = {"fr": ["Leadership", "Travail en équipe", "Sens de la diplomatie", "Rigueur analytique"],
        "en": ["Leadership", "Teamwork", "Diplomacy", "Analytical rigour"]}


def build():
    expected(KEY, REF, ["fr", "en"], T, O, L, S, "2040-05-07",
             sal(5835, cur="USD", period="month"), grade="P4",
             req={l: {"essential": ESS[l], "desirable": DES[l]} for l in ("en", "fr")},
             comp={l: [{"name": n, "description": ""} for n in COMP[l]] for l in ("en", "fr")})
    b = lambda xs: "\n".join("- " + x for x in xs)
    md = f"""**AUTORITÉ DU LAC TANGANYIKA — LAKE TANGANYIKA AUTHORITY**\\
Secrétariat exécutif / Executive Secretariat\\
Boulevard du 28 Novembre, B.P. 4910, Bujumbura, Burundi

*Bujumbura, le 3 avril 2040*

# AVIS DE VACANCE DE POSTE

| | |
|---|---|
| **Référence** | {REF} |
| **Intitulé du poste** | {T["fr"]} |
| **Grade** | P4 |
| **Département** | Programme Pêches et Biodiversité |
| **Lieu d'affectation** | {L["fr"]} |
| **Type de contrat** | Contrat à durée déterminée de trois ans, renouvelable |
| **Régime** | {S["fr"]} |
| **Date limite** | 7 mai 2040 |

## 1. Contexte

L'{O["fr"]} (ALT) coordonne la mise en œuvre de la Convention sur la gestion durable du lac Tanganyika, adoptée par le Burundi, la République démocratique du Congo, la Tanzanie et la Zambie. Dans le cadre de son plan stratégique 2039-2043, le Secrétariat exécutif renforce son équipe chargée de la gestion concertée des ressources halieutiques du lac.

## 2. Fonctions principales

Sous l'autorité du Directeur du Programme Pêches et Biodiversité, le (la) titulaire :

- appuie les États contractants dans l'élaboration et l'harmonisation des plans d'aménagement des pêcheries ;
- coordonne le cadre régional de suivi, contrôle et surveillance et les enquêtes-cadres ;
- prépare les notes techniques destinées au Comité de gestion et à la Conférence des ministres ;
- suit les indicateurs de capture et d'effort de pêche avec les instituts nationaux de recherche ;
- contribue à la mobilisation de ressources auprès des partenaires techniques et financiers.

## 3. Qualifications et expérience requises

{b(ESS["fr"])}

## 4. Atouts

{b(DES["fr"])}

## 5. Compétences

Leadership ; Travail en équipe ; Sens de la diplomatie ; Rigueur analytique.

## 6. Langues

Le français et l'anglais sont les langues de travail de l'ALT. Une très bonne maîtrise de l'une et une connaissance pratique de l'autre sont exigées.

## 7. Rémunération

Traitement net de 5 835 USD par mois, auquel s'ajoutent une indemnité de logement et, le cas échéant, une allocation pour frais d'études. L'ALT n'exige aucun frais de candidature.

## 8. Candidature

Envoyer une lettre de motivation, un CV détaillé et les copies des diplômes à recrutement@lta-alt.example au plus tard le 7 mai 2040 à 17 h 00 (heure de Bujumbura). Les entretiens se tiendront du 4 au 8 juin 2040 ; la onzième session de la Conférence des ministres se réunira le 12 décembre 2040.

```{{=openxml}}
<w:p><w:r><w:br w:type="page"/></w:r></w:p>
```

# VACANCY ANNOUNCEMENT

| | |
|---|---|
| **Reference** | {REF} |
| **Position** | {T["en"]} |
| **Grade** | P4 |
| **Department** | Fisheries and Biodiversity Programme |
| **Duty station** | {L["en"]} |
| **Type of contract** | Three-year fixed-term contract, renewable |
| **Working time** | {S["en"]} |
| **Closing date** | 7 May 2040 |

## 1. Background

The {O["en"]} (LTA) coordinates the implementation of the Convention on the Sustainable Management of Lake Tanganyika, to which Burundi, the Democratic Republic of the Congo, Tanzania and Zambia are parties. Under its 2039-2043 strategic plan, the Executive Secretariat is strengthening the team in charge of the joint management of the lake's fish stocks.

## 2. Main duties

Under the supervision of the Director of the Fisheries and Biodiversity Programme, the incumbent will:

- support the Contracting States in preparing and harmonising fisheries management plans;
- coordinate the regional monitoring, control and surveillance framework and the frame surveys;
- prepare technical briefs for the Management Committee and the Conference of Ministers;
- monitor catch and fishing-effort indicators with the national research institutes;
- contribute to resource mobilisation with technical and financial partners.

## 3. Required qualifications and experience

{b(ESS["en"])}

## 4. Desirable

{b(DES["en"])}

## 5. Competencies

Leadership; Teamwork; Diplomacy; Analytical rigour.

## 6. Languages

French and English are the working languages of the LTA. Excellent command of one and a working knowledge of the other are required.

## 7. Remuneration

Net salary of USD 5,835 per month, plus a housing allowance and, where applicable, an education grant. The LTA does not charge any application fee.

## 8. How to apply

Send a cover letter, a detailed CV and copies of diplomas to recrutement@lta-alt.example no later than 7 May 2040 at 17:00 (Bujumbura time). Interviews will be held from 4 to 8 June 2040.
"""
    libreoffice_from_md("alt.md", md, KEY + "-alt.libreoffice.pdf", KEY)

    dot = lambda xs: "\n".join("• " + x for x in xs)
    board = f"""DevJobs Great Lakes — Emplois & consultances | Jobs & consultancies
Accueil  Offres  Consultances  Appels d'offres  Publier une offre  Se connecter
Accueil › Offres › Burundi › Environnement

{T["fr"]} / {T["en"]}
{O["fr"]}Bujumbura, BurundiP4CDD 3 ansPubliée le 05/04/2040Expire le 07/05/2040
1 204 vues · 37 partages

Référence : {REF}
Organisation : {O["fr"]} / {O["en"]}
Lieu : {L["fr"]}
Grade : P4
Régime : {S["fr"]}
Rémunération : 5 835 USD nets par mois + indemnité de logement
Date limite : 7 mai 2040

DESCRIPTION DU POSTEL'ALT coordonne la Convention sur la gestion durable du lac Tanganyika. Le (la) {T["fr"]} appuie les plans d'aménagement des pêcheries, le suivi, contrôle et surveillance et les enquêtes-cadres.
QUALIFICATIONS ET EXPÉRIENCE REQUISES
{dot(ESS["fr"])}
ATOUTS
{dot(DES["fr"])}
COMPÉTENCES : Leadership ; Travail en équipe ; Sens de la diplomatie ; Rigueur analytique.

---- English version (as published by the employer) ----

Reference: {REF} | Position: {T["en"]} | Organisation: {O["en"]}
Duty station: {L["en"]} | Grade: P4 | Working time: {S["en"]}
Salary: USD 5,835 net per month | Closing date: 7 May 2040
REQUIRED QUALIFICATIONS AND EXPERIENCE
{dot(ESS["en"])}
DESIRABLE
{dot(DES["en"])}
COMPETENCIES: Leadership; Teamwork; Diplomacy; Analytical rigour.

Comment postuler / How to apply : recrutement@lta-alt.example
Signaler cette offre · Imprimer · Partager : Facebook | X | LinkedIn | WhatsApp

Offres similaires
• Chargé(e) de suivi hydrologique – Kigoma (Tanzanie) – expire le 28/04/2040
• Consultant(e) en aquaculture – Uvira (RDC) – expire le 15/05/2040
• Assistant(e) administratif(ve) – Bujumbura – expire le 30/04/2040

© 2040 DevJobs Great Lakes. Nous ne demandons jamais d'argent aux candidats.
"""
    write(KEY + "-devjobs.txt", board, KEY)
