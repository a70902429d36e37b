from common import *
REF = "BAPE-2039-011"; KEY = "bape-2039-011"
T = {"fr": "Analyste en environnement – commissions d'enquête"}
O = {"fr": "Bureau d'audiences publiques sur l'environnement"}
L = {"fr": "Québec (Capitale-Nationale)"}
S = {"fr": "Temps complet, 35 heures par semaine"}
ESS = ["Être titulaire d'un diplôme universitaire de premier cycle en sciences de l'environnement, en géographie, en urbanisme, en biologie ou dans une discipline appropriée.",
       "Posséder au moins une année d'expérience en évaluation environnementale ou en analyse de projets.",
       "Avoir la citoyenneté canadienne ou le statut de résident permanent."]
DES = ["Détenir une maîtrise dans l'une des disciplines mentionnées.", "Avoir déjà participé à une consultation publique ou à une audience."]
C = [("Capacité d'analyse", "savoir dégager l'essentiel de rapports techniques volumineux."),
     ("Qualité de la rédaction", "rédiger des textes clairs et nuancés pour les commissaires."),
     ("Impartialité", "traiter avec neutralité les points de vue exprimés par le public.")]
expected(KEY, reference=REF, languages=["fr"], title=T, organisation=O, location=L, schedule=S,
         deadline="2039-03-25", salary=sal(None, 55981, 92465, "CAD", "year"),
         req={"fr": (ESS, DES)}, comp={"fr": C})

md = """[Québec.ca](https://www.quebec.ca) · [English](#)

Accueil › Emplois › Offres dans la fonction publique › Résultat

# Analyste en environnement – commissions d'enquête

**Bureau d'audiences publiques sur l'environnement**

Numéro de l'offre : **BAPE-2039-011**

- **Organisme :** Bureau d'audiences publiques sur l'environnement
- **Corps d'emploi :** Agent(e) de recherche et de planification socio-économique (102)
- **Lieu de travail :** Québec (Capitale-Nationale)
- **Statut de l'emploi :** Régulier (permanent)
- **Horaire :** Temps complet, 35 heures par semaine
- **Traitement :** De 55 981 $ à 92 465 $ par année
- **Période d'inscription :** Du 7 mars 2039 au 25 mars 2039, 23 h 59

## Attributions

Au sein de la Direction de l'expertise environnementale et du soutien aux commissions, la personne titulaire analyse les projets soumis à l'examen public, prépare les questions des commissaires et rédige des sections des rapports remis au ministre.

1. Analyser les études d'impact et les documents déposés.
2. Préparer les séances publiques et assister les commissaires.
3. Rédiger des sections de rapports d'enquête.

## Conditions d'admission

""" + bullets(ESS) + """

## Constituent des atouts

""" + bullets(DES) + """

## Profil recherché

""" + "\n".join("- **%s :** %s" % c for c in C) + """

## Modalités d'inscription

Vous devez soumettre votre candidature en ligne, au plus tard le 25 mars 2039 à 23 h 59. Un examen écrit pourrait avoir lieu la semaine du 18 avril 2039. Le télétravail est possible deux jours par semaine, selon la politique en vigueur.

[Postuler](#) · [Imprimer](#)

*Offres similaires :* Conseiller(ère) en participation publique – Ministère de l'Environnement (fin d'inscription le 4 avril 2039)
"""
w(KEY + "-quebec.md", md, KEY)

board = """jobillico-like · EmploisPublics.qc
Recherche  >  Environnement  >  Capitale-Nationale

Analyste en environnement – commissions d'enquête
Bureau d'audiences publiques sur l'environnementQuébec (Capitale-Nationale)Permanent · Temps complet55 981 $ - 92 465 $ / an
Affichée il y a 3 jours  |  Expire le 25/03/2039  |  412 vues

Numéro de l'offre : BAPE-2039-011  Horaire : Temps complet, 35 heures par semaine  Corps d'emploi : Agent(e) de recherche et de planification socio-économique (102)

Description du poste Analyser les études d'impact, préparer les séances publiques et rédiger des sections de rapports d'enquête.
Conditions d'admission
""" + "\n".join(" - " + x for x in ESS) + """
Constituent des atouts
""" + "\n".join(" - " + x for x in DES) + """
Profil recherché
""" + "\n".join(" - %s : %s" % c for c in C) + """

Postuler sur le site de l'employeur
Période d'inscription : du 7 mars 2039 au 25 mars 2039

Emplois similaires
Biologiste – Ville de Lévis · expire le 31/03/2039
"""
w(KEY + "-emploispublics.txt", board, KEY)
