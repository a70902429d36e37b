from common import *


def build():
    # 1 EN: Central Review Body endorsement memo (txt)
    write("central-review-body-endorsement-memo.en.txt", """UNITED NATIONS                                              NATIONS UNIES
                      INTEROFFICE MEMORANDUM

To:          Head of Mission
From:        Secretary, Field Central Review Board
Reference:   FCRB/2037/188
Date:        3 September 2037
Subject:     Endorsement of the evaluation criteria and the selection process
             Job Opening: Logistics Officer, P-3 (closed)
             Location: Entebbe

1. The Field Central Review Board (FCRB) met on 1 September 2037 to review the case above. The job opening closed on
   9 July 2037; 214 applications were received and 11 candidates were assessed.

2. The Board found that the evaluation criteria approved on 12 May 2037 were applied consistently. The requirements
   (advanced university degree, five years of experience in supply chain management, fluency in English) were
   assessed in the same way for all candidates.

3. The Board endorses the recommended list of three candidates and the roster of two further candidates. The salary
   step and grade of the selected candidate are a matter for the Human Resources Section and were not reviewed.

4. Deadline: the hiring manager's selection decision must be recorded in the system by 17 September 2037, after
   which the case will be closed.

This memorandum concerns a recruitment that is already closed. It is not a job opening, and no applications can be
received on the basis of it. Questions should go to the FCRB secretariat.
""", "-")
    # 2 EN: Ombudsman outreach mission schedule (html)
    write("ombudsman-outreach-mission-schedule.en.html", """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Regional Ombudsman – outreach mission schedule, September–October 2037</title></head><body>
<header><p>Office of the United Nations Ombudsman and Mediation Services · Regional Branch, Nairobi</p></header>
<h1>Outreach mission schedule – September and October 2037</h1>
<table border="1">
<tr><th>Reference</th><td>UNOMS/NBO/OUT/2037/04</td></tr>
<tr><th>Regional Ombudsman</th><td>Senior Officer (D-1), with a Case Officer (P-3) and an Associate Case Officer (NO-A)</td></tr>
<tr><th>Registration deadline</th><td>Staff wishing to book a confidential meeting should register by 10 September 2037</td></tr>
</table>
<h2>Where and when</h2>
<table border="1">
<tr><th>Location</th><th>Dates</th><th>Format</th></tr>
<tr><td>Juba</td><td>14–16 September 2037</td><td>Town hall, confidential meetings</td></tr>
<tr><td>Abyei</td><td>21–22 September 2037</td><td>Confidential meetings, workshop on respectful workplaces</td></tr>
<tr><td>Mogadishu</td><td>5–8 October 2037</td><td>Town hall, workshop for managers (P-4 and above)</td></tr>
<tr><td>Entebbe</td><td>12–13 October 2037</td><td>Workshop for General Service staff (G-4 to G-7)</td></tr>
</table>
<h2>What the Ombudsman can help with</h2>
<ul><li>Disputes about contract renewal, salary step or grade, and entitlements</li>
<li>Interpersonal conflicts and communication problems</li>
<li>Questions about career development and selection processes</li></ul>
<h2>Requirements for participation</h2>
<p>Meetings are open to all personnel, whatever the contract type. There are no requirements: no formal complaint is
needed and meetings stay confidential.</p>
<p><small>The Ombudsman is independent, informal, impartial and confidential. This page announces visits; it offers
no position and is not a vacancy announcement.</small></p>
</body></html>
""", "-")
    # 3 EN: Duty station information sheet (md)
    write("duty-station-information-sheet-ashgabat.en.md", """# Duty station information sheet: Ashgabat, Turkmenistan

**Reference:** DSIS/ASB/2037  
**Location:** Ashgabat  
**Updated:** 1 August 2037  
**Next update due:** 30 September 2037

> Prepared by the local Operations Management Team for newly assigned staff, consultants and their families. It
> describes living conditions; it does not announce any post.

## Entry requirements

1. Valid passport (six months beyond the end of the assignment).
2. Entry visa, requested by the host entity through the Ministry of Foreign Affairs at least 30 days before arrival.
3. Medical clearance and yellow fever certificate where applicable.

## Housing

| Type | Typical monthly rent |
|---|---|
| One-bedroom apartment, city centre | USD 900 – 1,300 |
| Three-bedroom house, southern districts | USD 2,200 – 3,000 |

Rental subsidy may apply during the first years of assignment; check the rules with your human resources office.

## Salary and banking

Salaries of international staff (P and D grades) are paid in US dollars into an account of the staff member's choice;
national staff (NO and G grades) are paid in local currency. Cash is widely used; cards are accepted in large shops.

## Schools, health and security

Two international schools offer English-language programmes; the application deadline for the 2037–2038 school year
is 15 September 2037. The UN clinic is open on working days from 8:30 to 17:00. Security clearance is required for
travel outside the capital.

## Contacts

Common services: ops-team@un.example · Security: radio room, extension 400
""", "-")
    # 4 FR: barème des tarifs des interprètes free-lance (txt)
    write("bareme-tarifs-interpretes-free-lance-onug.fr.txt", """NATIONS UNIES — SERVICE DE L'INTERPRÉTATION
Réf. : SI/FL/2037/02
Objet : Barème des tarifs applicables aux interprètes de conférence free-lance engagés pour de courtes durées
Lieu : Genève et réunions hors siège
Date d'effet : 1er septembre 2037

1. Le présent barème s'applique aux interprètes free-lance recrutés sur le plan local ou non local en vertu de
   l'accord conclu avec l'Association internationale des interprètes de conférence. Il ne s'applique pas aux
   fonctionnaires de la classe P-3 à P-5 du Service.

2. TARIFS JOURNALIERS
   Catégorie                                    Tarif journalier
   Interprète de conférence                     655 dollars des États-Unis
   Interprète de conférence débutant(e)         480 dollars des États-Unis
   Journée de voyage (non locaux)               50 % du tarif journalier

3. CONDITIONS D'ENGAGEMENT
   a) Être inscrit(e) sur la liste des interprètes ayant réussi le test d'aptitude de l'ONU ;
   b) Confirmer ses disponibilités pour le trimestre d'octobre à décembre 2037 au plus tard le
      15 septembre 2037 (date limite) ;
   c) Fournir une attestation d'assurance maladie valable.

4. Ces tarifs ne constituent ni un traitement ni une rémunération de fonctionnaire ; ils ne donnent droit à aucune
   classe, à aucun échelon ni à aucune prestation au titre du Règlement du personnel.

5. Le présent document n'est pas un avis de vacance de poste et ne constitue pas un appel à candidatures. Les
   demandes d'inscription au test d'aptitude font l'objet d'annonces distinctes.

Le Chef du Service de l'interprétation
""", "-")
    # 5 FR: note d'orientation pour les stagiaires (md)
    write("note-orientation-stagiaires-arrivee.fr.md", """# Note d'orientation à l'intention des stagiaires — session d'automne 2037

**Référence :** PS/ORIENT/2037-3  
**Lieu :** Bureau des Nations Unies à Nairobi, complexe de Gigiri  
**Date limite de remise des documents :** 18 septembre 2037

Bienvenue ! Cette note s'adresse aux stagiaires **déjà sélectionnés** pour la session d'octobre 2037 à mars 2038.
Elle ne constitue pas une offre de stage et aucune candidature ne peut être présentée sur sa base.

## Avant votre arrivée

1. Renvoyez la lettre d'acceptation signée, la preuve d'assurance maladie et l'attestation d'inscription à
   l'université avant la date limite.
2. Demandez votre visa avec la note verbale qui vous a été envoyée.
3. Suivez les cours en ligne obligatoires (sécurité, éthique, prévention du harcèlement).

## Conditions du stage

* Durée : six mois, à temps plein (40 heures par semaine).
* Allocation de subsistance : 1 050 dollars des États-Unis par mois, versée en fin de mois.
* Les stagiaires ne sont pas des fonctionnaires ; le stage ne donne aucun droit à un poste (classe P, NO ou G) ni à un
  traitement.

## Exigences pendant le stage

* Respecter les horaires convenus avec votre superviseur (généralement un administrateur de classe P-3 ou P-4).
* Remettre un rapport de fin de stage deux semaines avant la fin de la session.

## Programme de la première semaine

| Jour | Activité |
|---|---|
| Lundi 5 octobre 2037 | Accueil, badge, visite du complexe |
| Mardi 6 octobre 2037 | Séance d'information sur la sécurité |
| Mercredi 7 octobre 2037 | Rencontre avec les superviseurs |

Contact : programme des stages, bureau C-214.
""", "-")
    # 6 FR: rapport de mission d'évaluation des besoins électoraux (html)
    write("rapport-mission-evaluation-besoins-electoraux.fr.html", """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>Mission d'évaluation des besoins électoraux – résumé</title></head><body>
<p>NATIONS UNIES — Division de l'assistance électorale</p>
<h1>Résumé du rapport de la mission d'évaluation des besoins électoraux</h1>
<dl>
<dt>Référence</dt><dd>EAD/NAM/2037/07</dd>
<dt>Lieu</dt><dd>Niamey et les régions de Tahoua et Zinder</dd>
<dt>Dates de la mission</dt><dd>3 au 14 août 2037</dd>
<dt>Date limite pour les commentaires des entités</dt><dd>16 septembre 2037</dd>
</dl>
<h2>1. Constatations</h2>
<p>La commission électorale nationale a sollicité un appui pour la révision du fichier électoral et la formation des
agents de bureaux de vote avant les élections locales prévues en 2038.</p>
<h2>2. Recommandations</h2>
<p>La mission recommande un projet d'appui d'une durée de dix-huit mois. La structure indicative comprendrait :</p>
<table border="1">
<tr><th>Fonction</th><th>Classe indicative</th><th>Lieu</th></tr>
<tr><td>Conseiller(ère) technique principal(e)</td><td>P-4</td><td>Niamey</td></tr>
<tr><td>Spécialiste des opérations électorales</td><td>NO-B</td><td>Niamey</td></tr>
<tr><td>Assistant(e) logistique</td><td>G-5</td><td>Zinder</td></tr>
</table>
<p>Ces fonctions ne sont pas ouvertes : elles seront, le cas échéant, créées après approbation du projet et
annoncées selon les procédures de l'entité chargée de la mise en œuvre.</p>
<h2>3. Exigences préalables</h2>
<ul><li>Demande officielle du gouvernement confirmant le calendrier électoral ;</li>
<li>Engagement des partenaires financiers à hauteur du budget estimé (4,2 millions de dollars des États-Unis, traitements
compris).</li></ul>
<p><em>Document interne. Ce résumé n'est ni un avis de vacance ni un appel à candidatures.</em></p>
</body></html>
""", "-")
