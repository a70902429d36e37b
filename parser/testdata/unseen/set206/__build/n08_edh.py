from common import *
KEY = "edh-drh-av-2034-09"
REF = "EDH/DRH/AV-2034-09"
TITLE = "Ingénieur(e) planificateur(trice) du réseau de distribution"
ORG = "Électricité d'Haïti (EDH)"
LOC = "Port-au-Prince, avec déplacements dans les départements de l'Ouest et de l'Artibonite"
SCHED = "Temps plein, du lundi au vendredi, de 8 h 00 à 16 h 00"
SALTXT = "165 000 gourdes (HTG) brut par mois, plus indemnité de transport"
ESS = [
 "Licence en génie électrique d'une université reconnue (un master est un avantage) ;",
 "Trois (3) ans d'expérience au minimum en conception ou en exploitation de réseaux de distribution moyenne et basse tension ;",
 "Maîtrise d'un logiciel de calcul de réseaux électriques et d'un outil SIG ;",
 "Membre en règle du Collège national des ingénieurs et architectes haïtiens (CNIAH) ;",
 "Parfaite maîtrise du français et du créole haïtien.",
]
DES = [
 "Expérience de projets de réduction des pertes non techniques ;",
 "Connaissance des mini-réseaux solaires et de leur raccordement au réseau national.",
]
COMP = [
 ("Intégrité", "respecte les règles de transparence dans toutes les décisions techniques."),
 ("Esprit d'équipe", "collabore avec les équipes d'exploitation et les services commerciaux."),
 ("Résistance au stress", "garde son efficacité dans un contexte opérationnel difficile."),
]
MISS = [
 "Élaborer les plans d'extension et de renforcement du réseau de distribution de la zone métropolitaine.",
 "Réaliser les études de charge, de chute de tension et de pertes techniques.",
 "Tenir à jour la base de données géographique des ouvrages.",
 "Préparer les spécifications techniques des projets financés par les partenaires.",
 "Appuyer les équipes d'exploitation dans le diagnostic des incidents récurrents.",
]
E = fr_only(reference=REF, title=TITLE, organisation=ORG, location=LOC, schedule=SCHED,
            deadline="2034-12-13", salary=sal(amount=165000, cur="HTG"), grade=None,
            essential=ESS, desirable=DES,
            competencies=[{"name": n, "description": d} for n, d in COMP])
expected(KEY, E)

md = f"""---
title: "Avis de recrutement – {TITLE}"
source: https://edh.example/recrutement/{KEY}
saved: 2034-11-22
---

**ÉLECTRICITÉ D'HAÏTI** | [Accueil](/) | [Clients](/clients) | [Projets](/projets) | [Communiqués](/communiques) | [Recrutement](/recrutement)

# Avis de recrutement N° {REF}

_Port-au-Prince, le 21 novembre 2034 – Direction des Ressources Humaines_

L'Électricité d'Haïti lance un appel à candidatures pour pourvoir un poste d'ingénieur au sein de sa Direction de la Planification et des Études, dans le cadre de son programme de modernisation du réseau de la région métropolitaine.

Titre du poste
: {TITLE}

Institution
: {ORG}

Direction
: Direction de la Planification et des Études

Lieu d'affectation
: {LOC}

Type de contrat
: Contrat à durée déterminée de deux ans, renouvelable

Horaire de travail
: {SCHED}

Salaire
: {SALTXT}

Date limite de dépôt
: 13 décembre 2034

## Principales tâches

1. {MISS[0]}
2. {MISS[1]}
3. {MISS[2]}
4. {MISS[3]}
5. {MISS[4]}

## Qualifications requises

1. {ESS[0]}
2. {ESS[1]}
3. {ESS[2]}
4. {ESS[3]}
5. {ESS[4]}

## Atouts

- {DES[0]}
- {DES[1]}

## Compétences comportementales

- _{COMP[0][0]}_ : {COMP[0][1]}
- _{COMP[1][0]}_ : {COMP[1][1]}
- _{COMP[2][0]}_ : {COMP[2][1]}

## Dossier de candidature

Les personnes intéressées déposeront une lettre de motivation, un curriculum vitae, une copie des diplômes, une copie de la carte d'identification nationale et le certificat d'inscription au CNIAH, **au plus tard le mercredi 13 décembre 2034 à 15 heures**, au bureau des Ressources humaines ou par courriel à recrutement@edh.example, en mentionnant la référence {REF} en objet.

> Les candidatures féminines sont encouragées. L'EDH ne sollicite aucun paiement de la part des candidats.

**Autres communiqués** – Interruption programmée à Carrefour (dimanche 3 décembre 2034) · Résultats de l'appel d'offres de compteurs prépayés (publiés le 30 novembre 2034)
"""
write(KEY + "-edh.md", md)

jp = f"""JobPaw
Search
Emplois   Stages   Appels d'offres   Entreprises   Se connecter

Introduction

Électricité d'Haïti (EDH)
Ingénieur(e) planificateur(trice) du réseau de distribution
Port-au-Prince · Publié le 22/11/2034 · Expire le 13/12/2034 · Vues : 1 287

Catégorie : Ingénierie / Énergie
Niveau d'études : Licence
Expérience : 3 ans
Type d'emploi : Temps plein

L'Électricité d'Haïti lance un appel à candidatures pour pourvoir un poste d'ingénieur au sein de sa Direction de la Planification et des Études, dans le cadre de son programme de modernisation du réseau de la région métropolitaine.

Référence : {REF}
Titre du poste : {TITLE}
Institution : {ORG}
Direction : Direction de la Planification et des Études
Lieu d'affectation : {LOC}
Type de contrat : Contrat à durée déterminée de deux ans, renouvelable
Horaire de travail : {SCHED}
Salaire : {SALTXT}

Principales tâches
{chr(10).join('• ' + m for m in MISS)}

Qualifications requises
{chr(10).join('• ' + x for x in ESS)}

Atouts
{chr(10).join('• ' + x for x in DES)}

Compétences comportementales
{chr(10).join(f'• {n} : {d}' for n, d in COMP)}

Comment postuler
Lettre de motivation, CV, diplômes, carte d'identification nationale et certificat du CNIAH à déposer au plus tard le mercredi 13 décembre 2034 à 15 heures (bureau des Ressources humaines ou recrutement@edh.example, objet : {REF}).

Date limite : 13/12/2034

Offres similaires
Technicien(ne) en électricité - ONG internationale - Cap-Haïtien - Expire le 06/12/2034
Ingénieur(e) solaire - Entreprise privée - Port-au-Prince - 90 000 HTG - Expire le 20/12/2034

JobPaw ne facture jamais les candidats. © 2034 JobPaw
"""
write(KEY + "-jobpaw.txt", jp)
