from common import *

def build():
    w("postcode-rollout-faq-papu.en.html", """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Continental addressing programme – FAQ</title></head><body>
<header><strong>PAPU · UPAP</strong><nav><a href="#">Home</a> <a href="#">Programmes</a> <a href="#">Careers</a> <a href="#">Français</a></nav></header>
<main><h1>National addressing and postcode roll-out: frequently asked questions</h1>
<table><tr><th>Reference</th><td>PAPU/OPS/FAQ/2037/02</td></tr><tr><th>Location of workshops</th><td>Arusha, Dakar and Yaoundé</td></tr>
<tr><th>Schedule</th><td>Regional workshops from 8 to 26 June 2037</td></tr><tr><th>Deadline for national road maps</th><td>30 June 2037</td></tr></table>
<h2>Who must take part?</h2><p>Each Member State designates one focal point from the ministry in charge of posts and one from the designated operator.</p>
<h2>What are the requirements for a national road map?</h2><ul><li>A map of existing street-naming initiatives;</li><li>A costed plan for postcode allocation;</li><li>An official letter from the ministry.</li></ul>
<h2>Does the Union pay participants?</h2><p>No. Travel is funded by the Member State; the Union pays no salary, fee or per diem to focal points. This page does not announce a vacancy: current posts are listed under Careers.</p>
</main><footer>© 2037 Pan African Postal Union</footer></body></html>
""")
    w("green-bond-allocation-summary-proparco.en.md", """# Green bond allocation summary – financial year 2036

**Reference:** GB-ALLOC-2036 · **Location of projects:** Africa, Asia, Latin America · **Published:** 2 June 2037

| Category | Amount allocated (EUR m) | Projects |
|---|---|---|
| Renewable energy | 412 | 19 |
| Sustainable agriculture | 96 | 7 |
| Green buildings | 58 | 4 |

## Eligibility requirements

1. Projects must meet the eligibility criteria of the green bond framework.
2. Each project must have an environmental and social action plan.
3. Impact indicators (MWh produced, tCO2e avoided) must be reported annually.

## Schedule of the next reports

The external reviewer's opinion is due by **30 June 2037**; the impact report follows in September. Questions from investors: investors@proparco.example.

*This summary is information for bondholders. It does not advertise a position, and no salary or contract is offered.*
""")
    w("foot-care-clinic-schedule-srfh.en.txt", """SMOOTH ROCK FALLS HOSPITAL / HÔPITAL DE SMOOTH ROCK FALLS
Outpatient Services – Diabetes Education Program

FOOT CARE CLINIC – SUMMER 2037 SCHEDULE
Reference: OPS-FC-2037-03
Location: Outpatient clinic, ground floor (use the Kelly Road entrance)

Schedule
  Tuesday, June 9, 2037 ........ 9:00 a.m. to 3:00 p.m.
  Tuesday, June 23, 2037 ....... 9:00 a.m. to 3:00 p.m.
  Tuesday, July 7, 2037 ........ 9:00 a.m. to 12:00 p.m.

Requirements for booking
  - a referral from your family physician or nurse practitioner;
  - your Ontario health card;
  - a list of your current medications.

Fees: nail care is covered for diabetic patients; orthotic assessment $45.
Deadline to book the June clinics: June 5, 2037.

The clinic is run by a registered practical nurse under the Diabetes Education Program.
This sheet is not a job posting; for current openings see the Careers page.
""")
    w("vente-vivoplants-bananiers-carbap.fr.txt", """CENTRE AFRICAIN DE RECHERCHES SUR BANANIERS ET PLANTAINS
Unité de multiplication végétale – Njombé

TARIFS ET CONDITIONS DE VENTE DES VIVOPLANTS – CAMPAGNE 2037
Référence : CARBAP/UMV/TAR/2037/01
Lieu de retrait : pépinière de la station de Njombé
Horaire de la pépinière : du lundi au vendredi, de 7 h 30 à 15 h 30

Variété                     Prix unitaire      Minimum de commande
Plantain « Big Ebanga »     350 FCFA           200 plants
Plantain hybride CARBAP     450 FCFA           200 plants
Banane dessert             300 FCFA           500 plants

EXIGENCES POUR LA COMMANDE
  - bon de commande signé et acompte de 50 % ;
  - parcelle préparée et trouaison faite avant la livraison ;
  - engagement à suivre la fiche technique remise avec les plants.

Date limite des commandes pour la plantation de septembre : 26 juin 2037.
Ce document concerne la vente de matériel végétal ; il ne s'agit ni d'un recrutement ni d'une offre d'emploi, et aucun salaire n'y est associé.
""")
    w("fiche-conseil-contrats-telephonie-mobile-opc.fr.html", """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Contrats de téléphonie mobile – fiche conseil</title></head><body>
<div>Québec ✦ | <a href="#">English</a></div><nav><a href="#">Accueil</a> › <a href="#">Thématiques</a> › Téléphonie</nav>
<main><h1>Votre contrat de téléphonie mobile : ce que le commerçant doit respecter</h1>
<dl><dt>Référence</dt><dd>OPC-FC-TEL-2037</dd><dt>Lieu de dépôt d'une plainte</dt><dd>en ligne ou à nos bureaux de Québec et de Montréal</dd><dt>Horaire du service téléphonique</dt><dd>du lundi au vendredi, de 8 h 30 à 16 h 30</dd></dl>
<h2>Exigences de la loi</h2><ul><li>Le contrat doit indiquer le prix mensuel total, taxes en sus indiquées séparément.</li><li>Les frais de résiliation sont plafonnés.</li><li>Toute modification doit vous être transmise par écrit 30 jours à l'avance.</li></ul>
<h2>Date limite pour contester</h2><p>Vous avez jusqu'au 30 juin 2037 pour contester les frais facturés lors de la panne régionale du 12 mai 2037, selon l'entente conclue avec les fournisseurs.</p>
<p>Cette fiche d'information ne constitue pas une offre d'emploi ; les postes ouverts à l'Office sont publiés sur le site de recrutement du gouvernement.</p>
</main><footer>© Gouvernement du Québec, 2037</footer></body></html>
""")
    w("plan-hivernal-deneigement-wiltz.fr.md", """**COMMUNE DE WILTZ – Service technique**

# Plan hivernal 2037-2038 : déneigement et salage des voiries communales

| | |
|---|---|
| Référence | WLZ/ST/HIV/2037 |
| Lieu | territoire de la commune (Wiltz, Weidingen, Erpeldange, Roullingen…) |
| Horaire des équipes | astreinte de 4 h 00 à 22 h 00 du 15 novembre au 31 mars |
| Adoption | conseil communal du 12 juin 2037 |

## Priorités

1. Axes de bus et accès à l'hôpital et aux écoles ;
2. Rues en pente et quartiers résidentiels ;
3. Parkings communaux et chemins ruraux.

## Exigences pour les riverains

- dégager le trottoir devant leur immeuble avant 8 h ;
- ne pas stationner sur les axes prioritaires lors des alertes neige.

Les remarques des habitants sur le projet de plan sont reçues jusqu'à la **date limite du 30 juin 2037**.

*Le plan mobilise le personnel existant du service technique ; il ne comporte aucun recrutement ni aucune vacance de poste.*
""")
