"""Six documents that are not notices (3 EN, 3 FR), new genres."""
from common import *

CLEANROOM = """[Skip to content](#main) · [Careers](/careers) · [Contact](/contact)

**CSEM** — Microsystems Technology Centre, Neuchâtel

# Cleanroom visitor gowning and access rules

*Reference: CSEM-CR-RUL-07 · Revision 4 · valid from 1 September 2042*

| Item | Details |
|---|---|
| Location | Building B, cleanroom level 0, ISO classes 5 to 7 |
| Schedule | Visits Monday to Thursday, 9:00–11:30 and 14:00–16:00 |
| Deadline | Visit requests at least 10 working days in advance (for the autumn open day: 12 September 2042) |
| Contact | Cleanroom operations desk, ext. 4410 |

## Requirements for visitors

1. Every visitor is accompanied by a trained host from the cleanroom staff at all times.
2. No make-up, perfume, paper notebooks or pencils inside the gowning area.
3. Overshoes, hood, coverall, mask and two pairs of gloves are put on in the order shown on the wall chart.
4. Phones may enter only inside the sealed pouches handed out at reception.

## Fees

External groups are charged CHF 180 per half-day for gowning material. This is a cost contribution, not a
salary or a fee for services rendered to the visitor.

This page describes access rules for visits. It does not announce a position, no one is recruited through it,
and questions about jobs go to the Careers page.
"""

STEP = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>STEP pump replacement program | Township of Alfred and Plantagenet</title></head>
<body>
<div class="quick"><a href="#">Pay your taxes online</a> · <a href="#">Employment</a> · <a href="#">Français</a></div>
<header><strong>Township of Alfred and Plantagenet</strong>
<nav><a href="#">Residents</a> <a href="#">Council</a> <a href="#">Services</a> <a href="#">Employment</a></nav></header>
<main>
<p>Home › Services › Water and Wastewater › STEP system</p>
<h1>STEP effluent pump replacement program 2042–2043</h1>
<table>
<tr><th>Reference</th><td>PW-ENV-2042-06</td></tr>
<tr><th>Location</th><td>Village of Wendover, properties on Principale Street and connected private roads</td></tr>
<tr><th>Schedule</th><td>Replacements Monday to Friday, 8:00 a.m. to 3:30 p.m., by appointment</td></tr>
<tr><th>Deadline to register</th><td>Friday, September 26, 2042</td></tr>
</table>
<h2>Who is eligible</h2>
<p>Owners whose septic tank effluent pump (STEP) was installed before 2020 may have the pump replaced by the
Township's contractor. The cost of $1,250 per property is added to the tax bill over five years; it is a local
improvement charge, not a salary, wage or payment to anyone.</p>
<h2>Requirements</h2>
<ul>
<li>The tank lid must be uncovered and accessible on the day of the appointment;</li>
<li>An adult must be present to sign the work order;</li>
<li>Pets must be kept indoors.</li>
</ul>
<p>Questions: Environmental Services, 613-000-0000 (fictitious). This program is a service to property owners. It
is not an employment opportunity; no position is offered and no applications from job seekers are accepted.</p>
</main>
<footer>© 2042 Township of Alfred and Plantagenet</footer>
</body></html>
"""

SEED = """MEISE BOTANIC GARDEN – SEED BANK
Germination testing service for external depositors: terms and conditions

Reference: MBG/SB/TERMS/2042
Location: Seed bank laboratory, Meise (Belgium)
Schedule: samples received Tuesday and Thursday mornings, 9:00–12:00
Deadline for the autumn test series: 30 September 2042

1. Scope
The seed bank offers germination and viability tests to botanic gardens, conservation projects and universities
that deposit wild-collected seed lots. Results are sent within eight weeks.

2. Requirements for samples
- at least 400 seeds per lot, cleaned and dried to 15% relative humidity;
- a completed accession form with collector, locality, date and herbarium voucher number;
- a copy of the access and benefit-sharing permit where the country of origin requires one.

3. Fees
EUR 95 per lot for a standard test, EUR 160 for a test with dormancy-breaking treatments. Fees are invoiced to the
depositing institution; they are not a salary and do not create an employment relationship.

4. Liability
Meise Botanic Garden is not liable for seed lots that arrive damaged or contaminated.

