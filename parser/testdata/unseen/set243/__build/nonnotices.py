from common import *


def build():
    # EN 1 – Elections NB: polling-place accessibility survey guide (HTML)
    write("polling-place-accessibility-survey-guide-enb.en.html", """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Polling place accessibility survey – guide for site reviewers</title></head>
<body><nav><a href="#">Home</a> <a href="#">Voters</a> <a href="#">Careers</a> <a href="#">Français</a></nav>
<h1>Polling place accessibility survey – guide for site reviewers</h1>
<table><tr><th>Reference</th><td>ENB-ACC-GUIDE-2037-02</td></tr>
<tr><th>Location</th><td>All 49 electoral districts, New Brunswick</td></tr>
<tr><th>Schedule</th><td>Site visits between January 4 and January 29, 2038, weekdays 9:00 a.m. to 4:00 p.m.</td></tr>
<tr><th>Deadline</th><td>Completed survey forms are due January 29, 2038</td></tr></table>
<h2>Purpose</h2><p>Before each electoral event, returning officers confirm that every proposed polling place can be reached and used by electors with reduced mobility, low vision or other disabilities. This guide explains how existing returning-office staff complete the survey; it does not announce any position and no salary, fee or honorarium is attached to it.</p>
<h2>Requirements for each site</h2><ul><li>a level or ramped entrance at least 90 cm wide;</li><li>a reserved parking space within 30 metres;</li><li>lighting of the voting screen area;</li><li>an accessible washroom or a documented alternative.</li></ul>
<h2>Qualifications of the reviewer</h2><p>Reviewers are returning officers or election clerks already appointed; no application is accepted through this page.</p>
<p>Questions: accessibility@enb.example</p></body></html>
""", "-")
    # EN 2 – Groupe Savoie: bulk sales of bark mulch and sawdust (Markdown)
    write("bark-mulch-and-sawdust-bulk-sales-savoie.en.md", """# Bark mulch, sawdust and shavings – bulk sales 2038

**Groupe Savoie** · Yard sales office, Saint-Quentin, New Brunswick

| | |
|---|---|
| **Reference** | YARD-PRICE-2038-01 |
| **Location** | Residue yard, Route 180, Saint-Quentin |
| **Loading schedule** | Monday to Friday, 7:00 a.m. to 3:30 p.m. |
| **Order deadline for spring delivery** | January 22, 2038 |

## Prices (taxes extra)

| Product | Price per cubic yard |
|---|---|
| Hardwood bark mulch | $18.50 |
| Dry sawdust (kiln) | $12.00 |
| Planer shavings, bagged | $9.75 per bag |

## Requirements for buyers

1. A dump truck or trailer with a tarp; loads must be covered before leaving the yard.
2. Safety vest and boots while in the yard.
3. Farm accounts must show a valid farm registration number.

This page lists products for sale only. For employment, including salary and job requirements, see the Careers page.
""", "-")
    # EN 3 – CIEFFA: logistics note for delegates to a ministerial conference (text)
    write("ministerial-conference-logistics-note-cieffa.en.txt", """AFRICAN UNION INTERNATIONAL CENTRE FOR GIRLS' AND WOMEN'S EDUCATION IN AFRICA (AU/CIEFFA)

INFORMATION NOTE FOR DELEGATES
Reference: AU/CIEFFA/CONF/2038/01
Meeting: Ministerial Conference on Girls' Education in Science and Technology
Location: Ouaga 2000 Conference Centre, Ouagadougou, Burkina Faso
Schedule: Experts' session 23-24 February 2038; Ministerial session 25 February 2038

1. REGISTRATION
Deadline for online registration of delegations: 20 January 2038.

2. VISA REQUIREMENTS
- a passport valid for at least six months;
- the invitation letter issued by AU/CIEFFA;
- proof of yellow fever vaccination.

3. SUPPORT TO DELEGATES
AU/CIEFFA covers the economy-class ticket and a daily subsistence allowance of USD 180 for one delegate per Member State. This is not a salary and no post is offered by this note.

4. CONTACT
Protocol Unit, conference@cieffa.example, +226 25 00 00 00.
""", "-")
    # FR 1 – Beresford: avis de rinçage du réseau d'aqueduc (HTML)
    write("avis-rincage-reseau-aqueduc-beresford.fr.html", """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Avis – rinçage du réseau d'aqueduc</title></head>
<body><nav><a href="#">Accueil</a> <a href="#">Services</a> <a href="#">Emplois</a> <a href="#">English</a></nav>
<h1>Avis public – rinçage unidirectionnel du réseau d'aqueduc</h1>
<table><tr><th>Référence</th><td>TP-AQ-2038-01</td></tr>
<tr><th>Lieu</th><td>Secteurs nord et centre de la Ville de Beresford</td></tr>
<tr><th>Horaire des travaux</th><td>Du 11 au 22 janvier 2038, de 8 h à 15 h 30</td></tr>
<tr><th>Date limite des demandes d'exemption</th><td>8 janvier 2038</td></tr></table>
<p>Les Travaux publics procéderont au rinçage des conduites d'eau potable afin d'éliminer les dépôts accumulés. L'eau pourrait être brouillée pendant quelques heures; laissez couler le robinet d'eau froide jusqu'à ce qu'elle redevienne claire.</p>
<h2>Exigences pour les commerces et institutions</h2><ul><li>prévenir le service si un procédé exige une eau sans interruption;</li><li>fermer les adoucisseurs d'eau pendant les travaux;</li><li>signaler toute baisse de pression anormale.</li></ul>
<p>Le rinçage est effectué par le personnel régulier des Travaux publics : aucun poste n'est à pourvoir et aucun salaire supplémentaire n'est prévu. Renseignements : 506 555-0142.</p></body></html>
""", "-")
    # FR 2 – Sodecoton: guide de traitement phytosanitaire du cotonnier (texte)
    write("guide-traitement-phytosanitaire-cotonnier-sodecoton.fr.txt", """SOCIÉTÉ DE DÉVELOPPEMENT DU COTON DU CAMEROUN
Direction de la Production Agricole

GUIDE DU PRODUCTEUR – PROGRAMME DE TRAITEMENT PHYTOSANITAIRE DU COTONNIER
Référence : DPA/GUIDE/2038-03
Lieu : zones cotonnières du Nord et de l'Extrême-Nord
Calendrier : 1er traitement à 45 jours après la levée, puis tous les 14 jours (5 passages)

EXIGENCES POUR LES GROUPEMENTS DE PRODUCTEURS
- désigner deux applicateurs formés par groupement ;
- porter l'équipement de protection complet (masque, gants, bottes) ;
- stocker les produits hors des habitations ;
- rapporter les emballages vides au magasin du secteur.

PRIX DE CESSION DES INTRANTS (à crédit, remboursés sur la vente du coton-graine)
- insecticide, flacon de 1 litre : 6 500 FCFA
- pulvérisateur à dos (location, campagne) : 4 000 FCFA

Date limite de commande des intrants auprès du chef de secteur : 15 janvier 2038.

Ce guide n'est pas une offre d'emploi : il ne recrute aucun applicateur et ne prévoit aucun salaire ; les agents de suivi restent les seuls interlocuteurs.
""", "-")
    # FR 3 – CHU Gabriel Touré: protocole de stérilisation des instruments (Markdown)
    write("protocole-sterilisation-instruments-chu-gabriel-toure.fr.md", """**CENTRE HOSPITALIER UNIVERSITAIRE GABRIEL TOURÉ**  
Service central de stérilisation

# Protocole de stérilisation des dispositifs médicaux réutilisables

| Rubrique | Détail |
|---|---|
| Référence | SCS/PROT/2038/02 – version 4 |
| Lieu | Service central de stérilisation, bâtiment C |
| Horaire de réception des plateaux | 7 h 30 – 14 h 00 et 18 h 00 – 20 h 00 |
| Date limite de mise en conformité des services | 31 janvier 2038 |

## Exigences

1. Pré-désinfection des instruments dans le service utilisateur dans les 15 minutes suivant l'intervention.
2. Plateaux accompagnés de la fiche de traçabilité signée.
3. Cycle de l'autoclave à 134 °C pendant 18 minutes pour les dispositifs critiques.
4. Contrôle quotidien par test de Bowie-Dick avant le premier cycle.

Ce document est une procédure interne de qualité destinée au personnel en poste ; il ne s'agit pas d'un recrutement et il ne comporte aucune indication de salaire ou de poste à pourvoir.

*Validé par le Comité de lutte contre les infections nosocomiales le 15 décembre 2037.*
""", "-")
