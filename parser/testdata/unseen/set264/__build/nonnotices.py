from common import *

def build():
    w("gnss-correction-service-subscription-terms-rectas.en.html", """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>GNSS correction service – subscription terms</title></head><body>
<nav><ul><li>About RECTAS</li><li>Courses</li><li>Services</li><li>Careers</li><li>Contact</li></ul></nav>
<h1>RECTAS GNSS Real-Time Correction Service: Subscription Terms 2040</h1>
<table>
<tr><th>Reference</th><td>RECTAS/GNSS/SUB/2039-02</td></tr>
<tr><th>Location of base stations</th><td>Ile-Ife, Osogbo and Akure</td></tr>
<tr><th>Service schedule</th><td>24 hours a day, maintenance window Sundays 02:00–04:00</td></tr>
<tr><th>Deadline for 2040 renewals</th><td>31 October 2039</td></tr>
</table>
<h2>Who may subscribe</h2>
<p>Licensed surveyors, mapping agencies, universities and engineering firms working in the coverage area.</p>
<h2>Requirements for subscribers</h2>
<ul><li>A dual-frequency GNSS receiver able to use NTRIP corrections.</li><li>A copy of the surveyor's practising licence or the institution's registration.</li><li>Payment of the annual fee of USD 450 (institutions) or USD 180 (individual surveyors).</li></ul>
<h2>Qualifications of the data</h2>
<p>Corrections are computed in the AFREF frame; the Centre does not guarantee accuracy beyond the published specifications.</p>
<p>This page sets out the conditions of a technical service. It does not advertise any post, offers no salary or position, and subscribers do not become staff of the Centre.</p>
</body></html>
""", "-", "html")
    w("building-permit-fee-schedule-limbe.en.txt", """LIMBE CITY COUNCIL
Department of Urban Development and Building Control

BUILDING PERMIT FEE SCHEDULE AND FILING CALENDAR – FINANCIAL YEAR 2040

Reference: LICC/UDBC/FEES/2039/04
Location: Permit desk, City Hall, Mile 1, Limbe
Schedule: Monday to Friday, 8 a.m. to 3:30 p.m.
Deadline: Files for the first 2040 permit commission must be complete by 31 October 2039.

REQUIREMENTS FOR A BUILDING PERMIT FILE
1. A stamped application addressed to the City Mayor.
2. A land certificate or a notarised sale agreement.
3. Architectural plans signed by a registered architect.
4. A site plan and a soil report for buildings of more than two storeys.

FEES (FCFA)
Residential building, per m² of floor area ........ 1,000
Commercial building, per m² .......................... 1,500
Fence wall, per linear metre ........................... 500
Renewal of an expired permit ............... 25,000 flat

These fees are council revenue. They are not a salary and this schedule is not a recruitment notice: no post is offered.

The Head of Department
""", "-", "txt")
    w("gift-shop-consignment-terms-auxiliary-sensenbrenner.en.md", """# Hospital Auxiliary Gift Shop – Consignment Terms for Local Artisans

**Hôpital Sensenbrenner Hospital Auxiliary** · [Home](/) · [Volunteer](/volunteer) · [Careers](/careers)

| | |
|---|---|
| Reference | AUX-GS-2039-03 |
| Location | Main lobby gift shop, 101 Progress Crescent, Kapuskasing |
| Shop schedule | Monday to Friday, 10 a.m. to 4 p.m. |
| Deadline for holiday consignments | October 28, 2039 |

## Requirements for consignors

1. Items must be handmade in the Kapuskasing–Hearst area.
2. Each item must carry a price tag and the consignor's code.
3. Knitted and sewn items must be new and washable.
4. Food products are not accepted.

## Commission

The Auxiliary keeps 25% of the sale price; the balance is paid by cheque on the 15th of each month. Payments to consignors are not a salary or wage, and consignors are not employees or volunteers of the hospital.

*This page describes a consignment arrangement. It is not a job posting and no position is offered.*
""", "-", "md")
    w("demande-permis-abattage-arbres-moutier.fr.html", """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Abattage d'arbres – demande de permis</title></head><body>
<nav><ul><li>Vivre à Moutier</li><li>Administration</li><li>Emplois</li><li>Guichet virtuel</li></ul></nav>
<h1>Abattage d'arbres et de haies : demande d'autorisation</h1>
<dl>
<dt>Référence</dt><dd>UE-ARB-2039</dd>
<dt>Lieu de dépôt</dt><dd>Service de l'urbanisme, Hôtel de Ville, Moutier</dd>
<dt>Horaire du guichet</dt><dd>Lundi au vendredi, 8 h 30 – 11 h 30</dd>
<dt>Date limite pour la période d'abattage 2039-2040</dt><dd>31 octobre 2039</dd>
</dl>
<h2>Exigences</h2>
<ul><li>Formulaire de demande signé par le propriétaire du bien-fonds</li><li>Plan de situation indiquant les arbres concernés</li><li>Photographies récentes et motif de l'abattage</li><li>Engagement de replantation lorsque le règlement l'exige</li></ul>
<h2>Émolument</h2>
<p>CHF 80.– par demande, CHF 150.– si une visite de l'inspecteur nature est nécessaire. Cet émolument n'est pas un traitement.</p>
<p>Cette page ne constitue pas une mise au concours : elle n'annonce aucun poste et ne propose aucun salaire.</p>
</body></html>
""", "-", "html")
    w("calendrier-reinscriptions-pedagogiques-uadb.fr.txt", """UNIVERSITÉ ALIOUNE DIOP DE BAMBEY
Direction des Affaires pédagogiques et de la Scolarité

CALENDRIER DES RÉINSCRIPTIONS PÉDAGOGIQUES – ANNÉE UNIVERSITAIRE 2039-2040

Référence : UADB/DAPS/CAL/2039-04
Lieux : scolarités des UFR, sites de Bambey, Diourbel et Ngoundiane
Horaire : du lundi au vendredi, de 9 h à 15 h
Date limite : 31 octobre 2039

EXIGENCES POUR LA RÉINSCRIPTION
- avoir validé l'année précédente ou être autorisé(e) à redoubler ;
- présenter la quittance des droits d'inscription ;
- fournir une photo d'identité récente et la carte d'étudiant de l'année écoulée.

DROITS D'INSCRIPTION
Licence ............ 25 000 FCFA
Master ............. 50 000 FCFA
Doctorat ........... 75 000 FCFA

Ces montants sont des droits universitaires et non un salaire. Le présent calendrier ne constitue ni un avis de recrutement ni une offre de poste.

Le Directeur des Affaires pédagogiques
""", "-", "txt")
    w("programme-consigne-emballages-depositaires-sabc.fr.md", """**SABC – Brasseries du Cameroun** · [Carrières](/carrieres) · [Distributeurs](/distributeurs)

# Programme de consigne des emballages – note aux dépositaires

| | |
|---|---|
| Référence | SABC/DC/CONS/2039-11 |
| Lieu de retour | Centres de distribution de Douala-Bassa, Yaoundé-Mvan et Bafoussam |
| Horaire des quais | Lundi au samedi, 6 h – 14 h |
| Date limite de régularisation des stocks | 29 octobre 2039 |

## Exigences pour les dépositaires

1. Restituer les casiers complets, sans bouteilles étrangères.
2. Présenter le bon de livraison correspondant.
3. Signaler les casiers cassés avant le déchargement.

## Montants de la consigne

- Bouteille 65 cl : 100 FCFA
- Casier de 12 : 1 500 FCFA

Ces montants sont remboursés à la restitution ; il ne s'agit pas d'un salaire. Cette note ne constitue pas une offre d'emploi et n'annonce aucun poste.
""", "-", "md")
