"""304351 - SHAPE, local civilian post (FR only): e-mail forward and a Belgian job board copy."""
import textwrap
from common import write, expected, sal, bi

REF = "304351"
TITLE = "Magasinier(ère) principal(e) (habillement et équipement individuel)"
ORG = "Grand Quartier général des puissances alliées en Europe (SHAPE)"
LOC = "SHAPE, Casteau (Mons), Belgique"
SCHED = "Temps plein (38 heures par semaine)"
ESS = [
    "Certificat d'enseignement secondaire supérieur (CESS) ou titre équivalent.",
    "Au moins trois ans d'expérience dans la gestion d'un magasin, d'un entrepôt ou d'un dépôt militaire.",
    "Expérience de la tenue d'inventaires informatisés et des procédures de réception et de distribution.",
    "Permis de conduire de catégorie B valide ; le certificat de cariste est requis ou doit être obtenu dans les six mois.",
    "Connaissance du français et de l'anglais au niveau SLP 2222 au minimum.",
]
DES = [
    "Connaissance du néerlandais.",
    "Expérience d'un logiciel de gestion des stocks de type ERP.",
    "Formation en sécurité au travail (VCA de base ou équivalent).",
]
E = dict(reference=REF, post_number=None, languages=["fr"], title=bi(None, TITLE), organisation=bi(None, ORG),
         location=bi(None, LOC), schedule=bi(None, SCHED), deadline="2034-02-10",
         salary=sal(3197.42), grade="C-5", clearance="NATO SECRET",
         requirements={"en": None, "fr": {"essential": ESS, "desirable": DES}},
         competencies={"en": None, "fr": []})


def wrap(items, mark="  - "):
    out = []
    for i in items:
        out.append(textwrap.fill(i, width=72, initial_indent=mark, subsequent_indent=" " * len(mark),
                                 break_on_hyphens=False))
    return "\n".join(out)


def email():
    return f"""De : Cellule Reclassement - Défense Hainaut <reclassement.hainaut@defense-emploi.example>
Envoyé : lundi 16 janvier 2034 10:42
À : Liste des candidats inscrits - Mons/Soignies
Objet : TR: Avis de vacance SHAPE {REF} - magasinier(ère) principal(e)

Bonjour à toutes et à tous,

Vous trouverez ci-dessous un avis de vacance que le bureau du personnel civil de SHAPE nous a transmis. Le poste est ouvert aux ressortissants des pays de l'OTAN résidant en Belgique. Si vous souhaitez que nous relisions votre CV avant l'envoi, faites-le-nous parvenir d'ici le 3 février ; nous ne pourrons pas traiter les demandes reçues après cette date.

Bien cordialement,
Nadia Vervoort
Conseillère emploi

-----Message d'origine-----
De : SHAPE CPO Recrutement <cpo.recrutement@shape-civ.example>
Envoyé : vendredi 13 janvier 2034 16:05
À : Partenaires emploi - Province de Hainaut
Objet : Avis de vacance {REF}

NATO SANS CLASSIFICATION

AVIS DE VACANCE - PERSONNEL CIVIL LOCAL

Numéro de l'avis :      {REF}
Intitulé du poste :     {TITLE}
Employeur :             {ORG}
Service :               J4 Logistique - Section Approvisionnement
Lieu de travail :       {LOC}
Grade :                 C-5 (personnel civil local)
Régime de travail :     {SCHED}
Habilitation :          NATO SECRET
Date de clôture :       10 février 2034, 12h00

CONTEXTE
La Section Approvisionnement de la division J4 assure la réception, le
stockage et la distribution des articles d'habillement et d'équipement
individuel destinés au personnel militaire et civil du quartier général.
Le/la titulaire dirige l'équipe du magasin central (trois personnes) et
répond au chef de section.

TÂCHES PRINCIPALES
  - organiser la réception des livraisons et contrôler leur conformité aux
    bons de commande ;
  - tenir à jour l'inventaire informatisé et effectuer les inventaires
    tournants ;
  - préparer et distribuer les dotations individuelles ;
  - signaler les niveaux de stock critiques et proposer les
    réapprovisionnements ;
  - veiller au respect des règles de sécurité dans le magasin.

EXIGENCES ESSENTIELLES
{wrap(ESS)}

ATOUTS
{wrap(DES)}

CONDITIONS D'EMPLOI
Le traitement mensuel de base s'élève à 3 197,42 EUR brut, auquel
s'ajoutent les allocations prévues par le Règlement du personnel civil
local (foyer, enfants à charge). Contrat de durée indéterminée après une
période d'essai de six mois. L'entrée en fonction est prévue le 1er mai
2034.

CANDIDATURES
Les candidatures (formulaire de candidature SHAPE, CV et copie des
diplômes) doivent parvenir au bureau du personnel civil au plus tard le
10 février 2034 à 12h00. Les candidats présélectionnés seront convoqués à
un test pratique et à un entretien dans la semaine du 6 mars 2034.

NATO SANS CLASSIFICATION

--
Ce message et ses pièces jointes sont destinés exclusivement à leurs
destinataires.
"""


def board():
    ess = "\n".join("• " + i for i in ESS)
    des = "\n".join("• " + i for i in DES)
    return f"""EmploiHainaut.be - le site de l'emploi en Wallonie picarde et à Mons
Offres  Entreprises  Conseils  Publier une offre  Connexion
Accueil > Offres > Mons > Logistique

{TITLE}
SHAPEMons (7000)Publiée il y a 3 jours
CDITemps pleinLogistique / Magasinage

Postuler  Sauvegarder  Partager

Détails de l'offreRéférence employeur{REF}Employeur{ORG}Lieu de travail{LOC}Régime{SCHED}GradeC-5 (personnel civil local)HabilitationNATO SECRETSalaire3 197,42 EUR brut / moisDate limite10/02/2034

Description du poste
La Section Approvisionnement de la division J4 assure la réception, le stockage et la distribution des articles d'habillement et d'équipement individuel du quartier général. Vous dirigez l'équipe du magasin central et répondez au chef de section.
Vos tâches : réception des livraisons, inventaire informatisé, préparation des dotations individuelles, suivi des stocks critiques, sécurité du magasin.

Profil recherchéExigences essentielles
{ess}
Atouts
{des}

Conditions
Contrat de durée indéterminée après six mois d'essai. Entrée en fonction prévue le 1er mai 2034.

ID de l'offre : EH-558213 · Vue 204 fois

Offres similaires
Magasinier-cariste (H/F) - Logistique Ghlin, Ghlin - 2 650 € brut/mois - clôture 28/02/2034
Gestionnaire de stock - Hôpital de Jolimont, La Louvière - clôture 20/02/2034

Recevoir les offres similaires par e-mail

© 2034 EmploiHainaut.be · Vie privée · Cookies
"""


def build():
    expected(E)
    write(f"{REF}-courriel.txt", email(), REF)
    write(f"{REF}-jobboard.txt", board(), REF)
