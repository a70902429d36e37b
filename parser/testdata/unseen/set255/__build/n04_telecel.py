"""Telecel Faso (Burkina Faso), French: careers page saved as Markdown with pandoc definition
lists (term line, then ':   value'), and an Educarriere-like board copy with a glued header."""
from common import write, expected, key_of

REF = "TLF-DRH-2038-214"
TITLE = "Ingénieur(e) énergie des sites réseau"
ORG = "Telecel Faso SA"
LOC = "Ouagadougou, avec déplacements sur les sites du réseau national"
SCHED = "Temps plein ; astreintes de nuit et de week-end par roulement"
SAL = "Entre 1 050 000 et 1 300 000 FCFA net par mois selon profil"
ESS = [
    "Diplôme d'ingénieur en électrotechnique, en énergétique ou équivalent (Bac+5)",
    "Trois ans d'expérience au moins dans la maintenance de groupes électrogènes, de redresseurs ou de systèmes solaires hybrides",
    "Connaissance des règles d'habilitation électrique",
    "Maîtrise d'un outil de supervision à distance des sites",
]
DES = [
    "Certification en gestion de l'énergie (ISO 50001)",
    "Expérience chez un opérateur de téléphonie mobile ou un gestionnaire de pylônes",
]
COMP = [
    ("Réactivité", "rétablit l'alimentation des sites dans les délais de l'accord de service."),
    ("Sens de l'économie", "réduit la consommation de carburant du parc."),
    ("Sécurité", "applique sans exception les consignes de consignation."),
]
MISSIONS = [
    "Piloter la disponibilité énergétique des sites radio et des centres de commutation",
    "Planifier la maintenance préventive des groupes, batteries et champs solaires",
    "Analyser les alarmes de supervision et coordonner les équipes d'intervention",
    "Suivre les contrats des prestataires et la consommation de gasoil par site",
    "Proposer des projets d'hybridation solaire et en mesurer les économies",
]
key = key_of(REF)

md = f"""<!-- page enregistrée depuis carrieres.telecel.example le 14/12/2038 -->
[Accueil](/) · [Particuliers](/particuliers) · [Entreprises](/entreprises) · [Mobile Money](/money) · **[Carrières](/carrieres)**

# {TITLE}

*Direction Technique et Réseau – publié le 14 décembre 2038*

Référence
:   {REF}

Entreprise
:   {ORG}

Département
:   Direction Technique et Réseau, service Énergie et Infrastructures

Lieu
:   {LOC}

Horaires
:   {SCHED}

Type de contrat
:   CDI après une période d'essai de trois mois

Salaire
:   {SAL}

Date limite de candidature
:   12/01/2039

## Le poste

Rattaché(e) au chef du service Énergie et Infrastructures, vous garantissez l'alimentation électrique
de plus de 900 sites du réseau, dans un contexte de délestages fréquents et de forte chaleur.

""" + "\n".join(f"{i}. {m}" for i, m in enumerate(MISSIONS, 1)) + """

## Votre profil

""" + "\n".join(f"- {e}" for e in ESS) + """

### Les plus

""" + "\n".join(f"- {d}" for d in DES) + """

## Savoir-être

""" + "\n".join(f"- **{n}** : {d}" for n, d in COMP) + """

## Postuler

Envoyez votre candidature (CV et lettre) via le formulaire en ligne en indiquant la référence
""" + REF + """ avant le **mercredi 12 janvier 2039 à minuit**. Des tests techniques auront lieu
à Ouagadougou à partir du 24 janvier 2039.

> Telecel Faso ne réclame jamais d'argent aux candidats. Toute demande de paiement est une fraude.

[Voir toutes nos offres](/carrieres/offres) · [Politique de confidentialité](/confidentialite)
"""
write(f"{key}-telecel.md", md)

board = f"""
Accueil Offres d'emploi Appels d'offres Formations Conseils CV Espace recruteurs Connexion
Vous êtes ici : Accueil > Offres d'emploi > Télécommunications

INGÉNIEUR(E) ÉNERGIE DES SITES RÉSEAU
Code : 71 305Date d'édition : 15/12/2038Date limite : 12/01/2039Pays : Burkina FasoVues : 1 842

Entreprise : {ORG}
Secteur : Télécommunications
Référence : {REF}
Intitulé du poste : {TITLE}Lieu : {LOC}Horaires : {SCHED}Salaire : {SAL}Type de contrat : CDI

DESCRIPTION DU POSTE :
Rattaché(e) au chef du service Énergie et Infrastructures, l'ingénieur(e) garantit l'alimentation
électrique des sites du réseau.
""" + "\n".join(f"- {m}" for m in MISSIONS) + """

PROFIL DU CANDIDAT :
""" + "\n".join(f"- {e}" for e in ESS) + """
Les plus :
""" + "\n".join(f"- {d}" for d in DES) + """

SAVOIR-ÊTRE :
""" + "\n".join(f"{n} : {d}" for n, d in COMP) + f"""

DOSSIER DE CANDIDATURE :
CV et lettre de motivation via le formulaire du site de l'entreprise, référence {REF}, avant le
12/01/2039 à minuit. Tests techniques à partir du 24/01/2039.

Partager : Facebook WhatsApp LinkedIn   Signaler cette offre

DERNIÈRES OFFRES
Technicien(ne) transmission FH - Bobo-Dioulasso - Date limite : 20/01/2039
Chef(fe) de projet fibre optique - Ouagadougou - Date limite : 27/01/2039
Comptable fournisseurs - Koudougou - Date limite : 10/01/2039
"""
write(f"{key}-emploi-bf.txt", board)

expected(REF, ["fr"], {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, {"fr": SCHED}, "2039-01-12",
         (None, 1050000, 1300000, "XOF", "month"), None, {"fr": (ESS, DES)}, {"fr": COMP})
