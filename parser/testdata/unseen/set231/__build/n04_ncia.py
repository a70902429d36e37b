from common import *
REF = "357455"
T = "Technicien(ne) principal(e) (stations terriennes satellitaires)"
ORG = "Agence OTAN d'information et de communication (NCIA)"
ESS = [
 "diplôme de l'enseignement secondaire supérieur et formation technique supérieure en électronique, en télécommunications ou dans un domaine connexe",
 "au moins cinq années d'expérience de l'exploitation et de la maintenance de stations terriennes ou de terminaux de communications par satellite",
 "expérience de la mesure et du diagnostic des liaisons radiofréquences (analyseurs de spectre, wattmètres, atténuateurs)",
 "connaissance des procédures de sécurité applicables aux équipements haute puissance",
 "aptitude à travailler en horaires décalés et à assurer des permanences",
 "niveau de compétence linguistique OTAN (SLP) 3322 en anglais",
]
DES = [
 "expérience des systèmes de gestion de réseau satellitaire utilisés dans un environnement militaire",
 "certification en habilitation électrique",
 "connaissance pratique du français au niveau 2222",
]
COMP = [
 ("Rigueur", "applique les procédures de maintenance avec méthode et consigne chaque intervention"),
 ("Sens du service", "rétablit rapidement le service au profit des utilisateurs opérationnels"),
 ("Esprit d'équipe", "partage l'information avec les équipes de quart et les techniciens des autres sites"),
 ("Capacité d'adaptation", "garde son calme lors des incidents et des changements de priorités"),
]
E = dict(reference=REF, post_number=None, languages=["fr"], title=both(None, T), organisation=both(None, ORG),
  location=both(None, "Belgique-Mons"), schedule=both(None, "Temps plein"), deadline="2037-01-12",
  salary=sal(5238.71), grade="G11", clearance="NS",
  requirements=both(None, {"essential": ESS, "desirable": DES}),
  competencies=both(None, [{"name": n, "description": d} for n, d in COMP]))

INTRO = """L'Agence OTAN d'information et de communication (NCIA) fournit à l'Alliance des capacités de communication et d'information sécurisées, y compris les services de communications par satellite utilisés par les quartiers généraux et les forces déployées. Le Centre des opérations de service de Mons assure la supervision des stations terriennes statiques et des terminaux transportables de l'OTAN."""
ROLE = [
 "assure l'exploitation, la surveillance et la maintenance préventive et corrective des stations terriennes du site",
 "effectue les mesures de performance des liaisons et analyse les écarts par rapport aux paramètres de référence",
 "tient à jour la documentation technique, les journaux d'exploitation et l'inventaire des pièces de rechange",
 "participe à la mise en service de nouveaux équipements et aux essais de réception",
 "conseille les techniciens moins expérimentés et contribue à leur formation sur le poste de travail",
]

def natocarrieres():
    b = "\n".join; 
    return f"""Passer au contenu principal
Carrières OTAN
Recherche d'emplois
Mes emplois
Mon compte
Déconnexion
Recherche d'emplois > Description de l'emploi

Description de l'emploi - {T} (357455)
Description de l'emploi

{T}-357455

Lieu principal

Belgique-Mons

Organisme OTAN

NATO Communications and Information Agency (NCIA)

Horaire

Temps plein

Date limite de candidature

12-janv.-2037, 23:59:00

Traitement (base de rémunération)

: 5 238,71Euro (EUR) Mensuelle

Grade

Grade OTAN G11

Niveau d'habilitation

NS

Description

:

AVIS DE VACANCE

Intitulé : {T}
Organisme : {ORG}
Lieu d'affectation : Mons (Belgique)
Date de clôture : les candidatures doivent être soumises au plus tard le 12 janvier 2037.

1. CONTEXTE

{INTRO}

2. RÔLE

Le/La titulaire :
{b(ROLE)}

3. QUALIFICATIONS ET EXPÉRIENCE ESSENTIELLES

Le/La candidat(e) doit posséder :
{b(ESS)}

4. QUALIFICATIONS ET EXPÉRIENCE SOUHAITABLES

{b(DES)}

5. COMPÉTENCES

{b(f"{n} : {d}" for n, d in COMP)}

6. CONDITIONS D'EMPLOI

Contrat initial de trois ans. Le poste comporte des permanences de nuit et de week-end, rémunérées selon les règles en vigueur. Les candidat(e)s retenu(e)s seront convoqué(e)s à un entretien à Mons au cours de la semaine du 9 février 2037.

Publication de l'offre

: 08-déc.-2036, 09:00:00

Postuler en ligne
Ajouter à mon panier

Offres similaires
Technicien(ne) (réseaux locaux) - Belgique-Mons - Date limite 19-déc.-2036
Ingénieur(e) (radiofréquences) - Pays-Bas-La Haye - Date limite 02-févr.-2037

Propulsé par Oracle Taleo | Confidentialité | Paramètres des témoins
"""

def jobboard():
    d = lambda xs: "\n".join("• " + x for x in xs)
    return f"""EmploiHainaut.be   Offres   Entreprises   Conseils   Publier une offre   Connexion
Accueil > Offres d'emploi > Mons > Technique

{T}
NCIA – OTAN · Mons · CDD 3 ans · Temps plein · Publiée il y a 2 jours

Postuler sur le site de l'employeur   ☆ Sauvegarder

Infos clés
Lieu principal : Belgique-Mons
Organisme OTAN : NATO Communications and Information Agency (NCIA)
Horaire : Temps plein
Date limite de candidature : 12-janv.-2037, 23:59:00
Traitement : 5 238,71 EUR mensuels
Grade : Grade OTAN G11
Niveau d'habilitation : NS

Description de l'offre
Numéro de la demande : 357455
Intitulé : {T}
Organisme : {ORG}
Lieu d'affectation : Mons (Belgique)
Les candidatures doivent être soumises au plus tard le 12 janvier 2037.

{INTRO}

Rôle
{d(ROLE)}

Qualifications et expérience essentielles
Le/La candidat(e) doit posséder :
{d(ESS)}

Qualifications et expérience souhaitables
{d(DES)}

Compétences
{d(f"{n} : {x}" for n, x in COMP)}

Référence de l'annonce : EH-2036-120877

Offres similaires
Technicien(ne) de maintenance HVAC · Mons · 3 100 € - 3 500 € brut/mois · expire le 22/12/2036
Électronicien(ne) de bord · Charleroi · 2 900 € - 3 400 € brut/mois · expire le 15/01/2037

© 2036 EmploiHainaut.be · Mentions légales · Cookies
"""

def build():
    expected(E)
    write("357455-natocarrieres.txt", natocarrieres(), REF)
    write("357455-jobboard.txt", jobboard(), REF)
