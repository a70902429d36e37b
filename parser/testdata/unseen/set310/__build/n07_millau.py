from common import *

KEY = "vm-drh-2043-038"
REF = "VM-DRH-2043-038"
T = "Chargé de mission commerce et centre-ville (h/f)"
O = "Ville de Millau"
L = "Millau"
S = "Complet, 36h15 hebdomadaires"
GRADE = "Attaché territorial"
ESS = ["Formation supérieure (bac +4/5) en développement local, aménagement, économie ou urbanisme commercial",
       "Expérience réussie d'au moins trois ans sur un poste similaire, en collectivité ou en chambre consulaire",
       "Connaissance des dispositifs de revitalisation des centres-villes et des outils d'intervention foncière",
       "Maîtrise de la conduite de projet et du montage de dossiers de subvention"]
DES = ["Connaissance du tissu économique du Sud-Aveyron", "Pratique de l'anglais"]
COMP = [("Sens du contact", ""), ("Diplomatie", ""), ("Force de proposition", ""), ("Disponibilité", "")]
EXP = fr_only(reference=REF, title=T, organisation=O, location=L, schedule=S, deadline="2043-08-09",
              grade=GRADE, requirements=(ESS, DES), competencies=COMP)

MISSIONS = ["Animer le plan d'actions en faveur du commerce de proximité et suivre l'observatoire des cellules vacantes",
            "Accompagner les porteurs de projet et les commerçants dans leurs démarches",
            "Piloter la boutique à l'essai et les opérations de préemption commerciale",
            "Coordonner les animations commerciales avec l'office de commerce et les associations",
            "Préparer les dossiers de financement et les bilans du programme de revitalisation"]


def build():
    et = f"""Emploi Territorial
Accueil   Offres d'emploi   Candidats   Employeurs   Concours-Territorial

Accueil > Offres d'emploi > Offre n° O012430700219463

{T}

Synthèse de l'offre
Employeur
VILLE DE MILLAU
Hôtel de ville
12100 Millau
Département de travail
Aveyron
Secteur géographique
Sud-Aveyron
Lieu de travail
Millau
Poste à pourvoir le
01/10/2043
Date limite de candidature
09/08/2043
Date de publication
18/07/2043
Type d'emploi
Emploi permanent - vacance d'emploi
Nombre de postes
1
Ouvert aux contractuels
Oui (article L332-8 du code général de la fonction publique)

Détails de l'offre
Famille de métier
Développement territorial > Développement économique
Grade(s) recherché(s)
{GRADE}
Métier(s)
Chargé ou chargée de développement économique

Descriptif de l'emploi :
Au sein de la direction de l'attractivité, vous mettez en œuvre la stratégie de la {O} pour un centre-ville commerçant et vivant, dans le cadre du programme national de revitalisation.

Missions ou activités :
{chr(10).join('- ' + m for m in MISSIONS)}

Profils recherchés :
{chr(10).join('- ' + e for e in ESS)}
Serait un plus : {' ; '.join(DES)}
Savoir-être : {', '.join(n for n, _ in COMP)}

Temps de travail : {S}

Rémunération : statutaire + régime indemnitaire (RIFSEEP) + CNAS + participation mutuelle

Contact et informations complémentaires : Candidature (lettre de motivation et CV) à adresser à Monsieur le Maire sous la référence {REF}, au plus tard le 9 août 2043. Jury de recrutement prévu le 4 septembre 2043. Renseignements auprès de la direction des ressources humaines.

Courriel : recrutement@millau-ville.example

Offres similaires
Chargé de développement économique (h/f) - Communauté de communes du Larzac et des Vallées - 30/08/2043
Manager de commerce (h/f) - Ville de Villefranche-de-Rouergue - 22/08/2043

Emploi-Territorial.fr est un site des centres de gestion et du CNFPT
"""
    write(f"{KEY}-emploiterritorial.txt", et, KEY)
    md = f"""![Ville de Millau](logo-millau.png)

[Accueil](#) / [Mairie](#) / [Recrutement](#)

# La Ville recrute : {T}

**Direction de l'attractivité** · **Catégorie A** · **Poste permanent**

---

| | |
|---|---|
| Référence | {REF} |
| Employeur | {O} |
| Lieu de travail | {L} |
| Grade | {GRADE} |
| Temps de travail | {S} |
| Date limite de candidature | 09/08/2043 |

Ville-porte des Grands Causses, Millau mène depuis plusieurs années un ambitieux programme de revitalisation de son centre ancien. Rattaché(e) à la directrice de l'attractivité, vous êtes l'interlocuteur privilégié des commerçants.

### Vos missions

{chr(10).join('* ' + m for m in MISSIONS)}

### Votre profil

{chr(10).join('* ' + e for e in ESS)}

**Serait un plus :** {' ; '.join(DES)}

**Savoir-être :** {' – '.join(n for n, _ in COMP)}

### Conditions

Rémunération statutaire, régime indemnitaire, CNAS, participation employeur à la mutuelle et à la prévoyance, possibilité de télétravail un jour par semaine.

### Candidater

Adressez votre lettre de motivation et votre CV à Monsieur le Maire, avec la référence {REF}, avant le **09/08/2043** à recrutement@millau-ville.example. Un jury se réunira le 4 septembre 2043.

*Poste à pourvoir au 1er octobre 2043.*
"""
    write(f"{KEY}-millau.md", md, KEY)
    expected(KEY, EXP)
