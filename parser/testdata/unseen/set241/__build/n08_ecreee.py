from common import *

KEY = "ecreee-ed-hr-2037-05"
REF = "ECREEE/ED/HR/2037/05"
POST = "ECREEE-PO-0412"
T = {"fr": "Chargé(e) de programme, mini-réseaux solaires", "en": "Programme Officer, Solar Mini-Grids"}
O = {"fr": "Centre pour les Énergies Renouvelables et l'Efficacité Énergétique de la CEDEAO (CEREEC)",
     "en": "ECOWAS Centre for Renewable Energy and Energy Efficiency (ECREEE)"}
L = {"fr": "Praia, Cabo Verde", "en": "Praia, Cabo Verde"}
S = {"fr": "Temps plein (40 heures par semaine)", "en": "Full-time (40 hours per week)"}
GRADE = "P4"
ESS = {"fr": [
    "Être ressortissant(e) d'un État membre de la CEDEAO.",
    "Master en génie électrique, en énergies renouvelables ou en économie de l'énergie.",
    "Dix (10) ans d'expérience professionnelle, dont cinq dans l'électrification rurale décentralisée.",
    "Bonne connaissance des cadres réglementaires des mini-réseaux en Afrique de l'Ouest.",
    "Maîtrise de l'une des langues officielles de la Communauté et connaissance pratique d'une autre.",
], "en": [
    "Be a national of an ECOWAS Member State.",
    "Master's degree in electrical engineering, renewable energy or energy economics.",
    "Ten (10) years of professional experience, five of them in decentralised rural electrification.",
    "Good knowledge of mini-grid regulatory frameworks in West Africa.",
    "Fluency in one official language of the Community and a working knowledge of another.",
]}
DES = {"fr": ["Expérience des mécanismes de financement basés sur les résultats.", "Connaissance du portugais."],
       "en": ["Experience of results-based financing mechanisms.", "Knowledge of Portuguese."]}
COMP = {"fr": [("Vision stratégique", "relie chaque projet aux objectifs régionaux d'accès à l'énergie."),
               ("Négociation", "rapproche les positions des États membres et des développeurs privés."),
               ("Redevabilité", "rend compte des résultats aux instances de la Communauté.")],
        "en": [("Strategic vision", "links each project to the regional energy access targets."),
               ("Negotiation", "brings Member States and private developers to common ground."),
               ("Accountability", "reports results to the Community's governing bodies.")]}
SAL = {"fr": "61 730 USD par an (traitement de base net), plus indemnités de poste et de logement",
       "en": "USD 61,730 per annum (net base salary), plus post and housing allowances"}
DL = {"fr": "vendredi 27 novembre 2037 à 18 h 00 (heure de Praia)", "en": "Friday, 27 November 2037, 18:00 (Praia time)"}
LAB = {"fr": ["Intitulé du poste", "Numéro du poste", "Référence de l'avis", "Organisation", "Lieu d'affectation", "Grade",
              "Temps de travail", "Rémunération", "Date limite"],
       "en": ["Position", "Post number", "Vacancy reference", "Organisation", "Duty station", "Grade",
              "Working time", "Remuneration", "Closing date"]}
HD = {"fr": ("AVIS DE VACANCE DE POSTE", "Responsabilités", "Qualifications requises", "Qualifications souhaitées", "Compétences"),
      "en": ("VACANCY ANNOUNCEMENT", "Responsibilities", "Required qualifications", "Desirable qualifications", "Competencies")}
DUT = {"fr": ["Piloter le programme régional d'appui aux mini-réseaux solaires.", "Appuyer les régulateurs nationaux dans l'élaboration des tarifs.",
              "Gérer les conventions de subvention et leur suivi."],
       "en": ["Lead the regional solar mini-grid support programme.", "Assist national regulators in setting tariffs.",
              "Manage grant agreements and their monitoring."]}


def vals(l):
    return [T[l], POST, REF, O[l], L[l], GRADE, S[l], SAL[l], DL[l]]


def md():
    def half(l):
        rows = "\n".join(f"| **{a}** | {b} |" for a, b in zip(LAB[l], vals(l)))
        c = " :" if l == "fr" else ":"
        return "\n".join([f"## {HD[l][0]} – {T[l]}", "", "| | |", "|---|---|", rows, "",
                          f"### {HD[l][1]}", "", *[f"{i}. {x}" for i, x in enumerate(DUT[l], 1)], "",
                          f"### {HD[l][2]}", "", *[f"{i}. {x}" for i, x in enumerate(ESS[l], 1)], "",
                          f"### {HD[l][3]}", "", *[f"- {x}" for x in DES[l]], "",
                          f"### {HD[l][4]}", "", *[f"- *{n}*{c} {d}" for n, d in COMP[l]], ""])
    return f"""---
title: "{T['fr']} / {T['en']}"
date: 2037-10-23
lang: fr
---

**CEDEAO · ECOWAS · CEDEAO** — [Accueil](https://ecreee.example/) · [Recrutement](https://ecreee.example/jobs) · [English](https://ecreee.example/en)

# CEREEC / ECREEE

*Praia, le 23 octobre 2037*

{half('fr')}
> Les candidatures (formulaire de la CEDEAO, CV, copies des diplômes) sont à adresser à recruitment@ecreee.example au plus tard le 27/11/2037. Les tests écrits auront lieu le 14 décembre 2037.

---

{half('en')}
> Applications (ECOWAS form, CV, copies of diplomas) should be sent to recruitment@ecreee.example by 27/11/2037. Written tests will take place on 14 December 2037.
"""


def myjobmag():
    def half(l):
        rows = "\n".join(f"{a}{' :' if l == 'fr' else ':'} {b}" for a, b in zip(LAB[l], vals(l)))
        c = " :" if l == "fr" else ":"
        return "\n".join([rows, "", HD[l][1], *DUT[l], "", HD[l][2], *ESS[l], "", HD[l][3], *DES[l], "",
                          HD[l][4], *[f"{n}{c} {d}" for n, d in COMP[l]]])
    return f"""
MyJobMag   Jobs   Companies   Career Advice   CV Review   Post a Job   Login

{T['en']} at ECOWAS Centre for Renewable Energy and Energy Efficiency (ECREEE)

Job TypeFull TimeQualificationMScExperience10 yearsLocationPraia, Cabo VerdeJob FieldEngineering / Technical  Energy / Power
Deadline: Nov 27, 2037
Posted: Oct 24, 2037  |  Views: 1,208

The ECOWAS Centre for Renewable Energy and Energy Efficiency invites applications for the post below.
(Notice published in French and English / Avis publié en français et en anglais.)

{half('fr')}

{half('en')}

Method of Application
Interested and qualified candidates should send their application, CV and ECOWAS form to recruitment@ecreee.example
using the vacancy reference as the subject of the mail.

Similar Jobs
Energy Analyst at a regional development bank – Abidjan – Deadline: Nov 20, 2037
Solar PV Technician – Dakar – USD 900 per month – Deadline: Nov 12, 2037
"""


if __name__ == "__main__":
    w(KEY + "-ecreee.md", md())
    w(KEY + "-myjobmag.txt", myjobmag())
    expected(KEY, REF, ["fr", "en"], T, O, L, S, "2037-11-27", sal(61730, cur="USD", period="year"), GRADE,
             {l: (ESS[l], DES[l]) for l in ("fr", "en")}, {l: comp(COMP[l]) for l in ("fr", "en")}, post_number=POST)
