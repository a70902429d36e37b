from common import *

n1 = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Public hearings – Standing Committee on Climate Change and Environmental Stewardship</title></head>
<body>
<nav><a href="/">Home</a> · <a href="/committees">Committees</a> · <a href="/bills">Bills</a> · <a href="/careers">Careers</a> · <a href="/fr">Français</a></nav>
<p>Home › Committees › Public hearings</p>
<h1>Call for written briefs and public hearings</h1>
<p><em>Standing Committee on Climate Change and Environmental Stewardship — Legislative Assembly of New Brunswick</em></p>
<table border="1">
<tr><th>Reference</th><td>CCES-HEAR-2044-02</td></tr>
<tr><th>Location</th><td>Edmundston, Miramichi and Saint John (venues below)</td></tr>
<tr><th>Schedule</th><td>Hearings from 9:00 a.m. to 4:30 p.m., June 20 to 22, 2044</td></tr>
<tr><th>Deadline for briefs</th><td>June 10, 2044</td></tr>
</table>
<h2>Requirements for written briefs</h2>
<ol>
<li>Briefs must not exceed ten pages and may be written in English or French.</li>
<li>Each brief must state the name of the person or organization submitting it.</li>
<li>Briefs become public documents once tabled.</li>
</ol>
<p>Witnesses who appear before the committee receive no salary, fee or honorarium; reasonable travel costs above $50 may be reimbursed on receipts. The Clerk Assistant will confirm each witness's time slot by e-mail.</p>
<p>This page concerns public participation in the committee's review of the Coastal Areas Protection Act. It is not a job posting and no position is open.</p>
<footer>Legislative Assembly of New Brunswick · Committee Services</footer>
</body></html>
"""
write("standing-committee-call-for-briefs-public-hearings-legislative-assembly-nb.en.html", n1, "-")

n2 = """AIR INUIT CARGO
NORTHERN FOOD SHIPPER GUIDE — SUBSIDIZED FRESH FOOD BY AIR
Reference: CGO-NFS-2044-03
Effective: June 1, 2044

Location: Cargo terminal, Montréal (Côte-Vertu), and Kuujjuaq, Puvirnituq and La Grande hubs
Schedule: Acceptance Monday to Friday, 6:00 a.m. to 2:00 p.m.; Saturday 7:00 a.m. to 11:00 a.m.
Deadline for booking a pallet: 48 hours before the scheduled flight (summer peak bookings for July close on June 24, 2044)

1. WHO THIS GUIDE IS FOR
Retailers and registered suppliers shipping eligible perishable food to the fourteen communities of Nunavik under the federal retail subsidy.

2. REQUIREMENTS FOR SHIPMENTS
- Perishables packed in insulated boxes with ice packs, not loose ice;
- Each box labelled with consignee, community and "KEEP COOL";
- Maximum 32 kg per box, pallets no higher than 150 cm.

3. RATES
Subsidized rate: CAD 1.85 per kg for eligible items. This is a freight rate paid by the shipper; it is not a salary, a wage or an allowance paid to any employee.

4. CONTACTS
Cargo agents at each hub will help you fill out the waybill. This guide does not advertise a job and no position is offered; for careers, see our Careers page.
"""
write("northern-food-shipper-guide-subsidized-freight-air-inuit.en.txt", n2, "-")

n3 = """[Home](/) · [Where we work](/where) · [Careers](/careers) · [Donate](/donate)

# Field Security Induction Course — June 2044 session

*Reference: MED-SEC-IND-2044-06 · Medair Learning & Development*

| Item | Details |
|---|---|
| Location | Training centre, Ecublens, Switzerland |
| Schedule | Five days, June 13–17, 2044, 8:30 to 17:30 |
| Deadline to register | June 3, 2044 |
| Course fee | CHF 950 per participant (waived for Medair staff) |

## Requirements for participants

1. You must already hold a signed contract or volunteer agreement for a field deployment.
2. You must complete the online module "Humanitarian Security Basics" before arrival.
3. You must bring a valid passport for the simulated checkpoint exercise.

## What the course covers

Risk assessment, communications, vehicle movements, hibernation and evacuation planning, and a 24-hour simulation with role players.

The fee covers training, meals and materials; it is not a salary or stipend. Accommodation can be booked in Lausanne at participants' own cost.

*This page describes a training course for people already recruited. It is not a vacancy and no position is advertised here; see Careers for open roles.*
"""
write("field-security-induction-course-june-session-medair.en.md", n3, "-")

n4 = """[Accueil](/) · [Services aux citoyens](/services) · [Conseil municipal](/conseil) · [Emplois](/emplois) · [Nous joindre](/contact)

# AVIS PUBLIC

## Assemblée publique de consultation – projet de règlement no R-2044-118 modifiant le règlement de zonage

