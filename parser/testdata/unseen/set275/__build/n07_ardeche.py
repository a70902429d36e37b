from common import *

REF = "DGARH-2040-213"
KEY = REF.lower()
T = "Chef de projet mobilités partagées (H/F)"
O = "Département de l'Ardèche"
L = "Privas"
S = "Temps complet (38 h 00 hebdomadaires avec RTT)"
G = "Attaché territorial"
ESS = ["Formation supérieure (bac+5) en aménagement du territoire, transports ou géographie",
       "Expérience confirmée en conduite de projets partenariaux",
       "Connaissance de l'environnement des collectivités territoriales et de leurs compétences en matière de mobilité",
       "Permis B exigé (déplacements fréquents sur le territoire)"]
DES = ["Connaissance des dispositifs de covoiturage et de transport solidaire",
       "Pratique d'un outil de SIG"]
COMP = ["Aisance relationnelle", "Force de proposition", "Capacité d'animation", "Autonomie"]
MIS = ["piloter le schéma départemental des mobilités partagées et son plan d'actions",
       "accompagner les communautés de communes dans la création d'aires de covoiturage",
       "animer le réseau des partenaires (associations, employeurs, autorités organisatrices)",
       "suivre les appels à projets nationaux et monter les dossiers de financement",
       "évaluer les services déployés et en rendre compte aux élus"]


def build():
    txt = f"""La Gazette Emploi – Le site emploi des collectivités
Offres   Employeurs   Conseils   Mon compte
Vous êtes ici : Accueil > Offres > Aménagement, urbanisme > Auvergne-Rhône-Alpes

{T}
{O}
Privas (07) – Publiée le 29/08/2040 – Offre n° GZ-4471093

Postuler   Enregistrer   Alerte e-mail

Catégorie : A
Filière : Administrative
Cadre d'emplois : Attachés territoriaux
Statut : Titulaire ou, à défaut, contractuel
Date de prise de poste : 01/12/2040
Date limite de candidature : 25/09/2040

Le Département

Le {O} (330 000 habitants, 2 300 agents) conduit une politique volontariste en faveur des mobilités du quotidien dans un territoire rural et montagneux. Au sein de la Direction des routes et des mobilités, vous rejoignez une équipe de six personnes.

Descriptif du poste

Référence : {REF}
Grade(s) : {G}
Lieu de travail : {L}, Hôtel du Département
Temps de travail : {S}
Rémunération : statutaire + régime indemnitaire (RIFSEEP) + CNAS + participation employeur à la mutuelle

Vos missions :
- {(chr(10) + '- ').join(MIS)}

Votre profil :
- {(chr(10) + '- ').join(ESS)}

Serait un plus :
- {(chr(10) + '- ').join(DES)}

Savoir-être : {' / '.join(COMP)}

Les entretiens de recrutement auront lieu le 8 octobre 2040.

Pour postuler : lettre de motivation et CV, avec la référence {REF}, avant le 25/09/2040.

Offres similaires
Chargé de mission transition énergétique (H/F) – Drôme – 19/09/2040
Technicien mobilité (H/F) – Communauté d'agglomération – 02/10/2040

© La Gazette des communes · CGU · Cookies
"""
    w(KEY + "-gazette.txt", txt, KEY)

    md = f"""[Accueil](#) / [Le Département](#) / [Offres d'emploi](#)

# {T}

*Direction des ressources humaines – Réf. {REF}*

> **Date limite de candidature : 25 septembre 2040**

- **Employeur :** {O}
- **Direction :** Direction des routes et des mobilités
- **Lieu de travail :** {L}
- **Cadre d'emplois :** Attachés territoriaux (catégorie A)
- **Grade :** {G}
- **Temps de travail :** {S}
- **Poste à pourvoir :** 1er décembre 2040

## Contexte

Avec des villages éloignés des pôles d'emploi et une offre de transport collectif limitée, l'Ardèche fait du covoiturage, de l'autopartage et du transport solidaire des priorités de son projet de mandat.

## Missions

{chr(10).join(f'{i}. {m[0].upper() + m[1:]}' for i, m in enumerate(MIS, 1))}

## Profil

{chr(10).join('- ' + e for e in ESS)}

**Serait un plus :**

{chr(10).join('- ' + e for e in DES)}

**Qualités :** {', '.join(COMP)}.

## Conditions

Rémunération statutaire, régime indemnitaire, titres-restaurant, télétravail possible deux jours par semaine. Jury prévu le 8 octobre 2040.

[Candidater en ligne](#)

---
*Voir aussi : Gestionnaire carrières (H/F) – jusqu'au 18 septembre 2040*
"""
    w(KEY + "-ardeche.md", md, KEY)
    expected(KEY, REF, ["fr"], {"fr": T}, {"fr": O}, {"fr": L}, {"fr": S}, "2040-09-25",
             None, G, None,
             {"fr": {"essential": ESS, "desirable": DES}}, {"fr": [(c, "") for c in COMP]})
