from common import *
REF = "VDA-SEL-2037-14"; KEY = "vda-sel-2037-14"
T = "Technicien(ne) nivologue – bureau de prévision des avalanches"
O = "Région autonome Vallée d'Aoste"
L = "Aoste (Vallée d'Aoste, Italie)"
S = "Temps plein (36 heures hebdomadaires)"
ESS = ["être titulaire d'un diplôme de fin d'études secondaires du deuxième degré (maturité) ;",
 "être titulaire du brevet d'observateur nivo-météorologique de niveau 2 ou d'un titre équivalent ;",
 "justifier d'au moins deux saisons hivernales d'expérience dans le relevé de données nivologiques ;",
 "réussir l'épreuve préliminaire de vérification de la connaissance de la langue française ou italienne ;",
 "posséder une bonne condition physique attestée par un certificat médical d'aptitude."]
DES = ["le diplôme de guide de haute montagne ou de moniteur de ski ;", "la connaissance des logiciels de cartographie (SIG)."]
MISS = ["effectuer les relevés nivologiques et les profils stratigraphiques du manteau neigeux sur le réseau régional ;",
 "contribuer à la rédaction du bulletin régional d'avalanches ;",
 "entretenir les stations automatiques de mesure ;",
 "participer aux commissions locales avalanches en période de crise."]

def build():
    md = ["[Accueil](/) › [Concours et sélections](/concours) › Avis n° 14/2037", "",
          "*Bulletin officiel de la Région – partie III – avis et communiqués*", "",
          "# %s" % O.upper(), "", "**Département des ressources naturelles – Assessorat de l'agriculture et des ressources naturelles**", "",
          "## Avis de sélection, sur titres et épreuves, pour le recrutement à durée indéterminée d'un(e)", "",
          "### %s" % T, "",
          "**Réf. : %s**" % REF, "",
          "**Art. 1er – Poste à pourvoir**", "",
          "La %s ouvre la présente sélection. Le poste relève du %s. En voici les caractéristiques :" % (O, "bureau de prévision des avalanches de la structure Ressources hydriques et risques naturels"), "",
          "- **Lieu de travail :** %s" % L,
          "- **Catégorie et position :** C2",
          "- **Régime de travail :** %s" % S,
          "- **Rémunération :** traitement annuel brut de 23 410,85 €, plus le complément de position, l'indemnité de bilinguisme et le treizième mois prévus par la convention collective régionale", "",
          "**Art. 2 – Fonctions**", ""] + ["- " + x for x in MISS] + ["",
          "**Art. 3 – Conditions requises**", "", "Pour être admis(e) à la sélection, tout(e) candidat(e) doit :", ""] + ["1. " + x for x in ESS] + ["",
          "**Art. 4 – Titres préférentiels**", ""] + ["- " + x for x in DES] + ["",
          "**Art. 5 – Dépôt des dossiers**", "",
          "L'acte de candidature, rédigé sur le formulaire en ligne, doit parvenir à la Structure gestion du personnel au plus tard le **26 juin 2037**, à 12 h. L'épreuve préliminaire de langue aura lieu le 7 juillet 2037 ; les épreuves écrite et pratique suivront en septembre 2037, y compris une sortie sur le terrain.", "",
          "Le dirigeant, *(signé)*", "", "---", "", "Publié au Bulletin officiel le 26 mai 2037 · Partager · Imprimer", ""]
    w(KEY + "-bulletin.md", "\n".join(md), KEY)
    m = ["De : Secrétariat Nivologie <nivo.secretariat@region.vda.example>",
         "Envoyé : mercredi 27 mai 2037 09:12",
         "À : liste-observateurs-nivo@region.vda.example",
         "Objet : TR: Sélection technicien(ne) nivologue – date limite 26 juin", "",
         "Bonjour à tous,", "",
         "Pour ceux qui ont fait les saisons d'observation avec nous, voici l'avis de sélection paru hier. N'oubliez pas la réunion de bilan de la saison le 3 juin à 17 h au refuge.", "",
         "Bonne journée,", "Chiara", "",
         "-----Message d'origine-----",
         "De : Structure gestion du personnel",
         "Envoyé : mardi 26 mai 2037 16:40",
         "Objet : Avis de sélection n° 14/2037", "",
         O.upper(),
         "AVIS DE SÉLECTION – " + T,
         "Réf. : " + REF, "", "La %s ouvre une sélection pour un poste à durée indéterminée." % O, "",
         "  Lieu de travail ........ " + L,
         "  Catégorie et position .. C2",
         "  Régime de travail ...... " + S,
         "  Rémunération ........... traitement annuel brut de 23 410,85 € + complément de position, indemnité de bilinguisme, 13e mois",
         "  Date limite ............ 26/06/2037, 12 h", "",
         "FONCTIONS"] + ["  - " + x for x in MISS] + ["", "CONDITIONS REQUISES", "Pour être admis(e) à la sélection, tout(e) candidat(e) doit :"] + \
        ["  %d) %s" % (i + 1, x) for i, x in enumerate(ESS)] + ["", "TITRES PRÉFÉRENTIELS"] + ["  - " + x for x in DES] + \
        ["", "Épreuve préliminaire de langue : 7 juillet 2037. Épreuves écrite et pratique : septembre 2037.", "",
         "Ce message et ses pièces jointes sont confidentiels. S'il ne vous est pas destiné, merci de le détruire.", ""]
    w(KEY + "-courriel.txt", "\n".join(m), KEY)
    expected(KEY, REF, ["fr"], {"fr": T}, {"fr": O}, {"fr": L}, {"fr": S}, "2037-06-26",
             sal(23410.85, cur="EUR", period="year"), "C2", None, {"fr": (ESS, DES)}, {"fr": []})
