from lib import *
KEY = "2026-014-cames-sg"; REF = "N°2026-014/CAMES/SG"
TITLE = "Chargé(e) de programme – Reconnaissance et équivalence des diplômes"
ORG = "Conseil africain et malgache pour l'enseignement supérieur"
LOC = "Ouagadougou (Burkina Faso)"
SCHED = "Temps plein (40 heures par semaine)"
ESS = [
 "Être titulaire au minimum d'un Master ou d'un diplôme équivalent en sciences de l'éducation, droit, administration publique ou gestion ;",
 "Justifier d'au moins cinq (5) années d'expérience dans l'administration de l'enseignement supérieur, dont deux dans l'évaluation de diplômes ou de programmes de formation ;",
 "Avoir une bonne connaissance des systèmes d'enseignement supérieur des pays membres et du système Licence-Master-Doctorat ;",
 "Maîtriser l'outil informatique (traitement de texte, tableur, bases de données) ;",
 "Être ressortissant(e) d'un pays membre du CAMES et âgé(e) de 50 ans au plus à la date limite de dépôt.",
]
DES = [
 "Avoir une expérience dans un organisme régional ou international ;",
 "Avoir une connaissance pratique de l'anglais ou du portugais ;",
 "Avoir participé à une démarche d'assurance qualité dans un établissement d'enseignement supérieur.",
]
EXP(KEY, REF, ["fr"], {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, {"fr": SCHED}, "2027-01-15",
    SAL(amount=1450000, cur="XOF", period="month"), "A2", {"en": None, "fr": ESS}, {"en": None, "fr": DES}, {"en": None, "fr": []})
MISS = [
 "instruire les dossiers de reconnaissance et d'équivalence des diplômes soumis par les États membres et les établissements ;",
 "préparer les sessions de la Commission de reconnaissance et en assurer le secrétariat ;",
 "tenir à jour la base de données des diplômes reconnus et publier les listes officielles ;",
 "répondre aux demandes d'information des usagers, des ministères et des établissements ;",
 "participer aux missions d'évaluation dans les pays membres ;",
 "rédiger les rapports d'activité du programme.",
]
txt = """Aller au contenu principal
CAMES – Conseil Africain et Malgache pour l'Enseignement Supérieur
Accueil   Le CAMES   Programmes   Concours d'agrégation   CTU   Actualités   Recrutement   Contact
🔍 Rechercher…
Accueil » Recrutement » Avis d'appel à candidatures %(ref)s
Publié le 9 décembre 2026 par Secrétariat général | Catégorie : Recrutement

AVIS D'APPEL À CANDIDATURES %(ref)s
POUR LE RECRUTEMENT D'UN(E) %(tup)s

Le Secrétaire général du Conseil africain et malgache pour l'enseignement supérieur (CAMES) lance un appel à candidatures pour le recrutement d'un(e) %(t)s au Secrétariat général.

I. PRÉSENTATION DU CAMES
Créé en 1968, le CAMES regroupe dix-neuf États membres d'Afrique et de l'océan Indien. Il assure notamment l'évaluation des enseignants-chercheurs, la reconnaissance des diplômes et l'harmonisation des programmes d'enseignement supérieur. Son siège est à Ouagadougou.

II. INFORMATIONS SUR LE POSTE
Intitulé du poste : %(t)s
Structure de rattachement : Direction des programmes – Programme de reconnaissance et d'équivalence des diplômes (PRED)
Lieu d'affectation : %(loc)s
Catégorie / Niveau : A2
Nature du contrat : contrat à durée déterminée de deux (2) ans renouvelable, avec une période d'essai de six (6) mois
Horaire de travail : %(sch)s
Rémunération : traitement mensuel brut de 1 450 000 FCFA, auquel s'ajoutent les indemnités prévues par le Statut du personnel

III. MISSIONS
Sous l'autorité du Directeur des programmes, le/la titulaire du poste est chargé(e) de :
%(miss)s

IV. PROFIL RECHERCHÉ
Conditions requises :
%(ess)s

Constituent des atouts :
%(des)s

V. DOSSIER DE CANDIDATURE
Le dossier comprend : une demande manuscrite adressée au Secrétaire général du CAMES ; un curriculum vitae détaillé ; les copies légalisées des diplômes ; les attestations de travail ; un extrait de casier judiciaire de moins de trois mois ; un certificat de nationalité.

VI. DATE LIMITE ET LIEU DE DÉPÔT
Les dossiers sont reçus au Secrétariat général du CAMES, 01 BP 134 Ouagadougou 01, ou à l'adresse recrutement@example.org au plus tard le 15 janvier 2027 à 16 h 00 TU. Seul(e)s les candidat(e)s présélectionné(e)s seront convoqué(e)s à un test écrit et à un entretien. Aucun dossier ne sera retourné.

Fait à Ouagadougou, le 8 décembre 2026
Le Secrétaire général

📄 Télécharger l'avis (PDF, 184 Ko)
Partager : Facebook   X   LinkedIn   WhatsApp

Articles similaires
Résultats de l'appel à candidatures N°2026-009/CAMES/SG – 2 décembre 2026
Calendrier des sessions du Comité technique spécialisé – 25 novembre 2026

© 2026 CAMES – Tous droits réservés | Mentions légales | Plan du site
""" % dict(ref=REF, t=TITLE, tup=TITLE.upper(), loc=LOC, sch=SCHED, miss="\n".join("– " + m for m in MISS),
           ess="\n".join("– " + e for e in ESS), des="\n".join("– " + d for d in DES))
W(KEY + "-cames.txt", txt)
