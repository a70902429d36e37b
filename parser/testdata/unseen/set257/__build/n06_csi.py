from common import *
REF = "CSI-RH-2039-03"; KEY = "csi-rh-2039-03"
T = {"fr": "Agent(e) de mobilisation du public – citoyenneté mondiale"}
O = {"fr": "Carrefour de solidarité internationale"}
L = {"fr": "Sherbrooke (Québec)"}
S = {"fr": "Temps plein, 35 heures par semaine, avec quelques soirs et fins de semaine"}
ESS = ["Diplôme universitaire de premier cycle en communication, en développement international, en éducation ou dans une discipline connexe", 
       "Deux ans d'expérience en animation, en éducation populaire ou en mobilisation citoyenne",
       "Excellente maîtrise du français écrit et oral",
       "Aisance avec les réseaux sociaux et les outils de gestion de listes d'envoi",
       "Permis de conduire valide et accès à une voiture"]
DES = ["Expérience d'un séjour de solidarité ou de coopération à l'étranger", "Connaissance du milieu scolaire estrien"]
C = [("Aisance relationnelle", "vous allez facilement à la rencontre de publics variés."),
     ("Sens de l'organisation", "vous menez plusieurs événements de front sans perdre le fil."),
     ("Engagement", "vous partagez les valeurs de justice sociale et d'équité de l'organisme.")]
expected(KEY, reference=REF, languages=["fr"], title=T, organisation=O, location=L, schedule=S,
         deadline="2039-03-21", salary=sal(None, 54210, 62880, "CAD", "year"),
         req={"fr": (ESS, DES)}, comp={"fr": C})

md = """[Faire un don](/don) · [Infolettre](/infolettre) · [Nous joindre](/contact)

# Carrefour de solidarité internationale

[Qui sommes-nous](/a-propos) | [Nos projets](/projets) | [Éducation à la citoyenneté mondiale](/ecm) | **[Emplois](/emplois)**

*Mise en ligne : 24 février 2039*

## Offre d'emploi — Agent(e) de mobilisation du public – citoyenneté mondiale

| | |
|---|---|
| **Référence** | CSI-RH-2039-03 |
| **Organisme** | Carrefour de solidarité internationale |
| **Lieu de travail** | Sherbrooke (Québec) |
| **Statut** | Contrat d'un an, renouvelable selon le financement |
| **Horaire** | Temps plein, 35 heures par semaine, avec quelques soirs et fins de semaine |
| **Salaire** | De 54 210 $ à 62 880 $ par année, selon l'échelle salariale |
| **Date limite** | 21 mars 2039 à midi |

### L'organisme

Depuis plus de cinquante ans, le Carrefour de solidarité internationale appuie des partenaires en Amérique latine, en Afrique et en Haïti et sensibilise la population de l'Estrie aux enjeux de solidarité.

### Vos mandats

* Organiser les activités grand public : Journées québécoises de la solidarité internationale, ciné-débats, kiosques.
* Animer des ateliers dans les écoles secondaires et les cégeps de la région.
* Recruter et accompagner les bénévoles.
* Alimenter les réseaux sociaux et l'infolettre.

### Exigences

""" + bullets(ESS, "* ") + """

### Atouts

""" + bullets(DES, "* ") + """

### Compétences recherchées

""" + "\n".join("* **%s** – %s" % c for c in C) + """

### Conditions

Horaire flexible, télétravail partiel possible, cinq semaines de congé et assurances collectives. Entrée en poste : 19 avril 2039.

### Pour postuler

Envoyez votre CV et une lettre de motivation à **emplois@csi-estrie.example** avant le **21 mars 2039 à midi**. Les entrevues auront lieu les 29 et 30 mars 2039.

> Le CSI souscrit au principe d'équité en emploi.

---
Carrefour de solidarité internationale · Sherbrooke · [Politique de confidentialité](/confidentialite)
"""
w(KEY + "-csi.md", md, KEY)

board = """Emplois Coopération · le babillard de la solidarité internationale
Accueil | Offres | Stages | Publier une offre | Connexion

Offre n° 20391187 | Publiée le 25 février 2039 | Estrie

AGENT(E) DE MOBILISATION DU PUBLIC – CITOYENNETÉ MONDIALE
Carrefour de solidarité internationaleSherbrooke (Québec)Temps pleinDate limite : 21/03/2039

Référence : CSI-RH-2039-03Lieu de travail : Sherbrooke (Québec)Horaire : Temps plein, 35 heures par semaine, avec quelques soirs et fins de semaineSalaire : 54 210 $ - 62 880 $ / an

Titre officiel : Agent(e) de mobilisation du public – citoyenneté mondiale

DESCRIPTION Organiser les activités grand public, animer des ateliers dans les écoles, recruter les bénévoles et alimenter les réseaux sociaux.

EXIGENCES
""" + "\n".join("> " + x for x in ESS) + """

ATOUTS
""" + "\n".join("> " + x for x in DES) + """

COMPÉTENCES RECHERCHÉES
""" + "\n".join("> %s – %s" % c for c in C) + """

POUR POSTULER emplois@csi-estrie.example

Offres semblables
Chargé(e) de projets Haïti · Montréal · 30/03/2039
Animateur(trice) jeunesse · Québec · 01/04/2039
"""
w(KEY + "-emploiscooperation.txt", board, KEY)
