from common import *

REF = "KAYL/RH/2040-09"
KEY = "kayl-rh-2040-09"
T = "Responsable du service des espaces verts et de la biodiversité (m/f)"
O = "Administration communale de Kayl"
L = "Kayl"
S = "100 % (40 heures par semaine)"
ESS = ["être détenteur d'un diplôme de bachelor en architecture du paysage, en horticulture ou en gestion de l'environnement",
       "justifier d'une expérience professionnelle de trois ans au moins dans l'entretien ou l'aménagement d'espaces verts",
       "connaître les techniques de gestion différenciée et de plantation d'essences indigènes",
       "être titulaire du permis de conduire de la catégorie B"]
DES = ["une expérience dans une administration communale",
       "la connaissance du logiciel QGIS"]
COMP = ["Capacité à encadrer une équipe", "Esprit d'initiative", "Flexibilité", "Sens du service public"]
MIS = ["diriger l'équipe de douze jardiniers et ouvriers communaux",
       "planifier l'entretien des parcs, des cimetières et des abords des écoles",
       "mettre en œuvre le plan d'action biodiversité adopté par le conseil communal",
       "suivre les chantiers de plantation confiés à des entreprises",
       "conseiller le collège des bourgmestre et échevins sur les projets d'aménagement"]


def build():
    txt = f"""Aller au contenu
LB | DE | FR | EN
Gemeng Kayl – Commune de Kayl
Accueil   Citoyens   Commune   Loisirs   Actualités   Contact
Accueil > Commune > Offres d'emploi > {T}

Offres d'emploi
{T}
Publié le 26.08.2040

Le collège des bourgmestre et échevins de la commune de Kayl se propose d'engager, sous le statut de l'employé communal, un

{T}

Référence
{REF}
Employeur
{O}
Service
Service technique – Espaces verts
Lieu de travail
{L}
Statut
employé communal, contrat à durée indéterminée
Groupe d'indemnité
A2, sous-groupe scientifique et technique
Tâche
{S}
Entrée en service
1er décembre 2040
Délai de candidature
21.09.2040

Missions principales
- {(chr(10) + '- ').join(MIS)}

Conditions d'admission
Les candidats doivent être ressortissants d'un État membre de l'Union européenne, jouir des droits civils et politiques et avoir une connaissance adéquate des trois langues administratives telles que définies par la loi du 24 février 1984 sur le régime des langues.

Profil requis
- {(chr(10) + '- ').join(ESS)}

Atouts
- {(chr(10) + '- ').join(DES)}

Compétences
- {(chr(10) + '- ').join(COMP)}

Dossier de candidature
Les candidatures, accompagnées d'une lettre de motivation, d'un curriculum vitæ, d'une copie des diplômes et d'un extrait récent du casier judiciaire, sont à adresser au collège des bourgmestre et échevins, B.P. 56, L-3601 Kayl, pour le 21 septembre 2040 au plus tard. Les candidats retenus seront invités à un entretien le 6 octobre 2040.

Autres postes vacants
Éducateur diplômé (m/f) – délai : 14.09.2040
Agent municipal (m/f) – délai : 30.09.2040

Partager   Imprimer
Commune de Kayl · 6, rue de l'Hôtel de Ville · Mentions légales · Plan du site
"""
    w(KEY + "-kayl.txt", txt, KEY)

    md = f"""[jobs.lu](#) › [Secteur public](#) › [Kayl](#)

# {T}

**{O}** · {L} · CDI · Temps plein
*Publiée le 27/08/2040 · 214 vues*

| | |
|---|---|
| Référence | {REF} |
| Employeur | {O} |
| Lieu | {L}, Luxembourg |
| Groupe d'indemnité | A2 (sous-groupe scientifique et technique) |
| Tâche | {S} |
| Date limite | 21/09/2040 |

## À propos de l'employeur

Commune du sud du pays, Kayl compte près de 11 000 habitants et gère plus de 40 hectares d'espaces publics plantés, dont une réserve naturelle communale.

## Vos missions

{chr(10).join('* ' + m[0].upper() + m[1:] for m in MIS)}

## Votre profil

{chr(10).join(f'{i}. {e}' for i, e in enumerate(ESS, 1))}

**Atouts :** {' ; '.join(DES)}.

**Compétences :** {' – '.join(COMP)}

## Comment postuler ?

Envoyez votre dossier complet au collège des bourgmestre et échevins avant le 21/09/2040. Les entretiens auront lieu le 6 octobre 2040.

[Postuler](#) [Sauvegarder](#)

---
*Offres similaires :* Jardinier (m/f) – Commune de Rumelange – 05/10/2040 · Technicien en environnement (m/f) – Syndicat intercommunal – 19/09/2040
"""
    w(KEY + "-jobslu.md", md, KEY)
    expected(KEY, REF, ["fr"], {"fr": T}, {"fr": O}, {"fr": L}, {"fr": S}, "2040-09-21",
             None, "A2", None,
             {"fr": {"essential": ESS, "desirable": DES}}, {"fr": [(c, "") for c in COMP]})
