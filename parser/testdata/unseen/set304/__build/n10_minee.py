from common import *
REF = "MINEE/SG/DRH/2043/015"; KEY = "minee-sg-drh-2043-015"
T = "Ingénieur(e) chargé(e) du suivi des mini-centrales hydroélectriques"
ORG = "Ministère de l'Eau et de l'Énergie (MINEE)"
LOC = "Yaoundé, avec missions dans les régions de l'Est et de l'Adamaoua"
SCH = "Du lundi au vendredi, de 7 h 30 à 15 h 30"
GRADE = "Contractuel d'administration, catégorie 10"
ESS = ["être de nationalité camerounaise ;",
       "être âgé(e) de 35 ans au plus au 1er janvier 2043 ;",
       "être titulaire d'un diplôme d'ingénieur en électromécanique, en hydraulique ou en génie électrique ;",
       "justifier d'une expérience d'au moins trois ans dans l'exploitation ou la construction de petits aménagements hydroélectriques ;",
       "être apte à effectuer des séjours prolongés en zone rurale."]
DES = ["la maîtrise d'un logiciel de dimensionnement hydraulique ;", "la pratique de l'anglais."]
COMP = ["Rigueur", "Sens du service public", "Capacité de rédaction", "Endurance physique"]
DUT = ["suivre l'exploitation des mini-centrales mises en service dans le cadre du programme d'électrification",
       "contrôler les rapports mensuels des opérateurs privés",
       "organiser les visites d'inspection et proposer les travaux de maintenance lourde",
       "tenir la base de données des sites et de leur production"]

expected(KEY, reference=REF, languages=["fr"], title=T, organisation=ORG, location=LOC, schedule=SCH,
         deadline="2043-02-25", salary=sal(850000, cur="XAF"), grade=GRADE,
         requirements={"fr": {"essential": ESS, "desirable": DES}},
         competencies={"fr": [{"name": n, "description": ""} for n in COMP]})

md = f"""REPUBLIQUE DU CAMEROUN \\
Paix – Travail – Patrie \\
**MINISTÈRE DE L'EAU ET DE L'ÉNERGIE** \\
SECRÉTARIAT GÉNÉRAL \\
DIRECTION DES RESSOURCES HUMAINES

*N° {REF}*

# COMMUNIQUÉ

## portant recrutement d'un personnel contractuel d'administration

Le Ministre de l'Eau et de l'Énergie porte à la connaissance du public qu'un recrutement sur titre est ouvert
pour un poste d'ingénieur contractuel, dans les conditions fixées ci-après.

**Article 1er.** – Caractéristiques du poste :

- Intitulé du poste : {T}
- Administration : {ORG}
- Lieu d'affectation : {LOC}
- Horaires : {SCH}
- Classement : {GRADE}
- Rémunération : 850 000 FCFA par mois, indemnités de déplacement en sus

**Article 2.** – Le ou la titulaire aura pour tâches de {'; de '.join(DUT)}.

**Article 3.** – Les candidat(e)s doivent remplir les conditions ci-après :

{chr(10).join(f'{i}. {x}' for i, x in enumerate(ESS, 1))}

Constituent des atouts :

{chr(10).join('- ' + x for x in DES)}

**Article 4.** – Aptitudes personnelles recherchées :

{chr(10).join('* ' + x for x in COMP)}

**Article 5.** – Les dossiers (demande timbrée, CV, copie certifiée des diplômes, extrait d'acte de naissance,
extrait de casier judiciaire, certificat médical) sont déposés au service du courrier du Ministère au plus tard
le **mercredi 25 février 2043 à 15 h 30**. Un entretien aura lieu du 9 au 11 mars 2043.

**Article 6.** – Le présent communiqué sera publié partout où besoin sera.

*Yaoundé, le 20 janvier 2043* \\
Le Ministre (signature fictive)
"""
w(KEY + "-communique.md", md, KEY)

board = f"""
CamEmplois.example | Accueil | Offres | Entreprises | Concours | Conseils | Connexion
Accueil » Offres d'emploi » Énergie » Yaoundé

INGÉNIEUR(E) CHARGÉ(E) DU SUIVI DES MINI-CENTRALES HYDROÉLECTRIQUES - MINEE
Ministère de l'Eau et de l'ÉnergieYaoundé - CentrePubliée le 21.01.2043Date limite 25.02.2043
Type de contratContractuelSecteurÉnergie / EauExpérience3 ansNiveauIngénieur

Réf. : {REF}
Poste : {T}
Employeur : {ORG}
Lieu : {LOC}
Horaires : {SCH}
Classement : {GRADE}
Rémunération : 850 000 FCFA / mois

Description : le ou la titulaire devra {' ; '.join(DUT)}.

Conditions
{chr(10).join(ESS)}
Atouts
{chr(10).join(DES)}

Aptitudes : {', '.join(COMP)}.

Dossier à déposer au service du courrier du Ministère. Voir le communiqué officiel.

Offres similaires
Technicien(ne) en réseaux électriques - Bertoua - 300 000 FCFA - Date limite 14.02.2043
Chef de projet adduction d'eau - Garoua - Date limite 02.03.2043

Attention : aucun recruteur sérieux ne vous demandera de payer pour un emploi. Signalez toute arnaque.
"""
w(KEY + "-camemplois.txt", board, KEY)
save_rows("10")
