from common import *

REF = "315478"
TITLE = "Ingénieur principal/Ingénieure principale (intégrité des oléoducs)"
ORG_FR = "Agence OTAN de soutien et d'acquisition (NSPA)"
ESS = [
    "Diplôme d'ingénieur ou master en génie mécanique, en génie des matériaux ou en génie des procédés",
    "Au moins huit ans d'expérience de l'inspection ou de la maintenance de réseaux d'oléoducs ou de gazoducs à haute pression",
    "Connaissance approfondie des techniques d'inspection interne par racleur instrumenté et de protection cathodique",
    "Expérience de la gestion de contrats de travaux ou d'études avec des entreprises spécialisées",
    "Niveau SLP 3333 en français et 3322 en anglais",
]
DES = [
    "Connaissance de la réglementation française et allemande relative aux canalisations de transport d'hydrocarbures",
    "Expérience d'un système d'information géographique (SIG)",
    "Certification d'inspecteur en protection cathodique",
]
COMP = [
    {"name": "Rigueur technique", "description": "Fonde ses recommandations sur des données d'inspection vérifiées."},
    {"name": "Sens des responsabilités", "description": "Assume les décisions de sécurité qui relèvent de son domaine."},
    {"name": "Communication", "description": "Explique clairement les risques techniques aux nations hôtes et aux exploitants."},
    {"name": "Coopération", "description": "Travaille en confiance avec les divisions nationales du réseau."},
]
E = expected(REF, ["fr"], {"fr": TITLE}, {"fr": ORG_FR}, {"fr": "France-Versailles"}, {"fr": "Temps plein"},
             "2034-09-18", sal(8104.37), "G15", "NS",
             {"fr": {"essential": ESS, "desirable": DES}}, {"fr": COMP})

CONTEXTE = ("Le Bureau de programme du réseau d'oléoducs en Centre-Europe (CEPS), implanté à Versailles, gère "
            "l'exploitation, la maintenance et le financement d'un réseau transfrontalier d'oléoducs et de dépôts "
            "au service des besoins militaires de l'OTAN. La Section Intégrité des ouvrages définit les règles "
            "d'inspection et de maintenance applicables dans les cinq pays hôtes et en contrôle l'application.")
TACHES = [
    "Définir et tenir à jour le programme pluriannuel d'inspection des canalisations du réseau.",
    "Analyser les résultats des inspections internes et externes et proposer les réparations nécessaires.",
    "Rédiger les cahiers des charges techniques des marchés d'inspection et en suivre l'exécution.",
    "Conseiller les divisions nationales du réseau sur les questions de corrosion et de protection cathodique.",
    "Présenter les rapports d'intégrité au comité de programme.",
]


def portal():
    L = ["Passer au contenu principal",
         "Carrières OTAN\tRecherche d'emplois\tMes emplois\tMon compte\tDéconnexion",
         "Accueil carrières > Recherche d'emplois > Description de l'emploi", "",
         f"Description de l'emploi - {TITLE} ({REF})", "",
         "Postuler en ligne\tAjouter à mon panier d'emplois\tEnvoyer à un ami", "",
         f"{TITLE}-{REF}", "",
         "Emplacement principal", "", "France-Versailles", "",
         "Organisme OTAN", "", "NATO Support and Procurement Agency (NSPA)", "",
         "Horaire", "", "Temps plein", "",
         "Date limite de candidature", "", "18-sept.-2034, 23:59:00", "",
         "Salaire (Base de paie)", "", ": 8 104,37Euro (EUR) Mensuelle", "",
         "Grade", "", "Grade OTAN G15", "",
         "Niveau d'habilitation", "", "NS", "",
         "Description", "", ":", "",
         "AVIS DE VACANCE", "",
         "Organisme : " + ORG_FR, "Bureau de programme CEPS", "",
         "1. CONTEXTE DU POSTE", "", CONTEXTE, "",
         "2. PRINCIPALES TÂCHES", ""]
    L += TACHES
    L += ["", "3. QUALIFICATIONS ET EXPÉRIENCE ESSENTIELLES", ""] + ESS
    L += ["", "4. QUALIFICATIONS ET EXPÉRIENCE SOUHAITABLES", ""] + DES
    L += ["", "5. COMPÉTENCES", ""] + comp_lines(COMP, " : ")
    L += ["", "6. CONDITIONS D'EMPLOI", "",
          "Contrat initial de trois ans. Le traitement de base mensuel est de 8 104,37 EUR, exonéré d'impôt national. "
          "Des déplacements fréquents sont à prévoir en Allemagne, en Belgique, aux Pays-Bas et au Luxembourg. "
          "Les candidatures doivent être déposées au plus tard le 18 septembre 2034 à 23 h 59 (heure de Paris). "
          "Les entretiens auront lieu à Versailles dans la première quinzaine de novembre 2034.", "",
          "Publication de l'offre", "", ": 28-juil.-2034, 09:00:00", "",
          "Postuler en ligne\tAjouter à mon panier d'emplois", "",
          "Offres similaires",
          "Technicien/Technicienne (protection cathodique)\tFrance-Versailles\tDate limite de candidature 09-oct.-2034",
          "Contrôleur/Contrôleuse de gestion\tLuxembourg-Capellen\tDate limite de candidature 02-oct.-2034", "",
          "Fourni par Taleo\tConfidentialité\tConditions d'utilisation"]
    return "\n".join(L) + "\n"


def board():
    L = ["EmploiYvelines.example — Offres d'emploi dans les Yvelines", "Accueil › Offres › Ingénierie", "",
         TITLE, "NATO - OTAN", "Versailles (78)CDDTemps pleinIl y a 9 jours", "", f"Description de l'emploi - {TITLE} ({REF})", "",
         "Emplacement principalFrance-VersaillesOrganisme OTANNATO Support and Procurement Agency (NSPA)HoraireTemps pleinDate limite de candidature18-sept.-2034, 23:59:00Salaire (Base de paie): 8 104,37Euro (EUR) MensuelleGradeGrade OTAN G15Niveau d'habilitationNS",
         "", "AVIS DE VACANCE", "Organisme : " + ORG_FR, "",
         "1. CONTEXTE DU POSTE" + CONTEXTE, "2. PRINCIPALES TÂCHES" + " ".join(TACHES),
         "3. QUALIFICATIONS ET EXPÉRIENCE ESSENTIELLES"]
    L += ["• " + x for x in ESS]
    L += ["4. QUALIFICATIONS ET EXPÉRIENCE SOUHAITABLES"] + ["• " + x for x in DES]
    L += ["5. COMPÉTENCES"] + ["• " + x for x in comp_lines(COMP, " : ")]
    L += ["6. CONDITIONS D'EMPLOIContrat initial de trois ans. Traitement de base mensuel de 8 104,37 EUR, exonéré d'impôt national. Candidatures jusqu'au 18 septembre 2034.",
          "", "Réf. annonce : EY-2034-118204", "Signaler cette offre", "",
          "Offres similaires",
          "Ingénieur corrosion H/F — Saint-Quentin-en-Yvelines — 52 000 € - 60 000 € par an — il y a 2 jours",
          "Chef de projet pipeline H/F — Vélizy-Villacoublay — il y a 5 jours", "",
          "© EmploiYvelines.example — Mentions légales — Cookies"]
    return "\n".join(L) + "\n"


def render():
    return {f"{REF}-natocarrieres.txt": portal(), f"{REF}-jobboard.txt": board()}