*Référence : AP-URB-2044-22 · Ville de Baie-Comeau, Service de l'urbanisme*

**Lieu :** salle du conseil, hôtel de ville de Baie-Comeau  
**Horaire :** mardi 14 juin 2044, de 19 h à 21 h  
**Date limite pour transmettre des commentaires écrits :** 21 juin 2044

AVIS est donné aux personnes intéressées que le conseil municipal a adopté, lors de sa séance du 16 mai 2044, le premier projet de règlement no R-2044-118, qui vise à autoriser les habitations multifamiliales de quatre logements dans la zone H-217.

### Exigences pour les commentaires écrits

1. Indiquer son nom et son adresse ;
2. Préciser l'article du projet visé ;
3. Transmettre le document au greffe avant la date limite.

Le projet contient des dispositions propres à un règlement susceptible d'approbation référendaire. Le technicien en urbanisme présentera les plans lors de l'assemblée. Aucune rémunération ni salaire n'est versé aux participants.

*Le présent avis n'est pas une offre d'emploi et aucun poste n'est à pourvoir. Donné à Baie-Comeau, le 20 mai 2044. La greffière.*
"""
write("avis-public-assemblee-consultation-reglement-zonage-baie-comeau.fr.md", n4, "-")

n5 = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Cours de préparation à la naissance – Maternité – Clinique des Grangettes</title></head>
<body>
<nav><a href="/">Accueil</a> | <a href="/maternite">Maternité</a> | <a href="/urgences">Urgences</a> | <a href="/carrieres">Carrières</a></nav>
<p>Accueil &gt; Maternité &gt; Préparation à la naissance</p>
<h1>Cours de préparation à la naissance et à la parentalité – session d'été 2044</h1>
<dl>
<dt>Référence du programme</dt><dd>MAT-PREP-2044-E</dd>
<dt>Lieu</dt><dd>Salle Tilleul, bâtiment de la maternité, Chêne-Bougeries (Genève)</dd>
<dt>Horaire</dt><dd>Six séances le mardi, de 18 h 30 à 20 h 30, du 7 juin au 12 juillet 2044</dd>
<dt>Date limite d'inscription</dt><dd>31 mai 2044</dd>
<dt>Tarif</dt><dd>CHF 320 par couple, remboursés en partie par l'assurance de base</dd>
</dl>
<h2>Exigences</h2>
<ul>
<li>Être enceinte d'au moins 24 semaines au début de la session ;</li>
<li>Avoir choisi la clinique pour l'accouchement ;</li>
<li>Apporter un coussin et une tenue confortable.</li>
</ul>
<h2>Animation</h2>
<p>Les séances sont animées par une sage-femme et une infirmière instrumentiste du bloc opératoire, qui présente le déroulement d'une césarienne. Le tarif n'est ni un salaire ni une rémunération : il couvre le matériel et la salle.</p>
<p>Cette page présente un cours destiné aux futurs parents. Il ne s'agit pas d'une offre d'emploi et aucun poste n'est proposé.</p>
</body></html>
"""
write("cours-preparation-naissance-parentalite-session-ete-grangettes.fr.html", n5, "-")

n6 = """GROUPE D'ACTION CONTRE LE BLANCHIMENT D'ARGENT EN AFRIQUE CENTRALE
SECRÉTARIAT PERMANENT

GUIDE PRATIQUE À L'INTENTION DES ASSUJETTIS
DÉCLARATION D'OPÉRATIONS SUSPECTES : REMPLISSAGE DU FORMULAIRE TYPE

Référence : GABAC/SP/GUIDE/2044/04
Lieu de dépôt : cellule nationale de renseignement financier de l'État membre concerné
Horaire du guichet : du lundi au vendredi, de 8 h à 15 h 30
Date limite de mise en conformité des formulaires : 30 juin 2044

I. OBJET
Le présent guide explique aux banques, établissements de microfinance, notaires et casinos comment remplir le nouveau formulaire type, entré en vigueur le 1er juin 2044.

II. EXIGENCES DE FORME
1. Une déclaration par opération ou par ensemble d'opérations liées ;
2. Montants exprimés en FCFA, avec indication de la devise d'origine ;
3. Pièces justificatives numérotées et annexées.

III. PROFIL DU DÉCLARANT
Le déclarant est le correspondant ou la correspondante désigné(e) par l'assujetti. Le salaire ou les revenus du client ne sont mentionnés que s'ils éclairent l'opération.

IV. CONFIDENTIALITÉ
Il est interdit d'informer le client de l'existence de la déclaration.

Le présent document est un guide technique. Il ne constitue ni un avis de vacance de poste ni un appel à candidatures ; aucun emploi n'est proposé.
"""
write("guide-remplissage-declaration-operations-suspectes-gabac.fr.txt", n6, "-")
