# Six documents that are not vacancy notices (3 EN, 3 FR), with notice vocabulary but no post.
from common import *

VPR = """INTERREGIONAL COORDINATION CENTRE (ICC) – YAOUNDÉ
Guidance note for shipmasters

Reference: ICC/GN/2040/03
Subject: Voluntary position reporting for merchant vessels in the Gulf of Guinea
Issued: 15 November 2040

1. Purpose
This note tells masters and company security officers how to report positions to the Centre while transiting
the region. It does not announce any position, appointment or recruitment; "position" here means the ship's
latitude and longitude.

2. Location
Reporting area: waters between 10°N and 15°S, from Senegal to Angola.

3. Schedule
  - Initial report on entering the area;
  - Daily report at 0800 UTC;
  - Final report on leaving the area or on arrival in port.

4. Requirements for reporting vessels
  - A valid IMO number and call sign;
  - A 24-hour contact for the company security officer;
  - AIS switched on, except where the master judges it unsafe.

5. Deadline
The new reporting form applies from 1 December 2040; the old form will be refused after 31 December 2040.

6. Costs
Reporting is free of charge. No fee, salary or payment is involved.

Contact: watch officer, +237 000 000 000 (24/7), watch@icc-gog.example
"""

LOT = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Vaccine lot certification – how to request | AU-PANVAC</title></head><body>
<header><b>AU-PANVAC</b> · About · Services · Publications · Careers · Contact</header>
<p>Home › Services › Vaccine certification</p>
<h1>Requesting the certification of a vaccine lot</h1>
<table>
<tr><th>Reference</th><td>PANVAC/QCC/PROC/2040-02</td></tr>
<tr><th>Location</th><td>Sample reception, Bishoftu, Ethiopia</td></tr>
<tr><th>Schedule</th><td>Monday to Friday, 08:30–16:00 (EAT)</td></tr>
<tr><th>Deadline for the first 2041 testing cycle</th><td>14 December 2040</td></tr>
</table>
<h2>Who may apply</h2>
<p>Manufacturers of veterinary vaccines and national veterinary services of AU Member States. This page does not
advertise a job, offers no salary and recruits no staff.</p>
<h2>Requirements for samples</h2>
<ol><li>At least 50 vials of each lot, shipped at 2–8 °C with a temperature logger.</li>
<li>The manufacturer's summary protocol and certificate of analysis.</li>
<li>A signed request form with the lot number and expiry date.</li></ol>
<h2>Fees</h2>
<p>Testing fee: USD 1,200 per lot, payable before testing starts. Results are usually issued within 45 working days.</p>
<footer>© 2040 African Union · Privacy</footer></body></html>
"""

PLATE = """[Skip to content](#content)

**CODOFIL** · [Programs](/programs) · [Events](/events) · [Careers](/careers) · [Français](/fr)

# "Louisiane française" specialty license plate – application

| | |
|---|---|
| **Reference** | Form CDF-PL-7 |
| **Location** | Any Office of Motor Vehicles location, or by mail |
| **Schedule** | Applications processed Monday to Friday |
| **Deadline** | Orders received by December 14, 2040 are mailed before the holidays |

## What it is

The plate shows the fleur-de-lis and the words *Louisiane française*. Part of the fee funds scholarships for
future immersion teachers. It is **not a job posting**: no position is offered and no salary is paid.

## Requirements for applicants

1. A vehicle registered in Louisiana in your name;
2. Proof of insurance;
3. Payment of the standard registration fee plus a $25 royalty fee.

## Questions

Call our office in Lafayette during business hours, or write to plates@codofil.example.
"""

DOSSIER = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Accès au dossier médical – CHT Gaston-Bourret</title></head><body>
<header>CHT Gaston-Bourret · Patients et visiteurs · Nos services · Nous rejoindre · Contact</header>
<p>Accueil › Patients et visiteurs › Vos droits › Accès au dossier médical</p>
<h1>Demander une copie de son dossier médical</h1>
<dl>
<dt>Référence du formulaire</dt><dd>CHT-DQ-FORM-2040-07</dd>
<dt>Lieu de dépôt</dt><dd>Bureau des relations avec les usagers, rez-de-chaussée, Dumbéa-sur-Mer</dd>
<dt>Horaires d'ouverture</dt><dd>du lundi au vendredi, de 7 h 30 à 15 h 30</dd>
<dt>Délai de réponse</dt><dd>8 jours pour un dossier de moins de cinq ans, 2 mois au-delà</dd>
<dt>Date limite pour les demandes traitées avant la fermeture de fin d'année</dt><dd>14 décembre 2040</dd>
</dl>
<h2>Exigences</h2>
<ol><li>Une demande écrite et signée ;</li><li>Une copie de la pièce d'identité du demandeur ;</li>
<li>Pour un ayant droit, le justificatif du lien avec le patient.</li></ol>
<h2>Frais</h2>
<p>Reproduction : 25 XPF par page, envoi en recommandé : 1 200 XPF. Ces montants ne constituent pas un salaire.</p>
<p>Cette page ne constitue pas une offre d'emploi ; aucun poste n'est à pourvoir.</p>
<footer>CHT Gaston-Bourret · Mentions légales</footer></body></html>
"""

PROMO = """**COMMISSION COMMUNAUTAIRE FRANÇAISE** · [Enseignement](/enseignement) · [Emplois](/emplois) · [Contact](/contact)

# Inscriptions aux cours du soir de promotion sociale – second semestre 2040-2041

**Référence :** COCOF/ENS/PS/2040-12  
**Lieu :** Institut de promotion sociale, 1030 Schaerbeek  
**Horaire :** lundi et jeudi, de 18 h à 21 h 30  
**Date limite d'inscription :** 14 décembre 2040

## Formations proposées

- Secrétariat médical (niveau secondaire supérieur)
- Comptabilité de base
- Néerlandais, niveaux 1 à 4

## Conditions d'admission

1. Avoir au moins 15 ans et avoir satisfait à l'obligation scolaire à temps plein ;
2. Présenter une pièce d'identité et, le cas échéant, le dernier diplôme obtenu ;
3. Réussir le test de niveau pour les cours de langue.

## Droits d'inscription

De 30 € à 120 € selon la formation ; exemptions pour les demandeurs d'emploi. Il ne s'agit ni d'un salaire ni d'une
rémunération : ces cours ne constituent pas une offre d'emploi et aucun poste n'est à pourvoir.

*Renseignements : secrétariat de l'Institut, du lundi au vendredi de 9 h à 12 h.*
"""

RDD = """MUNICIPALITÉ DE CHELSEA – SERVICE DES TRAVAUX PUBLICS
AVIS PUBLIC

Référence : CHE-TP-2040-41
Objet : Collecte des résidus domestiques dangereux (RDD) et des appareils électroniques

Lieu : garage municipal, chemin de la Rivière (adresse fictive)
Horaire : samedi 8 décembre 2040, de 9 h à 15 h
Date limite de préinscription : jeudi 6 décembre 2040

Sont acceptés :
  - peintures, solvants, huiles usées ;
  - piles, batteries et ampoules fluocompactes ;
  - ordinateurs, écrans et petits appareils.

Exigences pour les citoyens :
  1. Présenter une preuve de résidence à Chelsea ;
  2. Apporter les produits dans leur contenant d'origine, bien fermé ;
  3. Limite de 100 litres par adresse.

Le service est gratuit pour les résidents ; les entreprises paient 2,50 $ le kilogramme. Ces montants ne sont
pas des salaires. Le présent avis n'est pas une offre d'emploi : aucun poste n'est ouvert et aucun
candidat n'est recherché.

Donné à Chelsea, le 20 novembre 2040.
Le directeur des travaux publics
"""


def build():
    out("vessel-position-reporting-guidance-shipmasters-icc.en.txt", VPR)
    out("vaccine-lot-certification-request-procedure-panvac.en.html", LOT)
    out("louisiane-francaise-specialty-plate-application-codofil.en.md", PLATE)
    out("demande-copie-dossier-medical-cht.fr.html", DOSSIER)
    out("inscriptions-cours-du-soir-promotion-sociale-cocof.fr.md", PROMO)
    out("collecte-residus-domestiques-dangereux-chelsea.fr.txt", RDD)