These terms concern a laboratory service. They are not a vacancy notice: no post is open, and the seed bank does
not recruit through this document.
"""

IPC = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Note méthodologique – IPC – ISPF</title></head>
<body>
<header><nav><a href="#">Chiffres clés</a> <a href="#">Publications</a> <a href="#">L'institut</a> <a href="#">Recrutement</a></nav></header>
<main>
<p>Accueil &gt; Publications &gt; Méthodologie</p>
<h1>Indice des prix à la consommation : note méthodologique</h1>
<p><em>Référence : ISPF-METH-IPC-2042 · Mise à jour du 2 septembre 2042</em></p>
<table>
<tr><td>Lieu des relevés</td><td>Tahiti et Moorea, 1 150 points de vente</td></tr>
<tr><td>Horaire de publication</td><td>le 15 de chaque mois à 10 h, heure de Papeete</td></tr>
<tr><td>Date limite des observations sur le projet de nouvelle base</td><td>30 septembre 2042</td></tr>
</table>
<h2>1. Champ</h2>
<p>L'indice mesure l'évolution des prix des biens et services consommés par les ménages résidant en Polynésie
française. Les loyers, l'énergie, l'alimentation et les transports sont suivis chaque mois.</p>
<h2>2. Exigences de qualité</h2>
<ul><li>les enquêteurs relèvent le même produit dans le même point de vente d'un mois à l'autre ;</li>
<li>tout remplacement de produit est documenté et corrigé de l'effet qualité ;</li>
<li>les prix sont saisis en XPF, taxes comprises.</li></ul>
<h2>3. Salaires et indice</h2>
<p>L'indice ne mesure pas les salaires. Il sert à indexer certains contrats et pensions, mais ne fixe aucune
rémunération. Cette note méthodologique n'est pas une offre d'emploi et ne correspond à aucun poste à pourvoir ;
les offres de l'institut figurent sur la page Recrutement.</p>
</main>
</body></html>
"""

SCANNER = """HÔPITAL ARISTIDE LE DANTEC
SERVICE D'IMAGERIE MÉDICALE

FICHE D'INFORMATION PATIENT
Préparation à un examen de scanner avec injection de produit de contraste

Référence : HAD-IMG-INF-2042-03
Lieu : Service d'imagerie, pavillon B, rez-de-chaussée
Horaire des rendez-vous : du lundi au vendredi, de 8 h à 15 h 30
Date limite de confirmation : 48 heures avant le rendez-vous

Madame, Monsieur,
Votre médecin vous a prescrit un scanner avec injection. Pour votre sécurité, merci de lire attentivement cette
fiche.

Exigences avant l'examen :
1. Être à jeun depuis quatre heures (l'eau est autorisée).
2. Apporter une créatinine de moins d'un mois et vos anciens examens.
3. Signaler toute allergie, une grossesse possible, un diabète traité par metformine.

Tarifs : le forfait scanner avec injection est de 65 000 FCFA, pris en charge selon votre couverture maladie. Ce
montant est une participation aux frais et non un salaire.

Le technicien ou la technicienne de radiologie vous accueillera et restera à votre écoute pendant l'examen.
Cette fiche est un document d'information destiné aux patients ; elle ne constitue pas un avis de recrutement
et aucun poste n'y est proposé.

Service d'imagerie médicale – Dakar, septembre 2042
"""

MEMOIRE = """[Accueil](/) · [Formations](/formations) · [Appels et avis](/avis) · [Contact](/contact)

**CIESPAC** — Centre Inter-États d'Enseignement Supérieur en Santé Publique d'Afrique Centrale

# Guide de rédaction du mémoire de master de santé publique

*Référence : CIESPAC/DE/GUIDE/2042-01 · Promotion 2041-2043*

- **Lieu de dépôt :** secrétariat de la Direction des études, Brazzaville
- **Horaire du secrétariat :** du lundi au vendredi, de 8 h à 14 h
- **Date limite de dépôt des mémoires :** vendredi 26 septembre 2042
- **Soutenances :** du 13 au 24 octobre 2042

## 1. Exigences de forme

1. Quarante à soixante pages hors annexes, police de 12 points, interligne 1,5.
2. Un résumé en français et un résumé en anglais de 250 mots au plus.
3. Les références suivent le style de Vancouver.

## 2. Profil du directeur de mémoire

Chaque étudiant est encadré par un enseignant du Centre, titulaire d'un doctorat, et par un maître de stage sur le
terrain.

## 3. Frais

Les frais de soutenance s'élèvent à 25 000 FCFA. Il ne s'agit ni d'un salaire ni d'une indemnité.

Ce guide s'adresse aux étudiants inscrits. Ce n'est pas un avis de vacance de poste : aucun recrutement n'est
ouvert par ce document.
"""

DOCS = [
    ("cleanroom-visitor-gowning-and-access-rules-csem.en.md", CLEANROOM, "md"),
    ("step-effluent-pump-replacement-program-alfred-plantagenet.en.html", STEP, "html"),
    ("seed-bank-germination-testing-service-terms-meise.en.txt", SEED, "txt"),
    ("indice-des-prix-a-la-consommation-note-methodologique-ispf.fr.html", IPC, "html"),
    ("preparation-scanner-injection-produit-de-contraste-le-dantec.fr.txt", SCANNER, "txt"),
    ("guide-de-redaction-du-memoire-de-master-ciespac.fr.md", MEMOIRE, "md"),
]


def build():
    for name, text, fmt in DOCS:
        write(name, text, "-", fmt)
