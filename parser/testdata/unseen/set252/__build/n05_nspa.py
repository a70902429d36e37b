from common import *
K = "418612"
TITLE = "Assistant(e) administratif(ve) (douanes et transit) - Centre opérationnel Sud"
ORG = "Agence OTAN de soutien et d'acquisition (NSPA)"
LOC = "Italie-Tarente"
INTRO = "L'Agence OTAN de soutien et d'acquisition (NSPA) fournit aux Alliés et aux commandements de l'OTAN des services logistiques et d'acquisition. Son Centre opérationnel Sud, installé à Tarente, gère les stocks et les expéditions de matériel vers les opérations et les exercices en Méditerranée."
TACHES = [
 "préparer les documents douaniers d'importation, d'exportation et de transit du Centre ;",
 "vérifier les certificats d'exonération et les listes de colisage avant chaque envoi ;",
 "assurer la liaison avec les transitaires, les agences maritimes et les services des douanes italiens ;",
 "tenir à jour le registre des expéditions et produire des statistiques mensuelles ;",
 "classer et archiver les dossiers conformément aux règles de l'Agence.",
]
ESS = [
 "Diplôme d'études secondaires supérieures et formation complémentaire en commerce international, en logistique ou en administration",
 "Au moins trois années d'expérience dans le dédouanement ou le transit de marchandises",
 "Connaissance des procédures douanières de l'Union européenne",
 "Bonne maîtrise des outils bureautiques et d'un logiciel de déclaration en douane",
 "Niveau de compétence linguistique : anglais - SLP 3232 ; italien - SLP 3333",
]
DES = [
 "Expérience du transport de marchandises dangereuses",
 "Connaissance des règles applicables aux organisations internationales en matière d'exonération",
 "Connaissance pratique du français",
]
COMP = [("Rigueur", "contrôle chaque document avant sa transmission."),
        ("Sens de l'organisation", "planifie son travail en fonction des dates de départ des navires."),
        ("Communication", "échange de manière claire avec les partenaires extérieurs."),
        ("Esprit d'équipe", "partage l'information avec les collègues de l'entrepôt.")]

def build():
    expected(K, None, ("fr",), {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, {"fr": "Temps plein"}, "2038-10-13",
             sal(3861.29), "G7", "NC", {"fr": {"essential": ESS, "desirable": DES}}, {"fr": COMP})
    portal = f"""Passer au contenu principal
Carrières à l'OTAN
Accueil Carrières  Recherche d'emploi  Mes emplois  Mon profil
Connexion
Recherche d'emploi > Description de l'emploi

Description de l'emploi - {TITLE} ({K})
Postuler en ligne
Ajouter à mon panier d'emplois
Description de l'emploi
{TITLE}-{K}

Lieu principal

{LOC}

Organisme OTAN

NATO Support and Procurement Agency (NSPA)

Horaire

Temps plein

Date limite de candidature

13-oct.-2038, 23:59:00

Salaire (base de rémunération)

: 3 861,29Euro (EUR) Mensuelle

Grade

Grade OTAN G7

Niveau d'habilitation

NC

Description

:

AVIS DE VACANCE

Intitulé : {TITLE}
Organisme : {ORG}
Lieu d'affectation : Tarente (Italie)
Grade : G7
Date de clôture : 13 octobre 2038

1. CONTEXTE

{INTRO}

2. TÂCHES PRINCIPALES

Le/La titulaire est chargé(e) de :
{lines(TACHES)}

3. QUALIFICATIONS ET EXPÉRIENCE ESSENTIELLES

{lines(ESS)}

4. QUALIFICATIONS ET EXPÉRIENCE SOUHAITABLES

{lines(DES)}

5. COMPÉTENCES

{comps(COMP, ' : ')}

6. CONDITIONS D'EMPLOI

Contrat initial d'une durée de trois ans. Les candidatures doivent être déposées sur ce portail au plus tard le 13 octobre 2038 à 23:59 (heure de Tarente). Les entretiens devraient avoir lieu en novembre 2038.

Publication de l'offre
: 15-sept.-2038, 09:00:00

Postuler en ligne
Offres similaires
Magasinier(ère) - Centre opérationnel Sud   Italie-Tarente   29-sept.-2038
Assistant(e) achats - Centre opérationnel Sud   Italie-Tarente   03-nov.-2038

Propulsé par Oracle Taleo | Politique de confidentialité | Paramètres des témoins
"""
    write(f"{K}-natocarrieres.txt", portal, K)
    notice = f"""*AVIS DE VACANCE – NSPA*
Intitulé : {TITLE}
Organisme : {ORG}
Lieu d'affectation : Tarente (Italie)
Lieu principal : {LOC}
Horaire : Temps plein
Grade : G7
Salaire : 3 861,29 EUR par mois
Niveau d'habilitation : NC
Date de clôture : 13 octobre 2038

*1. CONTEXTE*
{INTRO}

*2. TÂCHES PRINCIPALES*
{lines(TACHES, '- ')}

*3. QUALIFICATIONS ET EXPÉRIENCE ESSENTIELLES*
{lines(ESS, '- ')}

*4. QUALIFICATIONS ET EXPÉRIENCE SOUHAITABLES*
{lines(DES, '- ')}

*5. COMPÉTENCES*
{comps(COMP, ' : ', '- ')}

Réf. {K} – postuler sur le portail Carrières à l'OTAN"""
    chat = f"""[16/09/2038 08:47] Sabrina Colucci: Bonjour à tous, une offre qui peut intéresser quelqu'un du groupe 👇
[16/09/2038 08:48] Sabrina Colucci: {notice.splitlines()[0]}
{chr(10).join(notice.splitlines()[1:])}
[16/09/2038 09:02] Marc-Antoine: Merci ! C'est ouvert aux non-Italiens ?
[16/09/2038 09:05] Sabrina Colucci: Oui, tous les ressortissants des pays de l'OTAN. Mais l'italien est exigé
[16/09/2038 09:06] Marc-Antoine: Dommage 😅
[16/09/2038 09:20] Giulia R.: L'an dernier un poste similaire payait environ 3 700 je crois
[16/09/2038 09:21] Sabrina Colucci: <Médias omis>
[16/09/2038 09:40] Karim B.: Entretiens en novembre d'après l'annonce, donc réponse avant Noël
[16/09/2038 09:41] Sabrina Colucci: 👍
"""
    write(f"{K}-whatsapp.txt", chat, K)
